// The demo server answers like the real Kimai 2.28 in tests/data/recorded-2.28: for every recorded
// exchange the same request goes to the demo server (its 2.28 profile, with an admin demo user as
// the recordings were made by a super admin), and status, the headers that matter and the JSON
// shape (every key, every type, recursively) are compared. Values differ (other sample data); a
// null on either side is accepted (the field is nullable in Kimai), nothing else is lenient.

#include "core/kimaidatetime.h"
#include "support/demofixture.h"
#include "support/recorded.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

struct Raw
{
    int status = 0;
    QByteArray body;
    QNetworkReply::RawHeaderPair dummy;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("undefined");
    }
    return {};
}

// Compares the shape of `demo` with `recorded`; appends differences to `diffs`.
void compareShape(const QJsonValue &recorded, const QJsonValue &demo, const QString &path, const QSet<QString> &ignoredKeys,
                  QStringList *diffs)
{
    if (recorded.isNull() || demo.isNull())
        return;   // a nullable field in Kimai: null on either side is fine, the other side has the type
    if (recorded.type() != demo.type()) {
        diffs->append(QStringLiteral("%1: recorded %2, demo %3").arg(path, typeName(recorded), typeName(demo)));
        return;
    }
    if (recorded.isObject()) {
        const QJsonObject r = recorded.toObject();
        const QJsonObject d = demo.toObject();
        for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
            if (ignoredKeys.contains(it.key()))
                continue;
            if (!d.contains(it.key())) {
                diffs->append(QStringLiteral("%1.%2: missing in demo").arg(path, it.key()));
                continue;
            }
            compareShape(it.value(), d.value(it.key()), path + QLatin1Char('.') + it.key(), ignoredKeys, diffs);
        }
        for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
            if (!r.contains(it.key()) && !ignoredKeys.contains(it.key()))
                diffs->append(QStringLiteral("%1.%2: extra in demo").arg(path, it.key()));
        }
        return;
    }
    if (recorded.isArray()) {
        const QJsonArray r = recorded.toArray();
        const QJsonArray d = demo.toArray();
        if (r.isEmpty() || d.isEmpty())
            return;
        // Every recorded element against the first demo element and vice versa: one element shape.
        for (qsizetype i = 0; i < r.size(); ++i)
            compareShape(r.at(i), d.at(0), path + QStringLiteral("[%1]").arg(i), ignoredKeys, diffs);
        for (qsizetype i = 1; i < d.size() && i < 50; ++i)
            compareShape(r.at(0), d.at(i), path + QStringLiteral("[demo %1]").arg(i), ignoredKeys, diffs);
    }
}

const QByteArray kTagDesktop = QByteArrayLiteral("{\"name\":\"desktop-contract\",\"visible\":true}");
const QByteArray kTagTest = QByteArrayLiteral("{\"name\":\"test-contract\",\"color\":\"#008080\",\"visible\":true}");
const QByteArray kTagHidden = QByteArrayLiteral("{\"name\":\"hidden-contract\"}");

} // namespace

// check() asserts with QVERIFY/QCOMPARE, which return from check() only: a failed check ends the
// test function here, so that one wrong answer does not pile up follow-on failures.
#define CHECK(...)                                                                                         \
    do {                                                                                                   \
        check(__VA_ARGS__);                                                                                \
        if (QTest::currentTestFailed())                                                                    \
            return;                                                                                        \
    } while (false)

class TestDemoContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    int m_project = 0;
    int m_activity = 0;
    int m_globalActivity = 0;
    int m_running = 0;
    int m_finished = 0;
    int m_restarted = 0;

    enum class Auth { None, Bearer, Legacy, WrongBearer, WrongLegacy };

    Raw send(const QByteArray &method, const QString &target, Auth auth, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(f->server->url().toString() + target));
        switch (auth) {
        case Auth::None: break;
        case Auth::Bearer: req.setRawHeader("Authorization", "Bearer " + f->server->token().toUtf8()); break;
        case Auth::WrongBearer: req.setRawHeader("Authorization", "Bearer wrong-token"); break;
        case Auth::Legacy:
            req.setRawHeader("X-AUTH-USER", f->server->username().toUtf8());
            req.setRawHeader("X-AUTH-TOKEN", f->server->legacyPassword().toUtf8());
            break;
        case Auth::WrongLegacy:
            req.setRawHeader("X-AUTH-USER", f->server->username().toUtf8());
            req.setRawHeader("X-AUTH-TOKEN", "wrong-password");
            break;
        }
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = f->nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        Raw raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs())
            raw.headers.append({h.first, h.second});
        reply->deleteLater();
        return raw;
    }

    // Sends the request, then compares with the recording `name`.
    void check(const QString &name, const QByteArray &method, const QString &target, Auth auth,
               const QByteArray &body = {}, const QSet<QString> &ignoredKeys = {}, bool shape = true)
    {
        const Recorded rec = loadRecorded(name);
        QCOMPARE(method, rec.method);
        const Raw raw = send(method, target, auth, body);
        QVERIFY2(raw.status == rec.status,
                 qPrintable(QStringLiteral("%1: status %2, recorded %3; body %4").arg(name).arg(raw.status).arg(rec.status)
                                .arg(QString::fromUtf8(raw.body.left(300)))));
        for (const QByteArray &h : {QByteArrayLiteral("X-Page"), QByteArrayLiteral("X-Total-Count"),
                                   QByteArrayLiteral("X-Total-Pages"), QByteArrayLiteral("X-Per-Page"),
                                   QByteArrayLiteral("WWW-Authenticate")}) {
            QVERIFY2(raw.hasHeader(h) == !rec.responseHeader(h).isEmpty(),
                     qPrintable(name + QStringLiteral(": header ") + QString::fromLatin1(h)));
        }
        if (!rec.responseHeader("WWW-Authenticate").isEmpty())
            QCOMPARE(raw.header("WWW-Authenticate"), rec.responseHeader("WWW-Authenticate"));
        if (rec.status != 204)
            QVERIFY2(raw.header("Content-Type").startsWith("application/json"), qPrintable(name));
        if (rec.responseBody.isEmpty()) {
            QVERIFY2(raw.body.isEmpty(), qPrintable(name + QStringLiteral(": body should be empty")));
            return;
        }
        const QJsonDocument r = QJsonDocument::fromJson(rec.responseBody);
        const QJsonDocument d = QJsonDocument::fromJson(raw.body);
        QVERIFY2(!d.isNull(), qPrintable(name + QStringLiteral(": demo body is not JSON: ") + QString::fromUtf8(raw.body.left(200))));
        if (!shape)
            return;
        QStringList diffs;
        compareShape(r.isArray() ? QJsonValue(r.array()) : QJsonValue(r.object()),
                     d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()), QStringLiteral("$"), ignoredKeys, &diffs);
        QVERIFY2(diffs.isEmpty(), qPrintable(name + QStringLiteral(":\n  ") + diffs.join(QStringLiteral("\n  "))));
    }

    QString nowInUserZone(int offsetSeconds = 0)
    {
        return KimaiDateTime::toRequest(QDateTime::currentDateTimeUtc().addSecs(offsetSeconds),
                                        KimaiDateTime::zoneFromId(f->server->timezone()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        demo::DemoOptions options = DemoFixture::defaultOptions();
        options.role = demo::DemoRole::Admin;
        f = std::make_unique<DemoFixture>(options);
        QVERIFY(f->started);
        QCOMPARE(QString::fromLatin1(f->server->profile()->version), QStringLiteral("2.28.0"));
        // Pick a project with an own activity, and a global activity.
        const QJsonArray projects = QJsonDocument::fromJson(send("GET", QStringLiteral("/api/projects"), Auth::Bearer).body).array();
        QVERIFY(!projects.isEmpty());
        for (const QJsonValue &p : projects) {
            const int pid = p.toObject().value(QStringLiteral("id")).toInt();
            const QJsonArray acts = QJsonDocument::fromJson(
                send("GET", QStringLiteral("/api/activities?project=%1").arg(pid), Auth::Bearer).body).array();
            for (const QJsonValue &a : acts) {
                const QJsonObject o = a.toObject();
                if (o.value(QStringLiteral("project")).isNull())
                    m_globalActivity = o.value(QStringLiteral("id")).toInt();
                else if (!m_activity) {
                    m_activity = o.value(QStringLiteral("id")).toInt();
                    m_project = pid;
                }
            }
            if (m_project && m_globalActivity)
                break;
        }
        QVERIFY(m_project && m_activity && m_globalActivity);
    }
    void cleanupTestCase() { f.reset(); }

    void authAndStatus()
    {
        CHECK(QStringLiteral("01_ping_noauth"), "GET", QStringLiteral("/api/ping"), Auth::None);
        CHECK(QStringLiteral("02_ping_bearer"), "GET", QStringLiteral("/api/ping"), Auth::Bearer);
        CHECK(QStringLiteral("03_ping_legacy_xauth"), "GET", QStringLiteral("/api/ping"), Auth::Legacy);
        CHECK(QStringLiteral("04_ping_bad_token"), "GET", QStringLiteral("/api/ping"), Auth::WrongBearer);
        CHECK(QStringLiteral("05_ping_bad_legacy"), "GET", QStringLiteral("/api/ping"), Auth::WrongLegacy);
        CHECK(QStringLiteral("06_version"), "GET", QStringLiteral("/api/version"), Auth::Bearer);
        CHECK(QStringLiteral("07_config_i18n"), "GET", QStringLiteral("/api/config/i18n"), Auth::Bearer);
        CHECK(QStringLiteral("08_config_timesheet"), "GET", QStringLiteral("/api/config/timesheet"), Auth::Bearer);
        CHECK(QStringLiteral("09_config_colors"), "GET", QStringLiteral("/api/config/colors"), Auth::Bearer);
        CHECK(QStringLiteral("10_users_me"), "GET", QStringLiteral("/api/users/me"), Auth::Bearer);
    }

    void lists()
    {
        CHECK(QStringLiteral("11_customers_empty"), "GET", QStringLiteral("/api/customers"), Auth::Bearer);
        CHECK(QStringLiteral("12_projects_empty"), "GET", QStringLiteral("/api/projects"), Auth::Bearer);
        CHECK(QStringLiteral("13_activities_empty"), "GET", QStringLiteral("/api/activities"), Auth::Bearer);
        CHECK(QStringLiteral("14_timesheets_empty"), "GET", QStringLiteral("/api/timesheets"), Auth::Bearer);
        CHECK(QStringLiteral("24_customers"), "GET", QStringLiteral("/api/customers"), Auth::Bearer);
        CHECK(QStringLiteral("25_customer_by_id"), "GET", QStringLiteral("/api/customers/1"), Auth::Bearer);
        CHECK(QStringLiteral("26_projects"), "GET", QStringLiteral("/api/projects"), Auth::Bearer);
        CHECK(QStringLiteral("27_projects_by_cust"), "GET", QStringLiteral("/api/projects?customer=1"), Auth::Bearer);
        CHECK(QStringLiteral("28_project_by_id"), "GET", QStringLiteral("/api/projects/%1").arg(m_project), Auth::Bearer);
        CHECK(QStringLiteral("29_activities"), "GET", QStringLiteral("/api/activities"), Auth::Bearer);
        CHECK(QStringLiteral("30_activities_by_proj"), "GET", QStringLiteral("/api/activities?project=%1").arg(m_project), Auth::Bearer);
        CHECK(QStringLiteral("31_activity_by_id"), "GET", QStringLiteral("/api/activities/%1").arg(m_activity), Auth::Bearer);
    }

    void creatingCatalogEntries()
    {
        CHECK(QStringLiteral("20_post_customer"), "POST", QStringLiteral("/api/customers"), Auth::Bearer,
              loadRecorded(QStringLiteral("20_post_customer")).requestBody);
        CHECK(QStringLiteral("21_post_project"), "POST", QStringLiteral("/api/projects"), Auth::Bearer,
              loadRecorded(QStringLiteral("21_post_project")).requestBody);
        CHECK(QStringLiteral("22_post_activity"), "POST", QStringLiteral("/api/activities"), Auth::Bearer,
              loadRecorded(QStringLiteral("22_post_activity")).requestBody);
        CHECK(QStringLiteral("23_post_global_activity"), "POST", QStringLiteral("/api/activities"), Auth::Bearer,
              loadRecorded(QStringLiteral("23_post_global_activity")).requestBody);
        CHECK(QStringLiteral("56_post_customer_invalid"), "POST", QStringLiteral("/api/customers"), Auth::Bearer,
              loadRecorded(QStringLiteral("56_post_customer_invalid")).requestBody);
    }

    void tags()
    {
        CHECK(QStringLiteral("32_post_tag_desktop"), "POST", QStringLiteral("/api/tags"), Auth::Bearer,
              kTagDesktop);
        CHECK(QStringLiteral("33_post_tag_test"), "POST", QStringLiteral("/api/tags"), Auth::Bearer,
              kTagTest);
        CHECK(QStringLiteral("35_post_tag_invisible"), "POST", QStringLiteral("/api/tags"), Auth::Bearer,
              kTagHidden);
        CHECK(QStringLiteral("34_tags"), "GET", QStringLiteral("/api/tags"), Auth::Bearer);
        CHECK(QStringLiteral("60_tags_find"), "GET", QStringLiteral("/api/tags/find?name=desk"), Auth::Bearer);
        const QJsonArray found = QJsonDocument::fromJson(send("GET", QStringLiteral("/api/tags/find?name=hidden-contract"), Auth::Bearer).body).array();
        QVERIFY(found.isEmpty());   // a tag created without visible=true is hidden (recording 35)
    }

    void timesheetLifecycle()
    {
        const QByteArray running = QStringLiteral(R"({"begin":"%1","project":%2,"activity":%3,"description":"running timer for the recording","tags":"desktop-contract,test-contract"})")
                                       .arg(nowInUserZone(-30))
                                       .arg(m_project)
                                       .arg(m_activity)
                                       .toUtf8();
        const Raw created = send("POST", QStringLiteral("/api/timesheets"), Auth::Bearer, running);
        QCOMPARE(created.status, 200);
        m_running = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toInt();
        QVERIFY(m_running > 0);
        // Same request again, compared with the recording (and stopped again below).
        CHECK(QStringLiteral("40_post_timesheet_running"), "POST", QStringLiteral("/api/timesheets"), Auth::Bearer, running);
        QCOMPARE(f->server->runningCount(), 1);   // activeEntriesHardLimit 1: the first one was stopped
        const int current = f->server->runningIds().value(0);
        CHECK(QStringLiteral("41_timesheets_active"), "GET", QStringLiteral("/api/timesheets/active"), Auth::Bearer);
        CHECK(QStringLiteral("42_timesheets_active_legacy"), "GET", QStringLiteral("/api/timesheets/active"), Auth::Legacy);
        CHECK(QStringLiteral("43_patch_timesheet_stop"), "PATCH", QStringLiteral("/api/timesheets/%1/stop").arg(current), Auth::Bearer);
        CHECK(QStringLiteral("44_timesheets_active_after_stop"), "GET", QStringLiteral("/api/timesheets/active"), Auth::Bearer);
        CHECK(QStringLiteral("45_timesheet_by_id"), "GET", QStringLiteral("/api/timesheets/%1").arg(current), Auth::Bearer);
        CHECK(QStringLiteral("54_stop_already_stopped"), "PATCH", QStringLiteral("/api/timesheets/%1/stop").arg(current), Auth::Bearer);

        const QByteArray withEnd = QStringLiteral(R"({"begin":"%1","end":"%2","project":%3,"activity":%4,"description":"finished entry"})")
                                       .arg(nowInUserZone(-3 * 3600), nowInUserZone(-2 * 3600))
                                       .arg(m_project)
                                       .arg(m_globalActivity)
                                       .toUtf8();
        const Raw fin = send("POST", QStringLiteral("/api/timesheets"), Auth::Bearer, withEnd);
        m_finished = QJsonDocument::fromJson(fin.body).object().value(QStringLiteral("id")).toInt();
        CHECK(QStringLiteral("46_post_timesheet_with_end"), "POST", QStringLiteral("/api/timesheets"), Auth::Bearer, withEnd);
        CHECK(QStringLiteral("47_timesheets"), "GET", QStringLiteral("/api/timesheets"), Auth::Bearer);
        CHECK(QStringLiteral("48_timesheets_full"), "GET", QStringLiteral("/api/timesheets?full=true"), Auth::Bearer);
        CHECK(QStringLiteral("49_timesheets_recent"), "GET", QStringLiteral("/api/timesheets/recent"), Auth::Bearer);
        CHECK(QStringLiteral("50_timesheets_legacy"), "GET", QStringLiteral("/api/timesheets"), Auth::Legacy);
        CHECK(QStringLiteral("51_patch_timesheet"), "PATCH", QStringLiteral("/api/timesheets/%1").arg(m_finished), Auth::Bearer,
              R"({"description":"edited via PATCH"})");
        CHECK(QStringLiteral("52_restart_timesheet"), "PATCH", QStringLiteral("/api/timesheets/%1/restart").arg(m_finished), Auth::Bearer);
        m_restarted = f->server->runningIds().value(0);
        QVERIFY(m_restarted > 0);
        CHECK(QStringLiteral("53_stop_restarted"), "PATCH", QStringLiteral("/api/timesheets/%1/stop").arg(m_restarted), Auth::Bearer);
        CHECK(QStringLiteral("58_timesheets_paged"), "GET", QStringLiteral("/api/timesheets?size=1&page=1"), Auth::Bearer);
        CHECK(QStringLiteral("59_delete_timesheet"), "DELETE", QStringLiteral("/api/timesheets/%1").arg(m_restarted), Auth::Bearer);
        CHECK(QStringLiteral("57_timesheet_not_found"), "GET", QStringLiteral("/api/timesheets/%1").arg(m_restarted), Auth::Bearer);
    }

    void invalidTimesheet()
    {
        // An admin's form: every field the recording lists (rates, user, exported, billable).
        CHECK(QStringLiteral("55_post_timesheet_invalid"), "POST", QStringLiteral("/api/timesheets"), Auth::Bearer,
              loadRecorded(QStringLiteral("55_post_timesheet_invalid")).requestBody);
    }

    void roundingMatchesKimai()
    {
        // Recording 46: begin rounded down, end rounded up to the minute; duration = end - begin.
        const QJsonObject t = QJsonDocument::fromJson(send("GET", QStringLiteral("/api/timesheets/%1").arg(m_finished), Auth::Bearer).body).object();
        const auto begin = KimaiDateTime::parse(t.value(QStringLiteral("begin")).toString());
        const auto end = KimaiDateTime::parse(t.value(QStringLiteral("end")).toString());
        QVERIFY(begin && end);
        QCOMPARE(begin->time().second(), 0);
        QCOMPARE(end->time().second(), 0);
        QCOMPARE(t.value(QStringLiteral("duration")).toInt(), int(begin->secsTo(*end)));
        QVERIFY(t.value(QStringLiteral("begin")).toString().contains(QRegularExpression(QStringLiteral("[+-]\\d{4}$"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoContract)
#include "tst_democontract.moc"
