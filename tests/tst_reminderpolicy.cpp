// ReminderPolicy with ManualClock and a clock-driven fake idle source: the forgotten timer
// (after N hours, suggesting when the user was last active; Keep; Stop at a picked time) and the
// not-tracking reminder (work days, working hours, every M minutes while nothing runs and the
// user is active; snooze), and when the policy plans to wake up at all.

#include "session/reminderpolicy.h"
#include "support/fakeidlemonitor.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
// 6 May 2024 is a Monday; all in UTC unless a test sets a zone.
QDateTime at(int day, const QString &hhmm)
{
    return QDateTime(QDate(2024, 5, day), QTime::fromString(hhmm, QStringLiteral("HH:mm")), Qt::UTC);
}

Timesheet running(int id, const QDateTime &begin)
{
    Timesheet t;
    t.id = id;
    t.begin = begin;
    t.projectId = 1;
    t.activityId = 2;
    return t;
}
}

class TestReminderPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<FakeIdleMonitor> monitor;
    std::unique_ptr<ReminderPolicy> policy;
    TimeKeepingSettings settings;

    void make(const QDateTime &now)
    {
        policy.reset();
        clock = std::make_unique<ManualClock>(now);
        monitor = std::make_unique<FakeIdleMonitor>(clock.get());
        policy = std::make_unique<ReminderPolicy>(monitor.get(), clock.get());
        policy->setTimeZone(QTimeZone::utc());
        policy->setSettings(settings);
    }

