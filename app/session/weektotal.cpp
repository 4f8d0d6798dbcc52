#include "session/weektotal.h"

#include "core/daterange.h"
#include "session/periodloader.h"
#include "session/session.h"
#include "session/timercontroller.h"

#include <QTimer>

namespace kd {

WeekTotal::WeekTotal(KimaiClient *client, Session *session, TimerController *timer, EntryController *entries,
                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(timer)
    , m_week(new PeriodLoader(client, session, this))
{
    m_week->follow(timer, entries);
    connect(m_week, &PeriodLoader::changed, this, &WeekTotal::changed);
    connect(m_session, &Session::started, this, [this] {
        QTimer::singleShot(kLoadDelayMs, m_session->scope(), [this] { loadIfNeeded(false); });
    });
    // Today's part comes from the timer; a new day may be a new week.
    connect(m_timer, &TimerController::todayChanged, this, [this] {
        loadIfNeeded(true);
        Q_EMIT changed();
    });
}

void WeekTotal::loadIfNeeded(bool onlyNewWeek)
{
    if (!m_session->isActive() || (onlyNewWeek && !m_week->isLoaded()))
        return;
    const DateRange week = DateRange::compute(DateRange::Preset::ThisWeek, m_session->userToday(), m_session->firstDayOfWeek());
    if (week.first == m_week->first() && (m_week->isLoaded() || m_week->isLoading()))
        return;
    m_week->load(week.first, week.last);
}

bool WeekTotal::isKnown() const
{
    return m_week->isLoaded();
}

qint64 WeekTotal::seconds() const
{
    const QDate today = m_session->userToday();
    const QDateTime now = m_session->serverNow();
    qint64 before = 0;
    for (QDate d = m_week->first(); d.isValid() && d < today && d <= m_week->last(); d = d.addDays(1))
        before += m_week->seconds(now, d);
    return before + m_timer->todaySeconds();
}

} // namespace kd
