#pragma once

#include <QDateTime>

namespace kd {

// Time is injected so that timers and durations can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;            // wall clock, UTC
    virtual qint64 monotonicMs() const = 0;       // for elapsed-time measurements
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to. Used by the tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms);
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void set(const QDateTime &when);

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace kd
