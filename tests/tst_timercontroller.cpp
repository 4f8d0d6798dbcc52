// TimerController against the demo server: start, stop, restart, edit, several running entries,
// punch mode, the server clock, and — the point of it — answers that never arrive.

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "session/catalog.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"
#include "support/manualclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestTimerController : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    std::unique_ptr<ManualClock> serverClock;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<KimaiClient> client;
    std::unique_ptr<Session> session;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<TimerController> timer;
    int project = 0;
    int activity = 0;
    int otherActivity = 0;

    void setUp(demo::DemoOptions options = DemoFixture::defaultOptions(), bool manualClocks = false)
    {
        timer.reset();
        catalog.reset();
        session.reset();
        client.reset();
        if (manualClocks) {
            // The server's clock runs 5 minutes ahead of this computer's.
            const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
            clock = std::make_unique<ManualClock>(QDateTime::fromSecsSinceEpoch(t0.toSecsSinceEpoch(), Qt::UTC));
            serverClock = std::make_unique<ManualClock>(clock->now().addSecs(300));
            options.clock = serverClock.get();
        } else {
            clock.reset();
        }
        f = std::make_unique<DemoFixture>(options);
        QVERIFY(f->started);
        static SystemClock system;
        const Clock *c = clock ? static_cast<const Clock *>(clock.get()) : &system;
        client = std::make_unique<KimaiClient>(&f->nam, c);
        client->setServer(ServerUrl::fromUserInput(f->server->url().toString()));
        client->setCredentials(f->server->username(), f->server->token(), AuthMode::Bearer);
        session = std::make_unique<Session>(client.get());
        catalog = std::make_unique<Catalog>(client.get(), session.get());
        timer = std::make_unique<TimerController>(client.get(), session.get(), catalog.get(), c);
        timer->setRefreshIntervalSeconds(0);

        // The catalog first (names), then the session starts (which reads /active).
        catalog->ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(catalog->isComplete(), 10000);
        for (const Project &p : catalog->projects()->items()) {
            if (!p.visible || project)
                continue;
            for (const Activity &a : catalog->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id) {
                    if (!activity) {
                        project = p.id;
                        activity = a.id;
                    } else if (!otherActivity && p.id == project) {
                        otherActivity = a.id;
                    }
                }
            }
        }
        for (const Activity &a : catalog->activities()->items()) {
            if (!otherActivity && a.visible && a.isGlobal())
                otherActivity = a.id;
        }
        QVERIFY(project && activity && otherActivity);
        SessionInfo info;
        info.user.timezone = f->server->timezone();
        info.timesheetConfig.trackingMode = QStringLiteral("default");
        info.timesheetConfig.activeEntriesHardLimit = 1;
        session->start(info);
        QTRY_VERIFY_WITH_TIMEOUT(timer->activeKnown(), 10000);
        QVERIFY(!timer->isRunning());
    }

    TimerController::StartRequest startRequest(int act = 0) const
    {
        TimerController::StartRequest r;
        r.project = project;
        r.activity = act ? act : activity;
        r.description = QStringLiteral("Timer test");
        return r;
    }

    bool startAndWait(int act = 0)
    {
        QSignalSpy started(timer.get(), &TimerController::started);
        timer->start(startRequest(act));
        if (!started.wait(10000))
            return false;
        return QTest::qWaitFor([this] { return timer->isRunning() && !timer->isBusy(); }, 10000);
    }

    // The replies of the timer's client that are still in flight, by endpoint.
    int inFlight(const QString &endpoint) const
    {
        int n = 0;
        const auto replies = client->findChildren<ApiReply *>();
        for (const ApiReply *r : replies)
            n += !r->isFinished() && r->spec().endpoint == endpoint ? 1 : 0;
        return n;
    }

    bool sawExchange(const QList<QList<QVariant>> &spy, const QByteArray &method, const QString &path) const
    {
        for (const auto &args : spy) {
            const Exchange ex = args.first().value<Exchange>();
            if (ex.method == method && ex.url.path() == path)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init() { project = activity = otherActivity = 0; }
    void cleanup()
    {
        timer.reset();
        catalog.reset();
        session.reset();
        client.reset();
        f.reset();
    }

    void startStopRestartEdit()
    {
        setUp();
        QVERIFY(startAndWait());
        QCOMPARE(timer->active().size(), 1);
        const Timesheet running = timer->active().first();
        QCOMPARE(running.projectId, project);
        QCOMPARE(running.description, QStringLiteral("Timer test"));
        QVERIFY(running.project.has_value());   // /active answers with names
        QVERIFY(!timer->titleOf(running).isEmpty());
        // Nothing but project, activity and description was sent: the server chose begin.
        const QJsonObject body = QJsonDocument::fromJson(lastRequest(*f->server, QStringLiteral("/api/timesheets")).body).object();
        QVERIFY(!body.contains(QStringLiteral("begin")));
        QVERIFY(!body.contains(QStringLiteral("end")));

        QSignalSpy updated(timer.get(), &TimerController::updated);
        timer->updateRunning(running.id, QStringLiteral("New words"), {QStringLiteral("urgent")});
        QVERIFY(updated.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(timer->active().value(0).description, QStringLiteral("New words"), 10000);

        QSignalSpy stopped(timer.get(), &TimerController::stopped);
        timer->stop(running.id);
        QVERIFY(stopped.wait(10000));
        QVERIFY(!stopped.first().first().value<Timesheet>().isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!timer->isRunning() && !timer->isBusy(), 10000);
        QCOMPARE(f->server->runningCount(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!timer->recent().isEmpty(), 10000);
        QSignalSpy restarted(timer.get(), &TimerController::started);
        timer->restart(running.id, true);
        QVERIFY(restarted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(timer->isRunning() && !timer->isBusy(), 10000);
        QVERIFY(timer->active().first().id != running.id);
        QCOMPARE(timer->active().first().description, QStringLiteral("New words"));
        QCOMPARE(f->server->runningCount(), 1);
    }

    void severalRunningEntries()
    {
        auto options = DemoFixture::defaultOptions();
        options.activeEntriesHardLimit = 2;
        setUp(options);
        QVERIFY(startAndWait(activity));
        QVERIFY(startAndWait(otherActivity));
        QTRY_COMPARE_WITH_TIMEOUT(timer->active().size(), 2, 10000);
        QCOMPARE(f->server->runningCount(), 2);
        const QList<int> ids = f->server->runningIds();
        QSignalSpy stopped(timer.get(), &TimerController::stopped);
        timer->stop(ids.first());
        QVERIFY(stopped.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(timer->active().size(), 1, 10000);
        QCOMPARE(timer->active().first().id, ids.last());
        // A third start beyond the limit: the server stops the oldest, the list follows.
        f->server->setActiveEntriesHardLimit(1);
        QVERIFY(startAndWait(activity));
        QTRY_COMPARE_WITH_TIMEOUT(timer->active().size(), 1, 10000);
        QCOMPARE(f->server->runningCount(), 1);
    }

    void punchModeNeverSendsBegin()
    {
        auto options = DemoFixture::defaultOptions();
        options.trackingMode = QStringLiteral("punch");
        setUp(options);
        SessionInfo info = session->info();
        info.timesheetConfig.trackingMode = QStringLiteral("punch");
        session->setTimesheetConfig(info.timesheetConfig);
        TimerController::StartRequest r = startRequest();
        r.begin = QDateTime::currentDateTimeUtc().addSecs(-900);   // asked for, but not allowed in punch mode
        QSignalSpy started(timer.get(), &TimerController::started);
        QSignalSpy failed(timer.get(), &TimerController::operationFailed);
        timer->start(r);
        QVERIFY(started.wait(10000));
        QCOMPARE(failed.count(), 0);
        const QJsonObject body = QJsonDocument::fromJson(lastRequest(*f->server, QStringLiteral("/api/timesheets")).body).object();
        QVERIFY(!body.contains(QStringLiteral("begin")));
    }

    void validationErrorsComeBackPerField()
    {
        setUp();
        TimerController::StartRequest r = startRequest();
        r.activity = 999999;
        QSignalSpy failed(timer.get(), &TimerController::operationFailed);
        timer->start(r);
        QVERIFY(failed.wait(10000));
        const ApiError e = failed.first().at(1).value<ApiError>();
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QVERIFY(!e.fieldErrors().messagesFor(QStringLiteral("activity")).isEmpty());
        QCOMPARE(f->server->runningCount(), 0);
    }

    // The server creates the record and drops the connection before answering: the app re-reads the
    // active entries, shows the one record and says so. Nothing is sent twice.
    void droppedStartAnswerIsReconciled()
    {
        setUp();
        demo::Fault drop;
        drop.method = "POST";
        drop.pathRegex = QStringLiteral("^/api/timesheets$");
        drop.action = demo::Fault::Action::DropAfterHandling;
        f->server->addFault(drop);
        f->server->clearRequests();
        QSignalSpy reconciled(timer.get(), &TimerController::reconciled);
        QSignalSpy failed(timer.get(), &TimerController::operationFailed);
        timer->start(startRequest());
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(reconciled.first().first().value<TimerController::Operation>(), TimerController::Operation::Start);
        QVERIFY2(reconciled.first().at(1).toString().contains(QStringLiteral("running since")),
                 qPrintable(reconciled.first().at(1).toString()));
        QCOMPARE(f->server->runningCount(), 1);
        QCOMPARE(timer->active().size(), 1);
        QCOMPARE(timer->active().first().id, f->server->runningIds().first());
        int posts = 0;
        for (const auto &r : f->server->requests())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void lostStartIsReportedAsNotStarted()
    {
        setUp();
        demo::Fault drop;
        drop.method = "POST";
        drop.pathRegex = QStringLiteral("^/api/timesheets$");
        drop.action = demo::Fault::Action::DropBeforeHandling;
        f->server->addFault(drop);
        QSignalSpy reconciled(timer.get(), &TimerController::reconciled);
        timer->start(startRequest());
        QVERIFY(reconciled.wait(10000));
        QVERIFY(reconciled.first().at(1).toString().contains(QStringLiteral("no timer is running")));
        QCOMPARE(f->server->runningCount(), 0);
        QVERIFY(!timer->isRunning());
    }

    void droppedStopAnswerIsReconciled()
    {
        setUp();
        QVERIFY(startAndWait());
        const int id = timer->active().first().id;
        demo::Fault drop;
        drop.method = "PATCH";
        drop.pathRegex = QStringLiteral("/stop$");
        drop.action = demo::Fault::Action::DropAfterHandling;
        f->server->addFault(drop);
        QSignalSpy reconciled(timer.get(), &TimerController::reconciled);
        timer->stop(id);
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(reconciled.first().first().value<TimerController::Operation>(), TimerController::Operation::Stop);
        QVERIFY(reconciled.first().at(1).toString().contains(QStringLiteral("the timer is stopped")));
        QCOMPARE(f->server->runningCount(), 0);
        QVERIFY(!timer->isRunning());
    }

    void stopThatNeverReachedTheServer()
    {
        setUp();
        QVERIFY(startAndWait());
        const int id = timer->active().first().id;
        demo::Fault drop;
        drop.method = "PATCH";
        drop.pathRegex = QStringLiteral("/stop$");
        drop.action = demo::Fault::Action::DropBeforeHandling;
        f->server->addFault(drop);
        QSignalSpy reconciled(timer.get(), &TimerController::reconciled);
        timer->stop(id);
        QVERIFY(reconciled.wait(10000));
        QVERIFY(reconciled.first().at(1).toString().contains(QStringLiteral("still running")));
        QCOMPARE(f->server->runningCount(), 1);
        QVERIFY(timer->isRunning());
    }

    // Elapsed time comes from the server's begin and the server's clock (5 minutes ahead here).
    void elapsedUsesTheServerClock()
    {
        setUp(DemoFixture::defaultOptions(), true);
        QCOMPARE(client->serverClockOffsetMs(), 300'000);
        QVERIFY(startAndWait());
        const Timesheet t = timer->active().first();
        QCOMPARE(t.begin.toSecsSinceEpoch(), serverClock->now().toSecsSinceEpoch());
        QCOMPARE(timer->elapsedSeconds(t), 0);   // not 300, not negative
        clock->advanceSeconds(65);
        QCOMPARE(timer->elapsedSeconds(t), 65);
        clock->advanceSeconds(3600);
        QCOMPARE(timer->elapsedSeconds(t), 3665);
    }

    // A timer started elsewhere (the web, the phone) shows up at the next refresh.
    void startedElsewhereShowsUp()
    {
        setUp();
        timer->setRefreshIntervalSeconds(1);
        TimesheetForm form;
        form.project = project;
        form.activity = activity;
        auto *other = f->client->createTimesheet(form);   // a second client = "the web"
        QVERIFY(waitFor(other));
        QVERIFY(other->ok());
        const int id = other->result().id;
        delete other;
        QTRY_VERIFY_WITH_TIMEOUT(timer->isRunning(), 5000);
        QCOMPARE(timer->active().first().id, id);
    }

    void refreshOnActivationIsThrottled()
    {
        setUp();
        QTRY_COMPARE(inFlight(QStringLiteral("timesheets/active")), 0);
        f->server->clearRequests();
        timer->refreshActiveThrottled(10'000);   // just refreshed at login: nothing is sent
        QCOMPARE(inFlight(QStringLiteral("timesheets/active")), 0);   // a call exists from the moment it is made
        timer->refreshActiveThrottled(0);
        QCOMPARE(inFlight(QStringLiteral("timesheets/active")), 1);
        QSignalSpy read(timer.get(), &TimerController::activeRead);
        QVERIFY(read.wait(5000));
        int actives = 0;
        for (const auto &r : f->server->requests())
            actives += r.path == QStringLiteral("/api/timesheets/active") ? 1 : 0;
        QCOMPARE(actives, 1);
    }

    // Logging out (or switching profile) while a start is on its way: the answer that would come
    // later is dropped with the session — no timer reappears, no "started".
    void lateStartAnswerAfterTheSessionEndedChangesNothing()
    {
        setUp();
        demo::Fault slow;
        slow.method = "POST";
        slow.pathRegex = QStringLiteral("^/api/timesheets$");
        slow.action = demo::Fault::Action::Delay;
        slow.delayMs = 300;
        f->server->addFault(slow);
        QSignalSpy started(timer.get(), &TimerController::started);
        QSignalSpy activeChanged(timer.get(), &TimerController::activeChanged);
        QSignalSpy exchanges(client.get(), &KimaiClient::exchangeFinished);
        timer->start(startRequest());
        QTRY_COMPARE(f->server->runningCount(), 1);   // the server has it; the answer is on its way
        session->end();
        QVERIFY(!timer->isRunning());
        activeChanged.clear();
        // Sync point: the start's exchange ends (aborted now, or answered 300 ms later).
        QTRY_VERIFY(sawExchange(exchanges, "POST", QStringLiteral("/api/timesheets")));
        QCOMPARE(started.count(), 0);
        QCOMPARE(activeChanged.count(), 0);
        QVERIFY(timer->active().isEmpty());
        QVERIFY(!timer->isBusy());
        // Nothing of the session is left in flight.
        QTRY_COMPARE(client->findChildren<ApiReply *>().size(), 0);
    }

    void lateRefreshAfterTheSessionEndedChangesNothing()
    {
        setUp();
        QVERIFY(startAndWait());
        demo::Fault slow;
        slow.method = "GET";
        slow.pathRegex = QStringLiteral("^/api/timesheets/active$");
        slow.action = demo::Fault::Action::Delay;
        slow.delayMs = 300;
        f->server->addFault(slow);
        QSignalSpy exchanges(client.get(), &KimaiClient::exchangeFinished);
        QSignalSpy activeChanged(timer.get(), &TimerController::activeChanged);
        timer->refreshActive();   // read now ("1 running"), answered 300 ms later
        session->end();
        QVERIFY(!timer->isRunning());
        activeChanged.clear();
        // Sync point: the read's exchange ends (aborted now, or answered 300 ms later).
        QTRY_VERIFY(sawExchange(exchanges, "GET", QStringLiteral("/api/timesheets/active")));
        QCOMPARE(activeChanged.count(), 0);
        QVERIFY(timer->active().isEmpty());   // no timer reappears in the bar or the tray
        QVERIFY(!timer->activeKnown());
    }

    void stopAllStopsEveryRunningEntry()
    {
        auto options = DemoFixture::defaultOptions();
        options.activeEntriesHardLimit = 3;
        setUp(options);
        QVERIFY(startAndWait(activity));
        QVERIFY(startAndWait(otherActivity));
        QTRY_COMPARE(timer->active().size(), 2);
        QCOMPARE(f->server->runningCount(), 2);
        QSignalSpy stopped(timer.get(), &TimerController::stopped);
        timer->stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, 10000);
        QTRY_VERIFY(!timer->isRunning() && !timer->isBusy());
        QCOMPARE(f->server->runningCount(), 0);
    }

    // The one tick source: it ticks only while a timer runs and a viewer asked, at the shortest
    // interval asked for; nothing wakes up otherwise.
    void ticksOnlyWhileRunningAndWatched()
    {
        setUp();
        QObject window;
        QObject tray;
        timer->setTickInterval(&window, 1000);
        QCOMPARE(timer->tickIntervalMs(), 0);   // nothing runs
        QVERIFY(startAndWait());
        QCOMPARE(timer->tickIntervalMs(), 1000);
        timer->setTickInterval(&tray, 60'000);
        QCOMPARE(timer->tickIntervalMs(), 1000);
        timer->setTickInterval(&window, 0);   // hidden
        QCOMPARE(timer->tickIntervalMs(), 60'000);
        {
            QObject fast;
            timer->setTickInterval(&fast, 20);
            QCOMPARE(timer->tickIntervalMs(), 20);
            QSignalSpy ticks(timer.get(), &TimerController::tick);
            QVERIFY(ticks.wait(2000));
        }
        QCOMPARE(timer->tickIntervalMs(), 60'000);   // a destroyed viewer asks for nothing
        QSignalSpy stopped(timer.get(), &TimerController::stopped);
        timer->stopAll();
        QVERIFY(stopped.wait(10000));
        QTRY_COMPARE(timer->tickIntervalMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimerController)
#include "tst_timercontroller.moc"
