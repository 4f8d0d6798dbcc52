// Working offline through the real app core (AppCore: login, timer, offline journal and its replay)
// against the demo server, whose faults stand in for a server that is down: start and stop while
// Kimai cannot be reached, bring it back, and the server ends with exactly those entries at the
// user's minutes. Errors that are not about reaching Kimai are shown as before, answers lost after
// the server handled a start are read back (never doubled), later changes wait behind earlier ones,
// the hard limit stops the older entry at the offline start, a profile switch closes one journal and
// opens the other, and the next login replays what an earlier run left. A login that cannot reach
// Kimai starts from what an earlier session knew (catalog, running entries) and becomes Kimai's own
// session once Kimai answers.

#include "auth/memorycredentialstore.h"
#include "journal/journal.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/commandline.h"
#include "session/commandrunner.h"
#include "session/favorites.h"
#include "session/logincontroller.h"
#include "session/offlinesnapshot.h"
#include "session/offlinestart.h"
#include "session/offlinework.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"
#include "support/manualclock.h"
#include "support/offlineapp.h"
#include "support/syncfixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;


class TestOffline : public QObject
{
    Q_OBJECT

    std::unique_ptr<OfflineApp> app;

    // The app quits; a new one starts with the same settings, journals and snapshots (not logged in).
    void restart()
    {
        const QString folder = app->dir.path();
        app->core.reset();
        app->core = std::make_unique<AppCore>(&app->demo.nam, &app->store, app->settings.get(), &app->clock);
        app->core->offline()->setJournalFolder(folder);
        app->core->offline()->setRetryDelays(50, 400);
        app->core->offlineStart()->setFolder(folder);
        app->core->timer()->setRefreshIntervalSeconds(0);
    }

    // The one entry the server has for `description`, stopped, at the user's minutes.
    void verifyEntry(const QString &description, const QDateTime &begin, const QDateTime &end, int activity)
    {
        const QList<Timesheet> found = app->entries(description);
        QCOMPARE(found.size(), 1);
        const Timesheet &t = found.first();
        QCOMPARE(t.projectId, app->project);
        QCOMPARE(t.activityId, activity);
        if (end.isValid()) {
            // Kimai rounds a stopped entry: begin down, end up to the minute.
            QCOMPARE(t.begin.toSecsSinceEpoch(), floorMinute(begin));
            QCOMPARE(t.end.toSecsSinceEpoch(), ceilMinute(end));
        } else {
            QVERIFY(t.isRunning());
            QCOMPARE(t.begin.toSecsSinceEpoch(), begin.toSecsSinceEpoch());
        }
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<OfflineApp>();
        QVERIFY(app->demo.started);
        QVERIFY(app->logIn());
        QVERIFY(app->findWork());
    }
    void cleanup() { app.reset(); }

    // --start --favorite while Kimai cannot be reached: queued at once, like --start (it waited for a
    // read-back that never came, and a script retrying it would have started it twice).
    void favouriteStartedOfflineIsQueued()
    {
        QVERIFY(app->logIn());   // 2.28: the favourites are kept on this computer
        QTRY_VERIFY(app->core->favorites()->isLoaded());
        const Timesheet online = app->startTimer(QStringLiteral("a favourite"));
        QVERIFY(online.id > 0);
        app->core->favorites()->add(online);
        QTRY_COMPARE(app->core->favorites()->items().size(), 1);
        QVERIFY(app->stopTimer(online.id));
        app->serverDown();
        CommandLine command;
        command.command = CommandLine::Command::Start;
        command.favorite = QStringLiteral("1");
        QSignalSpy finished(app->core->commands(), &CommandRunner::finished);
        app->core->commands()->run(command);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(finished.first().at(1).toByteArray()).object();
        QVERIFY2(answer.value(QStringLiteral("queued")).toBool(), finished.first().at(1).toByteArray().constData());
        QVERIFY(app->core->timer()->isRunning());
        QVERIFY(OfflineWork::isLocal(app->core->timer()->active().first().id));
    }

