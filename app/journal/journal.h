#pragma once

// The durable offline action journal: one SQLite file per profile (Qt SQL, QSQLITE), in WAL mode with
// synchronous=FULL, so an action is on disk when append() returns. Every change is one transaction;
// a replay step writes its outcome together with the server's id. It never holds a token.
//
// Used from one thread (the GUI thread). Several processes may open the same file (a scripted command
// appends while the window replays); only the holder of lockReplay() replays.

#include "journal/journalaction.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace kd {

class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    // <XDG data>/kimai-desk/journal/<profile id>.sqlite
    static QString pathForProfile(const QString &profileId);

    // Opens (creating the file and its folder, private to the user) and migrates to the latest schema.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    // A PRAGMA's current value ("journal_mode" -> "wal", "synchronous" -> "2"), for checks.
    QString pragma(const QString &name) const;

    // Appends and commits; returns the action's id (> 0), or 0 when it could not be written. The action
    // is pending, or "sending" if it is a start/create with state Sending: its first attempt failed in a
    // way that leaves open whether Kimai saved it (no answer), so the replay reads back before sending.
    qint64 append(const JournalAction &action);

    std::optional<JournalAction> action(qint64 id) const;
    QList<JournalAction> actions() const;        // all, oldest first
    QList<JournalAction> unfinished() const;     // pending, sending and conflict, oldest first
    std::optional<JournalAction> firstWaiting() const;   // the oldest pending or sending action
    QList<JournalAction> conflicts() const;
    int waitingCount() const;                    // pending + sending
    int conflictCount() const;
    // The server id an entry reference stands for now (0 while a local action is not done).
    int resolve(const EntryRef &entry) const;
    // Every server id the journal knows as its own: entries it created, entries its actions are about.
    QSet<int> entryIds() const;
    // Whether an action other than `except` already stands for this server entry.
    bool isClaimed(int serverId, qint64 except) const;

    // Replay steps, each one transaction.
    bool markSending(qint64 id);                 // may reach the server now; counts the attempt
    // Done with the entry's id. A create that recreates a deleted entry points the later actions on
    // that entry at the new one, in the same transaction.
    bool markDone(qint64 id, int serverId);
    bool markConflict(qint64 id, JournalAction::Conflict kind, const QString &detail,
                      const QList<JournalAction::Choice> &choices);
    bool noteFailure(qint64 id, const QString &error);
    // Back to pending with the given type, entry, fields and choice (a conflict's resolution).
    bool requeue(const JournalAction &action);
    // Discards the action and the unfinished actions on the entry it makes.
    bool discard(qint64 id);
    // Deletes done and discarded actions the user took before `before` that no unfinished action
    // refers to. Returns how many.
    int purgeFinished(const QDateTime &before);

    // One replayer per file across processes (a lock file next to it; a crashed holder's lock is stale).
    bool lockReplay();
    void unlockReplay();

Q_SIGNALS:
    void appended(qint64 id);
    void changed();   // after any committed change

private:
    bool exec(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    QList<JournalAction> select(const QString &where, const QVariantList &values = {}, const QString &tail = {}) const;
    int count(const QString &where) const;
    bool fail(const QString &what, const QString &detail);

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    std::unique_ptr<QLockFile> m_replayLock;
};

} // namespace kd
