#pragma once

// Timesheet entries as a person corrects them: create (new, duplicate), update, delete several,
// and undo the last delete (the entries are created again from their saved fields and get new
// ids). Every change goes through the API (POST, PATCH /api/timesheets/{id}, DELETE) and is
// announced (saved, removed), so that lists and totals follow in place. Tags go through the
// TagEnsurer first. Kimai's rules that the editor shows come from the session (rules()).
//
// One place per call: post(), patch() and destroy() send, and fail() is where every failure ends.
// Each public call returns a request number that its signals carry; done() ends every request
// exactly once.
//
// Send or journal (with an OfflineWork, as TimerController does): a change goes to the offline
// journal without trying Kimai while earlier changes wait there or the entry has unsent changes,
// and after an attempt that could not reach Kimai. queued() says so; saved() and removed() follow as
// for a change Kimai made, a new entry with a local (negative) id until the replay gives it Kimai's.

#include "api/apierror.h"
#include "core/entities.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

#include <optional>

namespace kd {

class KimaiClient;
class OfflineWork;
class Session;
class TagEnsurer;
class TimerController;
struct TimesheetForm;

// What an entry is made of, as the editor and the command line give it.
struct EntryDraft
{
    int project = 0;
    int activity = 0;
    QDateTime begin;                      // invalid: not sent (the server takes its now)
    QDateTime end;                        // invalid: no end (the entry runs)
    std::optional<qint64> breakSeconds;   // only where the server has breaks (rules().breakField)
    QString description;
    QStringList tags;
    std::optional<bool> billable;         // only sent when the user may set it
    int user = 0;                         // the owner; 0 or the current user: not sent (Kimai takes the current user)

    static EntryDraft of(const Timesheet &t);
    bool operator==(const EntryDraft &) const = default;
};

class EntryController : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Create, Update, Delete, Restore };
    Q_ENUM(Operation)

    // Kimai's rules for the editor: /api/config/timesheet, the version and the user's roles.
    struct Rules
    {
        QString trackingMode;             // default | duration_fixed_begin | punch
        bool timesAllowed = true;         // begin and end may be sent
        bool futureAllowed = true;
        bool overlappingAllowed = true;
        bool breakField = false;          // the server's timesheets carry `break` (Kimai 2.45+)
        bool billableEditable = false;    // edit_billable (teamleads and admins by default)
        bool exportedEditable = false;    // edit_exported_timesheet (admins by default)
        bool othersVisible = false;       // view_other_timesheet (teamleads and admins by default)
        bool othersEditable = false;      // edit/delete/create_other_timesheet (the same roles)
    };

    EntryController(KimaiClient *client, Session *session, TagEnsurer *tags, TimerController *timer,
                    QObject *parent = nullptr);

    void setOfflineWork(OfflineWork *offline) { m_offline = offline; }

    Rules rules() const;
    // Why the begin and end cannot be set in this tracking mode ("" when they can).
    QString timesLockedReason() const;
    // Why an entry cannot be changed, duplicated or deleted ("" when it can): exported, or of another
    // user (`owner`: its user id; 0 stands for the current user), and not allowed.
    QString lockReason(bool exported, int owner = 0) const;
    // `owner` (a user id, 0 for unknown) is the logged-in user.
    bool isOwn(int owner) const;

    // Reads one entry as it is on the server now (readDone). `lastKnown` (the entry as the list shows
    // it) stands in when Kimai cannot be reached or the entry has changes waiting in the journal.
    quint64 read(int id, const Timesheet &lastKnown = {});
    quint64 create(const EntryDraft &draft);
    // Sends only what differs from `original` (nothing changed: done() at once).
    quint64 update(int id, const EntryDraft &changed, const EntryDraft &original);
    // One after the other; each is read first, so that undo() can create it again as it was (from
    // `lastKnown` when Kimai cannot be reached).
    quint64 remove(const QList<int> &ids, const QList<Timesheet> &lastKnown = {});
    quint64 duplicate(const Timesheet &t);   // same fields, today (in the user's timezone)

    bool canUndo() const { return !m_deleted.isEmpty(); }
    int undoCount() const { return int(m_deleted.size()); }
    quint64 undo();

    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // `asLastKnown`: the entry as the list showed it, not read from Kimai (`error` says why, if it was tried).
    void readDone(quint64 request, const kd::Timesheet &timesheet, const kd::ApiError &error, bool asLastKnown);
    // The change was kept in the offline journal: Kimai gets it when it answers again.
    void queued(quint64 request, kd::EntryController::Operation op);
    // Create/Update/Restore; `previousId` is the deleted entry a Restore replaces (else t.id).
    void saved(quint64 request, kd::EntryController::Operation op, const kd::Timesheet &t, int previousId);
    void removed(quint64 request, int id);
    void failed(quint64 request, kd::EntryController::Operation op, const kd::ApiError &error);
    // The request ended (after every call it made), whatever happened.
    void done(quint64 request, kd::EntryController::Operation op);
    void undoChanged();
    void busyChanged(bool busy);

private:
    TimesheetForm formOf(const EntryDraft &draft) const;
    Timesheet entryOf(int id, const EntryDraft &draft) const;
    void post(quint64 request, Operation op, const EntryDraft &draft, int previousId, std::function<void(bool)> next);
    void patch(quint64 request, int id, const TimesheetForm &form, const QStringList &tags, const EntryDraft &changed);
    void destroy(quint64 request, QList<int> ids, QList<Timesheet> deleted, const QList<Timesheet> &lastKnown);
    // Send or journal: each journals the change when it must wait or `failure` says Kimai could not be
    // reached, says so (queued, then saved or removed) and returns true; false: send or fail as usual.
    bool shouldQueue(int id, const ApiError *failure) const;
    // Kimai's id for an entry made offline that the replay has sent meanwhile (an editor open on it).
    int current(int id) const;
    // A local entry's change the journal could not keep: said, never sent as /api/timesheets/-N.
    ApiError notKept() const;
    bool queueCreate(quint64 request, Operation op, const EntryDraft &draft, int previousId, const ApiError *failure);
    bool queueEdit(quint64 request, int id, const TimesheetForm &form, const EntryDraft &changed, const ApiError *failure);
    bool queueDelete(quint64 request, int id, const ApiError *failure);
    void restore(quint64 request, QList<Timesheet> left, QList<Timesheet> notRestored);
    void fail(quint64 request, Operation op, const ApiError &error);
    void finish(quint64 request, Operation op);
    void afterChange(bool running);
    bool checkFuture(quint64 request, Operation op, const EntryDraft &draft);
    quint64 begin();
    QObject *scope() const;

    KimaiClient *m_client;
    Session *m_session;
    TagEnsurer *m_tags;
    TimerController *m_timer;
    OfflineWork *m_offline = nullptr;
    QList<Timesheet> m_deleted;   // the last delete, for undo()
    quint64 m_nextRequest = 0;
    int m_inFlight = 0;
};

} // namespace kd
