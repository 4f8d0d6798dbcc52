// Timekeeper: the time-keeping decisions carried out through the timer against the demo server
// (real HTTP), with a clock-driven fake idle source standing in for the desktop and no
// notification server (notices go to the fallback). Every answer's effect is read back from the
// server: Discard ends the entry where idleness began (a PATCH of its end), Discard and continue
// starts the same work again, Book elsewhere creates an entry for the span on other work; a timer
// started elsewhere withdraws the question; the forgotten-timer reminder stops at the moment
// picked; quitting and logging out stop or keep as set; the targets' totals come from the server.

#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/logincontroller.h"
#include "session/notices.h"
#include "session/session.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"
#include "session/timerjobs.h"
#include "support/demofixture.h"
#include "support/fakeidlemonitor.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kd;
using namespace kd::test;
using Choice = IdlePolicy::Choice;

namespace {

QDateTime serverEnd(const demo::DemoServer &server, int id)
{
    const auto t = server.timesheet(id);
    return t && !t->running ? QDateTime::fromSecsSinceEpoch(t->end, Qt::UTC) : QDateTime();
}

demo::DemoOptions options(int sampleCount = 2000)
{
    demo::DemoOptions o = DemoFixture::defaultOptions();
    o.timesheetCount = sampleCount;
    return o;
}

struct CoreFixture
{
    explicit CoreFixture(demo::DemoOptions o = options())
        : demo(std::move(o))
        , idleClock(QDateTime::currentDateTimeUtc())
        , idle(&idleClock)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        core = std::make_unique<AppCore>(&demo.nam, &store, settings.get());
        core->timer()->setRefreshIntervalSeconds(0);
        core->timekeeper()->setDesktop(&idle, nullptr, nullptr);
        demo.client->setUserTimeZone(QTimeZone(demo.server->timezone().toUtf8()));
    }
    ~CoreFixture() { core.reset(); }

    bool logIn()
    {
        LoginController::Request r;
        r.server = demo.server->url().toString();
        r.username = demo.server->username();
        r.token = demo.server->token();
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        return loggedIn.wait(15000) && QTest::qWaitFor([this] { return core->timer()->activeKnown(); }, 10000);
    }

    // Distinct sample works (project, activity).
    QPair<int, int> work(int index) const
    {
        QList<int> seen;
        // The demo user's sample entries (or, without them, another user's: the same catalog).
        QList<int> ids = demo.server->timesheetIds(2) + demo.server->timesheetIds();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            const auto t = demo.server->timesheet(*it);
            if (!t || seen.contains(t->project))
                continue;
            if (seen.size() == index)
                return {t->project, t->activity};
            seen.append(t->project);
        }
        return {0, 0};
    }

    int create(const QDateTime &begin, const QDateTime &end = {}, int workIndex = 0)
    {
        const auto [project, activity] = work(workIndex);
        TimesheetForm form;
        form.project = project;
        form.activity = activity;
        form.begin = begin;
        if (end.isValid())
            form.end = end;
        auto *reply = demo.client->createTimesheet(form);
        const int id = waitFor(reply) && reply->ok() ? reply->result().id : 0;
        delete reply;
        return id;
    }

    // The user was idle from `since` until now.
    void idleSpan(const QDateTime &since)
    {
        idleClock.set(QDateTime::currentDateTimeUtc());
        idle.idleSpan(since);
    }

    Timekeeper *keeper() const { return core->timekeeper(); }

    DemoFixture demo;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    ManualClock idleClock;
    FakeIdleMonitor idle;
    std::unique_ptr<AppCore> core;
};

} // namespace

class TestTimekeeper : public QObject
{
    Q_OBJECT

    std::unique_ptr<CoreFixture> f;
    int running = 0;
    QDateTime idleSince;

    // An entry running for an hour, the app logged in, idle for the last 25 minutes: a question.
    bool questionAfterIdle()
    {
        running = f->create(QDateTime::currentDateTimeUtc().addSecs(-3600));
        if (running <= 0 || !f->logIn() || f->core->timer()->active().size() != 1)
            return false;
        idleSince = QDateTime::currentDateTimeUtc().addSecs(-25 * 60);
        QSignalSpy asked(f->keeper(), &Timekeeper::idleQuestionChanged);
        f->idleSpan(idleSince);
        return asked.count() == 1 && f->keeper()->idle()->hasQuestion();
    }

private Q_SLOTS:
    void init() { f = std::make_unique<CoreFixture>(); }
    void cleanup() { f.reset(); }

