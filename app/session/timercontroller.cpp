#include "session/timercontroller.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "session/catalog.h"
#include "session/session.h"

#include <QLocale>

namespace kd {

TimerController::TimerController(Session *session, Catalog *catalog, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_clock(clock)
{
    m_refreshTimer.setInterval(60'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshActive();
        refreshToday();
    });
    connect(m_session, &Session::started, this, [this] {
        refreshActive();   // the timer bar needs it now
        // Recent entries and today's total can wait until the first tab's data has gone out.
        QTimer::singleShot(800, this, [this] {
            refreshRecent();
            refreshToday();
        });
        if (m_refreshTimer.interval() > 0)
            m_refreshTimer.start();
    });
    connect(m_session, &Session::ended, this, &TimerController::reset);
}

QDateTime TimerController::serverNow() const
{
    return m_clock->now().addMSecs(m_session->client()->serverClockOffsetMs());
}

qint64 TimerController::elapsedSeconds(const Timesheet &t) const
{
    if (!t.begin.isValid())
        return 0;
    if (!t.isRunning())
        return t.duration;
    const qint64 ms = t.begin.msecsTo(serverNow());
    return ms > 0 ? ms / 1000 : 0;
}

qint64 TimerController::todaySeconds() const
{
    qint64 total = m_todayStoppedSeconds;
    const QTimeZone zone = m_session->client()->userTimeZone();
    const QDateTime midnight(serverNow().toTimeZone(zone).date(), QTime(0, 0), zone);
    for (const Timesheet &t : m_active) {
        const QDateTime from = t.begin > midnight ? t.begin : midnight;
        const qint64 ms = from.msecsTo(serverNow());
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
    m_recent.clear();
    m_activeKnown = false;
    m_todayStoppedSeconds = 0;
    setBusy(Operation::None);
    Q_EMIT activeChanged();
    Q_EMIT recentChanged();
    Q_EMIT todayChanged();
}

void TimerController::setActive(const QList<Timesheet> &list)
{
    m_active = list;
    m_activeKnown = true;
    Q_EMIT activeChanged();
    Q_EMIT todayChanged();
}

void TimerController::addActive(const Timesheet &t)
{
    // What the server answered is true now; the refresh that follows adds what it changed besides
    // (older entries stopped by the hard limit).
    QList<Timesheet> list{t};
    for (const Timesheet &a : std::as_const(m_active)) {
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
    auto *reply = m_session->client()->activeTimesheets();
    m_activeReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->ok())
            setActive(reply->result());
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
    auto *reply = m_session->client()->recentTimesheets(10);
    connect(reply, &ApiReply::finished, this, [this, reply] {
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
    KimaiClient *client = m_session->client();
    const QTimeZone zone = client->userTimeZone();
    const QDate today = serverNow().toTimeZone(zone).date();
    TimesheetQuery q;
    q.begin = QDateTime(today, QTime(0, 0), zone);
    q.end = QDateTime(today, QTime(23, 59, 59), zone);
    q.active = false;
    q.size = 500;
    auto *reply = client->timesheets(q);
    connect(reply, &ApiReply::finished, this, [this, reply, today] {
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
        if (!config.isAllowFutureTimes && *request.begin > serverNow()) {
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
    setBusy(Operation::Start);
    const QDateTime startedAt = serverNow();
    auto *reply = m_session->client()->createTimesheet(form, true);
    connect(reply, &ApiReply::finished, this, [this, reply, request, startedAt] {
        setBusy(Operation::None);
        if (reply->ok()) {
            addActive(reply->result());
            Q_EMIT started(reply->result());
            refreshActive();   // the server may have stopped older entries (activeEntriesHardLimit)
            afterChange();
            return;
        }
        if (isDoubtful(reply->error())) {
            reconcile(Operation::Start, 0, request, startedAt);
            return;
        }
        Q_EMIT operationFailed(Operation::Start, reply->error());
    });
}

void TimerController::stop(int timesheetId)
{
    if (!m_session->isActive() || isBusy())
        return;
    setBusy(Operation::Stop);
    auto *reply = m_session->client()->stopTimesheet(timesheetId);
    connect(reply, &ApiReply::finished, this, [this, reply, timesheetId] {
        setBusy(Operation::None);
        if (reply->ok()) {
            const Timesheet t = reply->result();
            QList<Timesheet> rest;
            for (const Timesheet &a : std::as_const(m_active)) {
                if (a.id != t.id)
                    rest.append(a);
            }
            setActive(rest);
            Q_EMIT stopped(t);
            refreshActive();
            afterChange();
            return;
        }
        if (isDoubtful(reply->error())) {
            reconcile(Operation::Stop, timesheetId, {}, {});
            return;
        }
        Q_EMIT operationFailed(Operation::Stop, reply->error());
        refreshActive();
    });
}

void TimerController::stopAll()
{
    if (m_active.isEmpty())
        return;
    // One at a time keeps the outcome of each clear; the newest first.
    stop(m_active.first().id);
}

void TimerController::restart(int timesheetId, bool copyAll)
{
    if (!m_session->isActive() || isBusy())
        return;
    setBusy(Operation::Restart);
    const QDateTime startedAt = serverNow();
    int project = 0;
    int activity = 0;
    for (const Timesheet &t : std::as_const(m_recent)) {
        if (t.id == timesheetId) {
            project = t.projectId;
            activity = t.activityId;
        }
    }
    auto *reply = m_session->client()->restartTimesheet(timesheetId, copyAll);
    connect(reply, &ApiReply::finished, this, [this, reply, startedAt, project, activity, timesheetId] {
        setBusy(Operation::None);
        if (reply->ok()) {
            addActive(reply->result());
            Q_EMIT started(reply->result());
            refreshActive();
            afterChange();
            return;
        }
        if (isDoubtful(reply->error())) {
            StartRequest r;
            r.project = project;
            r.activity = activity;
            reconcile(Operation::Restart, timesheetId, r, startedAt);
            return;
        }
        Q_EMIT operationFailed(Operation::Restart, reply->error());
    });
}

void TimerController::updateRunning(int timesheetId, const QString &description, const QStringList &tags)
{
    if (!m_session->isActive() || isBusy())
        return;
    TimesheetForm form;
    form.description = description.trimmed();
    form.tags = tags;
    setBusy(Operation::Update);
    auto *reply = m_session->client()->updateTimesheet(timesheetId, form);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(Operation::None);
        if (!reply->ok()) {
            Q_EMIT operationFailed(Operation::Update, reply->error());
            refreshActive();
            return;
        }
        Q_EMIT updated(reply->result());
        refreshActive();   // the active list carries the expanded names
    });
}

void TimerController::reconcile(Operation op, int timesheetId, const StartRequest &request, const QDateTime &startedAt)
{
    setBusy(Operation::Refresh);
    auto *reply = m_session->client()->activeTimesheets();
    connect(reply, &ApiReply::finished, this, [this, reply, op, timesheetId, request, startedAt] {
        setBusy(Operation::None);
        if (!reply->ok()) {
            m_activeKnown = false;
            Q_EMIT activeChanged();
            Q_EMIT reconciled(op, tr("The server did not answer, and the current state could not be read either "
                                     "(%1). Nothing was retried. Check the timer in Kimai before trying again.")
                                      .arg(reply->error().message()));
            return;
        }
        setActive(reply->result());
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
            const Timesheet *match = nullptr;
            for (const Timesheet &t : std::as_const(m_active)) {
                const bool sameWork = t.projectId == request.project && t.activityId == request.activity;
                const bool recent = !startedAt.isValid() || t.begin.secsTo(startedAt) <= 120;
                if (sameWork && recent && !match)
                    match = &t;
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
