#include "session/reminderpolicy.h"

#include "core/clock.h"
#include "desktop/idlemonitor.h"
#include "session/idlepolicy.h"

#include <limits>
#include <utility>

namespace kd {

namespace {
constexpr qint64 kDefaultActiveWithinMs = 10 * 60'000;
}

ReminderPolicy::ReminderPolicy(IdleMonitor *monitor, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderPolicy::check);
    setMonitor(monitor);
    m_quietUntil = clock->now().addMSecs(notTrackingEveryMs());
}

void ReminderPolicy::setMonitor(IdleMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &IdleMonitor::idleTimeReported, this, &ReminderPolicy::onIdleTime);
    if (std::exchange(m_waitingForIdle, false))
        deliver(-1);   // the old source's answer will not come
}

void ReminderPolicy::setSettings(const TimeKeepingSettings &settings)
{
    const bool reminderTurnedOn = settings.notTrackingReminder && !m_settings.notTrackingReminder;
    const int oldHours = m_settings.forgottenTimerHours;
    m_settings = settings;
    if (reminderTurnedOn)
        m_quietUntil = m_clock->now().addMSecs(notTrackingEveryMs());
    if (settings.forgottenTimerHours != oldHours) {
        for (const Timesheet &t : std::as_const(m_running))
            m_remindAt.insert(t.id, t.begin.addMSecs(forgottenAfterMs()));
    }
    check();
}

void ReminderPolicy::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    schedule();
}

void ReminderPolicy::setRunning(const QList<Timesheet> &running)
{
    const bool wasRunning = !m_running.isEmpty();
    m_running = running;
    QHash<int, QDateTime> remindAt;
    for (const Timesheet &t : running)
        remindAt.insert(t.id, m_remindAt.value(t.id, t.begin.addMSecs(forgottenAfterMs())));
    m_remindAt = remindAt;
    if (wasRunning && running.isEmpty())
        m_quietUntil = m_clock->now().addMSecs(notTrackingEveryMs());
    check();
}

const Timesheet *ReminderPolicy::running(int entryId) const
{
    for (const Timesheet &t : m_running) {
        if (t.id == entryId)
            return &t;
    }
    return nullptr;
}

QList<int> ReminderPolicy::dueForgotten(const QDateTime &now) const
{
    QList<int> due;
    if (m_settings.forgottenTimerHours <= 0)
        return due;
    for (auto it = m_remindAt.cbegin(); it != m_remindAt.cend(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    return due;
}

// The first moment from m_quietUntil on (and M minutes into a working day) inside working hours.
QDateTime ReminderPolicy::notTrackingDue() const
{
    if (!m_settings.notTrackingReminder || !m_running.isEmpty())
        return {};
    const QDate today = m_clock->now().toTimeZone(m_zone).date();
    for (int i = 0; i <= 7; ++i) {
        const QDate day = today.addDays(i);
        if (!m_settings.isWorkDay(day.dayOfWeek()))
            continue;
        const QDateTime start(day, m_settings.workStart, m_zone);
        const QDateTime end(day, m_settings.workEnd, m_zone);
        const QDateTime candidate = std::max(m_quietUntil, start.addMSecs(notTrackingEveryMs()));
        if (candidate < end)
            return candidate;
    }
    return {};
}

void ReminderPolicy::check()
{
    if (m_waitingForIdle)
        return;   // the answer checks again
    const QDateTime now = m_clock->now();
    const QDateTime notTrackingAt = notTrackingDue();
    const bool due = !dueForgotten(now).isEmpty() || (notTrackingAt.isValid() && notTrackingAt <= now);
    if (!due) {
        schedule();
        return;
    }
    m_timer.stop();
    m_next = {};
    if (m_monitor) {
        // A monitor that has not looked for its source yet does so now; -1 when there is none.
        m_waitingForIdle = true;
        m_monitor->queryIdleTime();   // may answer at once
    } else {
        deliver(-1);
    }
}

void ReminderPolicy::onIdleTime(qint64 idleMs)
{
    if (m_waitingForIdle) {
        m_waitingForIdle = false;
        deliver(idleMs);
    }
}

// What is due now, with the user's idle time (-1: unknown).
void ReminderPolicy::deliver(qint64 idleMs)
{
    const QDateTime now = m_clock->now();
    for (int id : dueForgotten(now)) {
        const Timesheet *t = running(id);
        ForgottenTimer reminder;
        reminder.entryId = id;
        reminder.begin = t->begin;
        reminder.lastActive = std::max(t->begin, idleMs >= 0 ? now.addMSecs(-idleMs) : now);
        reminder.runningSeconds = t->begin.secsTo(now);
        m_remindAt.insert(id, now.addMSecs(forgottenAfterMs()));
        Q_EMIT forgottenTimer(reminder);
    }
    const QDateTime notTrackingAt = notTrackingDue();
    if (notTrackingAt.isValid() && notTrackingAt <= now) {
        const qint64 activeWithin =
            m_settings.idleThresholdMinutes > 0 ? m_settings.idleThresholdMs() : kDefaultActiveWithinMs;
        m_quietUntil = now.addMSecs(notTrackingEveryMs());
        if (idleMs < activeWithin)   // unknown (-1) counts as active
            Q_EMIT this->notTracking();
    }
    schedule();
}

void ReminderPolicy::schedule()
{
    if (m_waitingForIdle)
        return;
    QDateTime next = notTrackingDue();
    if (m_settings.forgottenTimerHours > 0) {
        for (const QDateTime &at : std::as_const(m_remindAt)) {
            if (!next.isValid() || at < next)
                next = at;
        }
    }
    m_next = next;
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = qBound(qint64(0), m_clock->now().msecsTo(next), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(ms));
}

void ReminderPolicy::keepForgotten(int entryId)
{
    if (!running(entryId))
        return;
    m_remindAt.insert(entryId, m_clock->now().addMSecs(forgottenAfterMs()));
    schedule();
}

bool ReminderPolicy::stopForgotten(int entryId, const QDateTime &at)
{
    const Timesheet *t = running(entryId);
    if (!t)
        return false;
    const QDateTime now = m_clock->now();
    // On Kimai's minute, between the entry's begin and now (never an end in the future).
    const QDateTime end = std::min(std::max(at, t->begin), now);
    Q_EMIT cutRequested(entryId, std::min(kimaiEndMinute(end), now));
    return true;
}

void ReminderPolicy::snooze(Snooze how)
{
    const QDateTime now = m_clock->now();
    if (how == Snooze::Hour) {
        m_quietUntil = now.addSecs(3600);
    } else {
        const QDate tomorrow = now.toTimeZone(m_zone).date().addDays(1);
        m_quietUntil = QDateTime(tomorrow, QTime(0, 0), m_zone);
    }
    schedule();
}

} // namespace kd