private Q_SLOTS:
    void init()
    {
        settings = TimeKeepingSettings();
    }

    // Default settings and nothing running: no reminder can come, no wake-up is planned.
    void noWakeUpsWhileNothingRuns()
    {
        make(at(6, QStringLiteral("10:00")));
        policy->setRunning({});
        QVERIFY(!policy->nextCheck().isValid());
        QCOMPARE(monitor->queries, 0);
    }

    // Running since 08:00: at 18:00 a reminder, suggesting 17:12, when the user was last active.
    void forgottenTimer()
    {
        make(at(6, QStringLiteral("08:00")));
        QSignalSpy reminded(policy.get(), &ReminderPolicy::forgottenTimer);
        policy->setRunning({running(7, at(6, QStringLiteral("08:00")))});
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("18:00")));
        QCOMPARE(monitor->queries, 0);

        clock->set(at(6, QStringLiteral("17:59")));
        policy->check();
        QCOMPARE(reminded.count(), 0);

        monitor->lastInputAt(at(6, QStringLiteral("17:12")));
        clock->set(at(6, QStringLiteral("18:00")));
        policy->check();
        QCOMPARE(reminded.count(), 1);
        const auto r = reminded.at(0).at(0).value<ReminderPolicy::ForgottenTimer>();
        QCOMPARE(r.entryId, 7);
        QCOMPARE(r.begin, at(6, QStringLiteral("08:00")));
        QCOMPARE(r.lastActive, at(6, QStringLiteral("17:12")));
        QCOMPARE(r.runningSeconds, 10 * 3600);
        // Again after another 10 hours unless stopped.
        QCOMPARE(policy->nextCheck(), at(7, QStringLiteral("04:00")));
        policy->check();
        QCOMPARE(reminded.count(), 1);
    }

    // Left running over the weekend: reminded as soon as the app knows.
    void forgottenLongAgo()
    {
        make(at(6, QStringLiteral("08:00")));
        QSignalSpy reminded(policy.get(), &ReminderPolicy::forgottenTimer);
        monitor->lastInputAt(at(6, QStringLiteral("07:59")));
        policy->setRunning({running(3, at(3, QStringLiteral("16:30")))});
        QCOMPARE(reminded.count(), 1);
        const auto r = reminded.at(0).at(0).value<ReminderPolicy::ForgottenTimer>();
        QCOMPARE(r.lastActive, at(6, QStringLiteral("07:59")));
        QCOMPARE(r.runningSeconds, qint64(at(3, QStringLiteral("16:30")).secsTo(at(6, QStringLiteral("08:00")))));
    }

    // Without an idle source the suggestion is now; the last input never precedes the begin.
    void lastActiveUnknownOrEarly()
    {
        make(at(6, QStringLiteral("18:00")));
        monitor->setAvailable(false);
        QSignalSpy reminded(policy.get(), &ReminderPolicy::forgottenTimer);
        policy->setRunning({running(7, at(6, QStringLiteral("08:00")))});
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(reminded.at(0).at(0).value<ReminderPolicy::ForgottenTimer>().lastActive, at(6, QStringLiteral("18:00")));

        monitor->setAvailable(true);
        monitor->lastInputAt(at(6, QStringLiteral("06:00")));
        policy->setRunning({running(8, at(6, QStringLiteral("07:00")))});
        QCOMPARE(reminded.count(), 2);
        QCOMPARE(reminded.at(1).at(0).value<ReminderPolicy::ForgottenTimer>().lastActive, at(6, QStringLiteral("07:00")));
    }

    void keepAndStop()
    {
        make(at(6, QStringLiteral("18:00")));
        QSignalSpy cut(policy.get(), &ReminderPolicy::cutRequested);
        policy->setRunning({running(7, at(6, QStringLiteral("08:00")))});
        clock->set(at(6, QStringLiteral("19:00")));
        policy->keepForgotten(7);
        QCOMPARE(policy->nextCheck(), at(7, QStringLiteral("05:00")));

        // Stop at a picked time: on Kimai's minute, within begin .. now.
        QVERIFY(policy->stopForgotten(7, at(6, QStringLiteral("17:12")).addSecs(30)));
        QVERIFY(policy->stopForgotten(7, at(6, QStringLiteral("06:00"))));
        QVERIFY(policy->stopForgotten(7, at(6, QStringLiteral("21:00"))));
        QCOMPARE(cut.count(), 3);
        QCOMPARE(cut.at(0).at(0).toInt(), 7);
        QCOMPARE(cut.at(0).at(1).toDateTime(), at(6, QStringLiteral("17:13")));
        QCOMPARE(cut.at(1).at(1).toDateTime(), at(6, QStringLiteral("08:00")));
        QCOMPARE(cut.at(2).at(1).toDateTime(), at(6, QStringLiteral("19:00")));
        QVERIFY(!policy->stopForgotten(99, clock->now()));
    }

    void forgottenOff()
    {
        settings.forgottenTimerHours = 0;
        make(at(6, QStringLiteral("18:00")));
        QSignalSpy reminded(policy.get(), &ReminderPolicy::forgottenTimer);
        policy->setRunning({running(7, at(1, QStringLiteral("08:00")))});
        QCOMPARE(reminded.count(), 0);
        QVERIFY(!policy->nextCheck().isValid());
    }

    // Work days Monday-Friday 09:00-17:00, every 30 minutes: the first at 09:30, then every 30
    // minutes while the user is active; skipped while they are away.
    void notTracking()
    {
        settings.notTrackingReminder = true;
        make(at(6, QStringLiteral("08:00")));
        QSignalSpy reminded(policy.get(), &ReminderPolicy::notTracking);
        policy->setRunning({});
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("09:30")));

        clock->set(at(6, QStringLiteral("09:30")));
        monitor->lastInputAt(at(6, QStringLiteral("09:29")));
        policy->check();
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("10:00")));

        // Away for 20 minutes (more than the idle threshold): not active, no reminder.
        clock->set(at(6, QStringLiteral("10:00")));
        monitor->lastInputAt(at(6, QStringLiteral("09:40")));
        policy->check();
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("10:30")));

        // A timer runs: no not-tracking reminder; stopped at 11:10: the next one at 11:40.
        policy->setRunning({running(7, at(6, QStringLiteral("10:20")))});
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("20:20")));   // the forgotten-timer check
        clock->set(at(6, QStringLiteral("11:10")));
        policy->setRunning({});
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("11:40")));
    }

    void notTrackingOutsideWorkingHours_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");
        QTest::newRow("Friday late: Monday 09:30") << at(10, QStringLiteral("16:45")) << at(13, QStringLiteral("09:30"));
        QTest::newRow("Saturday: Monday 09:30") << at(11, QStringLiteral("10:00")) << at(13, QStringLiteral("09:30"));
        QTest::newRow("Monday evening: Tuesday 09:30") << at(6, QStringLiteral("19:00")) << at(7, QStringLiteral("09:30"));
        QTest::newRow("Tuesday 12:00: 12:30") << at(7, QStringLiteral("12:00")) << at(7, QStringLiteral("12:30"));
    }

    void notTrackingOutsideWorkingHours()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);
        settings.notTrackingReminder = true;
        make(now);
        policy->setRunning({});
        QCOMPARE(policy->nextCheck(), next);
    }

    // Working hours are the user's local hours.
    void notTrackingInTheLocalZone()
    {
        settings.notTrackingReminder = true;
        make(at(6, QStringLiteral("05:00")));
        policy->setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));   // UTC+2 in May
        policy->setRunning({});
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("07:30")));
    }

    void snooze()
    {
        settings.notTrackingReminder = true;
        make(at(6, QStringLiteral("10:00")));
        QSignalSpy reminded(policy.get(), &ReminderPolicy::notTracking);
        policy->setRunning({});
        clock->set(at(6, QStringLiteral("10:30")));
        monitor->input();
        policy->check();
        QCOMPARE(reminded.count(), 1);

        policy->snooze(ReminderPolicy::Snooze::Hour);
        QCOMPARE(policy->nextCheck(), at(6, QStringLiteral("11:30")));
        policy->snooze(ReminderPolicy::Snooze::UntilTomorrow);
        QCOMPARE(policy->nextCheck(), at(7, QStringLiteral("09:30")));
        clock->set(at(6, QStringLiteral("16:00")));
        monitor->input();
        policy->check();
        QCOMPARE(reminded.count(), 1);
    }

    // Without an idle source the user counts as active.
    void notTrackingWithoutIdleSource()
    {
        settings.notTrackingReminder = true;
        make(at(6, QStringLiteral("09:00")));
        monitor->setAvailable(false);
        QSignalSpy reminded(policy.get(), &ReminderPolicy::notTracking);
        policy->setRunning({});
        clock->set(at(6, QStringLiteral("09:30")));
        policy->check();
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(monitor->queries, 1);   // asked, and it could not tell
    }
};

QTEST_GUILESS_MAIN(TestReminderPolicy)
#include "tst_reminderpolicy.moc"
