#include "session/apiconsole.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "session/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace kd {

namespace {

bool looksSecret(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("pass|token|secret"), QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QJsonValue blankSecrets(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = looksSecret(it.key()) && !it.value().isObject() && !it.value().isArray() ? QJsonValue(QString())
                                                                                                 : blankSecrets(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = blankSecrets(*it);
        return a;
    }
    return value;
}

// Line and column (from 1) of a byte offset, for JSON errors people can find.
QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QList<ApiEndpoint> readDocument(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Parse::openApiEndpoints(file.readAll()).value.value_or(QList<ApiEndpoint>());
}

} // namespace

QString ConsoleRequest::problem() const
{
    if (!ApiConsole::methods().contains(method))
        return ApiConsole::tr("Choose GET, POST, PATCH or DELETE.");
    if (!path.startsWith(QLatin1String("/api/")))
        return ApiConsole::tr("The path starts with /api/, for example /api/version.");
    if (!isWrite() || body.trimmed().isEmpty())
        return {};
    QJsonParseError pe{};
    QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError)
        return {};
    const auto [line, column] = lineAndColumn(body, pe.offset);
    return ApiConsole::tr("The body is not valid JSON: %1 (line %2, column %3).").arg(pe.errorString()).arg(line).arg(column);
}

const QStringList &ApiConsole::methods()
{
    static const QStringList all{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return all;
}

ApiConsole::ApiConsole(KimaiClient *client, Session *session, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_settings(settings)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_endpoints = m_watcher.result();
        m_loading = false;
        qCInfo(lcSession) << "API console:" << m_endpoints.size() << "endpoints from" << m_document;
        Q_EMIT endpointsReady();
    });
}

bool ApiConsole::send(const ConsoleRequest &request, bool rememberIt)
{
    if (!m_session->isActive() || isBusy() || !request.problem().isEmpty())
        return false;
    const QString rest = request.path.mid(int(qstrlen("/api/")));
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    QueryItems query;
    if (q >= 0) {
        const QUrlQuery parsed(rest.mid(q + 1));
        const auto items = parsed.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            query.add(item.first, item.second);
    }
    const QByteArray body = request.isWrite() ? request.body.trimmed() : QByteArray();
    if (rememberIt)
        remember(request);
    auto *reply = m_client->send(request.method.toLatin1(), q >= 0 ? rest.left(q) : rest, query, body);
    m_reply = reply;
    Q_EMIT busyChanged(true);
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply] {
        ConsoleAnswer answer;
        answer.exchange = reply->exchange();
        if (!reply->ok())
            answer.error = reply->error().message();
        m_reply.clear();
        Q_EMIT busyChanged(false);
        Q_EMIT answered(answer);
    });
    // The session's end aborts the call and drops its answer: say so (an --api command waits for it).
    connect(m_session, &Session::ended, reply, [this, reply] {
        if (m_reply != reply)
            return;
        ConsoleAnswer answer;
        answer.exchange = reply->exchange();
        answer.error = tr("Logged out before Kimai answered.");
        m_reply.clear();
        Q_EMIT busyChanged(false);
        Q_EMIT answered(answer);
    });
    return true;
}

void ApiConsole::cancel()
{
    if (m_reply)
        m_reply->abort();
}

QString ApiConsole::historyGroup() const
{
    return QStringLiteral("console/") + m_session->info().profile.id;
}

