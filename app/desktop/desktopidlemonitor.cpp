#include "desktop/desktopidlemonitor.h"

#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"
#include "desktop/mutteridlemonitor.h"
#include "desktop/screensaveridlemonitor.h"
#include "desktop/xscreensaveridlemonitor.h"

#include <utility>

namespace kd {

namespace {
// A source that does not answer within this is taken as absent.
constexpr int kProbeTimeoutMs = 5000;
}

DesktopIdleMonitor::DesktopIdleMonitor(const QDBusConnection &sessionBus, const Clock *clock, QObject *parent)
    : IdleMonitor(parent)
    , m_bus(sessionBus)
    , m_clock(clock)
{
}

QString DesktopIdleMonitor::sourceName() const
{
    return m_source ? m_source->sourceName() : QString();
}

void DesktopIdleMonitor::probe()
{
    if (m_probing || m_probed)
        return;
    m_probing = true;
    if (!m_bus.isConnected()) {
        tryX11();
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(dbus::mutterService(), dbus::mutterPath(),
                                                             dbus::mutterService(), QStringLiteral("GetIdletime"));
    dbus::callAsync(m_bus, call, this, [this](const QDBusMessage &reply) {
        if (dbus::isError(reply))
            tryScreenSaver();
        else
            choose(new MutterIdleMonitor(m_bus, m_clock, this));
    }, kProbeTimeoutMs);
}

void DesktopIdleMonitor::tryScreenSaver()
{
    dbus::callAsync(m_bus, ScreenSaverIdleMonitor::idleTimeCall(), this, [this](const QDBusMessage &reply) {
        if (dbus::isError(reply)) {
            tryX11();
            return;
        }
        auto *source = new ScreenSaverIdleMonitor(m_bus, m_clock, this);
        source->setPollIntervalMs(m_pollMs);
        choose(source);
    }, kProbeTimeoutMs);
}

void DesktopIdleMonitor::tryX11()
{
    auto *source = new XScreenSaverIdleMonitor(m_clock, m_x11Display, this);
    source->setPollIntervalMs(m_pollMs);
    if (source->available() && source->readIdleMs() >= 0) {
        choose(source);
    } else {
        delete source;
        choose(nullptr);
    }
}

void DesktopIdleMonitor::choose(IdleMonitor *source)
{
    m_source = source;
    m_probing = false;
    m_probed = true;
    if (source) {
        connect(source, &IdleMonitor::idleBegan, this, &IdleMonitor::idleBegan);
        connect(source, &IdleMonitor::activeAgain, this, &IdleMonitor::activeAgain);
        connect(source, &IdleMonitor::idleTimeReported, this, &IdleMonitor::idleTimeReported);
        if (m_watching)
            source->start(m_thresholdMs);
        Q_EMIT availableChanged(true);
    }
    if (std::exchange(m_queryPending, false)) {
        if (source)
            source->queryIdleTime();
        else
            reportUnknownLater();
    }
    Q_EMIT probeFinished();
}

// Like the sources, answer after the call has returned.
void DesktopIdleMonitor::reportUnknownLater()
{
    QMetaObject::invokeMethod(this, [this] { Q_EMIT idleTimeReported(-1); }, Qt::QueuedConnection);
}

void DesktopIdleMonitor::start(qint64 thresholdMs)
{
    m_watching = true;
    m_thresholdMs = thresholdMs;
    if (m_source)
        m_source->start(thresholdMs);
    else if (!m_probed)
        probe();
}

void DesktopIdleMonitor::stop()
{
    m_watching = false;
    if (m_source)
        m_source->stop();
}

void DesktopIdleMonitor::queryIdleTime()
{
    if (m_source) {
        m_source->queryIdleTime();
    } else if (m_probed) {
        reportUnknownLater();
    } else {
        m_queryPending = true;
        probe();
    }
}

} // namespace kd
