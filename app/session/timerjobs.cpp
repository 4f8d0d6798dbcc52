#include "session/timerjobs.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "session/session.h"
#include "session/timercontroller.h"

#include <algorithm>

namespace kd {

TimerJobs::TimerJobs(KimaiClient *client, Session *session, TimerController *timer, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_timer(timer)
{
    // Queued: when an answer has been handled, the controller may have gone on at once (a
    // reconcile after a doubtful failure); whether it is free is looked at after that.
    connect(timer, &TimerController::busyChanged, this, [this](bool busy) {
        if (!busy)
            onTimerFree();
    }, Qt::QueuedConnection);
    connect(session, &Session::ended, this, &TimerJobs::clear);
}

bool TimerJobs::runs(int entryId) const
{
    const QList<Timesheet> &active = m_timer->active();
    return std::any_of(active.cbegin(), active.cend(), [entryId](const Timesheet &t) { return t.id == entryId; });
}

void TimerJobs::add(const Job &job)
{
    m_queue.append(job);
    m_busy = true;
    if (!m_current)
        next();
}

void TimerJobs::next()
{
    while (!m_current && !m_queue.isEmpty()) {
        if (m_timer->isBusy())
            return;   // onTimerFree() goes on
        const Job job = m_queue.takeFirst();
        if (!m_session->isActive() || !runs(job.entryId))
            continue;   // stopped meanwhile (by hand, or elsewhere): nothing left to do
        begin(job);
    }
    if (!m_current && m_queue.isEmpty() && m_busy) {
        m_busy = false;
        Q_EMIT drained();
    }
}

void TimerJobs::begin(const Job &job)
{
    m_current = job;
    if (job.kind == Job::Kind::Stop) {
        m_step = Step::Stopping;
        m_timer->stop(job.entryId);
    } else if (!m_session->info().timesheetConfig.canSendBeginEnd()) {
        // Punch or fixed-begin tracking: Kimai takes no end time from this user.
        Q_EMIT problem(tr("Kimai does not accept end times from you in its tracking mode, so the timer was "
                          "stopped now instead of when you left."));
        m_step = Step::Stopping;
        m_timer->stop(job.entryId);
    } else {
        m_step = Step::Cutting;
        m_timer->stopAt(job.entryId, job.at);
    }
    if (!m_timer->isBusy())
        finishCurrent();   // refused at once (no session)
}

void TimerJobs::onTimerFree()
{
    if (m_timer->isBusy())
        return;   // another operation followed at once
    switch (m_step) {
    case Step::Idle:
        next();   // a job was waiting for the timer
        break;
    case Step::Stopping:
    case Step::Restarting:
        finishCurrent();
        break;
    case Step::Cutting:
        afterCut();
        break;
    case Step::Booking:
        break;   // the create's answer goes on
    }
}

void TimerJobs::afterCut()
{
    const Job job = *m_current;
    if (runs(job.entryId)) {
        finishCurrent();   // the cut failed; the controller told why
        return;
    }
    if (job.kind == Job::Kind::CutAndRestart) {
        m_step = Step::Restarting;
        m_timer->restart(job.entryId, true);
        if (!m_timer->isBusy())
            finishCurrent();
    } else if (job.kind == Job::Kind::BookElsewhere) {
        book();
    } else {
        finishCurrent();
    }
}

void TimerJobs::book()
{
    const Job job = *m_current;
    m_step = Step::Booking;
    TimesheetForm form;
    form.project = job.project;
    form.activity = job.activity;
    form.begin = job.at;
    form.end = job.to;
    if (!job.description.trimmed().isEmpty())
        form.description = job.description.trimmed();
    auto *reply = m_client->createTimesheet(form);
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply] {
        if (reply->ok()) {
            qCInfo(lcSession) << "away time booked as" << reply->result().id;
            Q_EMIT booked(reply->result().id);
            m_timer->refreshRecent();
            m_timer->refreshToday();
        } else {
            Q_EMIT problem(tr("The time you were away could not be booked: %1").arg(reply->error().message()));
        }
        finishCurrent();
    });
}

void TimerJobs::finishCurrent()
{
    m_current.reset();
    m_step = Step::Idle;
    next();
}

void TimerJobs::clear()
{
    m_queue.clear();
    m_current.reset();
    m_step = Step::Idle;
    if (m_busy) {
        m_busy = false;
        Q_EMIT drained();
    }
}

} // namespace kd
