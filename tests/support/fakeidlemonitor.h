#pragma once

// A clock-driven stand-in for an IdleMonitor in unit tests of the decisions: the test says when
// the user's last input was (on the test's ManualClock) and plays idle spans; queryIdleTime()
// answers at once from the clock.

#include "desktop/idlemonitor.h"
#include "support/manualclock.h"

namespace kd::test {

class FakeIdleMonitor final : public IdleMonitor
{
    Q_OBJECT
public:
    explicit FakeIdleMonitor(const ManualClock *clock, QObject *parent = nullptr)
        : IdleMonitor(parent)
        , m_clock(clock)
        , m_lastInput(clock->now())
    {
    }

    bool available() const override { return m_available; }
    QString sourceName() const override { return m_available ? QStringLiteral("fake") : QString(); }
    void start(qint64 thresholdMs) override
    {
        watching = true;
        thresholdMsSeen = thresholdMs;
        ++starts;
    }
    void stop() override { watching = false; }
    bool isWatching() const override { return watching; }
    void queryIdleTime() override
    {
        ++queries;
        Q_EMIT idleTimeReported(m_available ? m_lastInput.msecsTo(m_clock->now()) : -1);
    }

    void setAvailable(bool available) { m_available = available; }
    // The user's last input: now, or a given moment.
    void input() { m_lastInput = m_clock->now(); }
    void lastInputAt(const QDateTime &at) { m_lastInput = at; }
    // An idle span as a monitor reports it: began at `since`, back now (the clock's moment).
    void idleSpan(const QDateTime &since)
    {
        Q_EMIT idleBegan(since);
        m_lastInput = m_clock->now();
        Q_EMIT activeAgain(since, m_lastInput);
    }

    bool watching = false;
    qint64 thresholdMsSeen = 0;
    int starts = 0;
    int queries = 0;

private:
    const ManualClock *m_clock;
    bool m_available = true;
    QDateTime m_lastInput;
};

} // namespace kd::test
