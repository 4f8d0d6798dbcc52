#pragma once

// The D-Bus names the desktop library talks to, and small proxies whose Qt signals QtDBus connects
// to the D-Bus signals of the same name (so that we connect with member-function pointers).
// Method calls are sent with dbus::callAsync().

#include <QDBusAbstractInterface>
#include <QStringList>
#include <QVariantMap>

namespace kd::dbus {

inline QString mutterService() { return QStringLiteral("org.gnome.Mutter.IdleMonitor"); }
inline QString mutterPath() { return QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"); }
inline QString screenSaverService() { return QStringLiteral("org.freedesktop.ScreenSaver"); }
inline QString screenSaverPath() { return QStringLiteral("/org/freedesktop/ScreenSaver"); }
inline QString login1Service() { return QStringLiteral("org.freedesktop.login1"); }
inline QString login1Path() { return QStringLiteral("/org/freedesktop/login1"); }
inline QString login1Manager() { return QStringLiteral("org.freedesktop.login1.Manager"); }
inline QString login1Session() { return QStringLiteral("org.freedesktop.login1.Session"); }
inline QString notificationsService() { return QStringLiteral("org.freedesktop.Notifications"); }
inline QString notificationsPath() { return QStringLiteral("/org/freedesktop/Notifications"); }
inline QString propertiesInterface() { return QStringLiteral("org.freedesktop.DBus.Properties"); }

class MutterIdleProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    MutterIdleProxy(const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(mutterService(), mutterPath(), "org.gnome.Mutter.IdleMonitor", bus, parent)
    {
    }
Q_SIGNALS:
    void WatchFired(uint id);
};

class LogindManagerProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    LogindManagerProxy(const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(login1Service(), login1Path(), "org.freedesktop.login1.Manager", bus, parent)
    {
    }
Q_SIGNALS:
    void PrepareForSleep(bool start);
};

class LogindSessionProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    LogindSessionProxy(const QDBusConnection &bus, const QString &path, QObject *parent)
        : QDBusAbstractInterface(login1Service(), path, "org.freedesktop.login1.Session", bus, parent)
    {
    }
Q_SIGNALS:
    void Lock();
    void Unlock();
};

class PropertiesProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    PropertiesProxy(const QDBusConnection &bus, const QString &service, const QString &path, QObject *parent)
        : QDBusAbstractInterface(service, path, "org.freedesktop.DBus.Properties", bus, parent)
    {
    }
Q_SIGNALS:
    void PropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);
};

class NotificationsProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    NotificationsProxy(const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(notificationsService(), notificationsPath(), "org.freedesktop.Notifications",
                                 bus, parent)
    {
    }
Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

} // namespace kd::dbus
