#include "desktop/desktopnotifications.h"

#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"

#include <utility>

namespace kd {

namespace {
QDBusMessage notificationsCall(const QString &method, const QVariantList &args = {})
{
    QDBusMessage m = QDBusMessage::createMethodCall(dbus::notificationsService(), dbus::notificationsPath(),
                                                    dbus::notificationsService(), method);
    m.setArguments(args);
    return m;
}
}

DesktopNotifications::DesktopNotifications(const QDBusConnection &sessionBus, QObject *parent)
    : QObject(parent)
    , m_bus(sessionBus)
{
}

void DesktopNotifications::start()
{
    if (m_proxy || m_ready)
        return;
    if (!m_bus.isConnected()) {
        m_ready = true;
        Q_EMIT ready(false);
        sendQueued();
        return;
    }
    m_proxy = new dbus::NotificationsProxy(m_bus, this);
    connect(m_proxy, &dbus::NotificationsProxy::ActionInvoked, this, &DesktopNotifications::onActionInvoked);
    connect(m_proxy, &dbus::NotificationsProxy::NotificationClosed, this, &DesktopNotifications::onClosed);
    dbus::callAsync(m_bus, notificationsCall(QStringLiteral("GetCapabilities")), this, [this](const QDBusMessage &reply) {
        m_ready = true;
        m_available = !dbus::isError(reply);
        m_capabilities = dbus::firstArgument(reply).toStringList();
        Q_EMIT ready(m_available);
        sendQueued();
    }, 5000);
}

bool DesktopNotifications::isShown(const QString &kind) const
{
    const auto it = m_slots.constFind(kind);
    return it != m_slots.cend() && (it->id != 0 || it->sending) && !it->closeQueued;
}

void DesktopNotifications::notify(const Notification &n)
{
    Slot &slot = m_slots[n.kind];
    if (slot.sending || !m_ready) {
        slot.queued = n;          // sent when the one on its way (or the capabilities) are known
        slot.closeQueued = false;
        return;
    }
    send(n);
}

void DesktopNotifications::sendQueued()
{
    const QStringList kinds = m_slots.keys();
    for (const QString &kind : kinds) {
        Slot &slot = m_slots[kind];
        if (slot.sending || !slot.queued)
            continue;
        const Notification n = *std::exchange(slot.queued, std::nullopt);
        if (m_available)
            send(n);
        else
            Q_EMIT failed(kind);
    }
}

void DesktopNotifications::send(const Notification &n)
{
    Slot &slot = m_slots[n.kind];
    slot.sending = true;
    QStringList actions;
    if (supportsActions()) {
        for (const Action &a : n.actions)
            actions << a.key << a.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
    if (!m_desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    const QDBusMessage call = notificationsCall(
        QStringLiteral("Notify"),
        {m_appName, slot.id, m_appIcon, n.title, n.body, actions, hints, n.timeoutMs});
    const QString kind = n.kind;
    dbus::callAsync(m_bus, call, this, [this, kind](const QDBusMessage &reply) {
        Slot &s = m_slots[kind];
        s.sending = false;
        const uint id = dbus::firstArgument(reply).toUInt();
        if (id == 0) {
            Q_EMIT failed(kind);
        } else {
            if (s.id != 0 && s.id != id)
                m_kindOfId.remove(s.id);
            s.id = id;
            m_kindOfId.insert(id, kind);
        }
        if (s.queued) {
            const Notification next = *std::exchange(s.queued, std::nullopt);
            send(next);
        } else if (std::exchange(s.closeQueued, false)) {
            close(kind);
        }
        if (id != 0)
            Q_EMIT shown(kind);
    });
}

void DesktopNotifications::close(const QString &kind)
{
    const auto it = m_slots.find(kind);
    if (it == m_slots.end())
        return;
    it->queued.reset();
    if (it->sending) {
        it->closeQueued = true;
        return;
    }
    // The id stays known until the server confirms with NotificationClosed (reported then); the
    // next notification of this kind is a new one.
    if (it->id != 0)
        sendClose(std::exchange(it->id, 0));
}

void DesktopNotifications::sendClose(uint id)
{
    m_bus.send(notificationsCall(QStringLiteral("CloseNotification"), {id}));
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    // Every client hears every notification's signals: only ours are reported.
    const auto it = m_kindOfId.constFind(id);
    if (it != m_kindOfId.cend())
        Q_EMIT actionInvoked(*it, key);
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    const QString kind = m_kindOfId.take(id);
    if (kind.isEmpty())
        return;
    Slot &slot = m_slots[kind];
    if (slot.id == id)
        slot.id = 0;   // the next one of this kind is a new notification
    const auto why = reason >= 1 && reason <= 4 ? CloseReason(reason) : CloseReason::Undefined;
    Q_EMIT closed(kind, why);
}

} // namespace kd
