#pragma once

// One thing the user did while Kimai could not be reached, as the journal keeps it: what (start,
// stop, create, edit, delete), when the user acted, which entry it is about, the fields it sets, and
// how far its replay got. Plain values; Journal stores them, Sync replays them.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

// The timesheet fields an action sets; fields left unset are not sent. Instants are kept in UTC;
// the client sends them in the Kimai user's timezone.
struct EntryFields
{
    std::optional<int> project;
    std::optional<int> activity;
    std::optional<QDateTime> begin;
    std::optional<QDateTime> end;
    std::optional<QString> description;
    std::optional<QStringList> tags;
    std::optional<qint64> breakSeconds;   // Kimai 2.45+ (the entry editor's break)
    std::optional<bool> billable;         // only where the user may set it
    std::optional<int> user;              // another user's entry made again (undo, duplicate): its owner

    bool isEmpty() const
    {
        return !project && !activity && !begin && !end && !description && !tags && !breakSeconds && !billable
            && !user;
    }
    // `other`'s set fields over these.
    EntryFields mergedWith(const EntryFields &other) const;
    bool operator==(const EntryFields &) const = default;
};

// The entry an action is about: its id on the server, or the local start/create action that makes it
// (the server's id is known once that action has been replayed).
struct EntryRef
{
    int serverId = 0;
    qint64 localAction = 0;

    static EntryRef server(int id) { return {id, 0}; }
    static EntryRef local(qint64 actionId) { return {0, actionId}; }
    bool isValid() const { return serverId > 0 || localAction > 0; }
};

struct JournalAction
{
    enum class Type { Start, Stop, Create, Edit, Delete };
    // pending -> (sending) -> done(server id) / conflict(kind, detail) / discarded
    enum class State { Pending, Sending, Done, Conflict, Discarded };
    enum class Conflict {
        None,
        RunningElsewhere,   // a start, while the server runs an entry this client did not start
        DeletedOnServer,    // the entry an action is about is gone (404)
        Refused,            // Kimai refused the data (400, 403), with its messages
    };
    // What a person may choose for a conflict (and what a requeued action carries out).
    enum class Choice { None, KeepBoth, StopTheirs, Recreate, Retry, Discard };

    qint64 id = 0;                 // the journal's order
    Type type = Type::Start;
    State state = State::Pending;
    QDateTime actedAt;             // when the user acted (UTC)
    EntryRef entry;                // Stop/Edit/Delete: the entry; Create: the deleted entry it recreates
    EntryFields fields;            // Start/Create: the new entry; Edit: the changes; Stop: fields.end
    QList<int> knownRunning;       // Start: entries the client knew were running when the user started
    int serverId = 0;              // the entry's id on the server once done
    Conflict conflict = Conflict::None;
    QString conflictDetail;        // for people: Kimai's messages, or what the server runs
    QList<Choice> choices;         // offered for the conflict
    Choice choice = Choice::None;  // the resolution being carried out (KeepBoth, StopTheirs)
    int attempts = 0;              // sends that may have reached the server
    QString lastError;             // why the last attempt did not finish

    bool isFinished() const { return state == State::Done || state == State::Discarded; }
    bool createsEntry() const { return type == Type::Start || type == Type::Create; }
    bool actsOnEntry() const { return type == Type::Stop || type == Type::Edit || type == Type::Delete; }

    // The actions a caller journals. `actedAt` defaults to the begin/end where there is one.
    static JournalAction start(int project, int activity, const QString &description, const QStringList &tags,
                               const QDateTime &begin, const QList<int> &knownRunning = {});
    // `entryAsKnown`: what the client knew of the entry (project, activity, begin, ...), so that it
    // can be recreated should it have been deleted on the server meanwhile. Only `end` is sent.
    static JournalAction stop(const EntryRef &entry, const QDateTime &end, const EntryFields &entryAsKnown = {});
    static JournalAction create(const EntryFields &fields, const QDateTime &actedAt);
    static JournalAction edit(const EntryRef &entry, const EntryFields &changes, const QDateTime &actedAt);
    static JournalAction remove(const EntryRef &entry, const QDateTime &actedAt);

    // Stable names, as stored in the journal file ("start", "pending", "refused", "keep_both").
    static QString typeName(Type type);
    static QString stateName(State state);
    static QString conflictName(Conflict conflict);
    static QString choiceName(Choice choice);
    static std::optional<Type> typeFromName(const QString &name);
    static std::optional<State> stateFromName(const QString &name);
    static Conflict conflictFromName(const QString &name);
    static Choice choiceFromName(const QString &name);
};

} // namespace kd