    void idleMonitorWatchesOnlyWhileATimerRuns()
    {
        QVERIFY(f->logIn());
        QVERIFY(f->core->timer()->active().isEmpty());
        QVERIFY(!f->idle.watching);
        const int id = f->create(QDateTime::currentDateTimeUtc().addSecs(-60));
        f->core->timer()->refreshActive();
        QTRY_VERIFY(f->idle.watching);
        QCOMPARE(f->idle.thresholdMsSeen, qint64(10 * 60'000));
        f->core->timer()->stop(id);
        QTRY_VERIFY(!f->idle.watching);
    }

    void discardCutsWhereIdlenessBegan()
    {
        QVERIFY(questionAfterIdle());
        // Without a notification server, the question is shown another way.
        QSignalSpy fallback(f->core->notices(), &Notices::fallback);
        QSignalSpy ended(f->keeper(), &Timekeeper::idleQuestionEnded);
        QVERIFY(f->keeper()->answerIdle(Choice::Discard));
        QCOMPARE(ended.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*f->demo.server, running).isValid(), 10000);
        QCOMPARE(serverEnd(*f->demo.server, running), kimaiEndMinute(idleSince));
        const demo::ReceivedRequest patch = lastRequest(*f->demo.server, QStringLiteral("/api/timesheets/%1").arg(running));
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QVERIFY2(patch.body.contains("\"end\""), patch.body.constData());
        QTRY_VERIFY(f->core->timer()->active().isEmpty());
        QTRY_VERIFY(f->keeper()->jobs()->isIdle());
        QVERIFY(!f->keeper()->idle()->hasQuestion());
    }

    void noticeFallsBackWithoutANotificationServer()
    {
        QSignalSpy fallback(f->core->notices(), &Notices::fallback);
        QVERIFY(questionAfterIdle());
        QCOMPARE(fallback.count(), 1);
        const auto notice = fallback.at(0).at(0).value<Notices::Notice>();
        QCOMPARE(notice.kind, Notices::idleKind());
        QStringList keys;
        for (const Notices::Action &a : notice.buttons())
            keys << a.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("keep"), QStringLiteral("discard"), QStringLiteral("discard-continue"),
                                    QStringLiteral("book-elsewhere")}));
        QVERIFY(notice.persistent);
        // An answer from the UI's window goes the same way as one from a notification.
        f->core->notices()->answer(Notices::idleKind(), QStringLiteral("discard"));
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*f->demo.server, running).isValid(), 10000);
        QCOMPARE(serverEnd(*f->demo.server, running), kimaiEndMinute(idleSince));
    }

    void idleNoticeOffStillAsks()
    {
        TimeKeepingSettings s = f->keeper()->settings();
        s.notifyIdle = false;
        f->keeper()->setSettings(s);
        QSignalSpy fallback(f->core->notices(), &Notices::fallback);
        QVERIFY(questionAfterIdle());   // the question is there (for the window)
        QCOMPARE(fallback.count(), 0);
        QVERIFY(!f->core->notices()->isShown(Notices::idleKind()));
    }

    void keepChangesNothing()
    {
        QVERIFY(questionAfterIdle());
        f->demo.server->clearRequests();
        QVERIFY(f->keeper()->answerIdle(Choice::Keep));
        // A round trip later nothing was sent about the entry, and it still runs.
        f->core->timer()->refreshActive();
        QSignalSpy read(f->core->timer(), &TimerController::activeRead);
        QVERIFY(read.wait(5000));
        for (const demo::ReceivedRequest &r : f->demo.server->requests())
            QVERIFY2(r.method == "GET", qPrintable(r.path));
        QVERIFY(f->demo.server->timesheet(running)->running);
    }

    void discardAndContinueStartsTheSameAgain()
    {
        QVERIFY(questionAfterIdle());
        const int project = f->demo.server->timesheet(running)->project;
        QVERIFY(f->keeper()->answerIdle(Choice::DiscardAndContinue));
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*f->demo.server, running).isValid(), 10000);
        QCOMPARE(serverEnd(*f->demo.server, running), kimaiEndMinute(idleSince));
        QTRY_VERIFY_WITH_TIMEOUT(f->core->timer()->active().size() == 1 && f->core->timer()->active().first().id != running, 10000);
        const Timesheet again = f->core->timer()->active().first();
        QCOMPARE(again.projectId, project);
        QVERIFY(qAbs(again.begin.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(lastRequest(*f->demo.server, QStringLiteral("/api/timesheets/%1/restart").arg(running)).method, QByteArray("PATCH"));
    }

    void bookElsewhereCreatesAnEntryForTheSpan()
    {
        QVERIFY(questionAfterIdle());
        const auto [project, activity] = f->work(1);
        QVERIFY(project > 0 && project != f->demo.server->timesheet(running)->project);
        QSignalSpy booked(f->keeper()->jobs(), &TimerJobs::booked);
        QVERIFY(!f->keeper()->answerIdle(Choice::BookElsewhere));   // no target: still asked
        QVERIFY(f->keeper()->idle()->hasQuestion());
        QVERIFY(f->keeper()->answerIdle(Choice::BookElsewhere, project, activity, QStringLiteral("Team meeting")));
        QVERIFY(booked.wait(10000));
        const auto entry = f->demo.server->timesheet(booked.at(0).at(0).toInt());
        QVERIFY(entry);
        QCOMPARE(entry->project, project);
        QCOMPARE(entry->activity, activity);
        QCOMPARE(entry->description, QStringLiteral("Team meeting"));
        QVERIFY(!entry->running);
        // From where idleness began to when the user was back (on Kimai's minutes), right after
        // the cut entry: no gap, no overlap.
        QCOMPARE(QDateTime::fromSecsSinceEpoch(entry->begin, Qt::UTC), kimaiEndMinute(idleSince));
        QCOMPARE(serverEnd(*f->demo.server, running), kimaiEndMinute(idleSince));
        const QDateTime back = QDateTime::fromSecsSinceEpoch(entry->end, Qt::UTC);
        QVERIFY(qAbs(back.secsTo(QDateTime::currentDateTimeUtc())) <= 120);
        QTRY_VERIFY(f->core->timer()->active().isEmpty());
    }

    void timerStartedElsewhereWithdrawsTheQuestion()
    {
        QVERIFY(questionAfterIdle());
        QSignalSpy ended(f->keeper(), &Timekeeper::idleQuestionEnded);
        QSignalSpy withdrawn(f->core->notices(), &Notices::withdrawn);
        // Stopped in the web UI and another one started there; the app reads it (the poll, an
        // unlock, the window's activation).
        auto *stop = f->demo.client->stopTimesheet(running);
        QVERIFY(waitFor(stop) && stop->ok());
        delete stop;
        const int other = f->create(QDateTime::currentDateTimeUtc(), {}, 1);
        QVERIFY(other > 0);
        f->core->timer()->refreshActive();
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(withdrawn.at(0).at(0).toString(), Notices::idleKind());
        QVERIFY(!f->keeper()->answerIdle(Choice::Discard));
        QVERIFY(f->demo.server->timesheet(other)->running);
    }

    // Punch mode: Kimai takes no end time from the user; the timer is stopped now, and told.
    void punchModeStopsNowAndSaysSo()
    {
        running = f->create(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(running > 0);
        f->demo.server->setTrackingMode(QStringLiteral("punch"));   // read by the app at login
        QVERIFY(f->logIn());
        QSignalSpy problem(f->keeper(), &Timekeeper::problem);
        f->idleSpan(QDateTime::currentDateTimeUtc().addSecs(-25 * 60));
        QVERIFY(f->keeper()->answerIdle(Choice::Discard));
        QCOMPARE(problem.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*f->demo.server, running).isValid(), 10000);
        QVERIFY(qAbs(serverEnd(*f->demo.server, running).secsTo(QDateTime::currentDateTimeUtc())) <= 90);
    }

    void forgottenTimerStopsAtTheMomentPicked()
    {
        running = f->create(QDateTime::currentDateTimeUtc().addSecs(-11 * 3600));
        QSignalSpy fallback(f->core->notices(), &Notices::fallback);
        f->idle.lastInputAt(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        f->idleClock.set(QDateTime::currentDateTimeUtc());
        QVERIFY(f->logIn());
        QTRY_VERIFY(f->keeper()->forgotten().has_value());
        QCOMPARE(f->keeper()->forgotten()->entryId, running);
        // Suggested: when the user was last active (3 hours ago).
        QVERIFY(qAbs(f->keeper()->forgotten()->lastActive.secsTo(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600))) < 60);
        // (11 hours are past the day's target too: that notice comes as well.)
        std::optional<Notices::Notice> notice;
        for (const QList<QVariant> &args : std::as_const(fallback)) {
            if (args.at(0).value<Notices::Notice>().kind == Notices::forgottenKind())
                notice = args.at(0).value<Notices::Notice>();
        }
        QVERIFY(notice);
        QVERIFY(notice->moment.isValid());
        QCOMPARE(notice->moment, f->keeper()->forgotten()->lastActive);
        // The window's answer, with a moment changed to 2 hours ago.
        const QDateTime picked = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        f->core->notices()->answer(Notices::forgottenKind(), QStringLiteral("stop"), picked);
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*f->demo.server, running).isValid(), 10000);
        QCOMPARE(serverEnd(*f->demo.server, running), kimaiEndMinute(picked));
        QVERIFY(!f->keeper()->forgotten());
    }

    void quittingStopsFirst()
    {
        running = f->create(QDateTime::currentDateTimeUtc().addSecs(-600));
        QVERIFY(f->logIn());
        QSignalSpy ready(f->keeper(), &Timekeeper::readyToQuit);
        bool stoppedWhenReady = false;
        connect(f->keeper(), &Timekeeper::readyToQuit, this,
                [this, &stoppedWhenReady] { stoppedWhenReady = !f->demo.server->timesheet(running)->running; });
        f->keeper()->stopBeforeQuit();
        QCOMPARE(ready.count(), 0);
        QVERIFY(ready.wait(6000));
        QVERIFY(stoppedWhenReady);
        QCOMPARE(ready.count(), 1);
    }

    void quittingWithNothingRunning()
    {
        QVERIFY(f->logIn());
        QSignalSpy ready(f->keeper(), &Timekeeper::readyToQuit);
        f->keeper()->stopBeforeQuit();
        QCOMPARE(ready.count(), 0);   // after the caller has returned
        QVERIFY(ready.wait(1000));
    }

    void logoutDoesWhatTheSettingSays_data()
    {
        QTest::addColumn<int>("onQuit");
        QTest::addColumn<bool>("stops");
        QTest::newRow("ask: keeps, asks nothing") << int(TimeKeepingSettings::QuitAction::Ask) << false;
        QTest::newRow("keep") << int(TimeKeepingSettings::QuitAction::Keep) << false;
        QTest::newRow("stop") << int(TimeKeepingSettings::QuitAction::Stop) << true;
    }

    void logoutDoesWhatTheSettingSays()
    {
        QFETCH(int, onQuit);
        QFETCH(bool, stops);
        TimeKeepingSettings s = f->keeper()->settings();
        s.onQuit = TimeKeepingSettings::QuitAction(onQuit);
        f->keeper()->setSettings(s);
        running = f->create(QDateTime::currentDateTimeUtc().addSecs(-600));
        QVERIFY(f->logIn());
        f->keeper()->desktopSessionEnding();
        QCOMPARE(f->keeper()->jobs()->isIdle(), !stops);
        QTRY_VERIFY(f->keeper()->jobs()->isIdle());
        QCOMPARE(!f->demo.server->timesheet(running)->running, stops);
    }

    // Today's and this week's totals from the server, plus the running time; the 90 % notice.
    void targetsFromTheServer()
    {
        f = std::make_unique<CoreFixture>(options(0));
        const QTimeZone zone(f->demo.server->timezone().toUtf8());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        // 2 hours today (future times are allowed), 3 hours eight days ago (never this week).
        QVERIFY(f->create(QDateTime(today, QTime(1, 0), zone), QDateTime(today, QTime(3, 0), zone)) > 0);
        QVERIFY(f->create(QDateTime(today.addDays(-8), QTime(9, 0), zone), QDateTime(today.addDays(-8), QTime(12, 0), zone)) > 0);
        TimeKeepingSettings s = f->keeper()->settings();
        s.dailyTargetMinutes = 130;      // 2 h are 92 %
        s.weeklyTargetMinutes = 10 * 60;
        f->keeper()->setSettings(s);
        QSignalSpy fallback(f->core->notices(), &Notices::fallback);
        QVERIFY(f->logIn());
        QTRY_COMPARE_WITH_TIMEOUT(f->keeper()->targets()->day().seconds, qint64(2 * 3600), 10000);
        QCOMPARE(f->keeper()->targets()->week().seconds, qint64(2 * 3600));
        QCOMPARE(f->keeper()->targets()->week().targetSeconds, qint64(10 * 3600));
        QTRY_VERIFY(!fallback.isEmpty());
        const auto notice = fallback.last().at(0).value<Notices::Notice>();
        QCOMPARE(notice.kind, Notices::targetKind());
        QVERIFY2(notice.body.contains(QStringLiteral("2:00 of 2:10")), qPrintable(notice.body));

        // A timer stopped: read again.
        // (Half an hour ago, or since midnight when today is younger than that: today's total counts
        // today's part only.)
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime begin = std::max(now.addSecs(-1800), QDateTime(today, QTime(0, 0), zone).toUTC());
        const int id = f->create(begin);
        f->core->timer()->refreshActive();
        QTRY_COMPARE(f->core->timer()->active().size(), 1);
        QVERIFY(f->keeper()->targets()->day().seconds >= 2 * 3600 + begin.secsTo(now) - 10);
        f->core->timer()->stop(id);
        QTRY_VERIFY(f->core->timer()->active().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(f->keeper()->targets()->day().seconds >= 2 * 3600 + begin.secsTo(now) - 10, 10000);
    }
};

QTEST_GUILESS_MAIN(TestTimekeeper)
#include "tst_timekeeper.moc"
