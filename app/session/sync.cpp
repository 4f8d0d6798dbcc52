#include "session/sync.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "journal/journal.h"

#include <QNetworkInformation>

#include <algorithm>
#include <cstdlib>

namespace kd {

namespace {

using A = JournalAction;

qint64 floorMinute(qint64 s)
{
    return s - ((s % 60) + 60) % 60;
}

// Kimai rounds a stopped entry's begin down to the minute (by default); a running one keeps seconds.
bool sameMoment(const QDateTime &server, const QDateTime &mine)
{
    const qint64 a = server.toSecsSinceEpoch();
    const qint64 b = mine.toSecsSinceEpoch();
    return floorMinute(a) == floorMinute(b) || std::abs(a - b) < 60;
}

QString trimmed(const std::optional<QString> &text)
{
    return text ? text->trimmed() : QString();
}

// Whether a server entry is the one a create action made: project, activity, begin and description.
bool isMadeBy(const Timesheet &t, const A &a)
{
    return a.fields.project && a.fields.activity && a.fields.begin && t.projectId == *a.fields.project
        && t.activityId == *a.fields.activity && sameMoment(t.begin, *a.fields.begin)
        && t.description.trimmed() == trimmed(a.fields.description);
}

// A new entry leaves out empty texts (as the timer does); an edit sends them (it clears the field).
TimesheetForm formOf(const EntryFields &f, bool creating)
{
    TimesheetForm form;
    form.project = f.project;
    form.activity = f.activity;
    form.begin = f.begin;
    form.end = f.end;
    form.description = f.description;
    form.tags = f.tags;
    form.breakSeconds = f.breakSeconds;
    form.billable = f.billable;
    if (creating)
        form.user = f.user;   // an edit never moves an entry to another user
    if (creating) {
        if (form.description && form.description->trimmed().isEmpty())
            form.description.reset();
        else if (form.description)
            form.description = form.description->trimmed();
        if (form.tags && form.tags->isEmpty())
            form.tags.reset();
    }
    return form;
}

bool isAuthProblem(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Unauthorized || e.cause() == ApiError::Cause::LegacyRejected
        || e.cause() == ApiError::Cause::LegacyHeaderMissing;
}

} // namespace

Sync::Sync(Journal *journal, KimaiClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Sync::step);
    // A change journalled while all was sent goes out at once (after the caller's turn).
    connect(journal, &Journal::appended, this, [this] {
        if (m_status == Status::Idle || m_status == Status::NeedsAttention)
            QMetaObject::invokeMethod(this, &Sync::step, Qt::QueuedConnection);
    });
}

Sync::~Sync()
{
    if (m_journal)
        m_journal->unlockReplay();
}

bool Sync::isUnreachable(const ApiError &error)
{
    return error.meansUnreachable();
}

void Sync::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

bool Sync::watchNetworkChanges()
{
    if (m_watchingNetwork)
        return true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    m_watchingNetwork = true;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                const bool up = reachability != QNetworkInformation::Reachability::Disconnected
                    && reachability != QNetworkInformation::Reachability::Unknown;
                if (up && m_status == Status::Offline)
                    retryNow();
            });
    return true;
}

int Sync::waitingCount() const
{
    return m_journal ? m_journal->waitingCount() : 0;
}

QList<JournalAction> Sync::conflicts() const
{
    return m_journal ? m_journal->conflicts() : QList<JournalAction>();
}

void Sync::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void Sync::retryNow()
{
    m_retryTimer.stop();
    step();
}

template<typename Reply, typename Fn>
void Sync::await(Reply *reply, Fn fn)
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, fn = std::move(fn)]() mutable {
        m_reply = nullptr;
        fn(reply);
    });
}

std::optional<JournalAction> Sync::nextAction() const
{
    if (m_journal->conflictCount() == 0)
        return m_journal->firstWaiting();
    // An action waits while an earlier action on the same entry is a conflict; others go on.
    QList<A> conflicts;
    for (const A &a : m_journal->unfinished()) {
        if (a.state == A::State::Conflict) {
            conflicts.append(a);
            continue;
        }
        const bool blocked = std::any_of(conflicts.cbegin(), conflicts.cend(), [&a](const A &c) {
            if (a.entry.localAction > 0 && (a.entry.localAction == c.id || a.entry.localAction == c.entry.localAction))
                return true;
            return a.entry.serverId > 0 && (a.entry.serverId == c.entry.serverId || a.entry.serverId == c.serverId);
        });
        if (!blocked)
            return a;
    }
    return std::nullopt;
}

