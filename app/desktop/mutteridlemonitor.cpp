#include "desktop/mutteridlemonitor.h"

#include "core/clock.h"
#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"

#include <utility>

namespace kd {

MutterIdleMonitor::MutterIdleMonitor(const QDBusConnection &bus, const Clock *clock, QObject *parent)
    : IdleMonitor(parent)
    , m_bus(bus)
    , m_clock(clock)
    , m_proxy(new dbus::MutterIdleProxy(bus, this))
{
    connect(m_proxy, &dbus::MutterIdleProxy::WatchFired, this, &MutterIdleMonitor::onWatchFired);
}

QString MutterIdleMonitor::sourceName() const
{
    return dbus::mutterService();
}

QDBusMessage MutterIdleMonitor::call(const QString &method, const QVariantList &args) const
{
    QDBusMessage m = QDBusMessage::createMethodCall(dbus::mutterService(), dbus::mutterPath(),
                                                    dbus::mutterService(), method);
    m.setArguments(args);
    return m;
}

void MutterIdleMonitor::start(qint64 thresholdMs)
{
    if (m_watching && thresholdMs == m_thresholdMs)
        return;
    stop();
    m_watching = true;
    m_thresholdMs = qMax<qint64>(1, thresholdMs);
    addWatch(QStringLiteral("AddIdleWatch"), {QVariant::fromValue(quint64(m_thresholdMs))}, &m_idleWatch);
    // Already idle for longer than the threshold: the watch would only fire after the next input.
    readIdleTime();
}

void MutterIdleMonitor::stop()
{
    ++m_generation;
    m_watching = false;
    m_idleSince = {};
    removeWatch(std::exchange(m_idleWatch, 0));
    removeWatch(std::exchange(m_activeWatch, 0));
}

void MutterIdleMonitor::addWatch(const QString &method, const QVariantList &args, uint *slot)
{
    const quint64 generation = m_generation;
    dbus::callAsync(m_bus, call(method, args), this, [this, generation, slot](const QDBusMessage &reply) {
        const uint id = dbus::firstArgument(reply).toUInt();
        if (generation != m_generation) {
            removeWatch(id);   // stopped meanwhile
            return;
        }
        *slot = id;
    });
}

void MutterIdleMonitor::removeWatch(uint id)
{
    if (id == 0)
        return;
    m_bus.send(call(QStringLiteral("RemoveWatch"), {QVariant::fromValue(id)}));
}

void MutterIdleMonitor::onWatchFired(uint id)
{
    if (!m_watching || id == 0)
        return;
    if (id == m_idleWatch && !m_idleSince.isValid()) {
        readIdleTime();
    } else if (id == m_activeWatch) {
        // Mutter removes a user-active watch once it has fired.
        m_activeWatch = 0;
        const QDateTime since = std::exchange(m_idleSince, QDateTime());
        if (since.isValid())
            Q_EMIT activeAgain(since, m_clock->now());
    }
}

// The moment idleness began comes from the reported idle time, not from when the watch fired.
// A second of slack: the watch and the reading are not taken at the same instant.
void MutterIdleMonitor::readIdleTime()
{
    const quint64 generation = m_generation;
    dbus::callAsync(m_bus, call(QStringLiteral("GetIdletime")), this, [this, generation](const QDBusMessage &reply) {
        if (generation != m_generation || dbus::isError(reply) || m_idleSince.isValid())
            return;
        const qint64 idle = qint64(dbus::firstArgument(reply).toULongLong());
        if (idle + 1000 >= m_thresholdMs)
            beginIdle(m_clock->now().addMSecs(-idle));
    });
}

void MutterIdleMonitor::beginIdle(const QDateTime &since)
{
    m_idleSince = since;
    Q_EMIT idleBegan(since);
    addWatch(QStringLiteral("AddUserActiveWatch"), {}, &m_activeWatch);
}

void MutterIdleMonitor::queryIdleTime()
{
    dbus::callAsync(m_bus, call(QStringLiteral("GetIdletime")), this, [this](const QDBusMessage &reply) {
        Q_EMIT idleTimeReported(dbus::isError(reply) ? -1 : qint64(dbus::firstArgument(reply).toULongLong()));
    });
}

} // namespace kd
