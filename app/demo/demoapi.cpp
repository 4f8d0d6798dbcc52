#include "demo/demoapi.h"

#include "core/clock.h"
#include "core/kimaidatetime.h"
#include "demo/httpdate.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kd::demo {

// ---- QueryParams ----------------------------------------------------------------------------

QueryParams::QueryParams(const QUrlQuery &query)
    : m_items(query.queryItems(QUrl::FullyDecoded))
{
}

namespace {

bool fullMatch(const QString &value, const QString &pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

// `name[]` or `name[<digits>]`
bool isArrayKey(const QString &key, const QString &name)
{
    if (!key.startsWith(name) || key.size() < name.size() + 2 || key.at(name.size()) != u'[' || !key.endsWith(u']'))
        return false;
    for (qsizetype i = name.size() + 1; i < key.size() - 1; ++i) {
        if (!key.at(i).isDigit())
            return false;
    }
    return true;
}

} // namespace

bool QueryParams::has(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString &name, const QString &pattern)
{
    QString result;
    for (const auto &item : std::as_const(m_items)) {
        if (item.first == name)
            result = item.second;
    }
    if (!result.isEmpty() && !pattern.isEmpty() && !fullMatch(result, pattern))
        m_bad = true;
    return result;
}

QStringList QueryParams::list(const QString &name, const QString &pattern)
{
    QStringList values;
    for (const auto &item : std::as_const(m_items)) {
        if (isArrayKey(item.first, name)) {
            if (!item.second.isEmpty())
                values.append(item.second);
        } else if (item.first == name) {
            const QStringList parts = item.second.split(u',', Qt::SkipEmptyParts);
            for (const QString &p : parts)
                values.append(p.trimmed());
        }
    }
    if (!pattern.isEmpty()) {
        for (const QString &v : std::as_const(values)) {
            if (!fullMatch(v, pattern))
                m_bad = true;
        }
    }
    return values;
}

std::optional<QDateTime> QueryParams::dateTime(const QString &name, const QTimeZone &zone)
{
    const QString text = value(name);
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression strict(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"_s);
    const auto parsed = strict.match(text).hasMatch() ? KimaiDateTime::parse(text, zone) : std::nullopt;
    if (!parsed) {
        m_bad = true;
        return std::nullopt;
    }
    return parsed;
}

// ---- DemoApi: plumbing ----------------------------------------------------------------------

enum class DemoApi::Route {
    None, Ping, Version, UsersMe, ConfigTimesheet, ConfigColors, ConfigI18n,
    Customers, Customer, Projects, Project, Activities, Activity, Tags, TagsFind,
    Timesheets, TimesheetsActive, TimesheetsRecent, Timesheet, TimesheetStop, TimesheetRestart,
    Favorites, Favorite,
};

DemoApi::DemoApi(Store *store, const kd::Clock *clock)
    : m_store(store)
    , m_clock(clock)
{
}

QDateTime DemoApi::now() const
{
    return m_clock->now().toUTC();
}

QTimeZone DemoApi::userZone() const
{
    return m_store->zones.first();
}

json::Style DemoApi::style() const
{
    const DemoProfile &p = profile();
    json::Style st;
    st.breakField = p.breakField;
    st.richUser = p.richEmbeddedUser;
    st.userLocaleAndApiToken = p.userLocaleAndApiToken;
    st.projectDateTimes = p.kimai1Shapes;
    st.zone = userZone();
    st.rates = !p.moneyNeedsPermission || can().viewRates;
    st.budgets = !p.moneyNeedsPermission || can().viewBudgets;
    st.budgetsInCollections = p.moneyNeedsPermission && can().viewBudgets;
    if (*can().storedRole)
        st.roles.append(QString::fromLatin1(can().storedRole));
    return st;
}

bool DemoApi::mayAccess(const Project &p) const
{
    return p.team == 0 || can().seesTeamProjects;
}

bool DemoApi::mayAccess(const Activity &a) const
{
    const Project *p = a.project ? m_store->project(a.project) : nullptr;
    return !p || mayAccess(*p);
}

bool DemoApi::mayView(const Timesheet &t) const
{
    return t.user == kDemoUserId || can().viewOtherTimesheets;
}

bool DemoApi::mayEdit(const Timesheet &t) const
{
    if (t.user != kDemoUserId && !can().editOtherTimesheets)
        return false;
    return !t.exported || can().editExportedRecords;
}

namespace {

void commonHeaders(http::Response &r)
{
    r.setHeader("X-Robots-Tag", "noindex");
}

} // namespace

http::Response DemoApi::json(QByteArray body, int status) const
{
    http::Response r;
    r.status = status;
    r.setHeader("Date", http::formatHttpDate(m_clock->now()));
    r.setHeader("Cache-Control", "max-age=0, must-revalidate, private");
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Content-Language", "en");
    commonHeaders(r);
    r.body = std::move(body);
    return r;
}

http::Response DemoApi::noContent() const
{
    http::Response r;
    r.status = 204;
    r.setHeader("Date", http::formatHttpDate(m_clock->now()));
    r.setHeader("Cache-Control", "max-age=0, must-revalidate, private");
    commonHeaders(r);
    return r;
}

http::Response DemoApi::error(int status) const
{
    http::Response r = json("{\"code\":" + QByteArray::number(status) + ",\"message\":\""
                                + http::Response::standardReason(status) + "\"}",
                            status);
    r.setHeader("Vary", "Accept");
    return r;
}

http::Response DemoApi::earlyError(int status, bool vary) const
{
    http::Response r;
    r.status = status;
    r.setHeader("Date", http::formatHttpDate(m_clock->now()));
    r.setHeader("Content-Type", "application/json");
    if (vary)
        r.setHeader("Vary", "Accept");
    r.setHeader("Cache-Control", "no-cache, private");
    commonHeaders(r);
    r.setHeader("Content-Language", "en");
    r.body = "{\"code\":" + QByteArray::number(status) + ",\"message\":\"" + http::Response::standardReason(status) + "\"}";
    return r;
}

http::Response DemoApi::validation(const json::FormErrors &errors) const
{
    return json(json::validationFailed(errors), 400);
}

DemoApi::Route DemoApi::match(const QString &path, int *id) const
{
    if (!path.startsWith(u"/api/"_s))
        return Route::None;
    const QStringList seg = path.mid(5).split(u'/');
    auto isId = [&](const QString &s) {
        static const QRegularExpression digits(u"^[0-9]+$"_s);
        if (!digits.match(s).hasMatch())
            return false;
        bool ok = false;
        *id = s.toInt(&ok);
        if (!ok)
            *id = 0;   // too large to exist: the handler answers 404 like for any unknown id
        return true;
    };
    const QString first = seg.value(0);
    switch (seg.size()) {
    case 1:
        if (first == u"ping") return Route::Ping;
        if (first == u"version") return Route::Version;
        if (first == u"customers") return Route::Customers;
        if (first == u"projects") return Route::Projects;
        if (first == u"activities") return Route::Activities;
        if (first == u"tags") return Route::Tags;
        if (first == u"timesheets") return Route::Timesheets;
        return Route::None;
    case 2: {
        const QString second = seg.at(1);
        if (first == u"users" && second == u"me") return Route::UsersMe;
        if (first == u"config" && second == u"timesheet") return Route::ConfigTimesheet;
        if (first == u"config" && second == u"colors")
            return profile().colorsAndTagSearch ? Route::ConfigColors : Route::None;
        if (first == u"config" && second == u"i18n") return profile().i18nConfig ? Route::ConfigI18n : Route::None;
        if (first == u"tags" && second == u"find") return Route::TagsFind;   // before 2.18: /tags/{id} (DELETE)
        if (first == u"favorites" && second == u"timesheets")
            return profile().favorites ? Route::Favorites : Route::None;
        if (first == u"timesheets" && second == u"active") return Route::TimesheetsActive;
        if (first == u"timesheets" && second == u"recent") return Route::TimesheetsRecent;
        if (!isId(second)) return Route::None;
        if (first == u"customers") return Route::Customer;
        if (first == u"projects") return Route::Project;
        if (first == u"activities") return Route::Activity;
        if (first == u"timesheets") return Route::Timesheet;
        return Route::None;
    }
    case 3:
        if (first == u"favorites" && seg.at(1) == u"timesheets" && profile().favorites && isId(seg.at(2)))
            return Route::Favorite;
        if (first != u"timesheets" || !isId(seg.at(1)))
            return Route::None;
        if (seg.at(2) == u"stop") return Route::TimesheetStop;
        if (seg.at(2) == u"restart") return Route::TimesheetRestart;
        return Route::None;
    default:
        return Route::None;
    }
}

QList<QByteArray> DemoApi::methodsFor(Route route) const
{
    switch (route) {
    case Route::Customers:
    case Route::Projects:
    case Route::Activities:
    case Route::Tags:
    case Route::Timesheets:
        return {"GET", "POST"};
    case Route::Timesheet:
        return {"GET", "PATCH", "DELETE"};
    case Route::TimesheetStop:
    case Route::TimesheetRestart:
        if (profile().getStopRestart)
            return {"GET", "PATCH"};
        return {"PATCH"};
    case Route::Favorite:
        return {"POST", "DELETE"};
    case Route::TagsFind:
        if (!profile().colorsAndTagSearch)
            return {"DELETE"};   // "find" taken for the id of DELETE /api/tags/{id}, which has no pattern
        return {"GET"};
    default:
        return {"GET"};
    }
}

http::Response DemoApi::handle(const http::Request &request, int *delayMs)
{
    *delayMs = 0;
    int id = 0;
    const Route route = match(request.path, &id);
    if (route == Route::None)
        return earlyError(404, true);
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    const QList<QByteArray> allowed = methodsFor(route);
    if (!allowed.contains(method)) {
        http::Response r = earlyError(405, true);
        r.setHeader("Allow", allowed.join(", "));
        return r;
    }
    if (auto denied = authenticate(request, delayMs))
        return *denied;
    return dispatch(route, id, request);
}

http::Response DemoApi::dispatch(Route route, int id, const http::Request &request)
{
    // Bodies: JSON objects only. An empty body is an empty form.
    QJsonObject body;
    if (request.method == "POST" || request.method == "PATCH") {
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return error(400);
            body = doc.object();
        }
    }
    const bool get = request.method == "GET" || request.method == "HEAD";
    switch (route) {
    case Route::Ping: return json(QByteArrayLiteral("{\"message\":\"pong\"}"));
    case Route::Version: return version();
    case Route::UsersMe: return usersMe();
    case Route::ConfigTimesheet: return timesheetConfig();
    case Route::ConfigColors: return colors();
    case Route::ConfigI18n: return i18n();
    case Route::Customers: return get ? customers(request) : postCustomer(body);
    case Route::Customer: return customer(id);
    case Route::Projects: return get ? projects(request) : postProject(body);
    case Route::Project: return project(id);
    case Route::Activities: return get ? activities(request) : postActivity(body);
    case Route::Activity: return activity(id);
    case Route::Tags: return get ? tags(request) : postTag(body);
    case Route::TagsFind: return profile().colorsAndTagSearch ? findTags(request) : error(404);
    case Route::Timesheets: return get ? timesheets(request) : postTimesheet(request, body);
    case Route::TimesheetsActive: return activeTimesheets();
    case Route::TimesheetsRecent: return recentTimesheets(request);
    case Route::Timesheet:
        if (get)
            return timesheet(id);
        return request.method == "PATCH" ? patchTimesheet(id, body) : deleteTimesheet(id);
    case Route::TimesheetStop: return stopTimesheet(id);
    case Route::TimesheetRestart: return restartTimesheet(id, body);
    case Route::Favorites: return favorites();
    case Route::Favorite: return request.method == "POST" ? addFavorite(id) : removeFavorite(id);
    case Route::None: break;
    }
    return error(404);
}

// ---- Simple endpoints -----------------------------------------------------------------------

http::Response DemoApi::version() const
{
    const DemoProfile &p = profile();
    const QString version = QString::fromLatin1(p.version);
    JsonWriter w;
    w.beginObject().field("version", version).field("versionId", p.versionId);
    if (p.kimai1Shapes) {
        w.field("candidate", u"prod"_s).field("semver", version + u"-prod"_s).field("name", u"Ayumi"_s);
        w.field("copyright", u"Kimai "_s + version + u" by Kevin Papst and contributors."_s);
    } else {
        w.field("copyright", u"Kimai "_s + version + u" by Kevin Papst."_s);
    }
    w.endObject();
    return json(w.take());
}

http::Response DemoApi::i18n() const
{
    JsonWriter w;
    w.beginObject();
    w.field("formDate", u"yyyy-MM-dd"_s).field("dateTime", u"yyyy-MM-dd HH:mm"_s).field("date", u"yyyy-MM-dd"_s);
    w.field("time", u"HH:mm"_s).field("duration", u"%h:%m h"_s).field("is24hours", true);
    w.field("now", KimaiDateTime::toResponse(now(), userZone()));
    w.endObject();
    return json(w.take());
}

http::Response DemoApi::timesheetConfig() const
{
    JsonWriter w;
    w.beginObject();
    w.field("trackingMode", settings.trackingMode).field("defaultBeginTime", u"now"_s);
    w.field("activeEntriesHardLimit", settings.activeEntriesHardLimit);
    if (profile().kimai1Shapes)
        w.field("activeEntriesSoftLimit", settings.activeEntriesHardLimit);
    w.field("isAllowFutureTimes", settings.allowFutureTimes).field("isAllowOverlapping", settings.allowOverlapping);
    w.endObject();
    return json(w.take());
}

http::Response DemoApi::colors() const
{
    return json(QByteArrayLiteral(
        "{\"Silver\":\"#c0c0c0\",\"Gray\":\"#808080\",\"Black\":\"#000000\",\"Maroon\":\"#800000\","
        "\"Brown\":\"#a52a2a\",\"Red\":\"#ff0000\",\"Orange\":\"#ffa500\",\"Gold\":\"#ffd700\","
        "\"Yellow\":\"#ffff00\",\"Peach\":\"#ffdab9\",\"Khaki\":\"#f0e68c\",\"Olive\":\"#808000\","
        "\"Lime\":\"#00ff00\",\"Jelly\":\"#9acd32\",\"Green\":\"#008000\",\"Teal\":\"#008080\","
        "\"Aqua\":\"#00ffff\",\"LightBlue\":\"#add8e6\",\"DeepSky\":\"#00bfff\",\"Dodger\":\"#1e90ff\","
        "\"Blue\":\"#0000ff\",\"Navy\":\"#000080\",\"Purple\":\"#800080\",\"Fuchsia\":\"#ff00ff\","
        "\"Violet\":\"#ee82ee\",\"Rose\":\"#ffe4e1\",\"Lavender\":\"#E6E6FA\"}"));
}

http::Response DemoApi::usersMe() const
{
    JsonWriter w;
    json::userMe(w, me(), style());
    return json(w.take());
}

} // namespace kd::demo
