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
#include "support/syncfixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

// The app as main.cpp builds it, on a clock the test moves; the server's clock runs 5 minutes ahead.
struct OfflineApp
{
    explicit OfflineApp(demo::DemoOptions options = DemoFixture::defaultOptions(), const QString &settingsDir = {})
        : clock(start())
        , serverClock(clock.now().addSecs(300))
        , demo(withClock(std::move(options), &serverClock))
    {
        settings = std::make_unique<QSettings>((settingsDir.isEmpty() ? dir.path() : settingsDir)
                                                   + QStringLiteral("/kimai-desk.conf"),
                                               QSettings::IniFormat);
        core = std::make_unique<AppCore>(&demo.nam, &store, settings.get(), &clock);
        core->timer()->setRefreshIntervalSeconds(0);
        core->offline()->setJournalFolder(settingsDir.isEmpty() ? dir.path() : settingsDir);
        core->offline()->setRetryDelays(50, 400);
        core->offlineStart()->setFolder(settingsDir.isEmpty() ? dir.path() : settingsDir);
    }

    static QDateTime start()
    {
        // Two hours ago, on a whole second with 17 seconds past the minute: rounding shows.
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 7200;
        return QDateTime::fromSecsSinceEpoch(now - now % 60 + 17, Qt::UTC);
    }

    static demo::DemoOptions withClock(demo::DemoOptions options, const Clock *c)
    {
        options.clock = c;
        return options;
    }

    bool logIn()
    {
        LoginController::Request r;
        r.server = demo.server->url().toString();
        r.username = demo.server->username();
        r.token = demo.server->token();
        r.remember = false;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        if (!loggedIn.wait(15000))
            return false;
        return QTest::qWaitFor([this] { return core->timer()->activeKnown(); }, 10000);
    }

    // A visible project with two of its own activities.
    bool findWork()
    {
        core->catalog()->ensureLoaded();
        if (!QTest::qWaitFor([this] { return core->catalog()->isComplete(); }, 15000))
            return false;
        for (const Project &p : core->catalog()->projects()->items()) {
            if (!p.visible)
                continue;
            QList<int> own;
            for (const Activity &a : core->catalog()->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    own.append(a.id);
            }
            if (own.size() >= 2) {
                project = p.id;
                activity = own.at(0);
                otherActivity = own.at(1);
                return true;
            }
        }
        return false;
    }

    void advance(qint64 seconds)
    {
        clock.advanceSeconds(seconds);
        serverClock.advanceSeconds(seconds);
    }

    void serverDown()
    {
        demo::Fault down;
        down.action = demo::Fault::Action::DropBeforeHandling;
        down.times = -1;
        demo.server->addFault(down);
    }
    void serverUp() { demo.server->clearFaults(); }

    TimerController::StartRequest work(const QString &description, bool other = false) const
    {
        TimerController::StartRequest r;
        r.project = project;
        r.activity = other ? otherActivity : activity;
        r.description = description;
        return r;
    }

    // Starts and waits until the timer shows it (from Kimai or from the journal).
    Timesheet startTimer(const QString &description, bool other = false)
    {
        QSignalSpy started(core->timer(), &TimerController::started);
        core->timer()->start(work(description, other));
        if (started.isEmpty() && !started.wait(15000))
            return {};
        if (!QTest::qWaitFor([this] { return !core->timer()->isBusy(); }, 10000))
            return {};
        return started.first().first().value<Timesheet>();
    }

    bool stopTimer(int id)
    {
        QSignalSpy stopped(core->timer(), &TimerController::stopped);
        core->timer()->stop(id);
        return (!stopped.isEmpty() || stopped.wait(15000)) && QTest::qWaitFor([this] { return !core->timer()->isBusy(); }, 10000);
    }

    // Waits until the replay rests with nothing waiting.
    bool settle()
    {
        OfflineWork *o = core->offline();
        return QTest::qWaitFor([o] { return o->waitingCount() == 0 && !o->isReplaying(); }, 30000);
    }

    QList<Timesheet> entries(const QString &text) const
    {
        TimesheetQuery q;
        q.term = text;
        q.size = 100;
        q.begin = clock.now().addDays(-2);
        q.end = clock.now().addDays(2);
        auto *reply = demo.client->timesheets(q);
        QList<Timesheet> out;
        if (waitFor(reply) && reply->ok())
            out = reply->result();
        delete reply;
        return out;
    }

    int requests(const QByteArray &method, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        int n = 0;
        for (const demo::ReceivedRequest &r : demo.server->requests())
            n += r.method == method && re.match(r.path).hasMatch() ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    ManualClock clock;
    ManualClock serverClock;
    DemoFixture demo;
    MemoryCredentialStore store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppCore> core;
    int project = 0;
    int activity = 0;
    int otherActivity = 0;
};

} // namespace

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
