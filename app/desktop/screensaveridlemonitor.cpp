#include "desktop/screensaveridlemonitor.h"

#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"

namespace kd {

ScreenSaverIdleMonitor::ScreenSaverIdleMonitor(const QDBusConnection &bus, const Clock *clock, QObject *parent)
    : PollingIdleMonitor(clock, parent)
    , m_bus(bus)
{
}

QString ScreenSaverIdleMonitor::sourceName() const
{
    return dbus::screenSaverService();
}

QDBusMessage ScreenSaverIdleMonitor::idleTimeCall()
{
    return QDBusMessage::createMethodCall(dbus::screenSaverService(), dbus::screenSaverPath(),
                                          dbus::screenSaverService(), QStringLiteral("GetSessionIdleTime"));
}

void ScreenSaverIdleMonitor::requestIdleTime()
{
    dbus::callAsync(m_bus, idleTimeCall(), this, [this](const QDBusMessage &reply) {
        reportIdleTime(dbus::isError(reply) ? -1 : qint64(dbus::firstArgument(reply).toUInt()));
    });
}

} // namespace kd
