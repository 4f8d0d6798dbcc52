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

} // namespace kd
