#include "session/targetpolicy.h"

#include "core/clock.h"

#include <limits>

namespace kd {

TargetPolicy::TargetPolicy(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TargetPolicy::check);
    m_seenDay = today();
}

void TargetPolicy::setSettings(const TimeKeepingSettings &settings)
{
    m_settings = settings;
    check();
}

void TargetPolicy::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_seenDay = today();
    check();
}

void TargetPolicy::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDay = day;
    Q_EMIT totalsChanged();
}

void TargetPolicy::setBooked(const QDate &day, qint64 daySeconds, qint64 weekSeconds)
{
    m_bookedDay = day;
    m_bookedDaySeconds = qMax<qint64>(0, daySeconds);
    m_bookedWeekSeconds = qMax<qint64>(0, weekSeconds);
    Q_EMIT totalsChanged();
    check();
}

void TargetPolicy::setRunning(const QList<Timesheet> &running)
{
    m_running = running;
    Q_EMIT totalsChanged();
    check();
}

QDate TargetPolicy::today() const
{
    return m_clock->now().toTimeZone(m_zone).date();
}

QDateTime TargetPolicy::startOf(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), m_zone);
}

QDate TargetPolicy::weekStart(const QDate &day) const
{
    return day.addDays(-((day.dayOfWeek() - int(m_firstDay) + 7) % 7));
}

qint64 TargetPolicy::runningSecondsSince(const QDateTime &from, const QDateTime &now) const
{
    qint64 seconds = 0;
    for (const Timesheet &t : m_running) {
        const QDateTime begin = std::max(t.begin, from);
        if (begin < now)
            seconds += begin.secsTo(now);
    }
    return seconds;
}

TargetPolicy::Progress TargetPolicy::day() const
{
    const QDateTime now = m_clock->now();
    const QDate d = now.toTimeZone(m_zone).date();
    Progress p;
    p.targetSeconds = qint64(m_settings.dailyTargetMinutes) * 60;
    p.seconds = (m_bookedDay == d ? m_bookedDaySeconds : 0) + runningSecondsSince(startOf(d), now);
    return p;
}

TargetPolicy::Progress TargetPolicy::week() const
{
    const QDateTime now = m_clock->now();
    const QDate first = weekStart(now.toTimeZone(m_zone).date());
    Progress p;
    p.targetSeconds = qint64(m_settings.weeklyTargetMinutes) * 60;
    const bool bookedThisWeek = m_bookedDay.isValid() && weekStart(m_bookedDay) == first;
    p.seconds = (bookedThisWeek ? m_bookedWeekSeconds : 0) + runningSecondsSince(startOf(first), now);
    return p;
}

void TargetPolicy::check()
{
    const QDateTime now = m_clock->now();
    const QDate d = now.toTimeZone(m_zone).date();
    if (d != m_seenDay) {
        m_seenDay = d;
        Q_EMIT dayChanged(d);
        Q_EMIT totalsChanged();
    }
    const Progress p = day();
    if (p.hasTarget() && m_settings.notifyTargets) {
        if (p.seconds >= p.targetSeconds && m_notified100 != d) {
            m_notified100 = d;
            m_notified90 = d;
            Q_EMIT dayTargetReached(100, p);
        } else if (p.seconds * 10 >= p.targetSeconds * 9 && m_notified90 != d) {
            m_notified90 = d;
            Q_EMIT dayTargetReached(90, p);
        }
    }
    schedule(now);
}

// While a timer runs: when the next notification's threshold is reached, or at midnight.
void TargetPolicy::schedule(const QDateTime &now)
{
    m_next = {};
    if (!m_running.isEmpty()) {
        const QDate d = now.toTimeZone(m_zone).date();
        m_next = startOf(d.addDays(1));
        const Progress p = day();
        if (p.hasTarget() && m_settings.notifyTargets) {
            qint64 threshold = -1;
            if (m_notified90 != d)
                threshold = (p.targetSeconds * 9 + 9) / 10;
            else if (m_notified100 != d)
                threshold = p.targetSeconds;
            if (threshold > p.seconds) {
                // Each running entry adds its time: n entries reach it n times faster.
                const qint64 n = m_running.size();
                const QDateTime at = now.addSecs((threshold - p.seconds + n - 1) / n);
                m_next = std::min(m_next, at);
            }
        }
    }
    if (!m_next.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound(qint64(0), now.msecsTo(m_next), qint64(std::numeric_limits<int>::max()))));
}

} // namespace kd
