// The demo server's timesheet rules behave like Kimai's (issue 13): the form a user's permissions
// allow, per-field 400s, the overlapping and future-time rules, exported records locked, punch and
// duration_fixed_begin modes, tags, records of other users, break, DELETE. Raw HTTP; after each
// request the server's state is read back (DemoServer's test hooks) to prove what changed and what
// did not.

#include "core/kimaidatetime.h"
#include "support/demofixture.h"
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

const QString kTimesheets = QStringLiteral("/api/timesheets");

QStringList childKeys(const QJsonObject &error)
{
    QStringList keys;
    const QJsonObject children = error.value(QStringLiteral("errors")).toObject().value(QStringLiteral("children")).toObject();
    for (auto it = children.begin(); it != children.end(); ++it)
        keys.append(it.key());
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList globalErrors(const QJsonObject &error)
{
    QStringList out;
    const QJsonArray list = error.value(QStringLiteral("errors")).toObject().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

QStringList fieldErrors(const QJsonObject &error, const QString &field)
{
    QStringList out;
    const QJsonArray list = error.value(QStringLiteral("errors"))
                                .toObject()
                                .value(QStringLiteral("children"))
                                .toObject()
                                .value(field)
                                .toObject()
                                .value(QStringLiteral("errors"))
                                .toArray();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

} // namespace

class TestDemoRules : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<demo::DemoServer> m_server;
    bool m_legacy = false;

    template<typename F>
    bool start(const QString &version, F adjust)
    {
        demo::DemoOptions options = DemoFixture::optionsFor(version);
        options.timesheetCount = 300;
        options.legacyDelayMinMs = 0;
        options.legacyDelayMaxMs = 0;
        adjust(options);
        m_server = std::make_unique<demo::DemoServer>(options);
        m_legacy = !m_server->profile() || !m_server->profile()->bearerAuth;
        return m_server->start();
    }
    bool start(const QString &version = QStringLiteral("2.28"))
    {
        return start(version, [](demo::DemoOptions &) {});
    }

    RawReply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        RawHeaders headers;
        if (m_legacy)
            headers = {{"X-AUTH-USER", m_server->username().toUtf8()}, {"X-AUTH-TOKEN", m_server->legacyPassword().toUtf8()}};
        else
            headers = {{"Authorization", "Bearer " + m_server->token().toUtf8()}};
        return rawRequest(m_nam, m_server->url(), method, path, headers, body);
    }

    // "yyyy-MM-ddTHH:mm:ss" in the demo user's timezone, `days` from today at `time`.
    QString at(int days, const QString &time) const
    {
        const QTimeZone zone = KimaiDateTime::zoneFromId(m_server->timezone());
        const QDate date = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(days);
        return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') + time;
    }

    QByteArray entry(const QString &begin, const QString &end, const QString &extra = {}) const
    {
        QString body = QStringLiteral(R"({"project":1,"activity":4)");
        if (!begin.isEmpty())
            body += QStringLiteral(R"(,"begin":"%1")").arg(begin);
        if (!end.isEmpty())
            body += QStringLiteral(R"(,"end":"%1")").arg(end);
        if (!extra.isEmpty())
            body += QLatin1Char(',') + extra;
        return (body + QLatin1Char('}')).toUtf8();
    }

    int created(const RawReply &r) const
    {
        return r.status == 200 ? r.json().object().value(QStringLiteral("id")).toInt() : 0;
    }

    int ownRecord(bool exported) const
    {
        const QList<int> ids = m_server->timesheetIds();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            if (m_server->timesheet(*it)->exported == exported)
                return *it;
        }
        return 0;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    // The fields of the form depend on the role; anything else is "extra fields", and the 400 lists
    // every field this user may send.
    void formFieldsFollowThePermissions()
    {
        QVERIFY(start());
        const int before = m_server->timesheetCount();
        const RawReply plain = send("POST", kTimesheets, entry({}, {}, QStringLiteral(R"("billable":true)")));
        QCOMPARE(plain.status, 400);
        QCOMPARE(globalErrors(plain.json().object()), QStringList{QStringLiteral("This form should not contain extra fields.")});
        QCOMPARE(childKeys(plain.json().object()),
                 sorted({QStringLiteral("begin"), QStringLiteral("end"), QStringLiteral("project"), QStringLiteral("activity"),
                         QStringLiteral("description"), QStringLiteral("tags")}));
        QCOMPARE(m_server->timesheetCount(), before);

        m_server->setRole(demo::DemoRole::Teamlead);
        const RawReply lead = send("POST", kTimesheets, entry({}, {}, QStringLiteral(R"("fixedRate":10)")));
        QCOMPARE(lead.status, 400);
        QCOMPARE(childKeys(lead.json().object()),
                 sorted({QStringLiteral("begin"), QStringLiteral("end"), QStringLiteral("project"), QStringLiteral("activity"),
                         QStringLiteral("description"), QStringLiteral("user"), QStringLiteral("tags"),
                         QStringLiteral("exported"), QStringLiteral("billable")}));
        QCOMPARE(m_server->timesheetCount(), before);

        m_server->setRole(demo::DemoRole::Admin);
        const RawReply admin = send("POST", kTimesheets, entry(at(-1, QStringLiteral("08:00:00")), at(-1, QStringLiteral("08:30:00")),
                                                               QStringLiteral(R"("fixedRate":10,"billable":false)")));
        QCOMPARE(admin.status, 200);
        const auto stored = m_server->timesheet(created(admin));
        QVERIFY(stored);
        QCOMPARE(stored->fixedRate.value_or(-1), 10.0);
        QVERIFY(!stored->billable);
        QCOMPARE(admin.json().object().value(QStringLiteral("rate")).toDouble(), 10.0);
        QCOMPARE(m_server->timesheetCount(), before + 1);
    }

    // Recording 55: the messages per field; nothing is stored; a failed PATCH changes nothing.
    void perFieldErrors()
    {
        QVERIFY(start());
        const int before = m_server->timesheetCount();
        const RawReply bad = send("POST", kTimesheets, R"({"begin":"not-a-date","project":999999,"activity":999999})");
        QCOMPARE(bad.status, 400);
        const QJsonObject error = bad.json().object();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Validation Failed"));
        QCOMPARE(fieldErrors(error, QStringLiteral("begin")), QStringList{QStringLiteral("Please enter a valid date and time.")});
        QCOMPARE(fieldErrors(error, QStringLiteral("project")), QStringList{QStringLiteral("The selected choice is invalid.")});
        QCOMPARE(fieldErrors(error, QStringLiteral("activity")), QStringList{QStringLiteral("The selected choice is invalid.")});
        QVERIFY(fieldErrors(error, QStringLiteral("end")).isEmpty());
        const RawReply blank = send("POST", kTimesheets, R"({"project":1})");
        QCOMPARE(fieldErrors(blank.json().object(), QStringLiteral("activity")),
                 QStringList{QStringLiteral("This value should not be blank.")});
        QCOMPARE(m_server->timesheetCount(), before);

        const int id = ownRecord(false);
        const demo::Timesheet was = *m_server->timesheet(id);
        const RawReply patch = send("PATCH", kTimesheets + QStringLiteral("/%1").arg(id),
                                    R"({"description":"lost?","end":"02.11.2026 10:00"})");
        QCOMPARE(patch.status, 400);
        QCOMPARE(fieldErrors(patch.json().object(), QStringLiteral("end")), QStringList{QStringLiteral("Please enter a valid date and time.")});
        const demo::Timesheet now = *m_server->timesheet(id);
        QCOMPARE(now.description, was.description);
        QCOMPARE(now.end, was.end);
        QCOMPARE(now.modified, was.modified);
    }

    // isAllowOverlapping off: no two stopped records of a user share more than a second.
    void overlappingRule()
    {
        QVERIFY(start());
        const int day = -3 * 365;   // long before the sample data
        const int a = created(send("POST", kTimesheets, entry(at(day, QStringLiteral("09:00:00")), at(day, QStringLiteral("10:00:00")))));
        QVERIFY(a > 0);
        const int allowed = created(send("POST", kTimesheets, entry(at(day, QStringLiteral("09:30:00")), at(day, QStringLiteral("09:45:00")))));
        QVERIFY(allowed > 0);   // the default allows it
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(allowed)).status, 204);

        m_server->setAllowOverlapping(false);
        QCOMPARE(send("GET", QStringLiteral("/api/config/timesheet")).json().object().value(QStringLiteral("isAllowOverlapping")),
                 QJsonValue(false));
        const int before = m_server->timesheetCount();
        const RawReply overlap = send("POST", kTimesheets, entry(at(day, QStringLiteral("09:30:00")), at(day, QStringLiteral("10:15:00"))));
        QCOMPARE(overlap.status, 400);
        QCOMPARE(globalErrors(overlap.json().object()), QStringList{QStringLiteral("You already have an entry for this time.")});
        QCOMPARE(m_server->timesheetCount(), before);
        const RawReply runningInside = send("POST", kTimesheets, entry(at(day, QStringLiteral("09:10:00")), {}));
        QCOMPARE(runningInside.status, 400);
        QCOMPARE(m_server->runningCount(), 0);

        const int b = created(send("POST", kTimesheets, entry(at(day, QStringLiteral("10:00:00")), at(day, QStringLiteral("10:30:00")))));
        QVERIFY(b > 0);   // touching is fine
        const qint64 bBegin = m_server->timesheet(b)->begin;
        const RawReply moved = send("PATCH", kTimesheets + QStringLiteral("/%1").arg(b),
                                    QStringLiteral(R"({"begin":"%1"})").arg(at(day, QStringLiteral("09:45:00"))).toUtf8());
        QCOMPARE(moved.status, 400);
        QCOMPARE(m_server->timesheet(b)->begin, bBegin);

        // Stopping a record that began before them: Kimai's service-level error, the code a string.
        const int running = created(send("POST", kTimesheets, entry(at(day, QStringLiteral("08:00:00")), {})));
        QVERIFY(running > 0);
        const RawReply stop = send("PATCH", kTimesheets + QStringLiteral("/%1/stop").arg(running));
        QCOMPARE(stop.status, 400);
        QCOMPARE(stop.json().object().value(QStringLiteral("code")), QJsonValue(QStringLiteral("400")));
        QCOMPARE(fieldErrors(stop.json().object(), QStringLiteral("begin_date")),
                 QStringList{QStringLiteral("You already have an entry for this time.")});
        QVERIFY(m_server->timesheet(running)->running);
        m_server->setAllowOverlapping(true);
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1/stop").arg(running)).status, 200);
        QVERIFY(!m_server->timesheet(running)->running);
    }

    // isAllowFutureTimes off: begin and end no later than now (+ 2 minutes of rounding slack).
    void futureTimesRule()
    {
        QVERIFY(start());
        const QByteArray tomorrow = entry(at(1, QStringLiteral("09:00:00")), at(1, QStringLiteral("10:00:00")));
        const int allowed = created(send("POST", kTimesheets, tomorrow));
        QVERIFY(allowed > 0);
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(allowed)).status, 204);

        m_server->setAllowFutureTimes(false);
        QCOMPARE(send("GET", QStringLiteral("/api/config/timesheet")).json().object().value(QStringLiteral("isAllowFutureTimes")),
                 QJsonValue(false));
        const int before = m_server->timesheetCount();
        const RawReply future = send("POST", kTimesheets, tomorrow);
        QCOMPARE(future.status, 400);
        QCOMPARE(globalErrors(future.json().object()), (QStringList{QStringLiteral("The begin date cannot be in the future."),
                                                                    QStringLiteral("The end date cannot be in the future.")}));
        const RawReply endOnly = send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:00")), at(1, QStringLiteral("10:00:00"))));
        QCOMPARE(globalErrors(endOnly.json().object()), QStringList{QStringLiteral("The end date cannot be in the future.")});
        QCOMPARE(m_server->timesheetCount(), before);
        const RawReply startNow = send("POST", kTimesheets, entry({}, {}));   // begin = now: fine
        QCOMPARE(startNow.status, 200);
        QCOMPARE(m_server->runningIds(), QList<int>{created(startNow)});
    }

    // Exported records are locked for users without edit_exported_timesheet: 403, nothing changes.
    void exportedRecordsAreLocked()
    {
        QVERIFY(start());
        const int id = ownRecord(true);
        QVERIFY(id > 0);
        const demo::Timesheet was = *m_server->timesheet(id);
        QCOMPARE(send("GET", kTimesheets + QStringLiteral("/%1").arg(id)).status, 200);
        for (demo::DemoRole role : {demo::DemoRole::User, demo::DemoRole::Teamlead}) {
            m_server->setRole(role);
            const RawReply patch = send("PATCH", kTimesheets + QStringLiteral("/%1").arg(id), R"({"description":"changed"})");
            QCOMPARE(patch.status, 403);
            QCOMPARE(patch.json().object(), QJsonDocument::fromJson(QByteArrayLiteral(R"({"code":403,"message":"Forbidden"})")).object());
            QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(id)).status, 403);
            QCOMPARE(m_server->timesheet(id)->description, was.description);
        }
        m_server->setRole(demo::DemoRole::Admin);
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(id), R"({"description":"changed"})").status, 200);
        QCOMPARE(m_server->timesheet(id)->description, QStringLiteral("changed"));
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(id)).status, 204);
        QVERIFY(!m_server->timesheet(id));
    }

    // Punch mode: no begin/end from users without view_other_timesheet (2.25+: with it they may).
    void punchModeRefusesTimes()
    {
        QVERIFY(start());
        m_server->setTrackingMode(QStringLiteral("punch"));
        QCOMPARE(send("GET", QStringLiteral("/api/config/timesheet")).json().object().value(QStringLiteral("trackingMode")).toString(),
                 QStringLiteral("punch"));
        const int before = m_server->timesheetCount();
        const RawReply withBegin = send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:00")), {}));
        QCOMPARE(withBegin.status, 400);
        QCOMPARE(globalErrors(withBegin.json().object()), QStringList{QStringLiteral("This form should not contain extra fields.")});
        QVERIFY(!childKeys(withBegin.json().object()).contains(QStringLiteral("begin")));
        QCOMPARE(m_server->timesheetCount(), before);
        const int id = ownRecord(false);
        const qint64 end = m_server->timesheet(id)->end;
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(id),
                      QStringLiteral(R"({"end":"%1"})").arg(at(-1, QStringLiteral("23:00:00"))).toUtf8()).status, 400);
        QCOMPARE(m_server->timesheet(id)->end, end);
        const int punched = created(send("POST", kTimesheets, entry({}, {})));
        QVERIFY(punched > 0);
        QVERIFY(m_server->timesheet(punched)->running);

        m_server->setRole(demo::DemoRole::Teamlead);
        QCOMPARE(send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:00")), at(-1, QStringLiteral("09:30:00")))).status, 200);

        // Before 2.25 not even a teamlead could.
        QVERIFY(start(QStringLiteral("2.0"), [](demo::DemoOptions &o) {
            o.trackingMode = QStringLiteral("punch");
            o.role = demo::DemoRole::Teamlead;
        }));
        QCOMPARE(send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:00")), at(-1, QStringLiteral("09:30:00")))).status, 400);
    }

    // duration_fixed_begin: the form as in punch mode; a new record begins today at the default
    // begin time ("now": this minute, seconds 0, DurationFixedBeginMode::create) and runs; a
    // teamlead's begin and end are kept.
    void durationFixedBeginMode()
    {
        QVERIFY(start());
        m_server->setTrackingMode(QStringLiteral("duration_fixed_begin"));
        QCOMPARE(send("GET", QStringLiteral("/api/config/timesheet")).json().object().value(QStringLiteral("trackingMode")).toString(),
                 QStringLiteral("duration_fixed_begin"));
        const int before = m_server->timesheetCount();
        const RawReply withEnd = send("POST", kTimesheets, entry({}, at(-1, QStringLiteral("10:00:00"))));
        QCOMPARE(withEnd.status, 400);
        QCOMPARE(globalErrors(withEnd.json().object()), QStringList{QStringLiteral("This form should not contain extra fields.")});
        QCOMPARE(m_server->timesheetCount(), before);
        const qint64 asked = QDateTime::currentSecsSinceEpoch();
        const int id = created(send("POST", kTimesheets, entry({}, {})));
        QVERIFY(id > 0);
        const auto t = m_server->timesheet(id);
        QVERIFY(t->running);
        QCOMPARE(t->begin % 60, 0);
        QVERIFY2(t->begin > asked - 60 && t->begin <= QDateTime::currentSecsSinceEpoch(), qPrintable(QString::number(t->begin - asked)));

        m_server->setRole(demo::DemoRole::Teamlead);
        const int led = created(send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:20")), at(-1, QStringLiteral("09:30:00")))));
        QVERIFY(led > 0);
        const QTimeZone zone = KimaiDateTime::zoneFromId(m_server->timezone());
        QCOMPARE(QDateTime::fromSecsSinceEpoch(m_server->timesheet(led)->begin, zone).time(), QTime(9, 0));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(m_server->timesheet(led)->end, zone).time(), QTime(9, 30));
    }

    // POST /api/tags (plain users have create_tag); unknown names in a timesheet are dropped (2.11+)
    // or created (up to 2.10).
    void tags()
    {
        QVERIFY(start());
        const RawReply tag = send("POST", QStringLiteral("/api/tags"), R"({"name":"client-x","visible":true})");
        QCOMPARE(tag.status, 200);
        QCOMPARE(tag.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("client-x"));
        QVERIFY(m_server->tagNames().contains(QStringLiteral("client-x")));
        const RawReply again = send("POST", QStringLiteral("/api/tags"), R"({"name":"client-x","visible":true})");
        QCOMPARE(again.status, 400);
        QCOMPARE(fieldErrors(again.json().object(), QStringLiteral("name")), QStringList{QStringLiteral("This value is already used.")});
        QCOMPARE(m_server->tagNames().count(QStringLiteral("client-x")), 1);

        const int id = created(send("POST", kTimesheets, entry(at(-1, QStringLiteral("07:00:00")), at(-1, QStringLiteral("07:15:00")),
                                                               QStringLiteral(R"("tags":"client-x,made-up")"))));
        QVERIFY(id > 0);
        QCOMPARE(m_server->tagsOf(id), QStringList{QStringLiteral("client-x")});
        QVERIFY(!m_server->tagNames().contains(QStringLiteral("made-up")));

        QVERIFY(start(QStringLiteral("2.0")));
        const int old = created(send("POST", kTimesheets, entry(at(-1, QStringLiteral("07:00:00")), at(-1, QStringLiteral("07:15:00")),
                                                                QStringLiteral(R"("tags":["remote","made-up"])"))));
        QVERIFY(old > 0);
        QCOMPARE(m_server->tagsOf(old), (QStringList{QStringLiteral("remote"), QStringLiteral("made-up")}));
        QVERIFY(m_server->tagNames().contains(QStringLiteral("made-up")));
    }

    // Records of other users only with view_other_timesheet (user=all, user=N, by id) and the
    // edit/create permissions of a teamlead.
    void otherUsersRecords()
    {
        QVERIFY(start());
        const QList<int> mine = m_server->timesheetIds(demo::kDemoUserId);
        const QList<int> annas = m_server->timesheetIds(2);
        QVERIFY(!annas.isEmpty());
        for (const QString &query : {QStringLiteral("?user=all&size=500"), QStringLiteral("?user=2&size=500")}) {
            const RawReply all = send("GET", kTimesheets + query);
            QCOMPARE(all.status, 200);
            QCOMPARE(all.header("X-Total-Count").toInt(), mine.size());
            const QJsonArray items = all.json().array();
            QVERIFY(std::all_of(items.begin(), items.end(),
                                [](const QJsonValue &t) { return t.toObject().value(QStringLiteral("user")).toInt() == demo::kDemoUserId; }));
        }
        const int anna = annas.first();
        const demo::Timesheet was = *m_server->timesheet(anna);
        QCOMPARE(send("GET", kTimesheets + QStringLiteral("/%1").arg(anna)).status, 403);
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(anna), R"({"description":"mine now"})").status, 403);
        const RawReply refused = send("DELETE", kTimesheets + QStringLiteral("/%1").arg(anna));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().object(), QJsonDocument::fromJson(QByteArrayLiteral(R"({"code":403,"message":"Forbidden"})")).object());   // Kimai in prod
        QCOMPARE(m_server->timesheet(anna)->description, was.description);
        QCOMPARE(send("POST", kTimesheets, entry({}, {}, QStringLiteral(R"("user":2)"))).status, 400);

        m_server->setRole(demo::DemoRole::Teamlead);
        QCOMPARE(send("GET", kTimesheets + QStringLiteral("?user=all&size=1")).header("X-Total-Count").toInt(),
                 mine.size() + annas.size());
        const QJsonArray hers = send("GET", kTimesheets + QStringLiteral("?user=2&size=500")).json().array();
        QCOMPARE(hers.size(), annas.size());
        QCOMPARE(hers.first().toObject().value(QStringLiteral("user")).toInt(), 2);
        QCOMPARE(send("GET", kTimesheets + QStringLiteral("/%1").arg(anna)).status, 200);
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(anna), R"({"description":"checked"})").status, 200);
        QCOMPARE(m_server->timesheet(anna)->description, QStringLiteral("checked"));
        const int forAnna = created(send("POST", kTimesheets, entry(at(-1, QStringLiteral("06:00:00")), at(-1, QStringLiteral("06:30:00")),
                                                                    QStringLiteral(R"("user":2)"))));
        QVERIFY(forAnna > 0);
        QCOMPARE(m_server->timesheet(forAnna)->user, 2);
        QCOMPARE(m_server->timesheetIds(2).size(), annas.size() + 1);
        // A PATCH without `user` leaves the record its owner's; delete_other_timesheet lets a teamlead delete it.
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(forAnna), R"({"description":"moved?"})").status, 200);
        QCOMPARE(m_server->timesheet(forAnna)->user, 2);
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(forAnna)).status, 204);
        QVERIFY(!m_server->timesheet(forAnna));
        // Exported records of others stay locked for a teamlead (edit_exported_timesheet: admins).
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(anna), R"({"exported":true})").status, 200);
        QCOMPARE(send("PATCH", kTimesheets + QStringLiteral("/%1").arg(anna), R"({"description":"late"})").status, 403);
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(anna)).status, 403);
        m_server->setRole(demo::DemoRole::Admin);
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(anna)).status, 204);
        QVERIFY(!m_server->timesheet(anna));
    }

    // Break (2.45+, when break time is on): a duration string; a bare number is hours, as in Kimai.
    void breakTime()
    {
        QVERIFY(start(QStringLiteral("2.66")));
        const RawReply made = send("POST", kTimesheets, entry(at(-1, QStringLiteral("09:00:00")), at(-1, QStringLiteral("11:00:00")),
                                                              QStringLiteral(R"("break":"0:30")")));
        QCOMPARE(made.status, 200);
        QCOMPARE(made.json().object().value(QStringLiteral("break")).toInt(), 1800);
        QCOMPARE(made.json().object().value(QStringLiteral("duration")).toInt(), 5400);
        const int id = created(made);
        QCOMPARE(m_server->timesheet(id)->breakSeconds, 1800);
        const QString path = kTimesheets + QStringLiteral("/%1").arg(id);
        QCOMPARE(send("PATCH", path, R"({"break":1})").json().object().value(QStringLiteral("duration")).toInt(), 3600);
        QCOMPARE(m_server->timesheet(id)->breakSeconds, 3600);
        QCOMPARE(send("PATCH", path, R"({"break":"45m"})").status, 200);
        QCOMPARE(m_server->timesheet(id)->breakSeconds, 2700);
        const RawReply bad = send("PATCH", path, R"({"break":"a while"})");
        QCOMPARE(bad.status, 400);
        QCOMPARE(fieldErrors(bad.json().object(), QStringLiteral("break")), QStringList{QStringLiteral("This value is not valid.")});
        QCOMPARE(m_server->timesheet(id)->breakSeconds, 2700);
        m_server->setBreakTimeActive(false);
        const RawReply off = send("PATCH", path, R"({"break":"0:10"})");
        QCOMPARE(off.status, 400);
        QVERIFY(!childKeys(off.json().object()).contains(QStringLiteral("break")));
        QCOMPARE(m_server->timesheet(id)->breakSeconds, 2700);
    }

    void deleteRemoves()
    {
        QVERIFY(start());
        const int id = ownRecord(false);
        const int before = m_server->timesheetCount();
        const RawReply gone = send("DELETE", kTimesheets + QStringLiteral("/%1").arg(id));
        QCOMPARE(gone.status, 204);
        QVERIFY(gone.body.isEmpty());
        QVERIFY(!m_server->timesheet(id));
        QCOMPARE(m_server->timesheetCount(), before - 1);
        QCOMPARE(send("DELETE", kTimesheets + QStringLiteral("/%1").arg(id)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDemoRules)
#include "tst_demorules.moc"
