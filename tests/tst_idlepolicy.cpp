// IdlePolicy: what to ask and what to cut when the user was away while a timer ran — with a
// clock-driven fake idle source and ManualClock. Every choice cuts where idleness (the lock, the
// sleep) began, on Kimai's minute; spans merge; questions are withdrawn when the timer changes.

#include "session/idlepolicy.h"
#include "support/fakeidlemonitor.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;
using Choice = IdlePolicy::Choice;
using Reason = IdlePolicy::Reason;
using AwayAction = TimeKeepingSettings::AwayAction;


namespace {
// Monday 6 May 2024, in UTC.
QDateTime at(const QString &hhmmss)
{
    return QDateTime(QDate(2024, 5, 6), QTime::fromString(hhmmss, QStringLiteral("HH:mm:ss")), Qt::UTC);
}

Timesheet running(int id, const QDateTime &begin, int project = 1, int activity = 2)
{
    Timesheet t;
    t.id = id;
    t.begin = begin;
    t.projectId = project;
    t.activityId = activity;
    return t;
}
}

class TestIdlePolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<FakeIdleMonitor> monitor;
    std::unique_ptr<IdlePolicy> policy;
    TimeKeepingSettings settings;

    // A timer running since 09:00 (entry 7), the clock at 10:00.
    void runningSinceNine()
    {
        clock->set(at(QStringLiteral("10:00:00")));
        policy->setRunning({running(7, at(QStringLiteral("09:00:00")))});
    }

    // Idle from `since` until the clock's now (the monitor's report when the user is back).
    void idleUntil(const QString &since, const QString &back)
    {
        clock->set(at(back));
        monitor->idleSpan(at(since));
    }

