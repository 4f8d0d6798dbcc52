#include "desktop/pollingidlemonitor.h"

#include "core/clock.h"

#include <limits>
#include <utility>

namespace kd {

namespace {
// Readings are taken a little after the source measured them (a D-Bus round trip): a last input
// that moved by less than this (or a quarter of the threshold, if less) is the same one.
constexpr qint64 kSlackMs = 2000;
}

PollingIdleMonitor::PollingIdleMonitor(const Clock *clock, QObject *parent)
    : IdleMonitor(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { read(false); });
}

void PollingIdleMonitor::start(qint64 thresholdMs)
{
    if (m_watching && thresholdMs == m_thresholdMs)
        return;
    m_watching = true;
    m_thresholdMs = qMax<qint64>(1, thresholdMs);
    m_idleSince = {};
    read(true);
}

void PollingIdleMonitor::stop()
{
    m_watching = false;
    m_idleSince = {};
    m_timer.stop();
}

void PollingIdleMonitor::queryIdleTime()
{
    m_queryPending = true;
    read(false);
}

// A reading on its way serves another one too, unless a fresh one is needed (at start(): the one
// on its way may have been taken before the caller changed something). Answers come in order;
// the last one decides the next reading.
void PollingIdleMonitor::read(bool fresh)
{
    if (m_readsOnTheirWay > 0 && !fresh)
        return;
    ++m_readsOnTheirWay;
    requestIdleTime();
}

void PollingIdleMonitor::reportIdleTime(qint64 ms)
{
    m_readsOnTheirWay = qMax(0, m_readsOnTheirWay - 1);
    if (std::exchange(m_queryPending, false))
        Q_EMIT idleTimeReported(ms < 0 ? -1 : ms);
    if (!m_watching)
        return;
    if (ms < 0) {
        scheduleIn(m_pollMs);   // try again later; the source may be back
        return;
    }
    evaluate(ms);
}

void PollingIdleMonitor::evaluate(qint64 idleMs)
{
    const QDateTime now = m_clock->now();
    const QDateTime lastInput = now.addMSecs(-idleMs);
    if (m_idleSince.isValid()) {
        if (lastInput <= m_idleSince.addMSecs(qMin(kSlackMs, m_thresholdMs / 4))) {
            scheduleIn(m_pollMs);   // still away
            return;
        }
        // There was input since: the user is back (at the latest at their last input).
        Q_EMIT activeAgain(std::exchange(m_idleSince, QDateTime()), lastInput);
        if (!m_watching)
            return;
    }
    if (idleMs >= m_thresholdMs) {
        m_idleSince = lastInput;
        Q_EMIT idleBegan(lastInput);
        if (m_watching)
            scheduleIn(m_pollMs);
        return;
    }
    // Nobody can reach the threshold before (threshold - idle) from now.
    scheduleIn(qMax<qint64>(m_pollMs, m_thresholdMs - idleMs));
}

void PollingIdleMonitor::scheduleIn(qint64 ms)
{
    m_timer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

} // namespace kd
