// The demo server speaks every Kimai version it offers (issue 16): raw HTTP to a DemoServer per
// version, each test function once per version. The expected behaviour is written out here, from
// Kimai's history (shared/kimai-api/NOTES.md section 9 and Kimai's source), independently of the
// server's own table: which auth works, /api/version, paging, `break`, rates, the richer user, GET
// stop/restart, favourites, the X-AUTH slow-down and rate limit, filters the user may not see.

#include "core/kimaidatetime.h"
#include "support/demofixture.h"
#include "support/manualclock.h"
#include "support/rawhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace kd;
using namespace kd::test;

namespace {

struct Expected
{
    const char *name;
    const char *version;
    int versionId;
    int bearerOnly;          // GET /api/ping with a good Bearer token and nothing else
    int legacyOnly;          // GET /api/ping with a good X-AUTH-USER/X-AUTH-TOKEN and nothing else
    bool i18n;               // /api/config/i18n
    bool colorsAndTagFind;   // /api/config/colors, /api/tags/find
    bool localeInMe;         // users/me `locale`
    bool paginationHeaders;
    int perPageAsked1000;    // X-Per-Page for size=1000
    int pageOverflow;        // status of a page past the end
    bool breakField;
    bool richUser;           // the embedded user has `email`
    bool ratesForPlainUser;
    bool getStopRestart;
    bool favorites;
    bool throttled;          // X-AUTH slow-down and rate limit
    int unknownProjectFilter; // status of ?project=<no such id>
    int hiddenProjectFilter;  // status of ?project=<a project of a team the user is not in>
    bool modifiedAfterUtc;
};

constexpr Expected kExpected[] = {
    // name  version    id      bearer legacy i18n  colors locale pages perPage ovfl break  rich   rates  GETstop fav    thr    unk  team utc
    {"1.17", "1.17",   11700, 403,   200,   true,  false, false, false, -1,   500, false, false, true,  false, false, false, 200, 200, false},
    {"2.0",  "2.0.35", 20035, 401,   200,   false, false, false, true,  1000, 404, false, false, true,  true,  false, false, 404, 200, false},
    {"2.28", "2.28.0", 22800, 200,   200,   false, true,  true,  true,  1000, 404, false, false, true,  true,  false, false, 404, 200, false},
    {"2.45", "2.45.0", 24500, 200,   200,   false, true,  true,  true,  500,  404, true,  true,  true,  true,  false, false, 404, 200, true},
    {"2.58", "2.58.0", 25800, 200,   200,   false, true,  true,  true,  500,  404, true,  true,  true,  false, false, true,  200, 403, true},
    {"2.66", "2.66.0", 26600, 200,   200,   false, true,  true,  true,  500,  404, true,  true,  false, false, true,  true,  200, 403, true},
    {"3.0",  "3.0.0",  30000, 200,   401,   false, true,  true,  true,  500,  404, true,  true,  false, false, true,  false, 200, 403, true},
};

constexpr int kTeamProject = 14;   // "Autumn campaign pitch": only for its team (demogenerator.cpp)

enum class Auth { None, Bearer, Legacy, WrongBearer, WrongLegacy };

QString utcRequestTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

Q_DECLARE_METATYPE(const Expected *)

class TestDemoVersions : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<demo::DemoServer> m_server;
    const Expected *m_expected = nullptr;

    // A server for the row's version; `adjust` changes the options first.
    template<typename F>
    bool startServer(F adjust)
    {
        QFETCH(const Expected *, expected);
        m_expected = expected;
        demo::DemoOptions options = DemoFixture::optionsFor(QString::fromLatin1(expected->name));
        options.timesheetCount = 300;
        options.legacyDelayMinMs = 0;   // the delay has its own test
        options.legacyDelayMaxMs = 0;
        adjust(options);
        m_server = std::make_unique<demo::DemoServer>(options);
        return m_server->start();
    }
    bool startServer()
    {
        return startServer([](demo::DemoOptions &) {});
    }

    RawHeaders credentials(Auth auth) const
    {
        const QByteArray user = m_server->username().toUtf8();
        switch (auth) {
        case Auth::None: return {};
        case Auth::Bearer: return {{"Authorization", "Bearer " + m_server->token().toUtf8()}};
        case Auth::WrongBearer: return {{"Authorization", "Bearer not-the-token"}};
        case Auth::Legacy: return {{"X-AUTH-USER", user}, {"X-AUTH-TOKEN", m_server->legacyPassword().toUtf8()}};
        case Auth::WrongLegacy: return {{"X-AUTH-USER", user}, {"X-AUTH-TOKEN", "not-the-password"}};
        }
        return {};
    }
    // The credentials this version takes: a token where it has them, else the API password.
    Auth working() const { return m_expected->bearerOnly == 200 ? Auth::Bearer : Auth::Legacy; }

