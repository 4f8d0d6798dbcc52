#pragma once

// Keeps the user's work going while Kimai cannot be reached: the session-level owner of the offline
// journal and its replay. When a session starts it opens that profile's journal, builds the Sync over
// it and replays what waits; when the session ends it closes both (a profile switch is an end and a
// start). It retries at once after the login, when the network comes back, when Kimai answers another
// call, and when asked (window activation, "Retry now").
//
// The seam for everything that changes entries (TimerController; the entry editor): "send or
// journal". A change goes to the journal without trying Kimai while earlier changes wait there (they
// go first) or while the entry it is about has unsent changes (mustQueue()); otherwise it is sent,
// and only if that attempt fails because Kimai could not be reached (isUnreachable()) is it
// journalled. Entries that exist only here (started or created offline) have negative ids: -(the
// journal action that makes them).

#include "journal/journalaction.h"
#include "session/sync.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace kd {

class Catalog;
class Journal;
class KimaiClient;
class Session;
class TagEnsurer;

// One unsent change, in words, for the "Needs attention" list and the scripts.
struct OfflineChange
{
    qint64 id = 0;
    JournalAction::Type type = JournalAction::Type::Start;
    JournalAction::State state = JournalAction::State::Pending;
    QDateTime actedAt;
    QString what;              // "Started Acme · Website · Development — Sprint review"
    QString lastError;         // why the last attempt did not get through
    JournalAction::Conflict conflict = JournalAction::Conflict::None;
    QString conflictTitle;     // "Deleted in Kimai"
    QString detail;            // Kimai's messages, or what runs there
    QList<JournalAction::Choice> choices;
    EntryFields fields;        // what it sets (for "edit and retry")
    bool needsAttention() const { return state == JournalAction::State::Conflict; }
};

class OfflineWork : public QObject
{
    Q_OBJECT
public:
    OfflineWork(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent = nullptr);
    ~OfflineWork() override;

    // Where the journals live (tests point it into a temporary folder); empty: Journal::pathForProfile.
    void setJournalFolder(const QString &folder) { m_folder = folder; }
    void setRetryDelays(int firstMs, int maxMs);
    // Tags typed offline that Kimai does not have are made before the change is replayed.
    void setTagEnsurer(TagEnsurer *tags) { m_tags = tags; }

    bool isOpen() const;
    QString errorString() const { return m_error; }   // why the journal could not be opened
    Journal *journal() const { return m_journal.get(); }

    // --- Send or journal ---
    // Kimai could not be reached (network errors, timeouts, 502/503/504): the only failures journalled.
    static bool isUnreachable(const ApiError &error) { return Sync::isUnreachable(error); }
    // Whether a change must go to the journal without trying Kimai: earlier changes still wait, the
    // entry (0: a new one) is local or has unsent changes, or the session started without Kimai.
    bool mustQueue(int entryId = 0) const;
    static bool isLocal(int entryId) { return entryId < 0; }
    // Kimai's id of an entry made here once the replay has sent it; else `entryId` as it is.
    int currentId(int entryId) const;
    static int localId(qint64 actionId) { return -int(actionId); }
    // Each returns the journal action's id once committed (0 when it could not be written).
    // `mayHaveLanded`: the first attempt got no answer, so the replay reads back before it sends.
    qint64 queueStart(const Timesheet &entry, const QList<int> &knownRunning, bool mayHaveLanded);
    qint64 queueStop(const Timesheet &entry, const QDateTime &end);
    qint64 queueEdit(int entryId, const EntryFields &changes);
    qint64 queueCreate(const EntryFields &fields, bool mayHaveLanded);
    qint64 queueDelete(int entryId);

    // The running entries as the user sees them: the server's, without those stopped or deleted here,
    // with the edits made here, and with the entries started here (newest first).
    QList<Timesheet> runningView(const QList<Timesheet> &serverRunning) const;
    // Entries (server ids, and negative ids of local ones) with changes not yet in Kimai.
    QSet<int> unsentEntryIds() const;
    bool hasUnsentChanges(int entryId) const { return unsentEntryIds().contains(entryId); }

    // --- State, for the window and the scripts ---
    Sync::Status status() const;
    bool isReplaying() const { return status() == Sync::Status::Replaying; }
    int waitingCount() const;
    int attentionCount() const;
    // "Offline — 3 changes waiting"; empty when there is nothing to say.
    QString statusText() const;
    // Every unsent change, oldest first; those that need attention carry their choices.
    QList<OfflineChange> changes() const;
    // Carries out a choice for a change that needs attention; `edited` for "edit and retry".
    bool resolve(qint64 actionId, JournalAction::Choice choice, const EntryFields &edited = {});
    void retryNow();
    // Retries at once if changes wait for Kimai (window activation, Kimai answered another call).
    void retryIfWaiting();

Q_SIGNALS:
    // Anything shown changed: the journal or the replay's state.
    void changed();
    // An action reached Kimai (a start or create now has `serverId`).
    void replayed(const kd::JournalAction &action, int serverId);
    // A person discarded a change: the entry it made (a negative id) or was about is as Kimai has it.
    void discarded(int entryId);
    // A replay run ended with nothing left it could send; `sentAny`: something reached Kimai in it.
    void drained(bool sentAny);
    // Kimai refused the token: the journal waits for a new login.
    void loginNeeded();

private:
    QString path() const;
    bool open();
    void close();
    qint64 append(const JournalAction &action);
    const QList<JournalAction> &unfinished() const;
    int entryOf(const JournalAction &a) const;
    static EntryRef refOf(int entryId);
    static EntryFields knownFields(const Timesheet &t);
    QString describe(const JournalAction &a) const;
    QString titleOf(const EntryFields &f) const;
    QDateTime now() const;

    KimaiClient *m_client;
    Session *m_session;
    Catalog *m_catalog;
    TagEnsurer *m_tags = nullptr;
    QString m_folder;
    QString m_error;
    int m_firstRetryMs = Sync::kFirstRetryMs;
    int m_maxRetryMs = Sync::kMaxRetryMs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Sync> m_sync;
    mutable QList<JournalAction> m_unfinished;   // cached until the journal changes
    mutable bool m_unfinishedValid = false;
    bool m_sentInRun = false;
};

} // namespace kd
