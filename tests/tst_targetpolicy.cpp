// TargetPolicy with ManualClock: today's and this week's totals with the running time added, the
// 90 % and 100 % notifications once each per day, and wake-ups only while a timer runs.

#include "session/targetpolicy.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
// 6 May 2024 is a Monday.
QDateTime at(int day, const QString &hhmm)
{
    return QDateTime(QDate(2024, 5, day), QTime::fromString(hhmm, QStringLiteral("HH:mm")), Qt::UTC);
}

Timesheet running(int id, const QDateTime &begin)
{
    Timesheet t;
    t.id = id;
    t.begin = begin;
    return t;
}

constexpr qint64 kHour = 3600;
}

class TestTargetPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<TargetPolicy> policy;
    TimeKeepingSettings settings;   // 8 h a day, 40 h a week

    void make(const QDateTime &now)
    {
        policy.reset();
        clock = std::make_unique<ManualClock>(now);
        policy = std::make_unique<TargetPolicy>(clock.get());
        policy->setTimeZone(QTimeZone::utc());
        policy->setSettings(settings);
    }

private Q_SLOTS:
    void init()
    {
        settings = TimeKeepingSettings();
    }

    void progress()
    {
        make(at(8, QStringLiteral("14:00")));   // Wednesday
        policy->setBooked(QDate(2024, 5, 8), 3 * kHour, 20 * kHour);
        policy->setRunning({running(1, at(8, QStringLiteral("13:00")))});
        const TargetPolicy::Progress day = policy->day();
        QCOMPARE(day.seconds, 4 * kHour);
        QCOMPARE(day.targetSeconds, 8 * kHour);
        QCOMPARE(day.fraction(), 0.5);
        const TargetPolicy::Progress week = policy->week();
        QCOMPARE(week.seconds, 21 * kHour);
        QCOMPARE(week.targetSeconds, 40 * kHour);

        clock->set(at(8, QStringLiteral("14:30")));
        QCOMPARE(policy->day().seconds, 4 * kHour + 1800);
    }

    // A timer running since last night counts from midnight today, and from the week's first day
    // this week; booked totals of another day (week) are not today's (this week's).
    void dayAndWeekBoundaries()
    {
        make(at(13, QStringLiteral("01:00")));   // Monday
        policy->setBooked(QDate(2024, 5, 12), 5 * kHour, 30 * kHour);   // Sunday's
        policy->setRunning({running(1, at(12, QStringLiteral("22:00")))});
        QCOMPARE(policy->day().seconds, 1 * kHour);
        QCOMPARE(policy->week().seconds, 1 * kHour);

        // Weeks starting on Sunday: Sunday's booked week total is this week's.
        policy->setFirstDayOfWeek(Qt::Sunday);
        QCOMPARE(policy->week().seconds, 30 * kHour + 3 * kHour);
        QCOMPARE(policy->day().seconds, 1 * kHour);
    }

    // The user's day, not UTC's.
    void dayInTheUsersZone()
    {
        make(at(8, QStringLiteral("23:30")));   // 01:30 on Thursday in Berlin
        policy->setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(policy->today(), QDate(2024, 5, 9));
        policy->setRunning({running(1, at(8, QStringLiteral("21:00")))});
        QCOMPARE(policy->day().seconds, qint64(5400));   // since midnight Berlin = 22:00 UTC
    }

    // 7 h booked, a timer from 15:00: 90 % (7.2 h) at 15:12, 100 % at 16:00, once each.
    void notificationsOncePerDay()
    {
        make(at(8, QStringLiteral("15:00")));
        QSignalSpy reached(policy.get(), &TargetPolicy::dayTargetReached);
        QSignalSpy dayChanged(policy.get(), &TargetPolicy::dayChanged);
        policy->setBooked(QDate(2024, 5, 8), 7 * kHour, 20 * kHour);
        QCOMPARE(reached.count(), 0);
        QVERIFY(!policy->nextCheck().isValid());   // nothing runs: no wake-up
        policy->setRunning({running(1, at(8, QStringLiteral("15:00")))});
        QCOMPARE(policy->nextCheck(), at(8, QStringLiteral("15:12")));

        clock->set(at(8, QStringLiteral("15:12")));
        policy->check();
        QCOMPARE(reached.count(), 1);
        QCOMPARE(reached.at(0).at(0).toInt(), 90);
        QCOMPARE(reached.at(0).at(1).value<TargetPolicy::Progress>().seconds, qint64(7.2 * kHour));
        QCOMPARE(policy->nextCheck(), at(8, QStringLiteral("16:00")));

        clock->set(at(8, QStringLiteral("16:00")));
        policy->check();
        QCOMPARE(reached.count(), 2);
        QCOMPARE(reached.at(1).at(0).toInt(), 100);
        QCOMPARE(policy->nextCheck(), at(9, QStringLiteral("00:00")));   // midnight: a new day
        clock->set(at(8, QStringLiteral("18:00")));
        policy->check();
        policy->setBooked(QDate(2024, 5, 8), 9 * kHour, 22 * kHour);   // stopped and started again
        QCOMPARE(reached.count(), 2);

        // The next day: its own notifications; the booked totals must be read again.
        clock->set(at(9, QStringLiteral("00:00")));
        policy->check();
        QCOMPARE(dayChanged.count(), 1);
        QCOMPARE(dayChanged.at(0).at(0).toDate(), QDate(2024, 5, 9));
        QCOMPARE(policy->day().seconds, 0);   // only since midnight (the timer started at 15:00)
        policy->setBooked(QDate(2024, 5, 9), qint64(7.5 * kHour), 30 * kHour);
        QCOMPARE(reached.count(), 3);
        QCOMPARE(reached.at(2).at(0).toInt(), 90);
    }

    // Past both at once (a long entry booked): 100 % only.
    void pastBothAtOnce()
    {
        make(at(8, QStringLiteral("18:00")));
        QSignalSpy reached(policy.get(), &TargetPolicy::dayTargetReached);
        policy->setBooked(QDate(2024, 5, 8), 9 * kHour, 20 * kHour);
        QCOMPARE(reached.count(), 1);
        QCOMPARE(reached.at(0).at(0).toInt(), 100);
        policy->check();
        QCOMPARE(reached.count(), 1);
    }

    // Two timers running: the threshold comes twice as fast.
    void twoTimers()
    {
        make(at(8, QStringLiteral("15:00")));
        policy->setBooked(QDate(2024, 5, 8), 7 * kHour, 20 * kHour);
        policy->setRunning({running(1, at(8, QStringLiteral("15:00"))), running(2, at(8, QStringLiteral("15:00")))});
        QCOMPARE(policy->nextCheck(), at(8, QStringLiteral("15:06")));
    }

    void noTargetOrSwitchedOff()
    {
        settings.dailyTargetMinutes = 0;
        make(at(8, QStringLiteral("18:00")));
        QSignalSpy reached(policy.get(), &TargetPolicy::dayTargetReached);
        policy->setBooked(QDate(2024, 5, 8), 9 * kHour, 20 * kHour);
        QVERIFY(!policy->day().hasTarget());
        QCOMPARE(policy->day().fraction(), 0.0);
        settings.dailyTargetMinutes = 480;
        settings.notifyTargets = false;
        policy->setSettings(settings);
        policy->setRunning({running(1, at(8, QStringLiteral("17:00")))});
        QCOMPARE(policy->nextCheck(), at(9, QStringLiteral("00:00")));
        QCOMPARE(reached.count(), 0);
        QVERIFY(policy->day().hasTarget());
    }
};

QTEST_GUILESS_MAIN(TestTargetPolicy)
#include "tst_targetpolicy.moc"