void Sync::step()
{
    if (m_reply || m_preparingTags || !m_journal || !m_journal->isOpen())
        return;
    if (!m_client || !m_client->hasToken()) {
        m_journal->unlockReplay();
        setStatus(m_journal->waitingCount() > 0 ? Status::NeedsLogin : Status::Idle);
        return;
    }
    const std::optional<A> next = nextAction();
    if (!next) {
        finishRun();
        return;
    }
    if (!m_journal->lockReplay()) {   // another process replays this journal
        waitAndRetry();
        return;
    }
    m_retryTimer.stop();
    setStatus(Status::Replaying);
    // (A stop carries the entry's tags to recreate it, but sends only its end.)
    const QStringList tags = next->type != A::Type::Stop && next->type != A::Type::Delete
        ? next->fields.tags.value_or(QStringList())
        : QStringList();
    if (m_tagPreparer && !tags.isEmpty() && !m_tagsPrepared.contains(next->id)) {
        m_preparingTags = true;
        m_tagsPrepared.insert(next->id);
        m_tagPreparer(tags, this, [this] {
            m_preparingTags = false;
            step();   // what is next may have changed meanwhile
        });
        return;
    }
    if (next->createsEntry())
        replayCreate(*next);
    else
        replayOnEntry(*next);
}

void Sync::replayCreate(const JournalAction &a)
{
    if (a.state == A::State::Sending)
        readBack(a);   // it may have landed: never send it twice
    else if (a.type == A::Type::Start && a.choice != A::Choice::KeepBoth)
        checkRunning(a);
    else
        send(a);
}

void Sync::readBack(const JournalAction &a)
{
    if (!a.fields.begin) {
        send(a);
        return;
    }
    TimesheetQuery q;
    q.begin = a.fields.begin->addSecs(-120);
    q.end = a.fields.begin->addSecs(120);
    q.size = 100;
    if (a.fields.project)
        q.projects = {*a.fields.project};
    if (a.fields.user)
        q.user = QString::number(*a.fields.user);   // another user's entry made again lands under them
    await(m_client->timesheets(q), [this, a](TypedReply<QList<Timesheet>> *reply) {
        if (!reply->ok()) {
            failed(a, reply->error());
            return;
        }
        for (const Timesheet &t : reply->result()) {
            if (isMadeBy(t, a) && !m_journal->isClaimed(t.id, a.id)) {
                done(a, t.id);
                return;
            }
        }
        if (a.type == A::Type::Start && a.choice != A::Choice::KeepBoth)
            checkRunning(a);
        else
            send(a);
    });
}

void Sync::checkRunning(const JournalAction &a)
{
    await(m_client->activeTimesheets(), [this, a](TypedReply<QList<Timesheet>> *reply) {
        if (!reply->ok()) {
            failed(a, reply->error());
            return;
        }
        const QSet<int> ours = m_journal->entryIds();
        QList<Timesheet> theirs;
        QList<int> ids;
        for (const Timesheet &t : reply->result()) {
            if (!ours.contains(t.id) && !a.knownRunning.contains(t.id)) {
                theirs.append(t);
                ids.append(t.id);
            }
        }
        if (theirs.isEmpty())
            send(a);
        else if (a.choice == A::Choice::StopTheirs)
            stopTheirs(a, ids);
        else
            runningConflict(a, reply->result(), theirs);
    });
}

void Sync::stopTheirs(const JournalAction &a, QList<int> ids)
{
    if (ids.isEmpty() || !a.fields.begin) {
        send(a);
        return;
    }
    const int id = ids.takeFirst();
    TimesheetForm form;
    form.end = *a.fields.begin;
    await(m_client->updateTimesheet(id, form), [this, a, ids](TypedReply<Timesheet> *reply) {
        if (!reply->ok() && reply->error().cause() != ApiError::Cause::EntityNotFound) {
            failed(a, reply->error());
            return;
        }
        stopTheirs(a, ids);
    });
}

