#include "session/entrycontroller.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "session/offlinework.h"
#include "session/session.h"
#include "session/tagensurer.h"
#include "session/timercontroller.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace kd {

namespace {

constexpr qint64 kFutureSlackSeconds = 60;   // Kimai rounds to the minute and allows one more

bool hasAnyRole(const User &user, std::initializer_list<const char *> roles)
{
    for (const char *r : roles) {
        if (user.roles.contains(QLatin1String(r), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Kimai may have saved what it did not confirm: no answer, a dropped connection, a gateway error.
bool isDoubtful(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
        return true;
    case ApiError::Kind::Network:
        return error.cause() == ApiError::Cause::ConnectionClosed || error.cause() == ApiError::Cause::OtherNetwork;
    case ApiError::Kind::Server:
        return error.cause() == ApiError::Cause::ServerFailure;
    default:
        return false;
    }
}

// What a form sets, as the journal keeps it (instants in UTC).
EntryFields journalFields(const TimesheetForm &form)
{
    EntryFields f;
    f.project = form.project;
    f.activity = form.activity;
    if (form.begin)
        f.begin = form.begin->toUTC();
    if (form.end)
        f.end = form.end->toUTC();
    f.description = form.description;
    f.tags = form.tags;
    f.breakSeconds = form.breakSeconds;
    f.billable = form.billable;
    f.user = form.user;
    return f;
}

bool sameTags(const QStringList &a, const QStringList &b)
{
    QStringList x = TagEnsurer::normalized(a);
    QStringList y = TagEnsurer::normalized(b);
    x.sort(Qt::CaseInsensitive);
    y.sort(Qt::CaseInsensitive);
    return x.join(QLatin1Char(',')).compare(y.join(QLatin1Char(',')), Qt::CaseInsensitive) == 0;
}

} // namespace

EntryDraft EntryDraft::of(const Timesheet &t)
{
    EntryDraft d;
    d.project = t.projectId;
    d.activity = t.activityId;
    d.begin = t.begin;
    d.end = t.end;
    d.breakSeconds = t.breakSeconds;
    d.description = t.description;
    d.tags = t.tags;
    d.billable = t.billable;
    d.user = t.userId;
    return d;
}

EntryController::EntryController(KimaiClient *client, Session *session, TagEnsurer *tags, TimerController *timer,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_tags(tags)
    , m_timer(timer)
{
    connect(m_session, &Session::ended, this, [this] {
        m_deleted.clear();
        Q_EMIT undoChanged();
        if (m_inFlight != 0) {
            m_inFlight = 0;
            Q_EMIT busyChanged(false);
        }
    });
}

QObject *EntryController::scope() const
{
    return m_session->scope();
}

EntryController::Rules EntryController::rules() const
{
    const SessionInfo &info = m_session->info();
    const bool teamlead = hasAnyRole(info.user, {"ROLE_TEAMLEAD", "ROLE_ADMIN", "ROLE_SUPER_ADMIN"});
    Rules r;
    r.trackingMode = info.timesheetConfig.trackingMode;
    // Since 2.25 the tracking modes leave begin and end to users who may see others' timesheets.
    r.timesAllowed = info.timesheetConfig.canSendBeginEnd() || (teamlead && info.version.versionId >= 22500);
    r.futureAllowed = info.timesheetConfig.isAllowFutureTimes;
    r.overlappingAllowed = info.timesheetConfig.isAllowOverlapping;
    r.breakField = info.version.versionId >= 24500;
    r.billableEditable = teamlead;
    r.exportedEditable = hasAnyRole(info.user, {"ROLE_ADMIN", "ROLE_SUPER_ADMIN"});
    // Kimai's TIMESHEET_OTHER set (view, edit, delete, create, start, stop): the same roles.
    r.othersVisible = teamlead;
    r.othersEditable = teamlead;
    return r;
}

QString EntryController::timesLockedReason() const
{
    const Rules r = rules();
    if (r.timesAllowed)
        return {};
    if (r.trackingMode == QLatin1String("punch"))
        return tr("This Kimai is in punch-clock mode: begin and end are the moments you start and stop, and only "
                  "teamleads and administrators may change them.");
    if (r.trackingMode == QLatin1String("duration_fixed_begin"))
        return tr("This Kimai records durations from a fixed begin: Kimai sets the begin (today, at its default begin "
                  "time) and the entry runs until you stop it; only teamleads and administrators may change begin and "
                  "end.");
    return tr("This Kimai's tracking mode (%1) sets begin and end itself; only teamleads and administrators may "
              "change them.")
        .arg(r.trackingMode);
}

bool EntryController::isOwn(int owner) const
{
    return owner == 0 || owner == m_session->info().user.id;
}

QString EntryController::lockReason(bool exported, int owner) const
{
    const Rules r = rules();
    if (!isOwn(owner) && !r.othersEditable)
        return tr("This entry belongs to another user. Only users allowed to edit other users' timesheets "
                  "(teamleads and administrators) can change, duplicate or delete it.");
    if (exported && !r.exportedEditable)
        return tr("This entry has been exported (for an invoice or a report) and is locked. Only users allowed to "
                  "edit exported entries (administrators) can change or delete it.");
    return {};
}

quint64 EntryController::begin()
{
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
    return ++m_nextRequest;
}

void EntryController::finish(quint64 request, Operation op)
{
    if (m_inFlight > 0 && --m_inFlight == 0)
        Q_EMIT busyChanged(false);
    Q_EMIT done(request, op);
}

void EntryController::fail(quint64 request, Operation op, const ApiError &error)
{
    // The one place where a failed call ends up.
    if (isDoubtful(error) && (op == Operation::Create || op == Operation::Restore)) {
        ApiError e(error.kind(), error.cause(),
                   tr("%1 Kimai may have saved the entry anyway: refresh the list (F5) before saving it again.")
                       .arg(error.message()),
                   error.detail());
        e.setHttpStatus(error.httpStatus());
        Q_EMIT failed(request, op, e);
        return;
    }
    Q_EMIT failed(request, op, error);
}

void EntryController::afterChange(bool running)
{
    if (!m_timer)
        return;
    if (running)
        m_timer->refreshActive();
    m_timer->refreshRecent();
    m_timer->refreshToday();
}

bool EntryController::checkFuture(quint64 request, Operation op, const EntryDraft &draft)
{
    const Rules r = rules();
    if (r.futureAllowed || !r.timesAllowed)
        return true;
    const QDateTime limit = m_session->serverNow().addSecs(kFutureSlackSeconds);
    FieldErrors fe;
    const QString text = tr("Kimai does not allow times in the future.");
    if (draft.begin.isValid() && draft.begin > limit)
        fe.fields.append({QStringLiteral("begin"), {text}});
    if (draft.end.isValid() && draft.end > limit)
        fe.fields.append({QStringLiteral("end"), {text}});
    if (fe.fields.isEmpty())
        return true;
    ApiError e(ApiError::Kind::Validation, ApiError::Cause::FormInvalid, text, QStringLiteral("future times (checked before sending)"));
    e.setFieldErrors(fe);
    QTimer::singleShot(0, scope(), [this, request, op, e] {
        fail(request, op, e);
        finish(request, op);
    });
    return false;
}

quint64 EntryController::read(int wantedId, const Timesheet &lastKnown)
{
    const quint64 request = begin();
    const int id = current(wantedId);
    if (!m_session->isActive()) {
        QTimer::singleShot(0, this, [this, request] {
            Q_EMIT readDone(request, {}, ApiError(ApiError::Kind::Cancelled, ApiError::Cause::UserCancelled, tr("Not logged in.")),
                            false);
            finish(request, Operation::Read);
        });
        return request;
    }
    // Kimai does not have it yet (or not as the user changed it): the list's copy is the entry.
    Timesheet known = lastKnown;
    if (known.id == wantedId)
        known.id = id;
    const bool isKnown = known.id == id && id != 0;
    if (OfflineWork::isLocal(id)
        || (isKnown && m_offline && (m_offline->hasUnsentChanges(id) || m_session->info().offline))) {
        QTimer::singleShot(0, scope(), [this, request, known, isKnown] {
            if (isKnown)
                Q_EMIT readDone(request, known, {}, true);
            else   // not in Kimai yet, and no copy given
                Q_EMIT readDone(request, {}, notKept(), false);
            finish(request, Operation::Read);
        });
        return request;
    }
    auto *reply = m_client->timesheet(id);
    connect(reply, &ApiReply::finished, scope(), [this, reply, request, isKnown, known] {
        if (!reply->ok() && isKnown && shouldQueue(known.id, &reply->error()))
            Q_EMIT readDone(request, known, reply->error(), true);
        else
            Q_EMIT readDone(request, reply->ok() ? reply->result() : Timesheet(), reply->error(), false);
        finish(request, Operation::Read);
    });
    return request;
}

int EntryController::current(int id) const
{
    return m_offline ? m_offline->currentId(id) : id;
}

ApiError EntryController::notKept() const
{
    return ApiError(ApiError::Kind::Cancelled, ApiError::Cause::None,
                    tr("This entry is not in Kimai yet, and the offline journal could not keep the change: %1")
                        .arg(m_offline ? m_offline->errorString() : QString()),
                    QStringLiteral("local entry"));
}

bool EntryController::shouldQueue(int id, const ApiError *failure) const
{
    if (!m_offline)
        return false;
    return failure ? OfflineWork::isUnreachable(*failure) : m_offline->mustQueue(id);
}

Timesheet EntryController::entryOf(int id, const EntryDraft &draft) const
{
    const QTimeZone zone = m_session->userZone();
    Timesheet t;
    t.id = id;
    t.projectId = draft.project;
    t.activityId = draft.activity;
    t.begin = (draft.begin.isValid() ? draft.begin : m_session->serverNow()).toTimeZone(zone);
    if (draft.end.isValid()) {
        t.end = draft.end.toTimeZone(zone);
        t.duration = std::max<qint64>(0, t.begin.secsTo(t.end) - draft.breakSeconds.value_or(0));
    }
    t.breakSeconds = draft.breakSeconds;
    t.description = draft.description;
    t.tags = TagEnsurer::normalized(draft.tags);
    t.billable = draft.billable.value_or(true);
    t.userId = draft.user;
    return t;
}

bool EntryController::queueCreate(quint64 request, Operation op, const EntryDraft &draft, int previousId,
                                  const ApiError *failure)
{
    if (!shouldQueue(0, failure))
        return false;
    EntryFields fields = journalFields(formOf(draft));
    EntryDraft made = draft;
    if (!fields.begin) {   // "now" is the moment the user saved, not the replay's
        made.begin = m_session->serverNow();
        fields.begin = made.begin.toUTC();
    }
    if (fields.tags)
        fields.tags = TagEnsurer::normalized(*fields.tags);
    // No answer: it may have reached Kimai, and the replay reads back before it sends.
    const qint64 action = m_offline->queueCreate(fields, failure && isDoubtful(*failure));
    if (action == 0)
        return false;
    const Timesheet t = entryOf(OfflineWork::localId(action), made);
    qCInfo(lcSession) << "entry journalled:" << action << (failure && isDoubtful(*failure) ? "(may have reached Kimai)" : "");
    Q_EMIT queued(request, op);
    Q_EMIT saved(request, op, t, previousId ? previousId : t.id);
    return true;
}

bool EntryController::queueEdit(quint64 request, int id, const TimesheetForm &form, const EntryDraft &changed,
                                const ApiError *failure)
{
    if (!shouldQueue(id, failure))
        return false;
    EntryFields fields = journalFields(form);
    if (fields.tags)
        fields.tags = TagEnsurer::normalized(*fields.tags);
    if (m_offline->queueEdit(id, fields) == 0)
        return false;
    qCInfo(lcSession) << "edit journalled:" << id;
    Q_EMIT queued(request, Operation::Update);
    Q_EMIT saved(request, Operation::Update, entryOf(id, changed), id);
    return true;
}

bool EntryController::queueDelete(quint64 request, int id, const ApiError *failure)
{
    if (!shouldQueue(id, failure) || m_offline->queueDelete(id) == 0)
        return false;
    qCInfo(lcSession) << "delete journalled:" << id;
    Q_EMIT queued(request, Operation::Delete);
    Q_EMIT removed(request, id);
    return true;
}

quint64 EntryController::create(const EntryDraft &draft)
{
    const quint64 request = begin();
    if (!m_session->isActive()) {
        QTimer::singleShot(0, this, [this, request] { finish(request, Operation::Create); });
        return request;
    }
    if (!checkFuture(request, Operation::Create, draft))
        return request;
    // One turn later: the caller has the request number before any signal.
    QTimer::singleShot(0, scope(), [this, request, draft] {
        post(request, Operation::Create, draft, 0, [this, request](bool) { finish(request, Operation::Create); });
    });
    return request;
}

quint64 EntryController::duplicate(const Timesheet &t)
{
    EntryDraft d = EntryDraft::of(t);
    const QTimeZone zone = m_session->userZone();
    const QDate today = m_session->userToday();
    const QDateTime begin = t.begin.toTimeZone(zone);
    d.begin = QDateTime(today, begin.time(), zone);
    d.end = t.end.isValid() ? d.begin.addSecs(t.begin.secsTo(t.end)) : QDateTime();
    return create(d);
}

TimesheetForm EntryController::formOf(const EntryDraft &draft) const
{
    const Rules r = rules();
    TimesheetForm form;
    form.project = draft.project;
    form.activity = draft.activity;
    if (r.timesAllowed) {
        if (draft.begin.isValid())
            form.begin = draft.begin;
        if (draft.end.isValid())
            form.end = draft.end;
    }
    if (r.breakField && draft.breakSeconds.value_or(0) > 0)
        form.breakSeconds = *draft.breakSeconds;
    if (!draft.description.trimmed().isEmpty())
        form.description = draft.description;
    if (r.billableEditable && draft.billable)
        form.billable = *draft.billable;
    if (!isOwn(draft.user) && r.othersEditable)
        form.user = draft.user;   // a duplicate or a restore of another user's entry stays theirs
    if (!draft.tags.isEmpty())
        form.tags = draft.tags;
    return form;
}

void EntryController::post(quint64 request, Operation op, const EntryDraft &draft, int previousId,
                           std::function<void(bool)> next)
{
    if (queueCreate(request, op, draft, previousId, nullptr)) {
        next(true);
        return;
    }
    TimesheetForm form = formOf(draft);
    form.tags.reset();
    m_tags->ensure(draft.tags, scope(), [this, request, op, form, draft, previousId, next](const QStringList &tags) mutable {
        if (!tags.isEmpty())
            form.tags = tags;
        auto *reply = m_client->createTimesheet(form);
        connect(reply, &ApiReply::finished, scope(), [this, reply, request, op, draft, previousId, tags, next] {
            if (!reply->ok()) {
                if (queueCreate(request, op, draft, previousId, &reply->error())) {
                    next(true);
                    return;
                }
                fail(request, op, reply->error());
                next(false);
                return;
            }
            const Timesheet t = reply->result();
            qCInfo(lcSession) << "entry created:" << t.id;
            m_tags->checkSaved(tags, t.tags);
            Q_EMIT saved(request, op, t, previousId ? previousId : t.id);
            afterChange(t.isRunning());
            next(true);
        });
    });
}

quint64 EntryController::update(int wantedId, const EntryDraft &changed, const EntryDraft &original)
{
    const quint64 request = begin();
    const int id = current(wantedId);
    const Rules r = rules();
    TimesheetForm form;
    if (changed.project != original.project || changed.activity != original.activity) {
        form.project = changed.project;   // Kimai checks the activity against the project: both
        form.activity = changed.activity;
    }
    if (r.timesAllowed) {
        if (changed.begin.isValid() && changed.begin != original.begin)
            form.begin = changed.begin;
        if (changed.end.isValid() && changed.end != original.end)
            form.end = changed.end;
    }
    if (r.breakField && changed.breakSeconds.value_or(0) != original.breakSeconds.value_or(0))
        form.breakSeconds = changed.breakSeconds.value_or(0);
    if (changed.description != original.description)
        form.description = changed.description;
    if (r.billableEditable && changed.billable && changed.billable != original.billable)
        form.billable = *changed.billable;
    const bool tagsChanged = !sameTags(changed.tags, original.tags);
    const bool nothing = !form.project && !form.begin && !form.end && !form.breakSeconds && !form.description
        && !form.billable && !tagsChanged;
    if (nothing || !m_session->isActive()) {
        QTimer::singleShot(0, this, [this, request] { finish(request, Operation::Update); });
        return request;
    }
    EntryDraft times;
    times.begin = form.begin.value_or(QDateTime());
    times.end = form.end.value_or(QDateTime());
    if (!checkFuture(request, Operation::Update, times))
        return request;
    if (tagsChanged)
        form.tags = changed.tags;   // an empty list removes every tag
    // One turn later: the caller has the request number before any signal.
    QTimer::singleShot(0, scope(), [this, request, id, form, changed, tagsChanged] {
        if (queueEdit(request, id, form, changed, nullptr)) {
            finish(request, Operation::Update);
            return;
        }
        if (OfflineWork::isLocal(id)) {   // the journal could not take it: Kimai has no such entry
            fail(request, Operation::Update, notKept());
            finish(request, Operation::Update);
            return;
        }
        if (!tagsChanged) {
            patch(request, id, form, {}, changed);
            return;
        }
        m_tags->ensure(changed.tags, scope(), [this, request, id, form, changed](const QStringList &tags) mutable {
            form.tags = tags;
            patch(request, id, form, tags, changed);
        });
    });
    return request;
}

void EntryController::patch(quint64 request, int id, const TimesheetForm &form, const QStringList &tags,
                            const EntryDraft &changed)
{
    auto *reply = m_client->updateTimesheet(id, form);
    const bool tagsSent = form.tags.has_value();
    connect(reply, &ApiReply::finished, scope(), [this, reply, request, id, form, changed, tags, tagsSent] {
        if (!reply->ok()) {
            if (!queueEdit(request, id, form, changed, &reply->error()))
                fail(request, Operation::Update, reply->error());
        } else {
            const Timesheet t = reply->result();
            qCInfo(lcSession) << "entry updated:" << t.id;
            if (tagsSent)
                m_tags->checkSaved(tags, t.tags);
            Q_EMIT saved(request, Operation::Update, t, t.id);
            afterChange(true);   // it may have been (or be) the running one
        }
        finish(request, Operation::Update);
    });
}

quint64 EntryController::remove(const QList<int> &ids, const QList<Timesheet> &lastKnown)
{
    const quint64 request = begin();
    if (!m_session->isActive() || ids.isEmpty()) {
        QTimer::singleShot(0, this, [this, request] { finish(request, Operation::Delete); });
        return request;
    }
    // Entries made offline that the replay has sent meanwhile go by Kimai's ids.
    QList<int> byKimai;
    QList<Timesheet> known = lastKnown;
    for (const int id : ids) {
        byKimai.append(current(id));
        for (Timesheet &t : known) {
            if (t.id == id)
                t.id = byKimai.last();
        }
    }
    // One turn later, like an answer: the caller has the request number before any signal.
    QTimer::singleShot(0, scope(), [this, request, byKimai, known] { destroy(request, byKimai, {}, known); });
    return request;
}

void EntryController::destroy(quint64 request, QList<int> ids, QList<Timesheet> deleted, const QList<Timesheet> &lastKnown)
{
    if (ids.isEmpty()) {
        if (!deleted.isEmpty()) {
            m_deleted = deleted;
            Q_EMIT undoChanged();
            bool running = false;
            for (const Timesheet &t : std::as_const(deleted))
                running = running || t.isRunning();
            afterChange(running);
        }
        finish(request, Operation::Delete);
        return;
    }
    const int id = ids.takeFirst();
    const auto it = std::find_if(lastKnown.cbegin(), lastKnown.cend(), [id](const Timesheet &t) { return t.id == id; });
    const Timesheet known = it != lastKnown.cend() ? *it : Timesheet();
    // Journalled: undo() creates it again from the list's copy.
    const auto journalled = [this, request, id, known](const ApiError *failure, QList<Timesheet> &done) {
        if (!queueDelete(request, id, failure))
            return false;
        if (known.id == id)
            done.append(known);
        return true;
    };
    if (journalled(nullptr, deleted)) {
        destroy(request, ids, deleted, lastKnown);
        return;
    }
    if (OfflineWork::isLocal(id)) {   // the journal could not take it: Kimai has no such entry
        fail(request, Operation::Delete, notKept());
        destroy(request, ids, deleted, lastKnown);
        return;
    }
    // Read first: undo() creates it again from what the server held, break and tags included.
    auto *read = m_client->timesheet(id);
    connect(read, &ApiReply::finished, scope(), [this, read, request, ids, deleted, lastKnown, journalled]() mutable {
        if (!read->ok()) {
            if (!journalled(&read->error(), deleted))
                fail(request, Operation::Delete, read->error());
            destroy(request, ids, deleted, lastKnown);
            return;
        }
        const Timesheet t = read->result();
        auto *reply = m_client->deleteTimesheet(t.id);
        connect(reply, &ApiReply::finished, scope(), [this, reply, request, ids, deleted, t, lastKnown]() mutable {
            if (reply->ok()) {
                qCInfo(lcSession) << "entry deleted:" << t.id;
                deleted.append(t);
                Q_EMIT removed(request, t.id);
            } else if (queueDelete(request, t.id, &reply->error())) {
                deleted.append(t);
            } else {
                fail(request, Operation::Delete, reply->error());
            }
            destroy(request, ids, deleted, lastKnown);
        });
    });
}

quint64 EntryController::undo()
{
    const quint64 request = begin();
    QList<Timesheet> entries = std::exchange(m_deleted, {});
    Q_EMIT undoChanged();
    if (entries.isEmpty() || !m_session->isActive()) {
        QTimer::singleShot(0, this, [this, request] { finish(request, Operation::Restore); });
        return request;
    }
    // Oldest first, one after the other.
    std::sort(entries.begin(), entries.end(), [](const Timesheet &a, const Timesheet &b) { return a.begin < b.begin; });
    QTimer::singleShot(0, scope(), [this, request, entries] { restore(request, entries, {}); });
    return request;
}

void EntryController::restore(quint64 request, QList<Timesheet> left, QList<Timesheet> notRestored)
{
    if (left.isEmpty()) {
        if (!notRestored.isEmpty()) {
            m_deleted = notRestored;   // to undo again
            Q_EMIT undoChanged();
        }
        finish(request, Operation::Restore);
        return;
    }
    const Timesheet t = left.takeFirst();
    post(request, Operation::Restore, EntryDraft::of(t), t.id, [this, request, left, notRestored, t](bool ok) mutable {
        if (!ok)
            notRestored.append(t);
        restore(request, left, notRestored);
    });
}

} // namespace kd
