#pragma once

// Reminders, decided with an injected Clock:
// - Forgotten timer: an entry running longer than N hours (default 10) — remind with Stop (at a
//   time the user picks; suggested: when they were last active) and Keep. Reminded again N hours
//   after the reminder or the Keep.
// - Not tracking: during working hours (work days, a time window), every M minutes while nothing
//   runs and the user is active (idle for less than the idle threshold, or 10 minutes when idle
//   detection is off); the first M minutes after a start, a stop or a reminder are quiet.
//   Snooze for an hour or until tomorrow.
// It wakes up only when a reminder can be due (none while nothing runs unless the not-tracking
// reminder is on). Call check() after resume: timers do not run while the machine sleeps.

#include "core/entities.h"
#include "session/timekeepingsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

namespace kd {

class Clock;
class IdleMonitor;

class ReminderPolicy : public QObject
{
    Q_OBJECT
public:
    struct ForgottenTimer
    {
        int entryId = 0;
        QDateTime begin;
        QDateTime lastActive;    // the suggested stop: when the user was last active (else now)
        qint64 runningSeconds = 0;
    };
    enum class Snooze { Hour, UntilTomorrow };
    Q_ENUM(Snooze)

    // `monitor` is asked (queryIdleTime) when a reminder is due; it may be null or unavailable.
    ReminderPolicy(IdleMonitor *monitor, const Clock *clock, QObject *parent = nullptr);
    // Another source (the desktop's, once connected); nullptr: none.
    void setMonitor(IdleMonitor *monitor);

    void setSettings(const TimeKeepingSettings &settings);
    // Working hours are in this zone (default: the computer's).
    void setTimeZone(const QTimeZone &zone);
    void setRunning(const QList<Timesheet> &running);

    // Looks for due reminders now (the policy's own timer calls it).
    void check();
    // When the next check is planned; invalid when none is.
    QDateTime nextCheck() const { return m_next; }

    void keepForgotten(int entryId);
    // Stop the forgotten entry at `at` (clamped to its begin .. now): emits cutRequested. false
    // when the entry does not run (any more).
    bool stopForgotten(int entryId, const QDateTime &at);
    void snooze(Snooze how);
    QDateTime quietUntil() const { return m_quietUntil; }

Q_SIGNALS:
    void forgottenTimer(const kd::ReminderPolicy::ForgottenTimer &reminder);
    void notTracking();
    void cutRequested(int entryId, const QDateTime &at);

private:
    void onIdleTime(qint64 idleMs);
    void deliver(qint64 idleMs);
    void schedule();
    QDateTime notTrackingDue() const;
    QList<int> dueForgotten(const QDateTime &now) const;
    const Timesheet *running(int entryId) const;
    qint64 forgottenAfterMs() const { return qint64(m_settings.forgottenTimerHours) * 3600'000; }
    qint64 notTrackingEveryMs() const { return qint64(m_settings.notTrackingEveryMinutes) * 60'000; }

    QPointer<IdleMonitor> m_monitor;
    const Clock *m_clock;
    TimeKeepingSettings m_settings;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Timesheet> m_running;
    QHash<int, QDateTime> m_remindAt;     // per running entry: when its forgotten reminder is due
    QDateTime m_quietUntil;               // no not-tracking reminder before this
    bool m_waitingForIdle = false;
    QTimer m_timer;
    QDateTime m_next;
};

} // namespace kd
