#pragma once

// Daily and weekly targets (hours in the settings): today's and this week's totals with progress,
// and a notification at 90 % and at 100 % of the day's target, each once per day. The app gives
// the booked (stopped) seconds as read from Kimai and the running entries; running time is added
// with the injected Clock. Wakes up only while a timer runs (when a threshold or midnight comes).

#include "core/entities.h"
#include "session/timekeepingsettings.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace kd {

class Clock;

class TargetPolicy : public QObject
{
    Q_OBJECT
public:
    struct Progress
    {
        qint64 seconds = 0;
        qint64 targetSeconds = 0;    // 0: no target
        bool hasTarget() const { return targetSeconds > 0; }
        // 0.0 .. (more than 1.0 past the target); 0 without a target.
        double fraction() const { return hasTarget() ? double(seconds) / double(targetSeconds) : 0.0; }
    };

    explicit TargetPolicy(const Clock *clock, QObject *parent = nullptr);

    void setSettings(const TimeKeepingSettings &settings);
    // Days are the Kimai user's days (their timezone; default: the computer's).
    void setTimeZone(const QTimeZone &zone);
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // Seconds of the entries that have ended, today and this week, as of `day` (in the zone).
    void setBooked(const QDate &day, qint64 daySeconds, qint64 weekSeconds);
    void setRunning(const QList<Timesheet> &running);

    QDate today() const;
    Progress day() const;
    Progress week() const;

    // Notifies what is due now (the policy's own timer calls it; call it after resume too).
    void check();
    QDateTime nextCheck() const { return m_next; }

Q_SIGNALS:
    // 90 or 100 (% of the day's target), once each per day; 100 alone when both are passed at once.
    void dayTargetReached(int percent, const kd::TargetPolicy::Progress &day);
    // A new day began: the booked totals are of another day; read them again.
    void dayChanged(const QDate &today);
    void totalsChanged();

private:
    qint64 runningSecondsSince(const QDateTime &from, const QDateTime &now) const;
    QDate weekStart(const QDate &day) const;
    QDateTime startOf(const QDate &day) const;
    void schedule(const QDateTime &now);

    const Clock *m_clock;
    TimeKeepingSettings m_settings;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    QList<Timesheet> m_running;
    QDate m_bookedDay;
    qint64 m_bookedDaySeconds = 0;
    qint64 m_bookedWeekSeconds = 0;
    QDate m_seenDay;
    QDate m_notified90;
    QDate m_notified100;
    QTimer m_timer;
    QDateTime m_next;
};

} // namespace kd
