#pragma once

// Keeping time honest, wired: feeds the decisions (IdlePolicy, ReminderPolicy, TargetPolicy) with
// the running timer, the desktop's idle, lock, sleep and resume, and carries out what they decide
// through the timer (TimerJobs): a cut ends the entry where the user left (a PATCH of its end), a
// stop at sleep holds the sleep until it reached the server (at most 5 s). Questions and reminders
// go out as notices (Notices); their answers come back from the notification or the UI's windows.
// A timer started elsewhere is noticed on unlock, on resume (and on window activation and the
// active-entry poll, elsewhere); a pending idle question is withdrawn then.
// Nothing here wakes up while no timer runs (unless the not-tracking reminder is on).

#include "session/idlepolicy.h"
#include "session/notices.h"
#include "session/reminderpolicy.h"
#include "session/targetpolicy.h"
#include "session/timekeepingsettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QSettings;

namespace kd {

class Clock;
class IdleMonitor;
class KimaiClient;
class RangeLoader;
class Session;
class SessionLockMonitor;
class SleepMonitor;
class TimerController;
class TimerJobs;

class Timekeeper : public QObject
{
    Q_OBJECT
public:
    // Idle detection as the settings show it.
    enum class IdleSource { None, Looking, Found };
    Q_ENUM(IdleSource)

    Timekeeper(KimaiClient *client, Session *session, TimerController *timer, Notices *notices, QSettings *settings,
               const Clock *clock, QObject *parent = nullptr);
    ~Timekeeper() override;

    // The desktop's signals; any may be null (none on this desktop, or not wanted, as in tests).
    // Called once, before the first login.
    void setDesktop(IdleMonitor *idle, SessionLockMonitor *lock, SleepMonitor *sleep);

    const TimeKeepingSettings &settings() const { return m_settings; }
    // Saves and applies them.
    void setSettings(const TimeKeepingSettings &settings);

    IdlePolicy *idle() const { return m_idle.get(); }
    ReminderPolicy *reminders() const { return m_reminders.get(); }
    TargetPolicy *targets() const { return m_targets.get(); }
    TimerJobs *jobs() const { return m_jobs; }

    IdleSource idleSource() const;
    QString idleSourceName() const;
    // Looks for the desktop's idle source now (the settings page shows the outcome).
    void findIdleSource();
    // A Wayland session (where XScreenSaver cannot see input).
    static bool onWayland();

    // The idle question's answer (from its window or the notification). `description`: for the
    // entry booked elsewhere. false when there is no question any more (or a target is missing).
    bool answerIdle(IdlePolicy::Choice choice, int project = 0, int activity = 0, const QString &description = {});
    // The forgotten timer reminder shown last (nullopt when none is).
    const std::optional<ReminderPolicy::ForgottenTimer> &forgotten() const { return m_forgotten; }
    void stopForgotten(const QDateTime &at);
    void keepForgotten();
    void snoozeReminder(ReminderPolicy::Snooze how);
    void restartLast();

    // In words for people: when the user was away, for how long (the idle question's text).
    static QString describeAway(const IdlePolicy::Question &question);
    // The four answers, as buttons ("keep", "discard", "discard-continue", "book-elsewhere").
    static QList<Notices::Action> idleAnswers();

    // Quitting: stops every running timer; readyToQuit() once that reached the server, or after
    // 5 s, or at once when nothing runs.
    void stopBeforeQuit();
    // The desktop session ends (logout): does what the quit setting says, without a question
    // (stops the timers when it is Stop, keeps them running otherwise).
    void desktopSessionEnding();

Q_SIGNALS:
    void settingsChanged();
    void idleSourceChanged();
    // The idle question to show (new, or grown by another span), and when it is over (answered,
    // or withdrawn because the timer changed).
    void idleQuestionChanged(const kd::IdlePolicy::Question &question);
    void idleQuestionEnded();
    void readyToQuit();
    // Something asked for could not be done as asked; in words for people.
    void problem(const QString &message);

private:
    void connectPolicies();
    void applySettings();
    void onActiveChanged();
    void onSessionStarted();
    void onQuestionChanged(const IdlePolicy::Question &q);
    void onForgotten(const ReminderPolicy::ForgottenTimer &reminder);
    void onNotTracking();
    void onTargetReached(int percent, const TargetPolicy::Progress &day);
    void onNoticeAction(const QString &kind, const QString &action, const QDateTime &moment);
    void onAboutToSleep(const QDateTime &at);
    void onResumed(const QDateTime &at);
    void onUnlocked(const QDateTime &at);
    void onJobsDrained();
    void reloadBookedSoon();
    void reloadBooked();
    void addJob(int kind, int entryId, const QDateTime &at, const QDateTime &to = {}, int project = 0, int activity = 0);

    KimaiClient *m_client;
    Session *m_session;
    TimerController *m_timer;
    Notices *m_notices;
    QSettings *m_store;
    const Clock *m_clock;
    TimeKeepingSettings m_settings;
    QPointer<IdleMonitor> m_idleMonitor;
    QPointer<SleepMonitor> m_sleep;
    std::unique_ptr<IdlePolicy> m_idle;
    std::unique_ptr<ReminderPolicy> m_reminders;
    std::unique_ptr<TargetPolicy> m_targets;
    TimerJobs *m_jobs;
    RangeLoader *m_week;
    QTimer m_reloadSoon;
    QTimer m_quitCap;
    QList<int> m_runningIds;
    std::optional<ReminderPolicy::ForgottenTimer> m_forgotten;
    QString m_bookDescription;
    bool m_holdingSleep = false;
    bool m_quitting = false;
};

} // namespace kd
