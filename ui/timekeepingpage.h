#pragma once

#include "session/timekeepingsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace kd {

class Timekeeper;

// The settings page of keeping time honest: idle threshold (and which idle source is in use, or
// that there is none here), lock, sleep and quitting, the forgotten-timer and not-tracking
// reminders with the working hours, the daily and weekly targets, and which notices are shown.
class TimeKeepingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TimeKeepingPage(Timekeeper *timekeeper, QWidget *parent = nullptr);

    // What the page shows, as settings (the page's own values; apply() hands them on).
    TimeKeepingSettings values() const;
    void setValues(const TimeKeepingSettings &settings);
    void apply();

    QString idleSourceText() const;
    QSpinBox *idleThreshold() const { return m_idle; }
    QComboBox *onLock() const { return m_onLock; }
    QComboBox *onSleep() const { return m_onSleep; }
    QComboBox *onQuit() const { return m_onQuit; }
    QDoubleSpinBox *dailyTarget() const { return m_daily; }
    QDoubleSpinBox *weeklyTarget() const { return m_weekly; }
    QCheckBox *notTracking() const { return m_notTracking; }

private:
    void updateIdleSource();
    void updateEnabled();

    Timekeeper *m_timekeeper;
    QSpinBox *m_idle;
    QLabel *m_idleSource;
    QComboBox *m_onLock;
    QComboBox *m_onSleep;
    QComboBox *m_onQuit;
    QSpinBox *m_forgotten;
    QCheckBox *m_notTracking;
    QSpinBox *m_notTrackingEvery;
    QList<QCheckBox *> m_days;   // Monday .. Sunday
    QTimeEdit *m_workStart;
    QTimeEdit *m_workEnd;
    QDoubleSpinBox *m_daily;
    QDoubleSpinBox *m_weekly;
    QCheckBox *m_notifyIdle;
    QCheckBox *m_notifyTargets;
};

} // namespace kd
