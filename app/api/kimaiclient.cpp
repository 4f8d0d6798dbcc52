#include "api/kimaiclient.h"

#include "core/clock.h"
#include "core/kimaidatetime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace kd {

HeaderList redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = h.second.indexOf(' ');
            out.append({h.first, (space > 0 ? h.second.left(space) + ' ' : QByteArray()) + "••••••••"});
        } else if (h.first.compare("X-AUTH-TOKEN", Qt::CaseInsensitive) == 0) {
            out.append({h.first, "••••••••"});
        } else {
            out.append(h);
        }
    }
    return out;
}

KimaiClient::KimaiClient(QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

KimaiClient::~KimaiClient()
{
    // Replies are children; make sure none of them outlives the token.
    m_token.fill(QLatin1Char('\0'));
}

void KimaiClient::setServer(const ServerUrl &server)
{
    if (!(server == m_server))
        m_resolved = m_mode == AuthMode::Auto ? AuthScheme::None : m_resolved;
    m_server = server;
}

void KimaiClient::setCredentials(const QString &username, const QString &token, AuthMode mode)
{
    m_username = username.trimmed();
    m_token.fill(QLatin1Char('\0'));
    m_token = token.trimmed();
    m_mode = mode;
    switch (mode) {
    case AuthMode::Auto: m_resolved = AuthScheme::None; break;
    case AuthMode::Bearer: m_resolved = AuthScheme::Bearer; break;
    case AuthMode::Legacy: m_resolved = AuthScheme::Legacy; break;
    }
}

void KimaiClient::clearCredentials()
{
    m_token.fill(QLatin1Char('\0'));
    m_token.clear();
    m_resolved = m_mode == AuthMode::Auto ? AuthScheme::None : m_resolved;
}

AuthScheme KimaiClient::firstScheme() const
{
    if (m_token.isEmpty())
        return AuthScheme::None;
    if (m_resolved != AuthScheme::None)
        return m_resolved;
    // Auto on a server known to predate API tokens (1.x, 2.0 - 2.13): the API password right away.
    if (m_capabilities.isKnown() && !m_capabilities.has(Capability::BearerAuth) && !m_username.isEmpty())
        return AuthScheme::Legacy;
    return AuthScheme::Bearer;
}

bool KimaiClient::canFallBackToLegacy() const
{
    return m_mode == AuthMode::Auto && m_resolved == AuthScheme::None && !m_username.isEmpty() && !m_token.isEmpty()
        && m_capabilities.has(Capability::LegacyAuth);
}

void KimaiClient::setCapabilities(const Capabilities &capabilities)
{
    if (m_capabilities == capabilities)
        return;
    m_capabilities = capabilities;
    Q_EMIT capabilitiesChanged();
}

void KimaiClient::noteNotOffered(Capability capability)
{
    if (!m_capabilities.has(capability))
        return;
    m_capabilities.drop(capability);
    Q_EMIT capabilitiesChanged();
}

void KimaiClient::noteResolved(AuthScheme scheme)
{
    if (m_mode != AuthMode::Auto || m_resolved == scheme)
        return;
    m_resolved = scheme;
    Q_EMIT authSchemeResolved(scheme);
}

void KimaiClient::applyAuth(QNetworkRequest &request, AuthScheme scheme) const
{
    switch (scheme) {
    case AuthScheme::None:
        break;
    case AuthScheme::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        break;
    case AuthScheme::Legacy:
        request.setRawHeader("X-AUTH-USER", m_username.toUtf8());
        request.setRawHeader("X-AUTH-TOKEN", m_token.toUtf8());
        break;
    }
}

void KimaiClient::noteServerDate(const QByteArray &dateHeader)
{
    if (dateHeader.isEmpty())
        return;
    const QDateTime server = KimaiDateTime::parseHttpDate(dateHeader);
    if (!server.isValid())
        return;
    // The header has whole seconds; the local clock is read when the answer arrived.
    const qint64 offset = m_clock->now().msecsTo(server);
    // Ignore sub-second noise.
    if (qAbs(offset - m_serverOffsetMs) < 1000)
        return;
    m_serverOffsetMs = offset;
    Q_EMIT serverClockOffsetChanged(offset);
}

void KimaiClient::recordExchange(const Exchange &exchange)
{
    Q_EMIT exchangeFinished(exchange);
}

QByteArray KimaiClient::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString KimaiClient::pinKey() const
{
    return m_server.host() + QLatin1Char(':') + QString::number(m_server.port());
}

int KimaiClient::abortAll()
{
    QList<QPointer<ApiReply>> inFlight;
    const auto replies = findChildren<ApiReply *>(Qt::FindDirectChildrenOnly);
    for (ApiReply *r : replies) {
        if (!r->isFinished())
            inFlight.append(r);
    }
    for (const QPointer<ApiReply> &r : std::as_const(inFlight)) {
        if (r)
            r->abort();
    }
    return int(inFlight.size());
}

template<typename T>
TypedReply<T> *KimaiClient::call(RequestSpec spec, typename TypedReply<T>::Parser parser)
{
    auto *reply = new TypedReply<T>(this, std::move(spec), parser);
    reply->start();
    return reply;
}

namespace {

RequestSpec get(const QString &endpoint, QueryItems query = {})
{
    RequestSpec s;
    s.endpoint = endpoint;
    s.query = std::move(query);
    return s;
}

Parse::Result<bool> noBody(const QByteArray &)
{
    return Parse::Result<bool>::of(true);
}

} // namespace

TypedReply<QString> *KimaiClient::ping()
{
    return call<QString>(get(QStringLiteral("ping")), &Parse::ping);
}

TypedReply<Version> *KimaiClient::version()
{
    return call<Version>(get(QStringLiteral("version")), &Parse::version);
}

TypedReply<User> *KimaiClient::me()
{
    return call<User>(get(QStringLiteral("users/me")), &Parse::user);
}

TypedReply<TimesheetConfig> *KimaiClient::timesheetConfig()
{
    return call<TimesheetConfig>(get(QStringLiteral("config/timesheet")), &Parse::timesheetConfig);
}

TypedReply<I18nConfig> *KimaiClient::i18nConfig()
{
    RequestSpec s = get(QStringLiteral("config/i18n"));
    s.on404 = RequestSpec::On404::Unavailable;
    return call<I18nConfig>(std::move(s), &Parse::i18nConfig);
}

TypedReply<QList<QPair<QString, QString>>> *KimaiClient::colors()
{
    RequestSpec s = get(QStringLiteral("config/colors"));
    s.on404 = RequestSpec::On404::Unavailable;   // before 2.18
    s.needs = Capability::Colors;
    return call<QList<QPair<QString, QString>>>(std::move(s), &Parse::colors);
}

TypedReply<QList<Customer>> *KimaiClient::customers(const CustomerQuery &query)
{
    return call<QList<Customer>>(get(QStringLiteral("customers"), query.toQuery()), &Parse::customers);
}

TypedReply<Customer> *KimaiClient::customer(int id)
{
    return call<Customer>(get(QStringLiteral("customers/%1").arg(id)), &Parse::customer);
}

TypedReply<QList<Project>> *KimaiClient::projects(const ProjectQuery &query)
{
    return call<QList<Project>>(get(QStringLiteral("projects"), query.toQuery()), &Parse::projects);
}

TypedReply<Project> *KimaiClient::project(int id)
{
    return call<Project>(get(QStringLiteral("projects/%1").arg(id)), &Parse::project);
}

TypedReply<QList<Activity>> *KimaiClient::activities(const ActivityQuery &query)
{
    return call<QList<Activity>>(get(QStringLiteral("activities"), query.toQuery()), &Parse::activities);
}

TypedReply<Activity> *KimaiClient::activity(int id)
{
    return call<Activity>(get(QStringLiteral("activities/%1").arg(id)), &Parse::activity);
}

TypedReply<QStringList> *KimaiClient::tags(const QString &name)
{
    QueryItems q;
    if (!name.isEmpty())
        q.add(QStringLiteral("name"), name);
    return call<QStringList>(get(QStringLiteral("tags"), q), &Parse::tagNames);
}

TypedReply<QList<Tag>> *KimaiClient::findTags(const QString &name)
{
    QueryItems q;
    q.add(QStringLiteral("name"), name);
    RequestSpec s = get(QStringLiteral("tags/find"), q);
    s.unavailableOn405 = true;   // before 2.18 "find" is taken for the id of DELETE /api/tags/{id}
    s.needs = Capability::TagSearch;
    return call<QList<Tag>>(std::move(s), &Parse::tags);
}

TypedReply<Tag> *KimaiClient::createTag(const QString &name)
{
    RequestSpec s;
    s.method = "POST";
    s.endpoint = QStringLiteral("tags");
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("visible"), true}})
                 .toJson(QJsonDocument::Compact);
    s.hasBody = true;
    return call<Tag>(std::move(s), &Parse::tag);
}

