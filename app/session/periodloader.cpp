#include "session/periodloader.h"

#include "api/kimaiclient.h"
#include "models/timesheettotals.h"
#include "session/entrycontroller.h"
#include "session/rangeloader.h"
#include "session/session.h"
#include "session/timercontroller.h"

#include <algorithm>

namespace kd {

PeriodLoader::PeriodLoader(KimaiClient *client, Session *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_range(new RangeLoader(client, this))
{
    connect(m_range, &RangeLoader::finished, this, [this] {
        setLoading(false);
        if (m_range->error().kind() == ApiError::Kind::Cancelled)
            return;   // a newer load follows
        m_error = m_range->error();
        if (m_range->ok()) {
            m_timesheets = m_range->timesheets();
            m_loaded = true;
        }
        Q_EMIT changed();
    });
    connect(m_session, &Session::ended, this, &PeriodLoader::clear);
}

void PeriodLoader::follow(TimerController *timer, EntryController *entries)
{
    if (timer) {
        connect(timer, &TimerController::started, this, &PeriodLoader::apply);
        connect(timer, &TimerController::stopped, this, &PeriodLoader::apply);
        connect(timer, &TimerController::updated, this, &PeriodLoader::apply);
        connect(timer, &TimerController::activeChanged, this, [this, timer] {
            if (timer->activeKnown())
                applyActive(timer->active());
        });
    }
    if (entries) {
        connect(entries, &EntryController::saved, this,
                [this](quint64, EntryController::Operation, const Timesheet &t, int) { apply(t); });
        connect(entries, &EntryController::removed, this, [this](quint64, int id) { removeId(id); });
    }
}

void PeriodLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PeriodLoader::load(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    reload();
}

void PeriodLoader::reload()
{
    if (!m_session->isActive() || !m_first.isValid() || !m_last.isValid())
        return;
    const QTimeZone zone = m_session->userZone();
    m_loaded = false;
    m_timesheets.clear();
    m_rereading.clear();
    setLoading(true);
    m_range->start(QDateTime(m_first, QTime(0, 0), zone), QDateTime(m_last, QTime(23, 59, 59), zone));
}

void PeriodLoader::clear()
{
    m_range->cancel();
    setLoading(false);
    m_timesheets.clear();
    m_rereading.clear();
    m_loaded = false;
    m_error = ApiError();
    Q_EMIT changed();
}

qint64 PeriodLoader::seconds(const QDateTime &now, const QDate &day) const
{
    qint64 sum = 0;
    for (const Timesheet &t : m_timesheets) {
        if (!day.isValid() || TimesheetTotals::day(t) == day)
            sum += TimesheetTotals::seconds(t, now);
    }
    return sum;
}

bool PeriodLoader::hasRunning() const
{
    return std::any_of(m_timesheets.cbegin(), m_timesheets.cend(), [](const Timesheet &t) { return t.isRunning(); });
}

bool PeriodLoader::inSpan(const Timesheet &t) const
{
    const QDate day = TimesheetTotals::day(t);
    return day >= m_first && day <= m_last;
}

void PeriodLoader::apply(const Timesheet &t)
{
    if (!m_loaded)
        return;   // a load in progress brings it as it is
    const auto it = std::find_if(m_timesheets.begin(), m_timesheets.end(), [&t](const Timesheet &x) { return x.id == t.id; });
    const bool in = inSpan(t);
    if (it == m_timesheets.end() && !in)
        return;
    if (!in)
        m_timesheets.erase(it);
    else if (it != m_timesheets.end())
        *it = t;
    else
        m_timesheets.append(t);
    Q_EMIT changed();
}

void PeriodLoader::removeId(int id)
{
    const auto removed = m_timesheets.removeIf([id](const Timesheet &t) { return t.id == id; });
    if (removed > 0)
        Q_EMIT changed();
}

void PeriodLoader::applyActive(const QList<Timesheet> &active)
{
    if (!m_loaded)
        return;
    QList<int> runningNow;
    for (const Timesheet &t : active) {
        runningNow.append(t.id);
        apply(t);
    }
    QList<int> stale;
    for (const Timesheet &t : std::as_const(m_timesheets)) {
        if (t.isRunning() && !runningNow.contains(t.id) && !m_rereading.contains(t.id))
            stale.append(t.id);
    }
    for (const int id : std::as_const(stale)) {
        m_rereading.append(id);
        auto *reply = m_client->timesheet(id);
        connect(reply, &ApiReply::finished, m_session->scope(), [this, reply, id] {
            m_rereading.removeAll(id);
            if (reply->ok())
                apply(reply->result());
            else if (reply->error().kind() == ApiError::Kind::NotFound)
                removeId(id);
        });
    }
}

} // namespace kd