QList<ConsoleRequest> ApiConsole::history() const
{
    QList<ConsoleRequest> out;
    if (m_session->info().profile.id.isEmpty())
        return out;
    m_settings->beginGroup(historyGroup());
    const int n = m_settings->beginReadArray(QStringLiteral("history"));
    for (int i = 0; i < n && out.size() < kHistorySize; ++i) {
        m_settings->setArrayIndex(i);
        ConsoleRequest r;
        r.method = m_settings->value(QStringLiteral("method")).toString();
        r.path = m_settings->value(QStringLiteral("path")).toString();
        r.body = m_settings->value(QStringLiteral("body")).toString().toUtf8();
        if (methods().contains(r.method) && !r.path.isEmpty())
            out.append(r);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return out;
}

void ApiConsole::remember(const ConsoleRequest &request)
{
    if (m_session->info().profile.id.isEmpty())
        return;
    const ConsoleRequest safe = withoutSecrets(request);
    QList<ConsoleRequest> list = history();
    list.removeAll(safe);
    list.prepend(safe);
    while (list.size() > kHistorySize)
        list.removeLast();
    m_settings->beginGroup(historyGroup());
    m_settings->remove(QString());
    m_settings->beginWriteArray(QStringLiteral("history"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("method"), list.at(i).method);
        m_settings->setValue(QStringLiteral("path"), list.at(i).path);
        if (list.at(i).isWrite() && !list.at(i).body.isEmpty())
            m_settings->setValue(QStringLiteral("body"), QString::fromUtf8(list.at(i).body));
    }
    m_settings->endArray();
    m_settings->endGroup();
    Q_EMIT historyChanged();
}

void ApiConsole::clearHistory()
{
    if (m_session->info().profile.id.isEmpty())
        return;
    m_settings->remove(historyGroup());
    Q_EMIT historyChanged();
}

ConsoleRequest ApiConsole::withoutSecrets(const ConsoleRequest &request)
{
    ConsoleRequest safe = request;
    const qsizetype q = safe.path.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        QStringList items = safe.path.mid(q + 1).split(QLatin1Char('&'));
        for (QString &item : items) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            const QString key = QUrl::fromPercentEncoding(item.left(eq < 0 ? item.size() : eq).toUtf8());
            if (eq >= 0 && looksSecret(key))
                item = item.left(eq + 1);
        }
        safe.path = safe.path.left(q + 1) + items.join(QLatin1Char('&'));
    }
    if (!safe.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(safe.body);
        if (doc.isObject())
            safe.body = QJsonDocument(blankSecrets(doc.object()).toObject()).toJson(QJsonDocument::Compact);
        else if (doc.isArray())
            safe.body = QJsonDocument(blankSecrets(doc.array()).toArray()).toJson(QJsonDocument::Compact);
        else
            safe.body.clear();   // not JSON: not kept
    }
    return safe;
}

QString ApiConsole::documentFor(int versionId)
{
    if (versionId >= 24100)
        return QStringLiteral(":/openapi/openapi-kimai-2.41.0.json");
    if (versionId >= 22800)
        return QStringLiteral(":/openapi/openapi-kimai-2.28.0.json");
    return QStringLiteral(":/openapi/openapi-kimai-2.0.x.json");
}

void ApiConsole::loadEndpoints()
{
    const QString document = documentFor(m_session->info().version.versionId);
    if (document == m_document) {
        if (!m_loading)
            Q_EMIT endpointsReady();
        return;
    }
    m_document = document;
    m_documentName = document.section(QLatin1Char('/'), -1);
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run(&readDocument, document));
}

QStringList ApiConsole::completions(const QString &typed, const QString &method) const
{
    QStringList out;
    const qsizetype q = typed.indexOf(QLatin1Char('?'));
    if (q < 0) {
        for (const ApiEndpoint &e : m_endpoints) {
            if ((method.isEmpty() || e.method == method) && !out.contains(e.path))
                out.append(e.path);
        }
        return out;
    }
    const QString path = typed.left(q);
    const qsizetype lastSeparator = std::max(typed.lastIndexOf(QLatin1Char('&')), q);
    const QString prefix = typed.left(lastSeparator + 1);
    for (const ApiEndpoint &e : m_endpoints) {
        if ((!method.isEmpty() && e.method != method) || !e.matches(path))
            continue;
        for (const QString &name : e.queryParameters) {
            const QString c = prefix + name + QLatin1Char('=');
            if (!out.contains(c))
                out.append(c);
        }
    }
    return out;
}

} // namespace kd
