#pragma once

// Screen lock and unlock of our login session, from logind on the system bus: the Session's Lock
// and Unlock signals and its LockedHint property (set by the screen locker). Only reports.
// Our session is found with GetSession($XDG_SESSION_ID), or GetSession("auto") (the caller's
// session, else the user's display session) when that is unset or unknown.

#include <QDBusConnection>
#include <QDateTime>
#include <QObject>

namespace kd {

class Clock;

namespace dbus {
class LogindSessionProxy;
class PropertiesProxy;
}

class SessionLockMonitor : public QObject
{
    Q_OBJECT
public:
    SessionLockMonitor(const QDBusConnection &systemBus, const Clock *clock, QObject *parent = nullptr);

    // Finds our session; ready() tells the outcome.
    void start(const QString &sessionId = qEnvironmentVariable("XDG_SESSION_ID"));
    bool available() const { return !m_sessionPath.isEmpty(); }
    QString sessionPath() const { return m_sessionPath; }
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void ready(bool available);
    void locked(const QDateTime &at);
    void unlocked(const QDateTime &at);

private:
    void getSession(const QString &id, bool lastTry);
    void watch(const QString &path);
    void setLocked(bool locked);
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);
    void readLockedHint(bool initial);

    QDBusConnection m_bus;
    const Clock *m_clock;
    QString m_sessionPath;
    bool m_locked = false;
    bool m_heardChange = false;
    dbus::LogindSessionProxy *m_session = nullptr;
    dbus::PropertiesProxy *m_properties = nullptr;
};

} // namespace kd
