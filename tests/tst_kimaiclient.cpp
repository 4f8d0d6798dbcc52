// Every endpoint round-trips over real HTTP against the demo server; each test checks the request
// that was sent (method, path, query, headers, body) as well as the typed result.

#include "core/kimaidatetime.h"
#include "support/demofixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace kd;
using namespace kd::test;

class TestKimaiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;

    static QUrlQuery query(const demo::ReceivedRequest &r) { return QUrlQuery(r.query); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<DemoFixture>();
        QVERIFY(f->started);
    }
    void cleanup() { f.reset(); }

    void pingWithBearer()
    {
        auto *r = f->client->ping();
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        QCOMPARE(r->result(), QStringLiteral("pong"));
        const auto req = lastRequest(*f->server, QStringLiteral("/api/ping"));
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer ") + kToken);
        QVERIFY(req.header("X-AUTH-TOKEN").isEmpty());
        QCOMPARE(req.header("Accept"), QByteArray("application/json"));
        // The exchange the inspector shows has the token redacted.
        QCOMPARE(r->exchange().status, 200);
        bool sawAuth = false;
        for (const auto &h : r->exchange().requestHeaders) {
            QVERIFY(!h.second.contains(kToken));
            sawAuth = sawAuth || h.first == "Authorization";
        }
        QVERIFY(sawAuth);
        QCOMPARE(r->exchange().responseBody, QByteArray(R"({"message":"pong"})"));
        delete r;
    }

    void pingWithLegacy()
    {
        f->useLegacy();
        auto *r = f->client->ping();
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        const auto req = lastRequest(*f->server, QStringLiteral("/api/ping"));
        QCOMPARE(req.header("X-AUTH-USER"), f->server->username().toUtf8());
        QCOMPARE(req.header("X-AUTH-TOKEN"), QByteArray(kLegacyPassword));
        QVERIFY(req.header("Authorization").isEmpty());
        for (const auto &h : r->exchange().requestHeaders)
            QVERIFY(!h.second.contains(kLegacyPassword));
        delete r;
    }

    void autoFallsBackToLegacyAndRemembers()
    {
        f->useAuto(QString::fromLatin1(kLegacyPassword));
        QSignalSpy resolved(f->client.get(), &KimaiClient::authSchemeResolved);
        QSignalSpy exchanges(f->client.get(), &KimaiClient::exchangeFinished);
        auto *r = f->client->version();
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().first().value<AuthScheme>(), AuthScheme::Legacy);
        QCOMPARE(exchanges.count(), 2);   // Bearer refused, then legacy
        QCOMPARE(exchanges.at(0).first().value<Exchange>().status, 401);
        delete r;
        f->server->clearRequests();
        auto *again = f->client->ping();
        QVERIFY(waitFor(again));
        QVERIFY(again->ok());
        QCOMPARE(f->server->requests().size(), 1);   // straight to what worked
        QVERIFY(!f->server->requests().first().header("X-AUTH-TOKEN").isEmpty());
        delete again;
    }

    void autoPrefersBearer()
    {
        f->useAuto(QString::fromLatin1(kToken));
        auto *r = f->client->me();
        QVERIFY(waitFor(r));
        QVERIFY(r->ok());
        QCOMPARE(f->client->resolvedScheme(), AuthScheme::Bearer);
        QCOMPARE(f->server->requests().size(), 1);
        delete r;
    }

    void versionMeAndConfig()
    {
        auto *v = keep(f->client->version());
        auto *me = keep(f->client->me());
        auto *c = keep(f->client->timesheetConfig());
        auto *i18n = keep(f->client->i18nConfig());
        auto *colors = keep(f->client->colors());
        QVERIFY(waitFor(v) && waitFor(me) && waitFor(c) && waitFor(i18n) && waitFor(colors));
        QCOMPARE(v->result().versionId, 22800);
        QCOMPARE(me->result().username, f->server->username());
        QCOMPARE(me->result().timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(c->result().trackingMode, QStringLiteral("default"));
        QCOMPARE(c->result().activeEntriesHardLimit, 1);
        // Kimai 2.x has no /api/config/i18n: "not offered", not an error.
        QVERIFY(i18n->ok());
        QVERIFY(i18n->notOffered());
        QVERIFY(!i18n->result().available);
        QCOMPARE(i18n->exchange().status, 404);
        QVERIFY(colors->result().size() > 10);
        for (ApiReply *r : std::initializer_list<ApiReply *>{v, me, c, i18n, colors})
            delete r;
    }

    void kimai1Mode()
    {
        f = std::make_unique<DemoFixture>(DemoFixture::optionsFor(QStringLiteral("1.17")));
        // Kimai 1.x does not know Bearer tokens: Auto falls back to the API password.
        f->useAuto(QString::fromLatin1(kLegacyPassword));
        auto *v = f->client->version();
        QVERIFY(waitFor(v));
        QVERIFY2(v->ok(), qPrintable(v->error().message()));
        QVERIFY(v->result().versionId < 20000);
        QVERIFY(Capabilities::forVersion(v->result().versionId).has(Capability::I18nConfig));
        QCOMPARE(f->client->resolvedScheme(), AuthScheme::Legacy);
        auto *i = f->client->i18nConfig();
        QVERIFY(waitFor(i));
        QVERIFY(i->ok());
        QVERIFY(!i->notOffered());
        QVERIFY(i->result().available);
        QVERIFY(!i->result().date.isEmpty());
        // No pagination headers on 1.x: a short page is the last.
        TimesheetQuery q;
        q.size = 50;
        auto *t = f->client->timesheets(q);
        QVERIFY(waitFor(t));
        QVERIFY(t->ok());
        QVERIFY(!t->pageInfo().hasHeaders);
        delete v;
        delete i;
        delete t;
    }

    void catalogFilters()
    {
        CustomerQuery cq;
        cq.visible = Visibility::Both;
        auto *customers = f->client->customers(cq);
        QVERIFY(waitFor(customers));
        QVERIFY(customers->ok());
        QCOMPARE(query(lastRequest(*f->server, QStringLiteral("/api/customers"))).queryItemValue(QStringLiteral("visible")),
                 QStringLiteral("3"));
        const QList<Customer> all = customers->result();
        QVERIFY(all.size() >= 4);
        bool anyHidden = false;
        for (const Customer &c : all)
            anyHidden = anyHidden || !c.visible;
        QVERIFY(anyHidden);

        auto *visible = f->client->customers();
        QVERIFY(waitFor(visible));
        QVERIFY(visible->result().size() < all.size());
        QVERIFY(lastRequest(*f->server, QStringLiteral("/api/customers")).query.isEmpty());

        const int customerId = visible->result().first().id;
        ProjectQuery pq;
        pq.customers = {customerId};
        pq.ignoreDates = true;
        auto *projects = f->client->projects(pq);
        QVERIFY(waitFor(projects));
        QVERIFY(projects->ok());
        const QUrlQuery pQuery = query(lastRequest(*f->server, QStringLiteral("/api/projects")));
        QCOMPARE(pQuery.queryItemValue(QStringLiteral("customer")), QString::number(customerId));
        QCOMPARE(pQuery.queryItemValue(QStringLiteral("ignoreDates")), QStringLiteral("1"));
        QVERIFY(!projects->result().isEmpty());
        for (const Project &p : projects->result())
            QCOMPARE(p.customerId, customerId);

        // Several customers use the PHP array form.
        ProjectQuery two;
        two.customers = {all.at(0).id, all.at(1).id};
        auto *projects2 = f->client->projects(two);
        QVERIFY(waitFor(projects2));
        QCOMPARE(query(lastRequest(*f->server, QStringLiteral("/api/projects"))).allQueryItemValues(QStringLiteral("customers[]")).size(), 2);

        // Activities of a project include the global ones.
        const int projectId = projects->result().first().id;
        ActivityQuery aq;
        aq.projects = {projectId};
        auto *activities = f->client->activities(aq);
        QVERIFY(waitFor(activities));
        QCOMPARE(query(lastRequest(*f->server, QStringLiteral("/api/activities"))).queryItemValue(QStringLiteral("project")),
                 QString::number(projectId));
        bool global = false;
        bool own = false;
        for (const Activity &a : activities->result()) {
            global = global || a.isGlobal();
            own = own || (a.projectId && *a.projectId == projectId);
            QVERIFY(a.isGlobal() || *a.projectId == projectId);
        }
        QVERIFY(global);
        QVERIFY(own);

        ActivityQuery globals;
        globals.globalsOnly = true;
        globals.term = QStringLiteral("a b+c%");   // encoded safely
        auto *g = f->client->activities(globals);
        QVERIFY(waitFor(g));
        const QUrlQuery gq = query(lastRequest(*f->server, QStringLiteral("/api/activities")));
        QCOMPARE(gq.queryItemValue(QStringLiteral("globals")), QStringLiteral("1"));
        QCOMPARE(gq.queryItemValue(QStringLiteral("term"), QUrl::FullyDecoded), QStringLiteral("a b+c%"));

        auto *one = keep(f->client->project(projectId));
        auto *act = keep(f->client->activity(activities->result().first().id));
        auto *cust = keep(f->client->customer(customerId));
        QVERIFY(waitFor(one) && waitFor(act) && waitFor(cust));
        QCOMPARE(one->result().id, projectId);
        QCOMPARE(cust->result().id, customerId);
        QVERIFY(!cust->result().timezone.isEmpty());   // entity shape
        for (ApiReply *r : std::initializer_list<ApiReply *>{customers, visible, projects, projects2, activities, g, one, act, cust})
            delete r;
    }

    void tags()
    {
        auto *names = keep(f->client->tags());
        auto *found = keep(f->client->findTags(QStringLiteral("a")));
        QVERIFY(waitFor(names) && waitFor(found));
        QVERIFY(names->ok() && found->ok());
        QVERIFY(names->result().size() >= 5);
        QCOMPARE(query(lastRequest(*f->server, QStringLiteral("/api/tags/find"))).queryItemValue(QStringLiteral("name")),
                 QStringLiteral("a"));
        for (const Tag &t : found->result())
            QVERIFY(t.name.contains(QLatin1Char('a'), Qt::CaseInsensitive));
        delete names;
        delete found;
    }

    void pagesToTheEnd()
    {
        const int total = f->server->timesheetCount();
        QVERIFY(total >= 2000);
        TimesheetQuery q;
        q.size = 250;
        int seen = 0;
        int pages = 0;
        QDateTime previous;
        for (q.page = 1; q.page < 100; ++q.page) {
            auto *r = f->client->timesheets(q);
            QVERIFY(waitFor(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message()));
            const PageInfo info = r->pageInfo();
            QVERIFY(info.hasHeaders);
            QCOMPARE(info.page, q.page);
            QCOMPARE(info.totalCount, total);
            QCOMPARE(info.perPage, 250);
            ++pages;
            for (const Timesheet &t : r->result()) {
                if (previous.isValid())
                    QVERIFY(t.begin <= previous);   // newest first
                previous = t.begin;
                QCOMPARE(t.userId, 1);
            }
            seen += int(r->result().size());
            const bool last = info.isLastPage(int(r->result().size()));
            delete r;
            if (last)
                break;
        }
        QCOMPARE(seen, total);
        QCOMPARE(pages, (total + 249) / 250);
        // A page after the last is the end, not an error.
        q.page = pages + 1;
        auto *past = f->client->timesheets(q);
        QVERIFY(waitFor(past));
        QVERIFY(past->ok());
        QVERIFY(past->pageInfo().pastEnd);
        QVERIFY(past->result().isEmpty());
        QCOMPARE(past->exchange().status, 404);
        delete past;
        // ...but page 1 of something that does not exist is an error.
        auto *missing = f->client->timesheet(99999999);
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(missing->error().cause(), ApiError::Cause::EntityNotFound);
        delete missing;
    }

    // Query datetimes go out as wall-clock time in the *Kimai user's* zone, and filter on begin.
    void rangeInUserTimezone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("Berlin") << QStringLiteral("Europe/Berlin");
        QTest::newRow("Auckland") << QStringLiteral("Pacific/Auckland");
        QTest::newRow("UTC") << QStringLiteral("UTC");
    }
    void rangeInUserTimezone()
    {
        QFETCH(QString, zone);
        auto options = DemoFixture::defaultOptions();
        options.timezone = zone;
        f = std::make_unique<DemoFixture>(options);
        auto *me = f->client->me();
        QVERIFY(waitFor(me));
        const QTimeZone tz = KimaiDateTime::zoneFromId(me->result().timezone);
        QCOMPARE(QString::fromUtf8(tz.id()), zone);
        f->client->setUserTimeZone(tz);
        delete me;

        const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(tz).date().addDays(-3);
        TimesheetQuery q;
        q.begin = QDateTime(day, QTime(0, 0), tz);
        q.end = QDateTime(day, QTime(23, 59, 59), tz);
        q.size = 500;
        auto *r = f->client->timesheets(q);
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        const QUrlQuery sent = query(lastRequest(*f->server, QStringLiteral("/api/timesheets")));
        QCOMPARE(sent.queryItemValue(QStringLiteral("begin")), day.toString(Qt::ISODate) + QStringLiteral("T00:00:00"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("end")), day.toString(Qt::ISODate) + QStringLiteral("T23:59:59"));
        for (const Timesheet &t : r->result()) {
            QCOMPARE(t.begin.toTimeZone(tz).date(), day);
            QCOMPARE(t.begin.offsetFromUtc(), tz.offsetFromUtc(t.begin));   // rendered in the user's zone
        }
        delete r;
    }

    void timerLifecycle()
    {
        auto *projects = f->client->projects();
        QVERIFY(waitFor(projects));
        const Project project = projects->result().first();
        ActivityQuery aq;
        aq.projects = {project.id};
        auto *activities = f->client->activities(aq);
        QVERIFY(waitFor(activities));
        const Activity activity = activities->result().first();
        auto *tagList = f->client->tags();
        QVERIFY(waitFor(tagList));
        const QString tag = tagList->result().first();
        delete projects;
        delete activities;
        delete tagList;

        // Start: only the fields we mean are sent; the server picks begin.
        TimesheetForm form;
        form.project = project.id;
        form.activity = activity.id;
        form.description = QStringLiteral("Writing tests ✓");
        form.tags = QStringList{tag};
        auto *created = f->client->createTimesheet(form);
        QVERIFY(waitFor(created));
        QVERIFY2(created->ok(), qPrintable(created->error().message()));
        const auto post = lastRequest(*f->server, QStringLiteral("/api/timesheets"));
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("activity"), QStringLiteral("description"),
                                          QStringLiteral("project"), QStringLiteral("tags")}));
        QCOMPARE(body.value(QStringLiteral("tags")).toString(), tag);
        const Timesheet running = created->result();
        QVERIFY(running.isRunning());
        QCOMPARE(running.description, QStringLiteral("Writing tests ✓"));
        QCOMPARE(running.tags, QStringList{tag});
        QVERIFY(qAbs(running.begin.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        delete created;

        auto *active = f->client->activeTimesheets();
        QVERIFY(waitFor(active));
        QCOMPARE(active->result().size(), 1);
        QCOMPARE(active->result().first().id, running.id);
        QVERIFY(active->result().first().project.has_value());   // expanded
        QCOMPARE(active->result().first().project->name, project.name);
        delete active;

        // Edit description and tags (PATCH with only those fields).
        TimesheetForm edit;
        edit.description = QStringLiteral("Reviewing");
        edit.tags = QStringList{};
        auto *patched = f->client->updateTimesheet(running.id, edit);
        QVERIFY(waitFor(patched));
        QVERIFY2(patched->ok(), qPrintable(patched->error().message()));
        const auto patch = lastRequest(*f->server, QStringLiteral("/api/timesheets/%1").arg(running.id));
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(patch.body).object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Reviewing"));
        QCOMPARE(patched->result().description, QStringLiteral("Reviewing"));
        delete patched;

        auto *stopped = f->client->stopTimesheet(running.id);
        QVERIFY(waitFor(stopped));
        QVERIFY(stopped->ok());
        QCOMPARE(lastRequest(*f->server, QStringLiteral("/api/timesheets/%1/stop").arg(running.id)).method, QByteArray("PATCH"));
        QVERIFY(!stopped->result().isRunning());
        QCOMPARE(stopped->result().begin.time().second(), 0);   // rounded to the minute
        QCOMPARE(stopped->result().end.time().second(), 0);
        QCOMPARE(stopped->result().duration, stopped->result().begin.secsTo(stopped->result().end));
        delete stopped;

        // Stopping again is a no-op that still answers 200.
        auto *again = f->client->stopTimesheet(running.id);
        QVERIFY(waitFor(again));
        QVERIFY(again->ok());
        delete again;

        auto *restarted = f->client->restartTimesheet(running.id, true);
        QVERIFY(waitFor(restarted));
        QVERIFY2(restarted->ok(), qPrintable(restarted->error().message()));
        const auto restart = lastRequest(*f->server, QStringLiteral("/api/timesheets/%1/restart").arg(running.id));
        QCOMPARE(restart.method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(restart.body).object().value(QStringLiteral("copy")).toString(), QStringLiteral("all"));
        const Timesheet second = restarted->result();
        QVERIFY(second.isRunning());
        QVERIFY(second.id != running.id);
        QCOMPARE(second.projectId, project.id);
        QCOMPARE(second.description, QStringLiteral("Reviewing"));
        QCOMPARE(f->server->runningCount(), 1);
        delete restarted;

        auto *byId = f->client->timesheet(second.id);
        QVERIFY(waitFor(byId));
        QCOMPARE(byId->result().id, second.id);
        delete byId;

        auto *deleted = f->client->deleteTimesheet(second.id);
        QVERIFY(waitFor(deleted));
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().message()));
        QCOMPARE(deleted->exchange().status, 204);
        QCOMPARE(lastRequest(*f->server, QStringLiteral("/api/timesheets/%1").arg(second.id)).method, QByteArray("DELETE"));
        QCOMPARE(f->server->runningCount(), 0);
        delete deleted;

        auto *recent = f->client->recentTimesheets(5);
        QVERIFY(waitFor(recent));
        QVERIFY(recent->ok());
        QVERIFY(!recent->result().isEmpty());
        QVERIFY(recent->result().size() <= 5);
        QCOMPARE(query(lastRequest(*f->server, QStringLiteral("/api/timesheets/recent"))).queryItemValue(QStringLiteral("size")),
                 QStringLiteral("5"));
        delete recent;
    }

    // A finished record sent with begin/end in the user's zone lands at the right instant.
    void createWithTimesInAuckland()
    {
        auto options = DemoFixture::defaultOptions();
        options.timezone = QStringLiteral("Pacific/Auckland");
        f = std::make_unique<DemoFixture>(options);
        const QTimeZone tz("Pacific/Auckland");
        f->client->setUserTimeZone(tz);
        auto *projects = f->client->projects();
        QVERIFY(waitFor(projects));
        const Project project = projects->result().first();
        ActivityQuery aq;
        aq.projects = {project.id};
        auto *activities = f->client->activities(aq);
        QVERIFY(waitFor(activities));

        // 2026-04-04T13:30Z is 02:30 NZDT on the night the clocks go back.
        const QDateTime begin = *KimaiDateTime::parse(u"2026-04-04T13:30:00Z");
        const QDateTime end = begin.addSecs(3600);   // 02:30 NZST, the same wall clock time again
        TimesheetForm form;
        form.project = project.id;
        form.activity = activities->result().first().id;
        form.begin = begin;
        form.end = end;
        auto *created = f->client->createTimesheet(form);
        QVERIFY(waitFor(created));
        const QJsonObject body = QJsonDocument::fromJson(lastRequest(*f->server, QStringLiteral("/api/timesheets")).body).object();
        QCOMPARE(body.value(QStringLiteral("begin")).toString(), QStringLiteral("2026-04-05T02:30:00"));
        QCOMPARE(body.value(QStringLiteral("end")).toString(), QStringLiteral("2026-04-05T02:30:00"));
        // Both instants have the same wall-clock text: that is Kimai's request format, not a bug here.
        delete created;

        // An unambiguous summer time: 10:00 NZDT = 21:00 UTC the day before.
        form.begin = *KimaiDateTime::parse(u"2026-01-14T21:00:00Z");
        form.end = *KimaiDateTime::parse(u"2026-01-14T22:30:00Z");
        auto *summer = f->client->createTimesheet(form);
        QVERIFY(waitFor(summer));
        QVERIFY2(summer->ok(), qPrintable(summer->error().message()));
        const QJsonObject b2 = QJsonDocument::fromJson(lastRequest(*f->server, QStringLiteral("/api/timesheets")).body).object();
        QCOMPARE(b2.value(QStringLiteral("begin")).toString(), QStringLiteral("2026-01-15T10:00:00"));
        QCOMPARE(summer->result().begin.toUTC(), form.begin->toUTC());
        QCOMPARE(summer->result().end.toUTC(), form.end->toUTC());
        QCOMPARE(summer->result().begin.offsetFromUtc(), 13 * 3600);
        delete summer;
        delete projects;
        delete activities;
    }

    void exchangesAreRecorded()
    {
        QSignalSpy spy(f->client.get(), &KimaiClient::exchangeFinished);
        auto *r = f->client->customers();
        QVERIFY(waitFor(r));
        QCOMPARE(spy.count(), 1);
        const Exchange ex = spy.first().first().value<Exchange>();
        QVERIFY(ex.isValid());
        QCOMPARE(ex.method, QByteArray("GET"));
        QCOMPARE(ex.url.path(), QStringLiteral("/api/customers"));
        QCOMPARE(ex.status, 200);
        QVERIFY(ex.size > 0);
        QCOMPARE(ex.size, qint64(ex.responseBody.size()));
        QVERIFY(!ex.responseHeaders.isEmpty());
        QVERIFY(ex.elapsedMs >= 0);
        for (const auto &h : ex.requestHeaders)
            QVERIFY(!h.second.contains(kToken));
        delete r;
    }
};

QTEST_GUILESS_MAIN(TestKimaiClient)
#include "tst_kimaiclient.moc"
