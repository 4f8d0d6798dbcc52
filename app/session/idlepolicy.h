#pragma once

// What to do about time the user was away while a timer ran: idle (from an IdleMonitor), screen
// lock and sleep (fed in by the app from SessionLockMonitor / SleepMonitor). Pure decisions with
// an injected Clock; the app shows the question and carries out the requested actions.
//
// - Coming back after more than the idle threshold asks: Keep · Discard (the entry ends when
//   idleness began) · Discard and continue (ends there, the same entry starts again now) · Book it
//   elsewhere (ends there, the idle span becomes an entry on another project/activity).
// - Lock and sleep follow their setting: ask when back (cut at the lock/sleep moment), stop at
//   that moment, or keep running.
// - Several away spans before an answer merge into one question; the question is withdrawn when
//   the running entries change (stopped by hand or elsewhere, replaced by a timer started
//   elsewhere). A span that began before the running entry did (a timer started elsewhere while
//   the user was away from this computer) is not asked about.

#include "core/entities.h"
#include "session/timekeepingsettings.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace kd {

class Clock;
class IdleMonitor;

// Kimai keeps whole minutes and by default rounds an entry's end up to the minute: a cut is sent
// on that minute, so that the cut entry and an entry for the span after it meet without overlap.
QDateTime kimaiEndMinute(const QDateTime &moment);

class IdlePolicy : public QObject
{
    Q_OBJECT
public:
    enum class Reason { Idle = 0x1, Lock = 0x2, Sleep = 0x4 };
    Q_DECLARE_FLAGS(Reasons, Reason)
    enum class Choice { Keep, Discard, DiscardAndContinue, BookElsewhere };
    Q_ENUM(Choice)

    struct Span
    {
        QDateTime from;
        QDateTime to;
    };

    struct Question
    {
        QList<Span> spans;       // disjoint, in order; overlapping idle/lock/sleep spans are one
        Reasons reasons;
        QDateTime cutAt;         // where the entries end unless kept: the first span's start on
                                 // Kimai's minute
        QList<int> entryIds;     // the running entries it is about
        QDateTime awaySince() const { return spans.isEmpty() ? QDateTime() : spans.first().from; }
        QDateTime back() const { return spans.isEmpty() ? QDateTime() : spans.last().to; }
    };

    // `monitor` is started while a timer runs and idle detection is on, stopped otherwise.
    IdlePolicy(IdleMonitor *monitor, const Clock *clock, QObject *parent = nullptr);
    // Another source (the desktop's, once connected); nullptr: none.
    void setMonitor(IdleMonitor *monitor);

    void setSettings(const TimeKeepingSettings &settings);
    const TimeKeepingSettings &settings() const { return m_settings; }
    // The running entries, whenever they are known anew (TimerController::active()).
    void setRunning(const QList<Timesheet> &running);

    void onLocked(const QDateTime &at);
    void onUnlocked(const QDateTime &at);
    // True when something must reach the server before the machine sleeps: hold the sleep delay
    // (SleepMonitor::delaySleep) until it has.
    bool onAboutToSleep(const QDateTime &at);
    void onResumed(const QDateTime &at);
    // Whether a sleep delay inhibitor is worth holding: a timer runs and sleep stops it.
    bool wantsSleepDelay() const;

    bool hasQuestion() const { return m_question.has_value(); }
    const Question &question() const { return *m_question; }
    // false when there is no question (withdrawn meanwhile) or BookElsewhere lacks its target.
    bool answer(Choice choice, int project = 0, int activity = 0);

Q_SIGNALS:
    // A question to show, or the shown one grown by another span: replace it.
    void questionChanged(const kd::IdlePolicy::Question &question);
    void questionWithdrawn();
    // Stop the entry now (stop at lock / at sleep).
    void stopRequested(int entryId);
    // End the entry at `at`.
    void cutRequested(int entryId, const QDateTime &at);
    // End the entry at `at` and start the same again (restart) now.
    void cutAndRestartRequested(int entryId, const QDateTime &at, const QDateTime &now);
    // End the entry at `from` and create an entry from `from` to `to` on project/activity.
    void bookElsewhereRequested(int entryId, const QDateTime &from, const QDateTime &to, int project, int activity);
    void sleepDelayWantedChanged(bool wanted);

private:
    void onActiveAgain(const QDateTime &idleSince, const QDateTime &back);
    void awayBegins(TimeKeepingSettings::AwayAction action, const QDateTime &at, QDateTime *since);
    void awayEnds(TimeKeepingSettings::AwayAction action, Reason reason, const QDateTime &at, QDateTime *since);
    void addSpan(const QDateTime &from, const QDateTime &to, Reason reason);
    bool overlapsKept(const QDateTime &from, const QDateTime &to) const;
    void updateMonitor();
    void updateSleepDelay();
    qint64 awayMinimumMs() const;
    QDateTime latestBegin() const;

    QPointer<IdleMonitor> m_monitor;
    const Clock *m_clock;
    TimeKeepingSettings m_settings;
    QList<Timesheet> m_running;
    QList<int> m_runningIds;          // sorted
    std::optional<Question> m_question;
    QDateTime m_lockedAt;             // while locked
    QDateTime m_sleptAt;              // while asleep
    QList<Span> m_kept;               // locks/sleeps the settings keep: no idle question for them
    bool m_sleepDelayWanted = false;
};

} // namespace kd

Q_DECLARE_OPERATORS_FOR_FLAGS(kd::IdlePolicy::Reasons)
