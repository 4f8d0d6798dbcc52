#include "session/idlepolicy.h"

#include "core/clock.h"
#include "desktop/idlemonitor.h"

#include <algorithm>
#include <utility>

namespace kd {

namespace {
constexpr qint64 kMinuteMs = 60'000;

// In the moment's own time spec (UTC or the server's offset: whole minutes either way).
QDateTime floorMinute(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return t.addMSecs(-(((ms % kMinuteMs) + kMinuteMs) % kMinuteMs));
}
} // namespace

QDateTime kimaiEndMinute(const QDateTime &moment)
{
    const QDateTime floor = floorMinute(moment);
    return floor == moment ? floor : floor.addSecs(60);
}

IdlePolicy::IdlePolicy(IdleMonitor *monitor, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    setMonitor(monitor);
}

void IdlePolicy::setMonitor(IdleMonitor *monitor)
{
    if (m_monitor) {
        m_monitor->disconnect(this);
        m_monitor->stop();
    }
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &IdleMonitor::activeAgain, this, &IdlePolicy::onActiveAgain);
    updateMonitor();
}

void IdlePolicy::setSettings(const TimeKeepingSettings &settings)
{
    m_settings = settings;
    updateMonitor();
    updateSleepDelay();
}

void IdlePolicy::setRunning(const QList<Timesheet> &running)
{
    QList<int> ids;
    for (const Timesheet &t : running)
        ids.append(t.id);
    std::sort(ids.begin(), ids.end());
    m_running = running;
    if (ids == m_runningIds)
        return;
    m_runningIds = ids;
    // Stopped, or replaced by a timer started elsewhere: nothing of before is asked about any more.
    m_lockedAt = {};
    m_sleptAt = {};
    m_kept.clear();
    if (m_question) {
        m_question.reset();
        Q_EMIT questionWithdrawn();
    }
    updateMonitor();
    updateSleepDelay();
}

void IdlePolicy::updateMonitor()
{
    if (!m_monitor)
        return;
    if (!m_running.isEmpty() && m_settings.idleThresholdMinutes > 0)
        m_monitor->start(m_settings.idleThresholdMs());
    else
        m_monitor->stop();
}

bool IdlePolicy::wantsSleepDelay() const
{
    return !m_running.isEmpty() && m_settings.onSleep == TimeKeepingSettings::AwayAction::Stop;
}

void IdlePolicy::updateSleepDelay()
{
    const bool wanted = wantsSleepDelay();
    if (wanted != m_sleepDelayWanted) {
        m_sleepDelayWanted = wanted;
        Q_EMIT sleepDelayWantedChanged(wanted);
    }
}

qint64 IdlePolicy::awayMinimumMs() const
{
    return m_settings.idleThresholdMinutes > 0 ? m_settings.idleThresholdMs() : kMinuteMs;
}

QDateTime IdlePolicy::latestBegin() const
{
    QDateTime latest;
    for (const Timesheet &t : m_running) {
        if (!latest.isValid() || t.begin > latest)
            latest = t.begin;
    }
    return latest;
}

void IdlePolicy::onActiveAgain(const QDateTime &idleSince, const QDateTime &back)
{
    if (m_running.isEmpty() || m_settings.idleThresholdMinutes <= 0)
        return;
    if (idleSince.msecsTo(back) < kMinuteMs || overlapsKept(idleSince, back))
        return;
    addSpan(idleSince, back, Reason::Idle);
}

void IdlePolicy::onLocked(const QDateTime &at)
{
    awayBegins(m_settings.onLock, at, &m_lockedAt);
}

void IdlePolicy::onUnlocked(const QDateTime &at)
{
    awayEnds(m_settings.onLock, Reason::Lock, at, &m_lockedAt);
}

bool IdlePolicy::onAboutToSleep(const QDateTime &at)
{
    const bool stops = !m_running.isEmpty() && m_settings.onSleep == TimeKeepingSettings::AwayAction::Stop;
    awayBegins(m_settings.onSleep, at, &m_sleptAt);
    return stops;
}

void IdlePolicy::onResumed(const QDateTime &at)
{
    awayEnds(m_settings.onSleep, Reason::Sleep, at, &m_sleptAt);
}

void IdlePolicy::awayBegins(TimeKeepingSettings::AwayAction action, const QDateTime &at, QDateTime *since)
{
    if (m_running.isEmpty())
        return;
    if (action == TimeKeepingSettings::AwayAction::Stop) {
        for (const Timesheet &t : std::as_const(m_running))
            Q_EMIT stopRequested(t.id);
        return;
    }
    *since = at;
}

void IdlePolicy::awayEnds(TimeKeepingSettings::AwayAction action, Reason reason, const QDateTime &at, QDateTime *since)
{
    const QDateTime from = std::exchange(*since, QDateTime());
    if (!from.isValid() || m_running.isEmpty() || from >= at)
        return;
    if (action == TimeKeepingSettings::AwayAction::Keep) {
        m_kept.append({from, at});
        return;
    }
    if (action == TimeKeepingSettings::AwayAction::Ask && from.msecsTo(at) >= awayMinimumMs())
        addSpan(from, at, reason);
}

bool IdlePolicy::overlapsKept(const QDateTime &from, const QDateTime &to) const
{
    return std::any_of(m_kept.cbegin(), m_kept.cend(), [&](const Span &s) { return s.from < to && from < s.to; });
}

void IdlePolicy::addSpan(const QDateTime &from, const QDateTime &to, Reason reason)
{
    // Away since before the timer began: it was started while the user was elsewhere.
    if (from < latestBegin())
        return;
    if (!m_question) {
        m_question = Question();
        m_question->entryIds = m_runningIds;
    }
    Question &q = *m_question;
    // Insert, then merge what overlaps or touches.
    Span added{from, to};
    QList<Span> merged;
    for (const Span &s : std::as_const(q.spans)) {
        if (s.to < added.from || added.to < s.from) {
            merged.append(s);
        } else {
            added.from = std::min(added.from, s.from);
            added.to = std::max(added.to, s.to);
        }
    }
    merged.append(added);
    std::sort(merged.begin(), merged.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    q.spans = merged;
    q.reasons |= reason;
    q.cutAt = kimaiEndMinute(q.awaySince());
    Q_EMIT questionChanged(q);
}

bool IdlePolicy::answer(Choice choice, int project, int activity)
{
    if (!m_question)
        return false;
    if (choice == Choice::BookElsewhere && (project <= 0 || activity <= 0))
        return false;
    const Question q = *std::exchange(m_question, std::nullopt);
    const QDateTime now = m_clock->now();
    // The span's entry ends when the user was back, on a whole minute, and never in the future.
    const QDateTime to = std::min(kimaiEndMinute(q.back()), floorMinute(now));
    bool booked = false;
    for (int id : q.entryIds) {
        switch (choice) {
        case Choice::Keep:
            break;
        case Choice::Discard:
            Q_EMIT cutRequested(id, q.cutAt);
            break;
        case Choice::DiscardAndContinue:
            Q_EMIT cutAndRestartRequested(id, q.cutAt, now);
            break;
        case Choice::BookElsewhere:
            // One entry for the span, however many timers ran.
            if (!booked && q.cutAt < to) {
                booked = true;
                Q_EMIT bookElsewhereRequested(id, q.cutAt, to, project, activity);
            } else {
                Q_EMIT cutRequested(id, q.cutAt);
            }
            break;
        }
    }
    return true;
}

} // namespace kd
