#include "core/clock.h"

#include <QElapsedTimer>

namespace kd {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    m_monotonic += ms;
}

void ManualClock::set(const QDateTime &when)
{
    m_monotonic += m_now.msecsTo(when);
    m_now = when;
}

} // namespace kd
