#pragma once

// Routing, authentication and the endpoint handlers of the demo server. One DemoApi serves one
// Store; the caller (DemoServer's worker) holds the store's mutex around handle().

#include "demo/demodata.h"
#include "demo/demojson.h"
#include "demo/demoversion.h"
#include "demo/httpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace kd {
class Clock;
}

namespace kd::demo {

struct ApiSettings
{
    QString username;
    QString token;
    QString legacyPassword;
    QString timezone;               // IANA id of the demo user
    const DemoProfile *profile = nullptr;
    DemoRole role = DemoRole::User;
    QString trackingMode = QStringLiteral("default");
    int activeEntriesHardLimit = 1;
    bool allowOverlapping = true;
    bool allowFutureTimes = true;
    bool breakTimeActive = true;
    bool mayCreateTags = true;      // create_tag (ROLE_USER has it unless an admin took it away)
    int legacyDelayMinMs = 200;
    int legacyDelayMaxMs = 500;
};

// Reads PHP-style query parameters strictly, the way Kimai's FOSRest param fetcher does.
class QueryParams
{
public:
    explicit QueryParams(const QUrlQuery &query);

    bool has(const QString &name) const;
    // The (last) value of `name`, "" if absent. A non-empty value that does not fully match
    // `pattern` marks the request as bad.
    QString value(const QString &name, const QString &pattern = QString());
    // `name[]=a&name[]=b` (also `name[0]=`; a plain `name=a,b` is split at commas).
    QStringList list(const QString &name, const QString &pattern = QString());
    // Strict `Y-m-d\TH:i:s` in `zone`; nullopt if absent; marks bad if malformed.
    std::optional<QDateTime> dateTime(const QString &name, const QTimeZone &zone);

    bool bad() const { return m_bad; }

private:
    QList<QPair<QString, QString>> m_items;
    bool m_bad = false;
};

class DemoApi
{
public:
    DemoApi(Store *store, const kd::Clock *clock);

    ApiSettings settings;

    // `delayMs` gets how long the answer waits (Kimai's X-AUTH slow-down), 0 for none.
    http::Response handle(const http::Request &request, int *delayMs);

    // Helpers shared by the handler files.
    QDateTime now() const;
    QTimeZone userZone() const;
    const User &me() const { return m_store->users.first(); }
    const DemoProfile &profile() const { return *settings.profile; }
    const RolePermissions &can() const { return permissionsOf(settings.role); }
    json::Style style() const;

    // What the demo user may see and do (Kimai's voters, in the demo's simple permission model).
    bool mayAccess(const Project &p) const;
    bool mayAccess(const Activity &a) const;
    bool mayView(const Timesheet &t) const;
    bool mayEdit(const Timesheet &t) const;      // also delete; exported records need the permission

    http::Response json(QByteArray body, int status = 200) const;
    http::Response noContent() const;
    http::Response error(int status) const;              // {"code":N,"message":"Reason"}
    http::Response earlyError(int status, bool vary) const; // routing/firewall errors
    http::Response validation(const json::FormErrors &errors) const;

private:
    enum class Route;
    Route match(const QString &path, int *id) const;
    QList<QByteArray> methodsFor(Route route) const;
    std::optional<http::Response> authenticate(const http::Request &request, int *delayMs);
    bool consumeFailedLegacyAttempt();
    http::Response dispatch(Route route, int id, const http::Request &request);

    // Simple endpoints (demoapi.cpp).
    http::Response version() const;
    http::Response i18n() const;
    http::Response timesheetConfig() const;
    http::Response colors() const;
    http::Response usersMe() const;

    // Customers, projects, activities, tags (democatalog.cpp).
    http::Response customers(const http::Request &r);
    http::Response customer(int id);
    http::Response postCustomer(const QJsonObject &body);
    http::Response projects(const http::Request &r);
    http::Response project(int id);
    http::Response postProject(const QJsonObject &body);
    http::Response activities(const http::Request &r);
    http::Response activity(int id);
    http::Response postActivity(const QJsonObject &body);
    http::Response tags(const http::Request &r);
    http::Response findTags(const http::Request &r);
    http::Response postTag(const QJsonObject &body);

    // Timesheet reads (demotimesheets.cpp).
    http::Response timesheets(const http::Request &r);
    http::Response timesheet(int id);
    http::Response activeTimesheets();
    http::Response recentTimesheets(const http::Request &r);
    http::Response deleteTimesheet(int id);

    // Timesheet writes (demotimesheetform.cpp).
    http::Response postTimesheet(const http::Request &r, const QJsonObject &body);
    http::Response patchTimesheet(int id, const QJsonObject &body);
    http::Response stopTimesheet(int id);
    http::Response restartTimesheet(int id, const QJsonObject &body);

    // Favourites, Kimai 2.66+ (demofavorites.cpp).
    http::Response favorites();
    http::Response addFavorite(int id);
    http::Response removeFavorite(int id);

    void stop(Timesheet &t);                 // end = now, rounded; no-op if stopped
    void enforceHardLimit(int keepId);       // stops the oldest running records beyond the limit

    Store *m_store;
    const kd::Clock *m_clock;
    qint64 m_failedLegacyWindowMs = 0;       // start of the rate limiter's current one-minute window
    int m_failedLegacyAttempts = 0;
};

} // namespace kd::demo