void Sync::send(const JournalAction &a)
{
    // Committed before the request exists: if the answer is lost, the next attempt reads back.
    if (!m_journal->markSending(a.id)) {
        journalFailed();
        return;
    }
    await(m_client->createTimesheet(formOf(a.fields, true)), [this, a](TypedReply<Timesheet> *reply) {
        if (reply->ok())
            done(a, reply->result().id);
        else
            failed(a, reply->error());
    });
}

// Stop, edit and delete set a state rather than add one: sending them twice does no harm.
void Sync::replayOnEntry(const JournalAction &a)
{
    const int target = m_journal->resolve(a.entry);
    if (target <= 0) {
        conflict(a, A::Conflict::Refused, tr("The entry this change belongs to was never created in Kimai."),
                 {A::Choice::Discard});
        return;
    }
    if (a.type == A::Type::Delete) {
        await(m_client->deleteTimesheet(target), [this, a, target](TypedReply<bool> *reply) {
            // Already gone is what a delete wants.
            if (reply->ok() || reply->error().cause() == ApiError::Cause::EntityNotFound)
                done(a, target);
            else
                failed(a, reply->error());
        });
        return;
    }
    TimesheetForm form;
    if (a.type == A::Type::Stop)
        form.end = a.fields.end;   // the moment the user stopped, not the server's now
    else
        form = formOf(a.fields, false);
    await(m_client->updateTimesheet(target, form), [this, a, target](TypedReply<Timesheet> *reply) {
        if (reply->ok())
            done(a, target);
        else
            failed(a, reply->error());
    });
}

void Sync::done(const JournalAction &a, int serverId)
{
    if (!m_journal->markDone(a.id, serverId)) {
        journalFailed();
        return;
    }
    m_delayMs = 0;
    m_lastError = {};
    Q_EMIT actionReplayed(a.id, serverId);
    step();
}

void Sync::failed(const JournalAction &a, const ApiError &error)
{
    m_lastError = error;
    m_journal->noteFailure(a.id, error.message());
    if (isAuthProblem(error)) {
        m_journal->unlockReplay();
        setStatus(Status::NeedsLogin);
        Q_EMIT loginNeeded();
        return;
    }
    if (error.kind() == ApiError::Kind::Validation || error.kind() == ApiError::Kind::Forbidden) {
        conflict(a, A::Conflict::Refused, error.message(), {A::Choice::Retry, A::Choice::Discard});
        return;
    }
    if (error.cause() == ApiError::Cause::EntityNotFound && a.actsOnEntry()) {
        const EntryFields f = recreateFields(a);
        QList<A::Choice> choices;
        if (f.project && f.activity && f.begin)
            choices.append(A::Choice::Recreate);
        choices.append(A::Choice::Discard);
        conflict(a, A::Conflict::DeletedOnServer,
                 tr("Entry %1 no longer exists in Kimai: it was deleted there.").arg(m_journal->resolve(a.entry)),
                 choices);
        return;
    }
    waitAndRetry();
}

void Sync::conflict(const JournalAction &a, JournalAction::Conflict kind, const QString &detail,
                    QList<JournalAction::Choice> choices)
{
    if (!m_journal->markConflict(a.id, kind, detail, choices)) {
        journalFailed();
        return;
    }
    Q_EMIT conflictRaised(a.id);
    step();
}

void Sync::journalFailed()
{
    qWarning("kimai-desk: the offline journal could not be written: %s", qPrintable(m_journal->errorString()));
    waitAndRetry();
}

void Sync::waitAndRetry()
{
    m_delayMs = m_delayMs > 0 ? std::min(m_delayMs * 2, m_maxDelayMs) : m_firstDelayMs;
    m_tagsPrepared.clear();   // tried again next time: Kimai may not have been there to make them
    m_journal->unlockReplay();
    m_retryTimer.start(m_delayMs);
    setStatus(Status::Offline);
    Q_EMIT retryScheduled(m_delayMs);
}

void Sync::finishRun()
{
    m_retryTimer.stop();
    m_delayMs = 0;
    m_tagsPrepared.clear();
    // Done actions stay a while: a later read-back must not mistake their entries for its own.
    const QDateTime now = m_client && m_client->clock() ? m_client->clock()->now() : QDateTime::currentDateTimeUtc();
    m_journal->purgeFinished(now.addDays(-2));
    m_journal->unlockReplay();
    setStatus(m_journal->conflictCount() > 0 ? Status::NeedsAttention : Status::Idle);
    Q_EMIT drained();
}

} // namespace kd