TypedReply<QList<Timesheet>> *KimaiClient::timesheets(const TimesheetQuery &query)
{
    RequestSpec s = get(QStringLiteral("timesheets"), query.toQuery(m_userZone, m_capabilities.has(Capability::ModifiedAfterUtc)));
    if (query.page > 1)
        s.on404 = RequestSpec::On404::PastEnd;
    const int filters = int(!query.customers.isEmpty()) + int(!query.projects.isEmpty()) + int(!query.activities.isEmpty());
    if (filters > 1)
        s.deniedFilter = ApiError::FilterSubject::Several;
    else if (!query.customers.isEmpty())
        s.deniedFilter = ApiError::FilterSubject::Customer;
    else if (!query.projects.isEmpty())
        s.deniedFilter = ApiError::FilterSubject::Project;
    else if (!query.activities.isEmpty())
        s.deniedFilter = ApiError::FilterSubject::Activity;
    return call<QList<Timesheet>>(std::move(s), &Parse::timesheets);
}

TypedReply<Timesheet> *KimaiClient::timesheet(int id)
{
    return call<Timesheet>(get(QStringLiteral("timesheets/%1").arg(id)), &Parse::timesheet);
}

TypedReply<QList<Timesheet>> *KimaiClient::activeTimesheets()
{
    return call<QList<Timesheet>>(get(QStringLiteral("timesheets/active")), &Parse::timesheets);
}