private Q_SLOTS:
    void init()
    {
        clock = std::make_unique<ManualClock>(at(QStringLiteral("08:00:00")));
        monitor = std::make_unique<FakeIdleMonitor>(clock.get());
        policy = std::make_unique<IdlePolicy>(monitor.get(), clock.get());
        settings = TimeKeepingSettings();
        policy->setSettings(settings);
    }

    void kimaiEndMinute_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("on the minute") << at(QStringLiteral("10:00:00")) << at(QStringLiteral("10:00:00"));
        QTest::newRow("a second into it") << at(QStringLiteral("10:00:01")) << at(QStringLiteral("10:01:00"));
        QTest::newRow("a millisecond into it") << at(QStringLiteral("10:00:00")).addMSecs(1) << at(QStringLiteral("10:01:00"));
        QTest::newRow("last second") << at(QStringLiteral("10:59:59")) << at(QStringLiteral("11:00:00"));
        const QDateTime berlin = at(QStringLiteral("10:00:20")).toOffsetFromUtc(7200);
        QTest::newRow("with the server's offset") << berlin << at(QStringLiteral("10:01:00")).toOffsetFromUtc(7200);
    }

    void kimaiEndMinute()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDateTime, expected);
        const QDateTime rounded = kd::kimaiEndMinute(moment);
        QCOMPARE(rounded, expected);
        QCOMPARE(rounded.offsetFromUtc(), expected.offsetFromUtc());
    }

    // The idle source is watched only while a timer runs and detection is on.
    void watchesOnlyWhileRunning()
    {
        QVERIFY(!monitor->watching);
        runningSinceNine();
        QVERIFY(monitor->watching);
        QCOMPARE(monitor->thresholdMsSeen, 10 * 60'000);

        settings.idleThresholdMinutes = 0;
        policy->setSettings(settings);
        QVERIFY(!monitor->watching);
        settings.idleThresholdMinutes = 5;
        policy->setSettings(settings);
        QVERIFY(monitor->watching);
        QCOMPARE(monitor->thresholdMsSeen, 5 * 60'000);

        policy->setRunning({});
        QVERIFY(!monitor->watching);
    }

    void everyChoice_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::newRow("keep") << Choice::Keep;
        QTest::newRow("discard") << Choice::Discard;
        QTest::newRow("discard and continue") << Choice::DiscardAndContinue;
        QTest::newRow("book elsewhere") << Choice::BookElsewhere;
    }

    // Idle since 10:00:20 (the reported moment, not when it was noticed), back at 10:25:40,
    // answered at 10:27:10. The entry ends at 10:01 (Kimai rounds an end up to the minute).
    void everyChoice()
    {
        QFETCH(Choice, choice);
        runningSinceNine();
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        QSignalSpy cut(policy.get(), &IdlePolicy::cutRequested);
        QSignalSpy restart(policy.get(), &IdlePolicy::cutAndRestartRequested);
        QSignalSpy elsewhere(policy.get(), &IdlePolicy::bookElsewhereRequested);
        QSignalSpy stop(policy.get(), &IdlePolicy::stopRequested);

        idleUntil(QStringLiteral("10:00:20"), QStringLiteral("10:25:40"));
        QCOMPARE(asked.count(), 1);
        QVERIFY(policy->hasQuestion());
        const IdlePolicy::Question q = policy->question();
        QCOMPARE(q.awaySince(), at(QStringLiteral("10:00:20")));
        QCOMPARE(q.back(), at(QStringLiteral("10:25:40")));
        QCOMPARE(q.cutAt, at(QStringLiteral("10:01:00")));
        QCOMPARE(q.spans.size(), 1);
        QCOMPARE(q.reasons, IdlePolicy::Reasons(Reason::Idle));
        QCOMPARE(q.entryIds, QList<int>{7});

        clock->set(at(QStringLiteral("10:27:10")));
        QVERIFY(policy->answer(choice, 11, 12));
        QVERIFY(!policy->hasQuestion());
        QCOMPARE(cut.count(), choice == Choice::Discard ? 1 : 0);
        QCOMPARE(restart.count(), choice == Choice::DiscardAndContinue ? 1 : 0);
        QCOMPARE(elsewhere.count(), choice == Choice::BookElsewhere ? 1 : 0);
        QCOMPARE(stop.count(), 0);
        if (choice == Choice::Discard) {
            QCOMPARE(cut.at(0).at(0).toInt(), 7);
            QCOMPARE(cut.at(0).at(1).toDateTime(), at(QStringLiteral("10:01:00")));
        } else if (choice == Choice::DiscardAndContinue) {
            QCOMPARE(restart.at(0).at(0).toInt(), 7);
            QCOMPARE(restart.at(0).at(1).toDateTime(), at(QStringLiteral("10:01:00")));
            QCOMPARE(restart.at(0).at(2).toDateTime(), at(QStringLiteral("10:27:10")));
        } else if (choice == Choice::BookElsewhere) {
            QCOMPARE(elsewhere.at(0).at(0).toInt(), 7);
            QCOMPARE(elsewhere.at(0).at(1).toDateTime(), at(QStringLiteral("10:01:00")));
            QCOMPARE(elsewhere.at(0).at(2).toDateTime(), at(QStringLiteral("10:26:00")));
            QCOMPARE(elsewhere.at(0).at(3).toInt(), 11);
            QCOMPARE(elsewhere.at(0).at(4).toInt(), 12);
        }
        // Answered: a second answer does nothing.
        QVERIFY(!policy->answer(Choice::Discard));
        QCOMPARE(cut.count(), choice == Choice::Discard ? 1 : 0);
    }

    // Answered the moment the user is back: the span's entry does not end in the future.
    void bookElsewhereNeverEndsInTheFuture()
    {
        runningSinceNine();
        QSignalSpy elsewhere(policy.get(), &IdlePolicy::bookElsewhereRequested);
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:30"));
        QVERIFY(policy->answer(Choice::BookElsewhere, 3, 4));
        QCOMPARE(elsewhere.count(), 1);
        QCOMPARE(elsewhere.at(0).at(1).toDateTime(), at(QStringLiteral("10:00:00")));
        QCOMPARE(elsewhere.at(0).at(2).toDateTime(), at(QStringLiteral("10:30:00")));
    }

    void bookElsewhereNeedsProjectAndActivity()
    {
        runningSinceNine();
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:00"));
        QVERIFY(!policy->answer(Choice::BookElsewhere, 0, 4));
        QVERIFY(!policy->answer(Choice::BookElsewhere, 3, 0));
        QVERIFY(policy->hasQuestion());
    }

    // Several spans before an answer: one question, grown; cut where the first began.
    void spansMerge()
    {
        runningSinceNine();
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        QSignalSpy cut(policy.get(), &IdlePolicy::cutRequested);
        idleUntil(QStringLiteral("10:00:10"), QStringLiteral("10:20:00"));
        idleUntil(QStringLiteral("10:40:00"), QStringLiteral("11:00:00"));
        QCOMPARE(asked.count(), 2);
        const auto q = asked.last().at(0).value<IdlePolicy::Question>();
        QCOMPARE(q.spans.size(), 2);
        QCOMPARE(q.spans.at(0).from, at(QStringLiteral("10:00:10")));
        QCOMPARE(q.spans.at(1).to, at(QStringLiteral("11:00:00")));
        QCOMPARE(q.cutAt, at(QStringLiteral("10:01:00")));
        QVERIFY(policy->answer(Choice::Discard));
        QCOMPARE(cut.count(), 1);
        QCOMPARE(cut.at(0).at(1).toDateTime(), at(QStringLiteral("10:01:00")));
    }

    // Idle, then locked, then back: one away span, for both reasons, from when idleness began.
    void idleAndLockAreOneSpan()
    {
        runningSinceNine();
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        clock->set(at(QStringLiteral("10:05:00")));
        policy->onLocked(clock->now());
        clock->set(at(QStringLiteral("10:30:00")));
        policy->onUnlocked(clock->now());
        monitor->idleSpan(at(QStringLiteral("10:02:30")));
        QCOMPARE(asked.count(), 2);
        const IdlePolicy::Question q = policy->question();
        QCOMPARE(q.spans.size(), 1);
        QCOMPARE(q.awaySince(), at(QStringLiteral("10:02:30")));
        QCOMPARE(q.back(), at(QStringLiteral("10:30:00")));
        QCOMPARE(q.reasons, Reason::Idle | Reason::Lock);
        QCOMPARE(q.cutAt, at(QStringLiteral("10:03:00")));
    }

    void withdrawn_data()
    {
        QTest::addColumn<QList<Timesheet>>("runningNow");
        QTest::newRow("stopped (by hand or elsewhere)") << QList<Timesheet>{};
        QTest::newRow("replaced by a timer started elsewhere") << QList<Timesheet>{running(8, at(QStringLiteral("10:20:00")))};
        QTest::newRow("another one started beside it")
            << QList<Timesheet>{running(7, at(QStringLiteral("09:00:00"))), running(8, at(QStringLiteral("10:20:00")))};
    }

    void withdrawn()
    {
        QFETCH(QList<Timesheet>, runningNow);
        runningSinceNine();
        QSignalSpy withdrawnSpy(policy.get(), &IdlePolicy::questionWithdrawn);
        QSignalSpy cut(policy.get(), &IdlePolicy::cutRequested);
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:00"));
        QVERIFY(policy->hasQuestion());
        // The same entry read again changes nothing.
        policy->setRunning({running(7, at(QStringLiteral("09:00:00")))});
        QCOMPARE(withdrawnSpy.count(), 0);

        policy->setRunning(runningNow);
        QCOMPARE(withdrawnSpy.count(), 1);
        QVERIFY(!policy->hasQuestion());
        QVERIFY(!policy->answer(Choice::Discard));
        QCOMPARE(cut.count(), 0);
    }

    // Nothing is asked when no timer runs or detection is off.
    void nothingToAsk()
    {
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:00"));   // no timer
        runningSinceNine();
        settings.idleThresholdMinutes = 0;
        policy->setSettings(settings);
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:00"));   // detection off
        QCOMPARE(asked.count(), 0);
    }

    // Away since before the entry began: it was started elsewhere (on the phone) meanwhile.
    void spanBeforeTheEntryBegan()
    {
        clock->set(at(QStringLiteral("10:30:00")));
        policy->setRunning({running(9, at(QStringLiteral("10:10:00")))});
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        monitor->idleSpan(at(QStringLiteral("10:00:00")));
        QCOMPARE(asked.count(), 0);
    }

    void lockAndSleep_data()
    {
        QTest::addColumn<bool>("sleep");
        QTest::addColumn<AwayAction>("action");
        QTest::newRow("lock: ask") << false << AwayAction::Ask;
        QTest::newRow("lock: stop") << false << AwayAction::Stop;
        QTest::newRow("lock: keep") << false << AwayAction::Keep;
        QTest::newRow("sleep: ask") << true << AwayAction::Ask;
        QTest::newRow("sleep: stop") << true << AwayAction::Stop;
        QTest::newRow("sleep: keep") << true << AwayAction::Keep;
    }

    // Locked (or asleep) at 10:00:40, back at 12:00: per the setting, ask (cut at 10:01), stop
    // at that moment, or nothing.
    void lockAndSleep()
    {
        QFETCH(bool, sleep);
        QFETCH(AwayAction, action);
        (sleep ? settings.onSleep : settings.onLock) = action;
        policy->setSettings(settings);
        runningSinceNine();
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        QSignalSpy stop(policy.get(), &IdlePolicy::stopRequested);
        QSignalSpy cut(policy.get(), &IdlePolicy::cutRequested);
        QCOMPARE(policy->wantsSleepDelay(), sleep && action == AwayAction::Stop);

        clock->set(at(QStringLiteral("10:00:40")));
        if (sleep)
            QCOMPARE(policy->onAboutToSleep(clock->now()), action == AwayAction::Stop);
        else
            policy->onLocked(clock->now());
        QCOMPARE(stop.count(), action == AwayAction::Stop ? 1 : 0);
        if (action == AwayAction::Stop) {
            QCOMPARE(stop.at(0).at(0).toInt(), 7);
            policy->setRunning({});   // the app stopped it
        }

        clock->set(at(QStringLiteral("12:00:00")));
        if (sleep)
            policy->onResumed(clock->now());
        else
            policy->onUnlocked(clock->now());
        // The idle source saw the same span (from the last input before it).
        monitor->idleSpan(at(QStringLiteral("10:00:30")));

        QCOMPARE(policy->hasQuestion(), action == AwayAction::Ask);
        if (action == AwayAction::Ask) {
            const IdlePolicy::Question q = policy->question();
            QCOMPARE(q.reasons, (sleep ? Reason::Sleep : Reason::Lock) | Reason::Idle);
            QCOMPARE(q.spans.size(), 1);
            QCOMPARE(q.cutAt, at(QStringLiteral("10:01:00")));
            QVERIFY(policy->answer(Choice::Discard));
            QCOMPARE(cut.count(), 1);
            QCOMPARE(cut.at(0).at(1).toDateTime(), at(QStringLiteral("10:01:00")));
        }
        QCOMPARE(asked.count(), action == AwayAction::Ask ? 2 : 0);
        QCOMPARE(stop.count(), action == AwayAction::Stop ? 1 : 0);
    }

    // A lock shorter than the idle threshold is not worth a question.
    void shortLockNotAsked()
    {
        runningSinceNine();
        QSignalSpy asked(policy.get(), &IdlePolicy::questionChanged);
        policy->onLocked(clock->now());
        clock->advanceSeconds(5 * 60);
        policy->onUnlocked(clock->now());
        QCOMPARE(asked.count(), 0);
        policy->onLocked(clock->now());
        clock->advanceSeconds(11 * 60);
        policy->onUnlocked(clock->now());
        QCOMPARE(asked.count(), 1);
    }

    // Nothing running at lock or sleep: nothing to stop, nothing to hold the sleep for.
    void nothingRunning()
    {
        settings.onSleep = AwayAction::Stop;
        settings.onLock = AwayAction::Stop;
        policy->setSettings(settings);
        QSignalSpy stop(policy.get(), &IdlePolicy::stopRequested);
        QVERIFY(!policy->wantsSleepDelay());
        QVERIFY(!policy->onAboutToSleep(clock->now()));
        policy->onLocked(clock->now());
        QCOMPARE(stop.count(), 0);
    }

    // The sleep delay is wanted while a timer runs and sleep stops it.
    void sleepDelayWanted()
    {
        QSignalSpy wanted(policy.get(), &IdlePolicy::sleepDelayWantedChanged);
        runningSinceNine();
        QCOMPARE(wanted.count(), 0);
        settings.onSleep = AwayAction::Stop;
        policy->setSettings(settings);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.at(0).at(0).toBool(), true);
        policy->setRunning({});
        QCOMPARE(wanted.count(), 2);
        QCOMPARE(wanted.at(1).at(0).toBool(), false);
    }

    // Two timers (activeEntriesHardLimit > 1): both end; the span is booked once.
    void twoRunningEntries()
    {
        clock->set(at(QStringLiteral("10:00:00")));
        policy->setRunning({running(7, at(QStringLiteral("09:00:00"))), running(8, at(QStringLiteral("09:30:00")))});
        QSignalSpy cut(policy.get(), &IdlePolicy::cutRequested);
        QSignalSpy elsewhere(policy.get(), &IdlePolicy::bookElsewhereRequested);
        idleUntil(QStringLiteral("10:00:00"), QStringLiteral("10:30:00"));
        QCOMPARE(policy->question().entryIds, (QList<int>{7, 8}));
        clock->set(at(QStringLiteral("10:31:00")));
        QVERIFY(policy->answer(Choice::BookElsewhere, 5, 6));
        QCOMPARE(elsewhere.count(), 1);
        QCOMPARE(cut.count(), 1);
        QCOMPARE(elsewhere.at(0).at(0).toInt() + cut.at(0).at(0).toInt(), 15);
    }
};

QTEST_GUILESS_MAIN(TestIdlePolicy)
#include "tst_idlepolicy.moc"
