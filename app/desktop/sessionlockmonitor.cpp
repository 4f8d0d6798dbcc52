#include "desktop/sessionlockmonitor.h"

#include "core/clock.h"
#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"

#include <QDBusObjectPath>
#include <QDBusVariant>

namespace kd {

SessionLockMonitor::SessionLockMonitor(const QDBusConnection &systemBus, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_bus(systemBus)
    , m_clock(clock)
{
}

void SessionLockMonitor::start(const QString &sessionId)
{
    if (m_session)
        return;
    if (!m_bus.isConnected()) {
        Q_EMIT ready(false);
        return;
    }
    if (sessionId.isEmpty())
        getSession(QStringLiteral("auto"), true);
    else
        getSession(sessionId, false);
}

void SessionLockMonitor::getSession(const QString &id, bool lastTry)
{
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::login1Service(), dbus::login1Path(),
                                                       dbus::login1Manager(), QStringLiteral("GetSession"));
    call.setArguments({id});
    dbus::callAsync(m_bus, call, this, [this, lastTry](const QDBusMessage &reply) {
        const QString path = qvariant_cast<QDBusObjectPath>(dbus::firstArgument(reply)).path();
        if (!path.isEmpty())
            watch(path);
        else if (!lastTry)
            getSession(QStringLiteral("auto"), true);
        else
            Q_EMIT ready(false);
    });
}

void SessionLockMonitor::watch(const QString &path)
{
    m_sessionPath = path;
    m_session = new dbus::LogindSessionProxy(m_bus, path, this);
    m_properties = new dbus::PropertiesProxy(m_bus, dbus::login1Service(), path, this);
    connect(m_session, &dbus::LogindSessionProxy::Lock, this, [this] { setLocked(true); });
    connect(m_session, &dbus::LogindSessionProxy::Unlock, this, [this] { setLocked(false); });
    connect(m_properties, &dbus::PropertiesProxy::PropertiesChanged, this, &SessionLockMonitor::onPropertiesChanged);
    readLockedHint(true);
    Q_EMIT ready(true);
}

// The state at start is taken without a signal (initial): only changes are reported.
void SessionLockMonitor::readLockedHint(bool initial)
{
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::login1Service(), m_sessionPath,
                                                       dbus::propertiesInterface(), QStringLiteral("Get"));
    call.setArguments({dbus::login1Session(), QStringLiteral("LockedHint")});
    dbus::callAsync(m_bus, call, this, [this, initial](const QDBusMessage &reply) {
        if (dbus::isError(reply))
            return;
        const bool hint = qvariant_cast<QDBusVariant>(dbus::firstArgument(reply)).variant().toBool();
        if (!initial)
            setLocked(hint);
        else if (!m_heardChange)
            m_locked = hint;
    });
}

void SessionLockMonitor::onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                             const QStringList &invalidated)
{
    if (interface != dbus::login1Session())
        return;
    const auto hint = changed.constFind(QStringLiteral("LockedHint"));
    if (hint != changed.cend())
        setLocked(hint->toBool());
    else if (invalidated.contains(QStringLiteral("LockedHint")))
        readLockedHint(false);
}

void SessionLockMonitor::setLocked(bool locked)
{
    m_heardChange = true;
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked)
        Q_EMIT this->locked(m_clock->now());
    else
        Q_EMIT unlocked(m_clock->now());
}

} // namespace kd
