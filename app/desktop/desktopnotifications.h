#pragma once

// Desktop notifications through org.freedesktop.Notifications, with action buttons where the
// server's GetCapabilities lists "actions". One notification per KIND ("idle", "forgotten", ...):
// a new one replaces the previous one of its kind (replaces_id) instead of stacking. The server's
// ActionInvoked / NotificationClosed are mapped back to (kind, action). Only reports: when there is
// no server, or no action buttons, the app falls back (tray message, then a small window).

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace kd {

namespace dbus {
class NotificationsProxy;
}

class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    Q_ENUM(Urgency)

    struct Action
    {
        QString key;      // reported back by actionInvoked(); "default" is a click on the body
        QString label;
    };

    struct Notification
    {
        QString kind;
        QString title;
        QString body;
        QList<Action> actions;
        Urgency urgency = Urgency::Normal;
        int timeoutMs = -1;     // -1: the server decides; 0: until answered
    };

    // Why the server closed a notification (the specification's reasons).
    enum class CloseReason { Expired = 1, Dismissed = 2, Closed = 3, Undefined = 4 };
    Q_ENUM(CloseReason)

    explicit DesktopNotifications(const QDBusConnection &sessionBus, QObject *parent = nullptr);

    // Asks for the server's capabilities; ready() tells the outcome.
    void start();
    bool isReady() const { return m_ready; }
    bool available() const { return m_available; }
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }
    QStringList capabilities() const { return m_capabilities; }

    void setAppName(const QString &name) { m_appName = name; }
    void setAppIcon(const QString &icon) { m_appIcon = icon; }
    void setDesktopEntry(const QString &entry) { m_desktopEntry = entry; }

    // Shows `n`, replacing the shown one of the same kind. Actions are left out where the server
    // has no buttons. Before start() has its answer, the latest of each kind waits for it.
    void notify(const Notification &n);
    void close(const QString &kind);
    bool isShown(const QString &kind) const;

Q_SIGNALS:
    void ready(bool available);
    void actionInvoked(const QString &kind, const QString &action);
    void closed(const QString &kind, kd::DesktopNotifications::CloseReason reason);
    // The server took a notification of `kind` (its Notify call answered with an id).
    void shown(const QString &kind);
    // The server refused or did not answer a Notify call: show it another way.
    void failed(const QString &kind);

private:
    // What we know of one kind's notification on the server.
    struct Slot
    {
        uint id = 0;
        bool sending = false;                  // a Notify call is on its way
        std::optional<Notification> queued;    // the latest notify() while it was
        bool closeQueued = false;
    };

    void send(const Notification &n);
    void sendQueued();
    void sendClose(uint id);
    void onActionInvoked(uint id, const QString &key);
    void onClosed(uint id, uint reason);

    QDBusConnection m_bus;
    dbus::NotificationsProxy *m_proxy = nullptr;
    QString m_appName = QStringLiteral("Kimai Desk");
    QString m_appIcon;
    QString m_desktopEntry;
    bool m_ready = false;
    bool m_available = false;
    QStringList m_capabilities;
    QHash<QString, Slot> m_slots;
    QHash<uint, QString> m_kindOfId;
};

} // namespace kd