    void trackWhileKimaiIsDown()
    {
        TimerController *timer = app->core->timer();
        OfflineWork *offline = app->core->offline();
        const int before = app->demo.server->timesheetCount();
        app->serverDown();

        // Start: the attempt gets no answer, so the journal takes it and the timer runs here.
        const QDateTime begin1 = app->core->session()->serverNow();
        const Timesheet first = app->startTimer(QStringLiteral("offline first"));
        QVERIFY(OfflineWork::isLocal(first.id));
        QVERIFY(timer->isRunning());
        QCOMPARE(timer->active().first().id, first.id);
        QCOMPARE(timer->active().first().begin, begin1);
        QVERIFY(timer->hasUnsentChanges(first.id));
        QTRY_COMPARE_WITH_TIMEOUT(offline->status(), Sync::Status::Offline, 10000);
        QVERIFY2(offline->statusText().startsWith(QStringLiteral("Offline — 1 change")), qPrintable(offline->statusText()));
        app->advance(10 * 60 + 11);
        QCOMPARE(timer->elapsedSeconds(timer->active().first()), 10 * 60 + 11);

        // Stop, start again and stop: straight into the journal (the earlier changes wait), no request.
        app->demo.server->clearRequests();
        const QDateTime end1 = app->core->session()->serverNow();
        QVERIFY(app->stopTimer(first.id));
        QVERIFY(!timer->isRunning());
        app->advance(5 * 60);
        const QDateTime begin2 = app->core->session()->serverNow();
        const Timesheet second = app->startTimer(QStringLiteral("offline second"), true);
        QVERIFY(OfflineWork::isLocal(second.id));
        app->advance(12 * 60 + 40);
        const QDateTime end2 = app->core->session()->serverNow();
        QVERIFY(app->stopTimer(second.id));
        QCOMPARE(offline->waitingCount(), 4);
        QCOMPARE(app->requests("POST", QStringLiteral("^/api/timesheets$")), 0);
        QCOMPARE(app->requests("PATCH", QStringLiteral("^/api/timesheets/")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(offline->statusText().startsWith(QStringLiteral("Offline — 4 change")), 10000);
        QCOMPARE(app->demo.server->timesheetCount(), before);

        // Kimai is back: the next attempt sends everything, in order, at the original moments.
        app->serverUp();
        app->advance(60);
        app->demo.server->clearRequests();
        offline->retryNow();
        QVERIFY(app->settle());
        QCOMPARE(offline->status(), Sync::Status::Idle);
        QVERIFY(offline->statusText().isEmpty());
        QCOMPARE(app->demo.server->timesheetCount(), before + 2);
        QCOMPARE(app->demo.server->runningCount(), 0);
        verifyEntry(QStringLiteral("offline first"), begin1, end1, app->activity);
        verifyEntry(QStringLiteral("offline second"), begin2, end2, app->otherActivity);
        QCOMPARE(app->requests("POST", QStringLiteral("^/api/timesheets$")), 2);
        QCOMPARE(app->requests("PATCH", QStringLiteral("/stop$")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!timer->isRunning(), 10000);
    }

    void stillRunningWhenKimaiComesBack()
    {
        TimerController *timer = app->core->timer();
        app->serverDown();
        const QDateTime begin = app->core->session()->serverNow();
        const Timesheet local = app->startTimer(QStringLiteral("offline running"));
        QVERIFY(OfflineWork::isLocal(local.id));
        app->advance(20 * 60);
        app->serverUp();
        app->core->offline()->retryNow();
        QVERIFY(app->settle());
        // The entry now runs in Kimai, since the original moment; the timer shows Kimai's entry.
        QTRY_VERIFY_WITH_TIMEOUT(timer->isRunning() && timer->active().first().id > 0, 10000);
        const Timesheet running = timer->active().first();
        QVERIFY(!timer->hasUnsentChanges(running.id));
        QCOMPARE(app->demo.server->runningIds(), QList<int>{running.id});
        QCOMPARE(running.begin.toSecsSinceEpoch(), begin.toSecsSinceEpoch());
        QCOMPARE(timer->active().size(), 1);
        QVERIFY(app->stopTimer(running.id));
        QCOMPARE(app->demo.server->runningCount(), 0);
    }

    void errorsThatAreNotAboutReachingKimaiAreShown_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("reconciled");   // a 500 may have saved: read back as before
        QTest::newRow("400") << 400
                             << QByteArray(R"({"code":400,"message":"Validation Failed","errors":{"children":{"project":{"errors":["Not valid"]}}}})")
                             << false;
        QTest::newRow("403") << 403 << QByteArray(R"({"code":403,"message":"Forbidden"})") << false;
        QTest::newRow("401") << 401 << QByteArray(R"({"code":401,"message":"Unauthorized"})") << false;
        QTest::newRow("500") << 500 << QByteArray(R"({"code":500,"message":"Internal Server Error"})") << true;
    }
    void errorsThatAreNotAboutReachingKimaiAreShown()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, reconciled);
        demo::Fault refuse;
        refuse.method = "POST";
        refuse.pathRegex = QStringLiteral("^/api/timesheets$");
        refuse.action = demo::Fault::Action::Status;
        refuse.status = status;
        refuse.body = body;
        app->demo.server->addFault(refuse);
        TimerController *timer = app->core->timer();
        QSignalSpy failed(timer, &TimerController::operationFailed);
        QSignalSpy reconcile(timer, &TimerController::reconciled);
        QSignalSpy queued(timer, &TimerController::queued);
        timer->start(app->work(QStringLiteral("refused")));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + reconcile.count() == 1, 10000);
        QCOMPARE(reconcile.count(), reconciled ? 1 : 0);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(app->core->offline()->waitingCount(), 0);
        QVERIFY(!app->core->offline()->isOpen());   // nothing was ever journalled
        QVERIFY(!timer->isRunning());
    }

    void lostAnswerIsReadBackNeverDoubled()
    {
        TimerController *timer = app->core->timer();
        demo::Fault drop;
        drop.method = "POST";
        drop.pathRegex = QStringLiteral("^/api/timesheets$");
        drop.action = demo::Fault::Action::DropAfterHandling;
        app->demo.server->addFault(drop);
        const int before = app->demo.server->timesheetCount();
        const Timesheet local = app->startTimer(QStringLiteral("answer lost"));
        // Kimai saved it but the answer never came: journalled as "sending", read back, not sent again.
        QVERIFY(OfflineWork::isLocal(local.id));
        QVERIFY(app->settle());
        QCOMPARE(app->demo.server->timesheetCount(), before + 1);
        QCOMPARE(app->requests("POST", QStringLiteral("^/api/timesheets$")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(timer->active().size() == 1 && timer->active().first().id > 0, 10000);
        QCOMPARE(timer->active().first().id, app->demo.server->runningIds().value(0));
    }

    void laterChangesWaitBehindEarlierOnes()
    {
        TimerController *timer = app->core->timer();
        const Timesheet online = app->startTimer(QStringLiteral("started online"));
        QVERIFY(online.id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!timer->isBusy() && timer->isRunning(), 10000);
        app->core->offline()->setRetryDelays(60'000, 60'000);
        app->serverDown();
        QSignalSpy updated(timer, &TimerController::updated);
        timer->updateRunning(online.id, QStringLiteral("changed offline"), {});
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        QVERIFY(timer->hasUnsentChanges(online.id));
        QCOMPARE(timer->active().first().description, QStringLiteral("changed offline"));
        QTRY_COMPARE_WITH_TIMEOUT(app->core->offline()->status(), Sync::Status::Offline, 10000);

        // Kimai is back, but the edit still waits for its retry: the stop must not overtake it.
        app->serverUp();
        app->demo.server->clearRequests();
        app->advance(7 * 60);
        const QDateTime end = app->core->session()->serverNow();
        QVERIFY(app->stopTimer(online.id));
        QCOMPARE(app->requests("PATCH", QStringLiteral("^/api/timesheets/")), 0);
        QCOMPARE(app->core->offline()->waitingCount(), 2);
        app->core->offline()->retryNow();
        QVERIFY(app->settle());
        const QList<Timesheet> found = app->entries(QStringLiteral("changed offline"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, online.id);
        QCOMPARE(found.first().end.toSecsSinceEpoch(), ceilMinute(end));
        // The edit went first, then the stop (a PATCH of end, not /stop).
        QStringList order;
        for (const demo::ReceivedRequest &r : app->demo.server->requests()) {
            if (r.method == "PATCH")
                order.append(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("end")) ? QStringLiteral("stop")
                                                                                                       : QStringLiteral("edit"));
        }
        QCOMPARE(order, QStringList({QStringLiteral("edit"), QStringLiteral("stop")}));
    }

    void hardLimitStopsTheOlderEntryAtTheOfflineStart()
    {
        const Timesheet online = app->startTimer(QStringLiteral("hard limit older"));
        QVERIFY(online.id > 0);
        app->advance(30 * 60);
        app->serverDown();
        const QDateTime begin = app->core->session()->serverNow();
        const Timesheet local = app->startTimer(QStringLiteral("hard limit newer"), true);
        QVERIFY(OfflineWork::isLocal(local.id));
        // As Kimai would: one entry runs (the limit is 1), the older one stopped at this start.
        QCOMPARE(app->core->timer()->active().size(), 1);
        QCOMPARE(app->core->timer()->active().first().id, local.id);
        app->advance(5 * 60);
        app->serverUp();
        app->core->offline()->retryNow();
        QVERIFY(app->settle());
        verifyEntry(QStringLiteral("hard limit older"), online.begin, begin, app->activity);
        verifyEntry(QStringLiteral("hard limit newer"), begin, {}, app->otherActivity);
        QCOMPARE(app->demo.server->runningCount(), 1);
    }

    void profileSwitchClosesOneJournalAndOpensTheOther()
    {
        OfflineWork *offline = app->core->offline();
        app->serverDown();
        const Timesheet local = app->startTimer(QStringLiteral("first profile"));
        QVERIFY(OfflineWork::isLocal(local.id));
        const QString firstJournal = offline->journal()->path();

        // Another Kimai (another profile): its own journal, nothing of the first one shows.
        DemoFixture other;
        QVERIFY(other.started);
        LoginController::Request r;
        r.server = other.server->url().toString();
        r.username = other.server->username();
        r.token = other.server->token();
        r.remember = false;
        QSignalSpy loggedIn(app->core->login(), &LoginController::loggedIn);
        app->core->login()->login(r);
        QVERIFY(loggedIn.wait(15000));
        QVERIFY(!offline->isOpen());   // the other profile has no journal yet
        QCOMPARE(offline->waitingCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(app->core->timer()->activeKnown(), 10000);
        QVERIFY(!app->core->timer()->isRunning());

        // Back to the first one, which answers again: its journal opens and is replayed.
        app->serverUp();
        QVERIFY(app->logIn());
        QVERIFY(offline->isOpen());
        QCOMPARE(offline->journal()->path(), firstJournal);
        QVERIFY(app->settle());
        QCOMPARE(app->entries(QStringLiteral("first profile")).size(), 1);
        QCOMPARE(other.server->runningCount(), 0);
    }

    void startsWithoutKimaiFromWhatWasKnown()
    {
        // A session that reached Kimai keeps what it knows (catalog, running entry) for later.
        const Timesheet online = app->startTimer(QStringLiteral("running before the train"));
        QVERIFY(online.id > 0);
        const QString snapshot = app->dir.filePath(
            QFileInfo(OfflineSnapshot::pathForProfile(app->core->session()->info().profile.id)).fileName());
        QTRY_VERIFY_WITH_TIMEOUT(OfflineSnapshot::load(snapshot).value_or(OfflineSnapshot{}).running.size() == 1, 10000);
        QCOMPARE(OfflineSnapshot::load(snapshot)->running.first().id, online.id);
        QVERIFY(OfflineSnapshot::load(snapshot)->hasCatalog());

        // The next start finds Kimai down: the session starts from that, and says so.
        restart();
        app->serverDown();
        QSignalSpy notice(app->core->login(), &LoginController::notice);
        QVERIFY(app->logIn());
        Session *session = app->core->session();
        QVERIFY(session->info().offline);
        QCOMPARE(session->info().user.timezone, app->demo.server->timezone());
        QCOMPARE(notice.count(), 1);
        QVERIFY(notice.first().first().toString().contains(QStringLiteral("cannot be reached")));
        QVERIFY(app->core->catalog()->isComplete());
        QVERIFY(app->core->catalog()->project(app->project));
        TimerController *timer = app->core->timer();
        QCOMPARE(timer->active().size(), 1);
        QCOMPARE(timer->active().first().id, online.id);
        QVERIFY(!timer->titleOf(timer->active().first()).isEmpty());

        // Every change goes to the journal at once; none is tried against Kimai first.
        QSignalSpy queued(timer, &TimerController::queued);
        app->advance(25 * 60);
        const QDateTime end = session->serverNow();
        QVERIFY(app->stopTimer(online.id));
        app->advance(60);
        const QDateTime begin = session->serverNow();
        QVERIFY(OfflineWork::isLocal(app->startTimer(QStringLiteral("on the train"), true).id));
        QCOMPARE(queued.count(), 2);
        QCOMPARE(app->core->offline()->waitingCount(), 2);

        // Kimai answers: the journal goes out, and the session becomes Kimai's own.
        app->serverUp();
        QVERIFY(app->settle());
        QTRY_VERIFY_WITH_TIMEOUT(!session->info().offline, 10000);
        verifyEntry(QStringLiteral("running before the train"), online.begin, end, app->activity);
        verifyEntry(QStringLiteral("on the train"), begin, {}, app->otherActivity);
        QTRY_VERIFY_WITH_TIMEOUT(timer->active().size() == 1 && timer->active().first().id > 0, 10000);
    }

    void withoutKimaiAndNothingKnownTheLoginFails()
    {
        QTemporaryDir other;
        app->core.reset();
        app->settings = std::make_unique<QSettings>(other.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        app->core = std::make_unique<AppCore>(&app->demo.nam, &app->store, app->settings.get(), &app->clock);
        app->core->offline()->setJournalFolder(other.path());
        app->core->offlineStart()->setFolder(other.path());
        app->serverDown();
        QSignalSpy failed(app->core->login(), &LoginController::failed);
        QSignalSpy loggedIn(app->core->login(), &LoginController::loggedIn);
        LoginController::Request r;
        r.server = app->demo.server->url().toString();
        r.username = app->demo.server->username();
        r.token = app->demo.server->token();
        app->core->login()->login(r);
        QVERIFY(failed.wait(15000));
        QCOMPARE(loggedIn.count(), 0);
        QVERIFY(!app->core->session()->isActive());
    }

    void catalogLastKnownWhenKimaiWentAway()
    {
        restart();
        QVERIFY(app->logIn());
        QVERIFY(!app->core->session()->info().offline);
        QVERIFY(!app->core->catalog()->isComplete());
        app->serverDown();
        app->core->catalog()->ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(app->core->catalog()->isComplete(), 10000);
        QVERIFY(app->core->catalog()->activity(app->otherActivity));
        // Once Kimai answers again, the catalog is read from it.
        app->serverUp();
        app->demo.server->clearRequests();
        app->core->timer()->refreshActive();
        QTRY_VERIFY_WITH_TIMEOUT(app->requests("GET", QStringLiteral("^/api/projects$")) >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app->core->catalog()->isComplete(), 10000);
    }

    void theNextRunReplaysWhatAnEarlierOneLeft()
    {
        app->serverDown();
        const QDateTime begin = app->core->session()->serverNow();
        QVERIFY(OfflineWork::isLocal(app->startTimer(QStringLiteral("left by an earlier run")).id));
        // The app quits with the change waiting; a new one (same settings and journals) logs in.
        restart();
        app->serverUp();
        QVERIFY(app->logIn());
        QVERIFY(app->settle());
        const QList<Timesheet> found = app->entries(QStringLiteral("left by an earlier run"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().begin.toSecsSinceEpoch(), begin.toSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(app->core->timer()->isRunning() && app->core->timer()->active().first().id == found.first().id,
                                 10000);
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