    RawReply send(const QByteArray &method, const QString &path, Auth auth, const QByteArray &body = {})
    {
        return rawRequest(m_nam, m_server->url(), method, path, credentials(auth), body);
    }
    RawReply get(const QString &path) { return send("GET", path, working()); }

    // A finished record of the demo user, made through the API; its id.
    int createFinished(const QDateTime &begin, int minutes)
    {
        const QTimeZone zone = KimaiDateTime::zoneFromId(m_server->timezone());
        const QByteArray body = QStringLiteral(R"({"project":1,"activity":4,"begin":"%1","end":"%2"})")
                                    .arg(KimaiDateTime::toRequest(begin, zone),
                                         KimaiDateTime::toRequest(begin.addSecs(60LL * minutes), zone))
                                    .toUtf8();
        const RawReply r = send("POST", QStringLiteral("/api/timesheets"), working(), body);
        return r.status == 200 ? r.json().object().value(QStringLiteral("id")).toInt() : 0;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void auth_data() { rows(); }
    void auth()
    {
        QVERIFY(startServer());
        const Expected &e = *m_expected;
        QCOMPARE(send("GET", QStringLiteral("/api/ping"), Auth::Bearer).status, e.bearerOnly);
        QCOMPARE(send("GET", QStringLiteral("/api/ping"), Auth::Legacy).status, e.legacyOnly);
        const RawReply none = send("GET", QStringLiteral("/api/ping"), Auth::None);
        if (e.bearerOnly == 403) {   // 1.x checks X-AUTH on every request
            QCOMPARE(none.status, 403);
            QCOMPARE(none.json().object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Authentication required, missing user header: X-AUTH-USER"));
        } else {
            QCOMPARE(none.status, 401);
            QCOMPARE(none.json().object(), QJsonDocument::fromJson(R"({"code":401,"message":"Unauthorized"})").object());
        }
        if (e.bearerOnly == 200) {   // a wrong token: Symfony's access-token answer
            const RawReply wrong = send("GET", QStringLiteral("/api/ping"), Auth::WrongBearer);
            QCOMPARE(wrong.status, 401);
            QVERIFY(wrong.body.isEmpty());
            QVERIFY(wrong.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
        }
        const RawReply wrongLegacy = send("GET", QStringLiteral("/api/ping"), Auth::WrongLegacy);
        if (e.legacyOnly == 200) {
            QCOMPARE(wrongLegacy.status, 403);
            QCOMPARE(wrongLegacy.body, QByteArray(R"({"message":"Invalid credentials"})"));
        } else {   // 3.0: X-AUTH headers mean nothing, right or wrong
            QCOMPARE(wrongLegacy.status, 401);
            QCOMPARE(send("GET", QStringLiteral("/api/version"), Auth::Legacy).status, 401);
        }
    }

    void versionAndEndpoints_data() { rows(); }
    void versionAndEndpoints()
    {
        QVERIFY(startServer());
        const Expected &e = *m_expected;
        const QJsonObject v = get(QStringLiteral("/api/version")).json().object();
        QCOMPARE(v.value(QStringLiteral("version")).toString(), QString::fromLatin1(e.version));
        QCOMPARE(v.value(QStringLiteral("versionId")).toInt(), e.versionId);
        QVERIFY(v.value(QStringLiteral("copyright")).toString().startsWith(QStringLiteral("Kimai ") + QString::fromLatin1(e.version)));
        QCOMPARE(v.contains(QStringLiteral("semver")), e.versionId < 20000);   // 1.x only
        QCOMPARE(get(QStringLiteral("/api/config/i18n")).status, e.i18n ? 200 : 404);
        QCOMPARE(get(QStringLiteral("/api/config/colors")).status, e.colorsAndTagFind ? 200 : 404);
        // Before 2.18 "find" is taken for the id of DELETE /api/tags/{id} (a route without a pattern).
        const RawReply find = get(QStringLiteral("/api/tags/find?name=re"));
        QCOMPARE(find.status, e.colorsAndTagFind ? 200 : 405);
        if (!e.colorsAndTagFind)
            QCOMPARE(find.header("Allow"), QByteArray("DELETE"));
        const QJsonObject config = get(QStringLiteral("/api/config/timesheet")).json().object();
        QCOMPARE(config.contains(QStringLiteral("activeEntriesSoftLimit")), e.versionId < 20000);
        const QJsonObject me = get(QStringLiteral("/api/users/me")).json().object();
        QCOMPARE(me.value(QStringLiteral("username")).toString(), m_server->username());
        QCOMPARE(me.contains(QStringLiteral("locale")), e.localeInMe);
        QCOMPARE(me.contains(QStringLiteral("apiToken")), e.localeInMe);
        QCOMPARE(me.contains(QStringLiteral("email")), e.richUser);
        QCOMPARE(me.value(QStringLiteral("roles")).toArray(), QJsonArray());   // a plain user
    }

    void lists_data() { rows(); }
    void lists()
    {
        QVERIFY(startServer());
        const Expected &e = *m_expected;
        const RawReply page = get(QStringLiteral("/api/timesheets?size=1000"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.hasHeader("X-Total-Count"), e.paginationHeaders);
        QCOMPARE(page.hasHeader("X-Page"), e.paginationHeaders);
        if (e.paginationHeaders) {
            QCOMPARE(page.header("X-Per-Page").toInt(), e.perPageAsked1000);
            QCOMPARE(page.header("X-Total-Count").toInt(), m_server->timesheetCount());
        }
        QCOMPARE(page.json().array().size(), m_server->timesheetCount());   // 300: below either limit
        QCOMPARE(get(QStringLiteral("/api/timesheets?page=999")).status, e.pageOverflow);
        QCOMPARE(get(QStringLiteral("/api/timesheets?project=99999")).status, e.unknownProjectFilter);
        const RawReply team = get(QStringLiteral("/api/timesheets?project=%1").arg(kTeamProject));
        QCOMPARE(team.status, e.hiddenProjectFilter);
        if (team.status == 403)
            QCOMPARE(team.json().object(), QJsonDocument::fromJson(R"({"code":403,"message":"Forbidden"})").object());
        // The team project is not in the plain user's lists either.
        const QJsonArray projects = get(QStringLiteral("/api/projects?ignoreDates=1")).json().array();
        QVERIFY(!projects.isEmpty());
        for (const QJsonValue &p : projects)
            QVERIFY(p.toObject().value(QStringLiteral("id")).toInt() != kTeamProject);
    }

    // modified_after: UTC from 2.45, the user's timezone before. Tokyo is 9 hours ahead of UTC, so
    // "an hour from now, UTC" read as Tokyo time is eight hours ago and finds a record made now.
    void modifiedAfter_data() { rows(); }
    void modifiedAfter()
    {
        QVERIFY(startServer([](demo::DemoOptions &o) { o.timezone = QStringLiteral("Asia/Tokyo"); }));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int created = createFinished(now.addSecs(-3 * 3600), 30);
        QVERIFY(created > 0);
        const QJsonArray found
            = get(QStringLiteral("/api/timesheets?size=500&modified_after=%1").arg(utcRequestTime(now.addSecs(3600)))).json().array();
        bool has = false;
        for (const QJsonValue &t : found)
            has = has || t.toObject().value(QStringLiteral("id")).toInt() == created;
        QCOMPARE(has, !m_expected->modifiedAfterUtc);
        if (m_expected->modifiedAfterUtc)
            QVERIFY(found.isEmpty());
        // A minute ago, UTC: the new record (sample records were last changed before that).
        const QJsonArray recent
            = get(QStringLiteral("/api/timesheets?size=500&modified_after=%1").arg(utcRequestTime(now.addSecs(-60)))).json().array();
        has = false;
        for (const QJsonValue &t : recent)
            has = has || t.toObject().value(QStringLiteral("id")).toInt() == created;
        QVERIFY(has);
        if (m_expected->modifiedAfterUtc)
            QCOMPARE(recent.size(), 1);
    }

    void timesheetShapes_data() { rows(); }
    void timesheetShapes()
    {
        QVERIFY(startServer());
        const Expected &e = *m_expected;
        const QJsonArray list = get(QStringLiteral("/api/timesheets?size=5")).json().array();
        QCOMPARE(list.size(), 5);
        const QJsonObject item = list.first().toObject();
        QCOMPARE(item.contains(QStringLiteral("break")), e.breakField);
        QCOMPARE(item.contains(QStringLiteral("rate")), e.ratesForPlainUser);
        QCOMPARE(item.contains(QStringLiteral("internalRate")), e.ratesForPlainUser);
        const int id = item.value(QStringLiteral("id")).toInt();
        const QJsonObject entity = get(QStringLiteral("/api/timesheets/%1").arg(id)).json().object();
        QCOMPARE(entity.contains(QStringLiteral("break")), e.breakField);
        QCOMPARE(entity.contains(QStringLiteral("hourlyRate")), e.ratesForPlainUser);
        QCOMPARE(entity.contains(QStringLiteral("fixedRate")), e.ratesForPlainUser);
        if (e.breakField)
            QCOMPARE(entity.value(QStringLiteral("break")).toInt(), 0);
        const QJsonObject full = get(QStringLiteral("/api/timesheets?size=1&full=true")).json().array().first().toObject();
        const QJsonObject user = full.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), m_server->username());
        QCOMPARE(user.contains(QStringLiteral("email")), e.richUser);
        QCOMPARE(user.contains(QStringLiteral("timezone")), e.richUser);
        QCOMPARE(user.contains(QStringLiteral("color-safe")), e.richUser);
        // A user allowed to see rates (a teamlead) gets them on every version.
        m_server->setRole(demo::DemoRole::Teamlead);
        const QJsonObject withRates = get(QStringLiteral("/api/timesheets/%1").arg(id)).json().object();
        QVERIFY(withRates.contains(QStringLiteral("rate")));
        QVERIFY(withRates.contains(QStringLiteral("hourlyRate")));
    }

    void stopAndRestartByGet_data() { rows(); }
    void stopAndRestartByGet()
    {
        QVERIFY(startServer());
        const bool get = m_expected->getStopRestart;
        const RawReply started = send("POST", QStringLiteral("/api/timesheets"), working(), R"({"project":1,"activity":4})");
        QCOMPARE(started.status, 200);
        const int id = started.json().object().value(QStringLiteral("id")).toInt();
        QCOMPARE(m_server->runningIds(), QList<int>{id});

        const RawReply stop = send("GET", QStringLiteral("/api/timesheets/%1/stop").arg(id), working());
        QCOMPARE(stop.status, get ? 200 : 405);
        if (get) {
            QVERIFY(!m_server->timesheet(id)->running);
        } else {
            QCOMPARE(stop.header("Allow"), QByteArray("PATCH"));
            QCOMPARE(stop.json().object(), QJsonDocument::fromJson(R"({"code":405,"message":"Method Not Allowed"})").object());
            QVERIFY(m_server->timesheet(id)->running);
            QCOMPARE(send("PATCH", QStringLiteral("/api/timesheets/%1/stop").arg(id), working()).status, 200);
            QVERIFY(!m_server->timesheet(id)->running);
        }

        const RawReply restart = send("GET", QStringLiteral("/api/timesheets/%1/restart").arg(id), working());
        QCOMPARE(restart.status, get ? 200 : 405);
        QCOMPARE(m_server->runningCount(), get ? 1 : 0);
        if (!get)
            QCOMPARE(restart.header("Allow"), QByteArray("PATCH"));
        QCOMPARE(send("PATCH", QStringLiteral("/api/timesheets/%1/restart").arg(id), working()).status, 200);
        QCOMPARE(m_server->runningCount(), 1);
    }

    void favorites_data() { rows(); }
    void favorites()
    {
        QVERIFY(startServer());
        const QString list = QStringLiteral("/api/favorites/timesheets");
        if (!m_expected->favorites) {
            QCOMPARE(get(list).status, 404);
            QCOMPARE(send("POST", list + QStringLiteral("/1"), working()).status, 404);
            QVERIFY(m_server->favoriteIds().isEmpty());
            return;
        }
        QCOMPARE(get(list).json().array(), QJsonArray());
        const QList<int> own = m_server->timesheetIds();
        QVERIFY(own.size() > 10);
        const int first = own.last();
        const RawReply added = send("POST", list + QStringLiteral("/%1").arg(first), working());
        QCOMPARE(added.status, 204);
        QVERIFY(added.body.isEmpty());
        QCOMPARE(m_server->favoriteIds(), QList<int>{first});
        QCOMPARE(send("POST", list + QStringLiteral("/%1").arg(first), working()).status, 204);   // twice: no change
        QCOMPARE(m_server->favoriteIds(), QList<int>{first});

        const QJsonArray shown = get(list).json().array();
        QCOMPARE(shown.size(), 1);
        const QJsonObject favorite = shown.first().toObject();
        QCOMPARE(favorite.value(QStringLiteral("id")).toInt(), first);
        QVERIFY(favorite.value(QStringLiteral("project")).isObject());   // the expanded shape
        QVERIFY(!favorite.contains(QStringLiteral("rate")));              // a plain user sees no rates

        // At most five: a sixth pushes out the oldest; the newest comes first.
        for (int i = 2; i <= 6; ++i)
            QCOMPARE(send("POST", list + QStringLiteral("/%1").arg(own.at(own.size() - i)), working()).status, 204);
        const QList<int> expected{own.at(own.size() - 6), own.at(own.size() - 5), own.at(own.size() - 4),
                                  own.at(own.size() - 3), own.at(own.size() - 2)};
        QCOMPARE(m_server->favoriteIds(), expected);
        QCOMPARE(get(list).json().array().size(), 5);

        const int removed = expected.at(2);
        const RawReply deleted = send("DELETE", list + QStringLiteral("/%1").arg(removed), working());
        QCOMPARE(deleted.status, 204);
        QVERIFY(!m_server->favoriteIds().contains(removed));
        QCOMPARE(send("DELETE", list + QStringLiteral("/%1").arg(removed), working()).status, 204);   // not one: fine
        QCOMPARE(m_server->favoriteIds().size(), 4);

        const RawReply byGet = get(list + QStringLiteral("/%1").arg(expected.first()));
        QCOMPARE(byGet.status, 405);
        QCOMPARE(byGet.header("Allow"), QByteArray("POST, DELETE"));
        QCOMPARE(send("POST", list + QStringLiteral("/999999"), working()).status, 404);
        const QList<int> others = m_server->timesheetIds(2);
        QVERIFY(!others.isEmpty());
        QCOMPARE(send("POST", list + QStringLiteral("/%1").arg(others.first()), working()).status, 403);
        QCOMPARE(m_server->favoriteIds().size(), 4);
        // A deleted record leaves the favourites.
        const QList<int> left = m_server->favoriteIds();
        const auto unlocked = std::find_if(left.begin(), left.end(), [this](int id) { return !m_server->timesheet(id)->exported; });
        QVERIFY(unlocked != left.end());
        QCOMPARE(send("DELETE", QStringLiteral("/api/timesheets/%1").arg(*unlocked), working()).status, 204);
        QCOMPARE(get(list).json().array().size(), 3);
        QCOMPARE(m_server->favoriteIds().size(), 3);
    }

    // 2.54+: after five failed X-AUTH attempts within a minute the next ones are 400 (FOSRest's
    // production body); the right password still works; a minute later the count starts again.
    void legacyRateLimit_data() { rows(); }
    void legacyRateLimit()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QVERIFY(startServer([&clock](demo::DemoOptions &o) { o.clock = &clock; }));
        const Expected &e = *m_expected;
        const QString ping = QStringLiteral("/api/ping");
        if (e.legacyOnly != 200) {   // 3.0: not even counted
            for (int i = 0; i < 7; ++i)
                QCOMPARE(send("GET", ping, Auth::WrongLegacy).status, 401);
            return;
        }
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(send("GET", ping, Auth::WrongLegacy).status, 403);
        const RawReply sixth = send("GET", ping, Auth::WrongLegacy);
        if (!e.throttled) {
            QCOMPARE(sixth.status, 403);
            return;
        }
        QCOMPARE(sixth.status, 400);
        QCOMPARE(sixth.json().object(), QJsonDocument::fromJson(R"({"code":400,"message":"Bad Request"})").object());
        QCOMPARE(send("GET", ping, Auth::WrongLegacy).status, 400);
        QCOMPARE(send("GET", ping, Auth::Legacy).status, 200);
        clock.advanceSeconds(61);
        QCOMPARE(send("GET", ping, Auth::WrongLegacy).status, 403);
    }

    // 2.54+: every X-AUTH request is answered after the configured delay (Kimai: 200-500 ms). Only
    // the versions that have it: that others answer at once would need an upper bound, a timing test.
    void legacyDelay_data()
    {
        QTest::addColumn<const Expected *>("expected");
        for (const Expected &e : kExpected) {
            if (e.throttled)
                QTest::newRow(e.name) << &e;
        }
    }
    void legacyDelay()
    {
        constexpr int kMin = 150;
        QVERIFY(startServer([](demo::DemoOptions &o) {
            o.legacyDelayMinMs = kMin;
            o.legacyDelayMaxMs = kMin + 50;
        }));
        QVERIFY(m_expected->throttled);
        for (Auth auth : {Auth::Legacy, Auth::WrongLegacy}) {
            const RawReply r = send("GET", QStringLiteral("/api/version"), auth);
            QCOMPARE(r.status, auth == Auth::Legacy ? 200 : 403);
            QVERIFY2(r.elapsedMs >= kMin, qPrintable(QStringLiteral("answered after %1 ms").arg(r.elapsedMs)));
        }
    }

private:
    static void rows()
    {
        QTest::addColumn<const Expected *>("expected");
        for (const Expected &e : kExpected)
            QTest::newRow(e.name) << &e;
    }
};

QTEST_GUILESS_MAIN(TestDemoVersions)
#include "tst_demoversions.moc"
