// Every recorded Kimai 2.28 exchange is parsed into the right typed result (or error).

#include "api/apierror.h"
#include "api/parsers.h"
#include "core/capabilities.h"
#include "support/recorded.h"

#include <QTest>

using namespace kd;
using kd::test::loadRecorded;

class TestParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordingIsCovered()
    {
        // Keep this list in step with the folder: a new recording must get a test here.
        const QStringList covered = {
            QStringLiteral("01_ping_noauth"), QStringLiteral("02_ping_bearer"), QStringLiteral("03_ping_legacy_xauth"),
            QStringLiteral("04_ping_bad_token"), QStringLiteral("05_ping_bad_legacy"), QStringLiteral("06_version"),
            QStringLiteral("07_config_i18n"), QStringLiteral("08_config_timesheet"), QStringLiteral("09_config_colors"),
            QStringLiteral("10_users_me"), QStringLiteral("11_customers_empty"), QStringLiteral("12_projects_empty"),
            QStringLiteral("13_activities_empty"), QStringLiteral("14_timesheets_empty"), QStringLiteral("20_post_customer"),
            QStringLiteral("21_post_project"), QStringLiteral("22_post_activity"), QStringLiteral("23_post_global_activity"),
            QStringLiteral("24_customers"), QStringLiteral("25_customer_by_id"), QStringLiteral("26_projects"),
            QStringLiteral("27_projects_by_cust"), QStringLiteral("28_project_by_id"), QStringLiteral("29_activities"),
            QStringLiteral("30_activities_by_proj"), QStringLiteral("31_activity_by_id"), QStringLiteral("32_post_tag_desktop"),
            QStringLiteral("33_post_tag_test"), QStringLiteral("34_tags"), QStringLiteral("35_post_tag_invisible"),
            QStringLiteral("40_post_timesheet_running"), QStringLiteral("41_timesheets_active"),
            QStringLiteral("42_timesheets_active_legacy"), QStringLiteral("43_patch_timesheet_stop"),
            QStringLiteral("44_timesheets_active_after_stop"), QStringLiteral("45_timesheet_by_id"),
            QStringLiteral("46_post_timesheet_with_end"), QStringLiteral("47_timesheets"), QStringLiteral("48_timesheets_full"),
            QStringLiteral("49_timesheets_recent"), QStringLiteral("50_timesheets_legacy"), QStringLiteral("51_patch_timesheet"),
            QStringLiteral("52_restart_timesheet"), QStringLiteral("53_stop_restarted"), QStringLiteral("54_stop_already_stopped"),
            QStringLiteral("55_post_timesheet_invalid"), QStringLiteral("56_post_customer_invalid"),
            QStringLiteral("57_timesheet_not_found"), QStringLiteral("58_timesheets_paged"),
            QStringLiteral("59_delete_timesheet"), QStringLiteral("60_tags_find"),
        };
        QCOMPARE(kd::test::recordedNames(), covered);
    }

    void pingAndVersion()
    {
        for (const char *name : {"02_ping_bearer", "03_ping_legacy_xauth"}) {
            const auto r = Parse::ping(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY(r.ok());
            QCOMPARE(*r.value, QStringLiteral("pong"));
        }
        const auto v = Parse::version(loadRecorded(QStringLiteral("06_version")).responseBody);
        QVERIFY2(v.ok(), qPrintable(v.error));
        QCOMPARE(v.value->version, QStringLiteral("2.28.0"));
        QCOMPARE(v.value->versionId, 22800);
        QVERIFY(Capabilities::forVersion(v.value->versionId).has(Capability::BearerAuth));
        QVERIFY(!Capabilities::forVersion(v.value->versionId).has(Capability::I18nConfig));
        QCOMPARE(v.value->copyright, QStringLiteral("Kimai 2.28.0 by Kevin Papst."));
    }

    void configs()
    {
        const auto c = Parse::timesheetConfig(loadRecorded(QStringLiteral("08_config_timesheet")).responseBody);
        QVERIFY(c.ok());
        QCOMPARE(c.value->trackingMode, QStringLiteral("default"));
        QCOMPARE(c.value->activeEntriesHardLimit, 1);
        QVERIFY(c.value->canSendBeginEnd());
        const auto colors = Parse::colors(loadRecorded(QStringLiteral("09_config_colors")).responseBody);
        QVERIFY(colors.ok());
        QCOMPARE(colors.value->size(), 27);
        QVERIFY(colors.value->contains(qMakePair(QStringLiteral("Teal"), QStringLiteral("#008080"))));
    }

    void usersMe()
    {
        const auto u = Parse::user(loadRecorded(QStringLiteral("10_users_me")).responseBody);
        QVERIFY2(u.ok(), qPrintable(u.error));
        QCOMPARE(u.value->id, 1);
        QCOMPARE(u.value->username, QStringLiteral("susan_super"));
        QCOMPARE(u.value->timezone, QStringLiteral("UTC"));
        QCOMPARE(u.value->locale, QStringLiteral("en"));
        QVERIFY(!u.value->email.has_value());   // 2.28 has no email in users/me
        QCOMPARE(u.value->roles, QStringList{QStringLiteral("ROLE_SUPER_ADMIN")});
        QCOMPARE(u.value->preferences.size(), 4);
        QCOMPARE(u.value->displayName(), QStringLiteral("susan_super"));
    }

    void emptyLists()
    {
        QVERIFY(Parse::customers(loadRecorded(QStringLiteral("11_customers_empty")).responseBody).value->isEmpty());
        QVERIFY(Parse::projects(loadRecorded(QStringLiteral("12_projects_empty")).responseBody).value->isEmpty());
        QVERIFY(Parse::activities(loadRecorded(QStringLiteral("13_activities_empty")).responseBody).value->isEmpty());
        const auto rec = loadRecorded(QStringLiteral("14_timesheets_empty"));
        QVERIFY(Parse::timesheets(rec.responseBody).value->isEmpty());
        const PageInfo info = Parse::pageInfo(rec.responseHeader("X-Page"), rec.responseHeader("X-Total-Count"),
                                              rec.responseHeader("X-Total-Pages"), rec.responseHeader("X-Per-Page"));
        QVERIFY(info.hasHeaders);
        QCOMPARE(info.totalCount, 0);
        QCOMPARE(info.totalPages, 1);
        QVERIFY(info.isLastPage(0));
    }

    void customers()
    {
        for (const char *name : {"20_post_customer", "25_customer_by_id"}) {
            const auto c = Parse::customer(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY2(c.ok(), qPrintable(c.error));
            QCOMPARE(c.value->name, QStringLiteral("Acme Test GmbH"));
            QCOMPARE(c.value->country, QStringLiteral("DE"));
            QCOMPARE(c.value->timezone, QStringLiteral("Europe/Berlin"));
            QVERIFY(c.value->company.isEmpty());   // null
        }
        const auto list = Parse::customers(loadRecorded(QStringLiteral("24_customers")).responseBody);
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->first().number, QStringLiteral("C-001"));
        QCOMPARE(list.value->first().currency, QStringLiteral("EUR"));
        QVERIFY(list.value->first().country.isEmpty());   // not in the collection shape
    }

    void projects()
    {
        for (const char *name : {"21_post_project", "28_project_by_id"}) {
            const auto p = Parse::project(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY2(p.ok(), qPrintable(p.error));
            QCOMPARE(p.value->customerId, 1);
            QCOMPARE(p.value->customerName, QStringLiteral("Acme Test GmbH"));
            QVERIFY(!p.value->start.isValid());
        }
        for (const char *name : {"26_projects", "27_projects_by_cust"}) {
            const auto list = Parse::projects(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY(list.ok());
            QCOMPARE(list.value->size(), 1);
            QCOMPARE(list.value->first().name, QStringLiteral("Website Relaunch"));
            QVERIFY(list.value->first().globalActivities);
        }
    }

    void activities()
    {
        const auto a = Parse::activity(loadRecorded(QStringLiteral("22_post_activity")).responseBody);
        QVERIFY(a.ok());
        QCOMPARE(a.value->projectId, std::optional<int>(1));
        const auto g = Parse::activity(loadRecorded(QStringLiteral("23_post_global_activity")).responseBody);
        QVERIFY(g.ok());
        QVERIFY(g.value->isGlobal());
        QVERIFY(Parse::activity(loadRecorded(QStringLiteral("31_activity_by_id")).responseBody).ok());
        for (const char *name : {"29_activities", "30_activities_by_proj"}) {
            const auto list = Parse::activities(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY(list.ok());
            QCOMPARE(list.value->size(), 2);
            QCOMPARE(list.value->at(0).projectName, QStringLiteral("Website Relaunch"));
            QVERIFY(list.value->at(1).isGlobal());
        }
    }

    void tags()
    {
        const auto t = Parse::tag(loadRecorded(QStringLiteral("32_post_tag_desktop")).responseBody);
        QVERIFY(t.ok());
        QCOMPARE(t.value->colorSafe, QStringLiteral("#FFC107"));
        QVERIFY(Parse::tag(loadRecorded(QStringLiteral("33_post_tag_test")).responseBody).ok());
        const auto hidden = Parse::tag(loadRecorded(QStringLiteral("35_post_tag_invisible")).responseBody);
        QVERIFY(!hidden.value->visible);
        const auto names = Parse::tagNames(loadRecorded(QStringLiteral("34_tags")).responseBody);
        QCOMPARE(*names.value, (QStringList{QStringLiteral("desktop"), QStringLiteral("test")}));
        const auto found = Parse::tags(loadRecorded(QStringLiteral("60_tags_find")).responseBody);
        QCOMPARE(found.value->size(), 1);
        QCOMPARE(found.value->first().name, QStringLiteral("desktop"));
    }

    void runningTimesheet()
    {
        const auto t = Parse::timesheet(loadRecorded(QStringLiteral("40_post_timesheet_running")).responseBody);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QVERIFY(t.value->isRunning());
        QCOMPARE(t.value->duration, 0);
        QCOMPARE(t.value->begin.toSecsSinceEpoch(), qint64(1795942961));
        QCOMPARE(t.value->tags, (QStringList{QStringLiteral("desktop"), QStringLiteral("test")}));
        QCOMPARE(t.value->activityId, 1);
        QCOMPARE(t.value->projectId, 1);
        QVERIFY(!t.value->breakSeconds.has_value());   // 2.28 has no break field
        QVERIFY(!t.value->hourlyRate.has_value());     // null
        QVERIFY(!t.value->project.has_value());
    }

    void activeIsExpanded()
    {
        for (const char *name : {"41_timesheets_active", "42_timesheets_active_legacy"}) {
            const auto list = Parse::timesheets(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY2(list.ok(), qPrintable(list.error));
            QCOMPARE(list.value->size(), 1);
            const Timesheet &t = list.value->first();
            QVERIFY(t.isRunning());
            QVERIFY(t.project && t.activity && t.customer && t.user);
            QCOMPARE(t.customer->name, QStringLiteral("Acme Test GmbH"));
            QCOMPARE(t.customerId, 1);
            QCOMPARE(t.activity->name, QStringLiteral("Development"));
            QCOMPARE(t.user->username, QStringLiteral("susan_super"));
        }
        QVERIFY(Parse::timesheets(loadRecorded(QStringLiteral("44_timesheets_active_after_stop")).responseBody).value->isEmpty());
    }

    void stoppedTimesheets()
    {
        for (const char *name : {"43_patch_timesheet_stop", "45_timesheet_by_id", "53_stop_restarted", "54_stop_already_stopped"}) {
            const auto t = Parse::timesheet(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY2(t.ok(), name);
            QVERIFY(!t.value->isRunning());
            QCOMPARE(t.value->duration, 60);
            QCOMPARE(t.value->begin.secsTo(t.value->end), 60);
            QCOMPARE(t.value->hourlyRate, std::optional<double>(0.0));
        }
        const auto withEnd = Parse::timesheet(loadRecorded(QStringLiteral("46_post_timesheet_with_end")).responseBody);
        QCOMPARE(withEnd.value->duration, 3660);
        QCOMPARE(withEnd.value->begin.time(), QTime(6, 2));   // rounded down
        QCOMPARE(withEnd.value->end.time(), QTime(7, 3));     // rounded up
        const auto patched = Parse::timesheet(loadRecorded(QStringLiteral("51_patch_timesheet")).responseBody);
        QCOMPARE(patched.value->description, QStringLiteral("edited via PATCH"));
        const auto restarted = Parse::timesheet(loadRecorded(QStringLiteral("52_restart_timesheet")).responseBody);
        QVERIFY(restarted.value->isRunning());
        QCOMPARE(restarted.value->id, 3);
        QVERIFY(restarted.value->description.isEmpty());
    }

    void timesheetLists()
    {
        for (const char *name : {"47_timesheets", "50_timesheets_legacy"}) {
            const auto rec = loadRecorded(QString::fromLatin1(name));
            const auto list = Parse::timesheets(rec.responseBody);
            QVERIFY(list.ok());
            QCOMPARE(list.value->size(), 2);
            QVERIFY(!list.value->first().project.has_value());
            const PageInfo info = Parse::pageInfo(rec.responseHeader("X-Page"), rec.responseHeader("X-Total-Count"),
                                                  rec.responseHeader("X-Total-Pages"), rec.responseHeader("X-Per-Page"));
            QCOMPARE(info.totalCount, 2);
            QVERIFY(info.isLastPage(2));
        }
        for (const char *name : {"48_timesheets_full", "49_timesheets_recent"}) {
            const auto list = Parse::timesheets(loadRecorded(QString::fromLatin1(name)).responseBody);
            QVERIFY2(list.ok(), qPrintable(list.error));
            QCOMPARE(list.value->size(), 2);
            QVERIFY(list.value->at(1).activity->isGlobal());
            QCOMPARE(list.value->at(1).project->name, QStringLiteral("Website Relaunch"));
        }
        const auto paged = loadRecorded(QStringLiteral("58_timesheets_paged"));
        const PageInfo info = Parse::pageInfo(paged.responseHeader("X-Page"), paged.responseHeader("X-Total-Count"),
                                              paged.responseHeader("X-Total-Pages"), paged.responseHeader("X-Per-Page"));
        QCOMPARE(info.page, 1);
        QCOMPARE(info.totalPages, 3);
        QCOMPARE(info.perPage, 1);
        QVERIFY(!info.isLastPage(1));
    }

    // The error recordings map to the right error kinds and causes.
    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sentBearer");
        QTest::addColumn<bool>("sentLegacy");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");
        QTest::newRow("no auth") << QStringLiteral("01_ping_noauth") << false << false
                                 << int(ApiError::Kind::Unauthorized) << int(ApiError::Cause::NoCredentials);
        QTest::newRow("bad token") << QStringLiteral("04_ping_bad_token") << true << false
                                   << int(ApiError::Kind::Unauthorized) << int(ApiError::Cause::BearerRejected);
        QTest::newRow("bad legacy") << QStringLiteral("05_ping_bad_legacy") << false << true
                                    << int(ApiError::Kind::Forbidden) << int(ApiError::Cause::LegacyRejected);
        QTest::newRow("i18n on 2.x") << QStringLiteral("07_config_i18n") << true << false
                                     << int(ApiError::Kind::NotFound) << int(ApiError::Cause::EntityNotFound);
        QTest::newRow("invalid timesheet") << QStringLiteral("55_post_timesheet_invalid") << true << false
                                           << int(ApiError::Kind::Validation) << int(ApiError::Cause::FormInvalid);
        QTest::newRow("invalid customer") << QStringLiteral("56_post_customer_invalid") << true << false
                                          << int(ApiError::Kind::Validation) << int(ApiError::Cause::FormInvalid);
        QTest::newRow("not found") << QStringLiteral("57_timesheet_not_found") << true << false
                                   << int(ApiError::Kind::NotFound) << int(ApiError::Cause::EntityNotFound);
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(bool, sentBearer);
        QFETCH(bool, sentLegacy);
        QFETCH(int, kind);
        QFETCH(int, cause);
        const auto rec = loadRecorded(name);
        ApiError::Facts f;
        f.httpStatus = rec.status;
        f.body = rec.responseBody;
        f.contentType = rec.responseHeader("Content-Type");
        f.wwwAuthenticate = rec.responseHeader("WWW-Authenticate");
        f.sentBearer = sentBearer;
        f.sentLegacy = sentLegacy;
        const ApiError e = ApiError::classify(f);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(int(e.cause()), cause);
        QCOMPARE(e.httpStatus(), rec.status);
        QVERIFY(!e.message().isEmpty());
    }

    void validationFields()
    {
        const auto body = ApiError::parseErrorBody(loadRecorded(QStringLiteral("55_post_timesheet_invalid")).responseBody);
        QVERIFY(body.isJson);
        QCOMPARE(body.code, 400);
        QCOMPARE(body.fields.messagesFor(QStringLiteral("begin")), QStringList{QStringLiteral("Please enter a valid date and time.")});
        QCOMPARE(body.fields.messagesFor(QStringLiteral("project")), QStringList{QStringLiteral("The selected choice is invalid.")});
        QCOMPARE(body.fields.fields.size(), 3);
        QVERIFY(body.fields.acceptedFields.contains(QStringLiteral("description")));
        QCOMPARE(body.fields.acceptedFields.size(), 11);
        // Service-level validation sends the code as a string.
        const auto str = ApiError::parseErrorBody(
            R"({"code":"400","message":"Validation Failed","errors":{"children":{"duration":{"errors":["Maximum 12:30 hours allowed."]}}}})");
        QCOMPARE(str.code, 400);
        QCOMPARE(str.fields.messagesFor(QStringLiteral("duration")).value(0), QStringLiteral("Maximum 12:30 hours allowed."));
    }

    void deleteHasNoBody()
    {
        const auto rec = loadRecorded(QStringLiteral("59_delete_timesheet"));
        QCOMPARE(rec.status, 204);
        QVERIFY(rec.responseBody.isEmpty());
    }

    // Bad input: a clear error naming the field, never a half-filled value.
    void badShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << QByteArray("[{\"id\":1,\"begin\":\"2026-") << QStringLiteral("not valid JSON");
        QTest::newRow("object for array") << QByteArray(R"({"id":1})") << QStringLiteral("expected a JSON array");
        QTest::newRow("missing begin") << QByteArray(R"([{"id":1,"activity":1,"project":1}])") << QStringLiteral("[0].begin: missing");
        QTest::newRow("string id") << QByteArray(R"([{"id":"1","begin":"2026-11-29T09:02:41+0000","activity":1,"project":1}])")
                                   << QStringLiteral("[0].id: not an integer");
        QTest::newRow("fraction id") << QByteArray(R"([{"id":1.5,"begin":"2026-11-29T09:02:41+0000","activity":1,"project":1}])")
                                     << QStringLiteral("[0].id: not an integer");
        QTest::newRow("bad date") << QByteArray(R"([{"id":1,"begin":"yesterday","activity":1,"project":1}])")
                                  << QStringLiteral("[0].begin: not a date and time");
        QTest::newRow("end before begin")
            << QByteArray(R"([{"id":1,"begin":"2026-11-29T09:02:41+0000","end":"2026-11-29T08:00:00+0000","activity":1,"project":1}])")
            << QStringLiteral("[0].end: before begin");
        QTest::newRow("tags object") << QByteArray(R"([{"id":1,"begin":"2026-11-29T09:02:41+0000","activity":1,"project":1,"tags":{}}])")
                                     << QStringLiteral("[0].tags: not an array");
        QTest::newRow("nested bad") << QByteArray(R"([{"id":1,"begin":"2026-11-29T09:02:41+0000","activity":{"id":2},"project":1}])")
                                    << QStringLiteral("[0].activity.name: missing");
        QTest::newRow("array item") << QByteArray(R"([1])") << QStringLiteral("[0]: expected an object");
    }
    void badShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto r = Parse::timesheets(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void unexpectedFieldsAreIgnored()
    {
        const auto r = Parse::timesheets(
            R"([{"id":1,"begin":"2026-11-29T09:02:41+0000","end":null,"activity":1,"project":1,"user":1,"futureField":{"x":[1,2]},"break":300,"description":"😀 مرحبا \u0000 end"}])");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value->first().breakSeconds, std::optional<qint64>(300));
        QVERIFY(r.value->first().description.startsWith(QStringLiteral("😀 مرحبا")));
        QCOMPARE(r.value->first().description.size(), QStringLiteral("😀 مرحبا \u0000 end").size());
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
