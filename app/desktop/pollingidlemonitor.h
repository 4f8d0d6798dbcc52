#pragma once

// The common part of the idle sources that have no signal and must be asked: they are read only
// between start() and stop(), at most every pollIntervalMs (30 s), and not before the user could
// possibly have reached the threshold. Idleness began at (now - reported idle time).

#include "desktop/idlemonitor.h"

#include <QTimer>

namespace kd {

class Clock;

class PollingIdleMonitor : public IdleMonitor
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollIntervalMs = 30'000;

    PollingIdleMonitor(const Clock *clock, QObject *parent = nullptr);

    void start(qint64 thresholdMs) override;
    void stop() override;
    bool isWatching() const override { return m_watching; }
    void queryIdleTime() override;

    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    int pollIntervalMs() const { return m_pollMs; }
    // The wait before the planned next reading, in ms; -1 when none is planned.
    int plannedPollMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

protected:
    // Read the idle time (possibly asynchronously) and answer with reportIdleTime().
    virtual void requestIdleTime() = 0;
    // ms < 0: could not be read.
    void reportIdleTime(qint64 ms);

private:
    void read(bool fresh);
    void evaluate(qint64 idleMs);
    void scheduleIn(qint64 ms);

    const Clock *m_clock;
    QTimer m_timer;
    int m_pollMs = kDefaultPollIntervalMs;
    bool m_watching = false;
    int m_readsOnTheirWay = 0;
    bool m_queryPending = false;
    qint64 m_thresholdMs = 0;
    QDateTime m_idleSince;
};

} // namespace kd
