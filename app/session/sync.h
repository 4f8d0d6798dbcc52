#pragma once

// Sync replays the offline journal against Kimai, one action at a time, in the order the user acted:
// a start is a POST with `begin` at the original moment, a stop a PATCH of `end` to the original
// moment (not /stop, which takes the server's now), edits are PATCHes, deletes DELETEs. A stop or edit
// of an entry that was started offline goes to that entry once its server id is known.
//
// Never doubled: a create is marked "sending" (committed) before it goes out; one found "sending"
// (an answer lost, or the app died) is first read back from the server, and only sent again when the
// server does not have it. Unreachable servers are retried with a backoff (5 s doubling to 5 min) and
// at once on retryNow(). A 401 makes the journal wait for a new login. Kimai's refusals and entries
// deleted on the server become conflicts with choices; nothing is dropped silently.

#include "api/apierror.h"
#include "journal/journalaction.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace kd {

class ApiReply;
class Journal;
class KimaiClient;

class Sync : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Idle,            // nothing waiting
        Replaying,       // sending
        Offline,         // Kimai cannot be reached; the next attempt is planned (retryDelayMs())
        NeedsLogin,      // Kimai refused the token: waits for a new login, then retryNow()
        NeedsAttention,  // nothing can go out until a person resolves the conflicts
    };
    Q_ENUM(Status)

    static constexpr int kFirstRetryMs = 5'000;
    static constexpr int kMaxRetryMs = 300'000;

    Sync(Journal *journal, KimaiClient *client, QObject *parent = nullptr);
    ~Sync() override;

    // Whether an error means "Kimai could not be reached" (network errors, timeouts, 502/503/504):
    // the only errors for which a change is journalled instead of shown.
    static bool isUnreachable(const ApiError &error);

    // From /api/config/timesheet: "keep both" is offered only while the limit allows another entry.
    void setActiveEntriesHardLimit(int limit) { m_hardLimit = limit; }
    // Called before an action with tags is sent, once per run: makes the tags Kimai does not have
    // (Kimai 2.11+ no longer makes them from the timesheet form), then calls `then`.
    using TagPreparer = std::function<void(const QStringList &tags, QObject *context, std::function<void()> then)>;
    void setTagPreparer(TagPreparer preparer) { m_tagPreparer = std::move(preparer); }
    void setRetryDelays(int firstMs, int maxMs);
    // Retries at once when the network comes back (QNetworkInformation). False without a backend.
    bool watchNetworkChanges();

    Status status() const { return m_status; }
    int waitingCount() const;
    QList<JournalAction> conflicts() const;
    ApiError lastError() const { return m_lastError; }
    int retryDelayMs() const { return m_retryTimer.isActive() ? m_delayMs : 0; }
    // For the status bar: "Offline — 3 changes waiting" and the like (empty when there is nothing to say).
    QString statusText() const;

    // Replays now (also the first time, and after a login). A request in flight is not disturbed.
    void retryNow();
    // Carries out a person's choice for a conflict (one of its `choices`); `edited` replaces fields
    // for Retry ("edit and retry"). False when the action is not a conflict or the choice not offered.
    bool resolve(qint64 actionId, JournalAction::Choice choice, const EntryFields &edited = {});

    static QString conflictTitle(JournalAction::Conflict conflict);
    static QString choiceLabel(JournalAction::Choice choice);

Q_SIGNALS:
    void statusChanged(kd::Sync::Status status);
    void actionReplayed(qint64 actionId, int serverId);
    void conflictRaised(qint64 actionId);
    void loginNeeded();
    // Kimai could not be reached: the next attempt is in `delayMs` (or at retryNow()).
    void retryScheduled(int delayMs);
    // A run ended with nothing left to send (conflicts may remain).
    void drained();

private:
    void step();
    void replayCreate(const JournalAction &a);
    void readBack(const JournalAction &a);
    void checkRunning(const JournalAction &a);
    void stopTheirs(const JournalAction &a, QList<int> ids);
    void send(const JournalAction &a);
    void replayOnEntry(const JournalAction &a);
    void done(const JournalAction &a, int serverId);
    void failed(const JournalAction &a, const ApiError &error);
    void conflict(const JournalAction &a, JournalAction::Conflict kind, const QString &detail,
                  QList<JournalAction::Choice> choices);
    void runningConflict(const JournalAction &a, const QList<Timesheet> &running, const QList<Timesheet> &theirs);
    void journalFailed();
    void waitAndRetry();
    void finishRun();
    void setStatus(Status status);
    std::optional<JournalAction> nextAction() const;
    EntryFields recreateFields(const JournalAction &a) const;
    template<typename Reply, typename Fn>
    void await(Reply *reply, Fn fn);

    QPointer<Journal> m_journal;
    QPointer<KimaiClient> m_client;
    QPointer<ApiReply> m_reply;
    QTimer m_retryTimer;
    Status m_status = Status::Idle;
    ApiError m_lastError;
    int m_firstDelayMs = kFirstRetryMs;
    int m_maxDelayMs = kMaxRetryMs;
    int m_delayMs = 0;
    int m_hardLimit = 1;
    bool m_watchingNetwork = false;
    TagPreparer m_tagPreparer;
    bool m_preparingTags = false;
    QSet<qint64> m_tagsPrepared;   // actions whose tags were prepared in this run
};

} // namespace kd
