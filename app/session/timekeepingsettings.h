#pragma once

// The settings of "keeping time honest": idle, lock, sleep, quitting, reminders and targets — keys
// and defaults in one place (QSettings group "timekeeping"). Read by IdlePolicy, ReminderPolicy and
// TargetPolicy; shown by the settings page.

#include <QList>
#include <QTime>

class QSettings;

namespace kd {

struct TimeKeepingSettings
{
    // What a lock or sleep does to a running timer.
    enum class AwayAction {
        Ask,    // ask when the user is back (cut at the lock/sleep moment if they say so)
        Stop,   // stop the timer at that moment
        Keep,   // keep it running, ask nothing
    };
    // Quitting the app while a timer runs. Logging out of the desktop asks nothing: it stops the
    // timer when this is Stop and keeps it running otherwise.
    enum class QuitAction { Ask, Stop, Keep };

    int idleThresholdMinutes = 10;           // idle for longer asks when back; 0: idle detection off
    AwayAction onLock = AwayAction::Ask;
    AwayAction onSleep = AwayAction::Ask;
    QuitAction onQuit = QuitAction::Ask;     // Stop/Keep once "remember my choice" was ticked

    int forgottenTimerHours = 10;            // remind when an entry runs longer; 0: off

    bool notTrackingReminder = false;        // remind while nothing runs during working hours
    int notTrackingEveryMinutes = 30;
    QList<int> workDays{1, 2, 3, 4, 5};      // Qt::DayOfWeek: Monday = 1 ... Sunday = 7
    QTime workStart{9, 0};
    QTime workEnd{17, 0};

    int dailyTargetMinutes = 8 * 60;         // 0: no daily target
    int weeklyTargetMinutes = 40 * 60;       // 0: no weekly target

    // Which notifications are shown (the idle question still opens its window when off).
    bool notifyIdle = true;
    bool notifyTargets = true;

    // The threshold in milliseconds; 0 when idle detection is off.
    qint64 idleThresholdMs() const { return qint64(idleThresholdMinutes) * 60'000; }
    bool isWorkDay(int dayOfWeek) const { return workDays.contains(dayOfWeek); }

    // Missing or malformed values fall back to the defaults above (and are clamped to sane ranges).
    static TimeKeepingSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const TimeKeepingSettings &) const = default;
};

} // namespace kd
