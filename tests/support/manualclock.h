#pragma once

// A clock that only moves when told to: tests of timers and durations without sleeping.

#include "core/clock.h"

namespace kd::test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void set(const QDateTime &when)
    {
        m_monotonic += m_now.msecsTo(when);
        m_now = when;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace kd::test
