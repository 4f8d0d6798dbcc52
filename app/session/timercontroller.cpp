#include "session/timercontroller.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "core/logging.h"
#include "session/catalog.h"
#include "session/session.h"
#include "session/tagensurer.h"

#include <QLocale>

#include <algorithm>

namespace kd {

namespace {
// After login the timer bar needs the running entries at once; the recent entries and today's total
// are read a little later, so that they do not compete with the first tab's requests for the
// server's connections.
constexpr int kSecondaryReadsDelayMs = 800;
constexpr int kDefaultRefreshMs = 60'000;
} // namespace

TimerController::TimerController(KimaiClient *client, Session *session, Catalog *catalog, const Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_catalog(catalog)
    , m_clock(clock)
{
    m_refreshTimer.setInterval(kDefaultRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshActive();
        refreshToday();
    });
    connect(&m_ticker, &QTimer::timeout, this, &TimerController::tick);
    connect(m_session, &Session::started, this, [this] {
        refreshActive();
        QTimer::singleShot(kSecondaryReadsDelayMs, scope(), [this] {
            refreshRecent();
            refreshToday();
        });
        if (m_refreshTimer.interval() > 0)
            m_refreshTimer.start();
    });
    connect(m_session, &Session::ended, this, &TimerController::reset);
}

QObject *TimerController::scope() const
{
    return m_session->scope();
}

qint64 TimerController::elapsedSeconds(const Timesheet &t) const
{
    if (!t.begin.isValid())
        return 0;
    if (!t.isRunning())
        return t.duration;
    const qint64 ms = t.begin.msecsTo(m_session->serverNow());
    return ms > 0 ? ms / 1000 : 0;
}

qint64 TimerController::todaySeconds() const
{
    qint64 total = m_todayStoppedSeconds;
    const QDateTime now = m_session->serverNow();
    const QTimeZone zone = m_session->userZone();
    const QDateTime midnight(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    for (const Timesheet &t : m_active) {
        const QDateTime from = t.begin > midnight ? t.begin : midnight;
        const qint64 ms = from.msecsTo(now);
        if (ms > 0)
            total += ms / 1000;
    }
    return total;
}

void TimerController::setRefreshIntervalSeconds(int seconds)
{
    if (seconds <= 0) {
        m_refreshTimer.stop();
        m_refreshTimer.setInterval(0);
        return;
    }
    m_refreshTimer.setInterval(seconds * 1000);
    if (m_session->isActive())
        m_refreshTimer.start();
}

void TimerController::setTickInterval(const QObject *viewer, int intervalMs)
{
    if (!m_tickViewers.contains(viewer)) {
        connect(viewer, &QObject::destroyed, this, [this, viewer] {
            m_tickViewers.remove(viewer);
            updateTicker();
        });
    }
    m_tickViewers.insert(viewer, std::max(0, intervalMs));
    updateTicker();
}

int TimerController::tickIntervalMs() const
{
    return m_ticker.isActive() ? m_ticker.interval() : 0;
}

void TimerController::updateTicker()
{
    int interval = 0;
    for (const int ms : std::as_const(m_tickViewers)) {
        if (ms > 0)
            interval = interval == 0 ? ms : std::min(interval, ms);
    }
    if (interval == 0 || m_active.isEmpty()) {
        m_ticker.stop();
        return;
    }
    if (!m_ticker.isActive() || m_ticker.interval() != interval)
        m_ticker.start(interval);
}

void TimerController::setBusy(Operation op)
{
    const bool was = isBusy();
    m_busy = op;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void TimerController::reset()
{
    m_refreshTimer.stop();
    m_active.clear();
    m_serverActive.clear();
    m_recent.clear();
    m_stopQueue.clear();
    m_activeKnown = false;
    m_todayStoppedSeconds = 0;
    setBusy(Operation::None);
    updateTicker();
    Q_EMIT activeChanged();
    Q_EMIT recentChanged();
    Q_EMIT todayChanged();
}

void TimerController::setActive(const QList<Timesheet> &list)
{
    m_serverActive = list;
    m_activeKnown = true;
    showActive();
}

void TimerController::addActive(const Timesheet &t)
{
    // What the server answered is true now; the refresh that follows adds what it changed besides
    // (older entries stopped by the hard limit).
    QList<Timesheet> list{t};
    for (const Timesheet &a : std::as_const(m_serverActive)) {
        if (a.id != t.id)
            list.append(a);
    }
    setActive(list);
}

void TimerController::refreshActive()
{
    if (!m_session->isActive())
        return;
    if (m_activeReply)
        m_activeReply->abort();   // its answer may already be stale
    m_lastActiveRefreshMs = m_clock->monotonicMs();
    auto *reply = m_client->activeTimesheets();
    m_activeReply = reply;
    connect(reply, &ApiReply::finished, scope(), [this, reply] {
        if (reply->error().kind() == ApiError::Kind::Cancelled)
            return;   // a newer read follows
        if (reply->ok())
            setActive(reply->result());
        Q_EMIT activeRead(reply->ok());
    });
}

void TimerController::refreshActiveThrottled(qint64 minGapMs)
{
    if (m_clock->monotonicMs() - m_lastActiveRefreshMs >= minGapMs)
        refreshActive();
}

void TimerController::refreshRecent()
{
    if (!m_session->isActive())
        return;
    auto *reply = m_client->recentTimesheets(10);
    connect(reply, &ApiReply::finished, scope(), [this, reply] {
        if (!reply->ok())
            return;
        m_recent = reply->result();
        Q_EMIT recentChanged();
    });
}

void TimerController::refreshToday()
{
    if (!m_session->isActive())
        return;
    const QTimeZone zone = m_session->userZone();
    const QDate today = m_session->userToday();
    TimesheetQuery q;
    q.begin = QDateTime(today, QTime(0, 0), zone);
    q.end = QDateTime(today, QTime(23, 59, 59), zone);
    q.active = false;
    q.size = 500;
    auto *reply = m_client->timesheets(q);
    connect(reply, &ApiReply::finished, scope(), [this, reply, today] {
        if (!reply->ok())
            return;
        qint64 sum = 0;
        for (const Timesheet &t : reply->result())
            sum += t.duration;
        m_todayStoppedSeconds = sum;
        m_todayDate = today;
        Q_EMIT todayChanged();
    });
}

bool TimerController::isDoubtful(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        // Refused / not found: the request never reached Kimai. Closed or other: it may have.
        return error.cause() != ApiError::Cause::ConnectionRefused && error.cause() != ApiError::Cause::HostNotFound
            && error.cause() != ApiError::Cause::RedirectRefused && error.cause() != ApiError::Cause::NetworkUnreachable;
    case ApiError::Kind::Server:
        return error.cause() == ApiError::Cause::ServerFailure;
    case ApiError::Kind::InvalidResponse:
        return true;   // Kimai answered something: it may have saved
    default:
        return false;
    }
}

void TimerController::afterChange()
{
    refreshRecent();
    refreshToday();
}

void TimerController::start(const StartRequest &request)
{
    if (!m_session->isActive() || isBusy())
        return;
    TimesheetForm form;
    form.project = request.project;
    form.activity = request.activity;
    if (!request.description.trimmed().isEmpty())
        form.description = request.description.trimmed();
    if (!request.tags.isEmpty())
        form.tags = request.tags;
    const TimesheetConfig &config = m_session->info().timesheetConfig;
    if (request.begin && config.canSendBeginEnd()) {
        if (!config.isAllowFutureTimes && *request.begin > m_session->serverNow()) {
            ApiError e(ApiError::Kind::Validation, ApiError::Cause::FormInvalid,
                       tr("Kimai does not allow times in the future."), QStringLiteral("begin: future"));
            FieldErrors fe;
            fe.fields.append({QStringLiteral("begin"), {e.message()}});
            e.setFieldErrors(fe);
            Q_EMIT operationFailed(Operation::Start, e);
            return;
        }
        form.begin = *request.begin;
    }
    const QDateTime startedAt = m_session->serverNow();
    const QDateTime begin = form.begin.value_or(startedAt);
    // Kimai out of reach: to the journal, tags as typed (they cannot be created now).
    if (queueStart(Operation::Start, request, begin, nullptr))
        return;
    setBusy(Operation::Start);
    withTags(request.tags, [this, form, request, startedAt, begin](const QStringList &tags) mutable {
        if (!tags.isEmpty())
            form.tags = tags;
        sendStart(form, request, startedAt, begin);
    });
}

void TimerController::sendStart(const TimesheetForm &form, const StartRequest &request, const QDateTime &startedAt,
                                const QDateTime &begin)
{
    auto *reply = m_client->createTimesheet(form, true);
    connect(reply, &ApiReply::finished, scope(), [this, reply, request, startedAt, begin, form] {
        setBusy(Operation::None);
        if (reply->ok()) {
            qCInfo(lcSession) << "timer started:" << reply->result().id;
            if (m_tags)
                m_tags->checkSaved(form.tags.value_or(QStringList()), reply->result().tags);
            addActive(reply->result());
            Q_EMIT started(reply->result());
            refreshActive();   // the server may have stopped older entries (activeEntriesHardLimit)
            afterChange();
            return;
        }
        if (queueStart(Operation::Start, request, begin, &reply->error()))
            return;
        if (isDoubtful(reply->error())) {
            reconcile(Operation::Start, 0, request, startedAt);
            return;
        }
        Q_EMIT operationFailed(Operation::Start, reply->error());
    });
}

void TimerController::withTags(const QStringList &names, std::function<void(const QStringList &)> send)
{
    if (m_tags && !names.isEmpty())
        m_tags->ensure(names, scope(), std::move(send));
    else
        send(names);
}

void TimerController::stop(int timesheetId)
{
    if (!m_session->isActive() || isBusy())
        return;
    const QDateTime stoppedAt = m_session->serverNow();
    if (queueStop(timesheetId, stoppedAt, nullptr))
        return;
    setBusy(Operation::Stop);
    auto *reply = m_client->stopTimesheet(timesheetId);
    connect(reply, &ApiReply::finished, scope(), [this, reply, timesheetId, stoppedAt] {
        setBusy(Operation::None);
        if (reply->ok()) {
            const Timesheet t = reply->result();
            qCInfo(lcSession) << "timer stopped:" << t.id;
            QList<Timesheet> rest;
            for (const Timesheet &a : std::as_const(m_serverActive)) {
                if (a.id != t.id)
                    rest.append(a);
            }
            setActive(rest);
            Q_EMIT stopped(t);
            if (!m_stopQueue.isEmpty()) {
                stopNextQueued();
                return;
            }
            refreshActive();
            afterChange();
            return;
        }
        if (queueStop(timesheetId, stoppedAt, &reply->error()))
            return;
        m_stopQueue.clear();
        if (isDoubtful(reply->error())) {
            reconcile(Operation::Stop, timesheetId, {}, {});
            return;
        }
        Q_EMIT operationFailed(Operation::Stop, reply->error());
        refreshActive();
    });
}

void TimerController::stopAt(int timesheetId, const QDateTime &end)
{
    if (!m_session->isActive() || isBusy())
        return;
    setBusy(Operation::Stop);
    TimesheetForm form;
    form.end = end;
    auto *reply = m_client->updateTimesheet(timesheetId, form);
    connect(reply, &ApiReply::finished, scope(), [this, reply, timesheetId] {
        setBusy(Operation::None);
        if (reply->ok()) {
            const Timesheet t = reply->result();
            qCInfo(lcSession) << "timer stopped at a given end:" << t.id;
            QList<Timesheet> rest;
            for (const Timesheet &a : std::as_const(m_active)) {
                if (a.id != t.id)
                    rest.append(a);
            }
            setActive(rest);
            Q_EMIT stopped(t);
            refreshActive();
            afterChange();
        } else if (isDoubtful(reply->error())) {
            reconcile(Operation::Stop, timesheetId, {}, {});
        } else {
            Q_EMIT operationFailed(Operation::Stop, reply->error());
            refreshActive();
        }
    });
}

void TimerController::stopAll()
{
    if (!m_session->isActive() || isBusy() || m_active.isEmpty())
        return;
    // One at a time keeps the outcome of each clear; the newest first.
    m_stopQueue.clear();
    for (const Timesheet &t : std::as_const(m_active))
        m_stopQueue.append(t.id);
    stopNextQueued();
}

void TimerController::stopNextQueued()
{
    while (!m_stopQueue.isEmpty()) {
        const int id = m_stopQueue.takeFirst();
        const bool stillRunning = std::any_of(m_active.cbegin(), m_active.cend(), [id](const Timesheet &t) { return t.id == id; });
        if (stillRunning) {
            stop(id);
            return;
        }
    }
    refreshActive();
    afterChange();
}

void TimerController::restart(int timesheetId, bool copyAll, const Timesheet &lastKnown)
{
    if (!m_session->isActive() || isBusy())
        return;
    const QDateTime startedAt = m_session->serverNow();
    StartRequest again;   // what the restart makes, should it have to wait in the journal
    const auto take = [&again, copyAll](const Timesheet &t) {
        again.project = t.projectId;
        again.activity = t.activityId;
        if (copyAll) {
            again.description = t.description;
            again.tags = t.tags;
        }
    };
    if (lastKnown.id == timesheetId)
        take(lastKnown);
    for (const Timesheet &t : std::as_const(m_recent)) {
        if (t.id == timesheetId)
            take(t);
    }
    if (again.project > 0 && queueStart(Operation::Restart, again, startedAt, nullptr))
        return;
    if (timesheetId < 0) {   // not in Kimai yet, and the journal could not take it
        Q_EMIT operationFailed(Operation::Restart,
                               ApiError(ApiError::Kind::NotFound, ApiError::Cause::EntityNotFound,
                                        tr("This entry is not in Kimai yet, and its restart could not be kept for later."),
                                        QStringLiteral("local entry")));
        return;
    }
    setBusy(Operation::Restart);
    auto *reply = m_client->restartTimesheet(timesheetId, copyAll);
    connect(reply, &ApiReply::finished, scope(), [this, reply, startedAt, again, timesheetId] {
        setBusy(Operation::None);
        if (reply->ok()) {
            qCInfo(lcSession) << "timer restarted from" << timesheetId << "as" << reply->result().id;
            addActive(reply->result());
            Q_EMIT started(reply->result());
            refreshActive();
            afterChange();
            return;
        }
        if (again.project > 0 && queueStart(Operation::Restart, again, startedAt, &reply->error()))
            return;
        if (isDoubtful(reply->error())) {
            reconcile(Operation::Restart, timesheetId, again, startedAt);
            return;
        }
        Q_EMIT operationFailed(Operation::Restart, reply->error());
    });
}

namespace {
// The entry that ended last (by end, then id: several may end in the same second).
const Timesheet *endedLast(const QList<Timesheet> &entries)
{
    const Timesheet *last = nullptr;
    for (const Timesheet &t : entries) {
        if (t.end.isValid() && (!last || std::pair(t.end, t.id) > std::pair(last->end, last->id)))
            last = &t;
    }
    return last;
}
} // namespace

void TimerController::restartLast()
{
    if (!m_session->isActive() || isBusy())
        return;
    const auto nothingToRestart = [this] {
        Q_EMIT operationFailed(Operation::Restart, ApiError(ApiError::Kind::NotFound, ApiError::Cause::EntityNotFound,
                                                            tr("There is no recent timesheet to restart."),
                                                            QStringLiteral("no ended timesheet")));
    };
    // Kimai out of reach: the newest of the entries known here, restarted into the journal.
    if (shouldQueue(0, nullptr)) {
        if (const Timesheet *last = endedLast(m_recent))
            restart(last->id, true);
        else
            nothingToRestart();
        return;
    }
    TimesheetQuery q;
    q.active = false;
    q.orderBy = QStringLiteral("end");
    q.descending = true;
    q.size = 10;   // the entries that ended in the same second as the last one are among them
    setBusy(Operation::Restart);
    auto *reply = m_client->timesheets(q);
    connect(reply, &ApiReply::finished, scope(), [this, reply, nothingToRestart] {
        setBusy(Operation::None);
        if (!reply->ok()) {
            const Timesheet *known = shouldQueue(0, &reply->error()) ? endedLast(m_recent) : nullptr;
            if (known)
                restart(known->id, true);   // unreachable: journalled by restart
            else
                Q_EMIT operationFailed(Operation::Restart, reply->error());
            return;
        }
        if (const Timesheet *last = endedLast(reply->result()))
            restart(last->id, true);
        else
            nothingToRestart();
    });
}

void TimerController::updateRunning(int timesheetId, const QString &description, const QStringList &tags)
{
    if (!m_session->isActive() || isBusy())
        return;
    if (queueUpdate(timesheetId, description, tags, nullptr))
        return;
    setBusy(Operation::Update);
    withTags(tags, [this, timesheetId, description, tags](const QStringList &names) {
        TimesheetForm form;
        form.description = description.trimmed();
        form.tags = names;
        auto *reply = m_client->updateTimesheet(timesheetId, form);
        connect(reply, &ApiReply::finished, scope(), [this, reply, timesheetId, description, tags, names] {
            setBusy(Operation::None);
            if (!reply->ok()) {
                if (queueUpdate(timesheetId, description, tags, &reply->error()))
                    return;
                Q_EMIT operationFailed(Operation::Update, reply->error());
                refreshActive();
                return;
            }
            if (m_tags)
                m_tags->checkSaved(names, reply->result().tags);
            Q_EMIT updated(reply->result());
            refreshActive();   // the active list carries the expanded names
        });
    });
}

void TimerController::reconcile(Operation op, int timesheetId, const StartRequest &request, const QDateTime &startedAt)
{
    setBusy(Operation::Refresh);
    auto *reply = m_client->activeTimesheets();
    connect(reply, &ApiReply::finished, scope(), [this, reply, op, timesheetId, request, startedAt] {
        setBusy(Operation::None);
        if (!reply->ok()) {
            m_activeKnown = false;
            Q_EMIT activeChanged();
            Q_EMIT activeRead(false);
            Q_EMIT reconciled(op, tr("The server did not answer, and the current state could not be read either "
                                     "(%1). Nothing was retried. Check the timer in Kimai before trying again.")
                                      .arg(reply->error().message()));
            return;
        }
        setActive(reply->result());
        Q_EMIT activeRead(true);
        QString message;
        if (op == Operation::Stop) {
            bool stillRunning = false;
            for (const Timesheet &t : std::as_const(m_active))
                stillRunning = stillRunning || t.id == timesheetId;
            message = stillRunning ? tr("The server did not confirm the stop, and the timer is still running. "
                                        "Nothing was retried; stop it again when the connection is back.")
                                   : tr("The server did not confirm the stop, but the timer is stopped.");
            if (!stillRunning)
                afterChange();
        } else {
            std::optional<Timesheet> match;
            for (const Timesheet &t : std::as_const(m_active)) {
                const bool sameWork = t.projectId == request.project && t.activityId == request.activity;
                const bool recent = !startedAt.isValid() || t.begin.secsTo(startedAt) <= 120;
                if (sameWork && recent && !match)
                    match = t;
            }
            if (match) {
                message = tr("The server did not confirm the start, but the timer has been running since %1.")
                              .arg(QLocale().toString(match->begin.time(), QLocale::ShortFormat));
                Q_EMIT started(*match);
                afterChange();
            } else {
                message = tr("The server did not confirm the start, and no timer is running for it. Nothing was "
                             "retried; start it again when the connection is back.");
            }
        }
        Q_EMIT reconciled(op, message);
    });
}

QString TimerController::titleOf(const Timesheet &t) const
{
    QString customer = t.customer ? t.customer->name : QString();
    QString project = t.project ? t.project->name : QString();
    QString activity = t.activity ? t.activity->name : QString();
    if (project.isEmpty()) {
        if (const Project *p = m_catalog->project(t.projectId)) {
            project = p->name;
            if (customer.isEmpty())
                customer = p->customerName;
        }
    }
    if (activity.isEmpty()) {
        if (const Activity *a = m_catalog->activity(t.activityId))
            activity = a->name;
    }
    QStringList parts;
    for (const QString &s : {customer, project, activity}) {
        if (!s.isEmpty())
            parts.append(s);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace kd
