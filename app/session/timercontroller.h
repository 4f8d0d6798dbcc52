#pragma once

// The running timer(s): start, stop, restart and edit, with the server's record as the truth.
// After a failure that leaves the outcome in doubt (no answer, dropped connection, a gateway error)
// it never retries a POST/PATCH: it re-reads /api/timesheets/active and reports what is true.
// Its work belongs to the session: answers that arrive after the session ended are dropped.
// It is also the app's one tick source for running timers (see setTickInterval()).

#include "api/apierror.h"
#include "core/entities.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace kd {

class ApiReply;
class Catalog;
class Clock;
class KimaiClient;
class OfflineWork;
class Session;
class TagEnsurer;
struct TimesheetForm;
struct JournalAction;

class TimerController : public QObject
{
    Q_OBJECT
public:
    struct StartRequest
    {
        int project = 0;
        int activity = 0;
        QString description;
        QStringList tags;
        std::optional<QDateTime> begin;   // only honoured where the tracking mode allows it
    };

    enum class Operation { None, Start, Stop, Restart, Update, Refresh };
    Q_ENUM(Operation)

    TimerController(KimaiClient *client, Session *session, Catalog *catalog, const Clock *clock, QObject *parent = nullptr);
    // Tags of a start or an edit are created first where Kimai would drop them (optional).
    void setTagEnsurer(TagEnsurer *tags) { m_tags = tags; }

    const QList<Timesheet> &active() const { return m_active; }
    const QList<Timesheet> &recent() const { return m_recent; }
    bool isRunning() const { return !m_active.isEmpty(); }
    bool isBusy() const { return m_busy != Operation::None; }
    Operation busyWith() const { return m_busy; }
    bool activeKnown() const { return m_activeKnown; }

    qint64 elapsedSeconds(const Timesheet &t) const;
    // Stopped today + running so far, in the user's timezone's today.
    qint64 todaySeconds() const;

    void refreshActive();
    void refreshRecent();
    void refreshToday();
    // Re-reads the active entries at most every `minGapMs` (window activation).
    void refreshActiveThrottled(qint64 minGapMs = 10'000);
    void setRefreshIntervalSeconds(int seconds);   // 0: off; default 60

    void start(const StartRequest &request);
    void stop(int timesheetId);
    // Stops the entry at `end` (a PATCH of its end, where /stop would end it now): the cut where the
    // user left. Reported like stop().
    void stopAt(int timesheetId, const QDateTime &end);
    // Stops every running entry, one after the other (newest first); stops at the first failure.
    void stopAll();
    // `lastKnown`: the entry as the caller shows it, for a restart that has to wait in the journal
    // (an entry not among the recent ones, or one that is not in Kimai yet).
    void restart(int timesheetId, bool copyAll = true, const Timesheet &lastKnown = {});
    // Restarts the entry that ended last: by end time, then id (several entries may begin, or end, in
    // the same minute), read from the server at the moment it is asked for.
    void restartLast();
    void updateRunning(int timesheetId, const QString &description, const QStringList &tags);
    void reset();

    // A label like "Acme · Website relaunch · Development".
    QString titleOf(const Timesheet &t) const;

    // Offline work (AppCore sets it): a start, stop, restart or edit that cannot reach Kimai goes to
    // the journal instead of failing, and active() includes the entries started offline (negative
    // ids). Without it, every failure is reported as before.
    void setOfflineWork(OfflineWork *offline);
    // Whether an entry has changes that are not yet in Kimai (or exists only here).
    bool hasUnsentChanges(int timesheetId) const;
    // A session started without Kimai: the running entries as Kimai last said (until it answers).
    void assumeActive(const QList<Timesheet> &lastKnown);

    // Ticks: `viewer` (a window, the tray) wants tick() every `intervalMs` while a timer runs; 0 when
    // it shows nothing that moves (hidden). The ticks come at the shortest interval asked for, and
    // only while a timer runs: with no timer running, or nobody watching, nothing wakes up.
    void setTickInterval(const QObject *viewer, int intervalMs);
    int tickIntervalMs() const;   // 0: not ticking
Q_SIGNALS:
    void activeChanged();
    // A read of the running entries from the server ended (after a start, stop, refresh or reconcile):
    // ok means active() is what the server holds now. Not emitted for a read replaced by a newer one.
    void activeRead(bool ok);
    void recentChanged();
    void todayChanged();
    void busyChanged(bool busy);
    void started(const kd::Timesheet &timesheet);
    void stopped(const kd::Timesheet &timesheet);
    void updated(const kd::Timesheet &timesheet);
    // The operation failed (validation errors carry per-field messages).
    void operationFailed(kd::TimerController::Operation operation, const kd::ApiError &error);
    // After a doubtful failure: what the server really shows now, in words for people.
    void reconciled(kd::TimerController::Operation operation, const QString &message);
    // For what shows running time: at the interval asked for with setTickInterval().
    void tick();
    // The operation went to the offline journal instead of Kimai (Kimai could not be reached, or
    // earlier changes still wait there); started/stopped/updated follow with the entry as shown here.
    void queued(kd::TimerController::Operation operation);

private:
    void setBusy(Operation op);
    void sendStart(const TimesheetForm &form, const StartRequest &request, const QDateTime &startedAt, const QDateTime &begin);
    void withTags(const QStringList &names, std::function<void(const QStringList &)> send);
    static bool isDoubtful(const ApiError &error);
    void reconcile(Operation op, int timesheetId, const StartRequest &request, const QDateTime &startedAt);
    void setActive(const QList<Timesheet> &list);
    void addActive(const Timesheet &t);
    void afterChange();
    void stopNextQueued();
    void updateTicker();
    QObject *scope() const;
    // Send or journal (timerqueue.cpp): each returns whether the change went to the journal, either
    // before trying Kimai (`failure` nullptr) or after an attempt that could not reach it.
    bool shouldQueue(int timesheetId, const ApiError *failure) const;
    bool queueStart(Operation op, const StartRequest &request, const QDateTime &begin, const ApiError *failure);
    bool queueStop(int timesheetId, const QDateTime &end, const ApiError *failure);
    bool queueUpdate(int timesheetId, const QString &description, const QStringList &tags, const ApiError *failure);
    void onReplayed(const JournalAction &action, int serverId);
    // active() = the server's running entries as changed by the journal.
    void showActive();

    KimaiClient *m_client;
    Session *m_session;
    Catalog *m_catalog;
    TagEnsurer *m_tags = nullptr;
    const Clock *m_clock;
    QList<Timesheet> m_active;
    QList<Timesheet> m_serverActive;             // what the server last said runs
    QList<Timesheet> m_recent;
    bool m_activeKnown = false;
    Operation m_busy = Operation::None;
    QTimer m_refreshTimer;
    qint64 m_lastActiveRefreshMs = -1'000'000;
    qint64 m_todayStoppedSeconds = 0;
    QDate m_todayDate;
    QPointer<ApiReply> m_activeReply;
    QList<int> m_stopQueue;                      // stopAll(): the entries still to stop
    QTimer m_ticker;
    QHash<const QObject *, int> m_tickViewers;
    QPointer<OfflineWork> m_offline;
};

} // namespace kd