TypedReply<QList<Timesheet>> *KimaiClient::recentTimesheets(int size, const QDateTime &begin)
{
    QueryItems q;
    if (size > 0)
        q.add(QStringLiteral("size"), QString::number(size));
    if (begin.isValid())
        q.add(QStringLiteral("begin"), KimaiDateTime::toRequest(begin, m_userZone));
    return call<QList<Timesheet>>(get(QStringLiteral("timesheets/recent"), q), &Parse::timesheets);
}

TypedReply<Timesheet> *KimaiClient::createTimesheet(const TimesheetForm &form, bool full)
{
    RequestSpec s;
    s.method = "POST";
    s.endpoint = QStringLiteral("timesheets");
    if (full)
        s.query.add(QStringLiteral("full"), QStringLiteral("true"));
    s.body = form.toJson(m_userZone);
    s.hasBody = true;
    return call<Timesheet>(std::move(s), &Parse::timesheet);
}

TypedReply<Timesheet> *KimaiClient::updateTimesheet(int id, const TimesheetForm &form)
{
    RequestSpec s;
    s.method = "PATCH";
    s.endpoint = QStringLiteral("timesheets/%1").arg(id);
    s.body = form.toJson(m_userZone);
    s.hasBody = true;
    return call<Timesheet>(std::move(s), &Parse::timesheet);
}

TypedReply<Timesheet> *KimaiClient::stopTimesheet(int id)
{
    RequestSpec s;
    s.method = "PATCH";
    s.endpoint = QStringLiteral("timesheets/%1/stop").arg(id);
    return call<Timesheet>(std::move(s), &Parse::timesheet);
}

TypedReply<Timesheet> *KimaiClient::restartTimesheet(int id, bool copyAll, const QDateTime &begin)
{
    RequestSpec s;
    s.method = "PATCH";
    s.endpoint = QStringLiteral("timesheets/%1/restart").arg(id);
    if (copyAll || begin.isValid()) {
        QJsonObject o;
        if (copyAll)
            o.insert(QStringLiteral("copy"), QStringLiteral("all"));
        if (begin.isValid())
            o.insert(QStringLiteral("begin"), KimaiDateTime::toRequest(begin, m_userZone));
        s.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        s.hasBody = true;
    }
    return call<Timesheet>(std::move(s), &Parse::timesheet);
}

TypedReply<bool> *KimaiClient::deleteTimesheet(int id)
{
    RequestSpec s;
    s.method = "DELETE";
    s.endpoint = QStringLiteral("timesheets/%1").arg(id);
    s.expectJson = false;
    return call<bool>(std::move(s), &noBody);
}

namespace {

RequestSpec favoriteCall(const QByteArray &method, int timesheetId)
{
    RequestSpec s;
    s.method = method;
    s.endpoint = QStringLiteral("favorites/timesheets/%1").arg(timesheetId);
    s.expectJson = false;   // 204, empty
    s.needs = Capability::Favorites;
    s.on404 = RequestSpec::On404::Error;   // an unknown record, on a server that has favourites
    return s;
}

Parse::Result<QByteArray> bodyAsIs(const QByteArray &body)
{
    return Parse::Result<QByteArray>::of(body);
}

} // namespace

TypedReply<QList<Timesheet>> *KimaiClient::favorites()
{
    RequestSpec s = get(QStringLiteral("favorites/timesheets"));
    s.needs = Capability::Favorites;
    s.on404 = RequestSpec::On404::Unavailable;
    return call<QList<Timesheet>>(std::move(s), &Parse::timesheets);
}

TypedReply<bool> *KimaiClient::addFavorite(int timesheetId)
{
    return call<bool>(favoriteCall("POST", timesheetId), &noBody);
}

TypedReply<bool> *KimaiClient::removeFavorite(int timesheetId)
{
    return call<bool>(favoriteCall("DELETE", timesheetId), &noBody);
}

TypedReply<QByteArray> *KimaiClient::send(const QByteArray &method, const QString &endpoint, const QueryItems &query,
                                          const QByteArray &body)
{
    RequestSpec s;
    s.method = method.toUpper();
    s.endpoint = endpoint;
    s.query = query;
    s.body = body;
    s.hasBody = !body.isEmpty();
    s.expectJson = false;   // whatever the server answers is the result
    return call<QByteArray>(std::move(s), &bodyAsIs);
}

} // namespace kd
