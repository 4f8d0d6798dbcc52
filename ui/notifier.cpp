#include "ui/notifier.h"

#include "ui/trayicon.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QGuiApplication>
#include <QVariantMap>

namespace kd {

void Notifier::notify(const QString &title, const QString &body) const
{
    if (!m_enabled)
        return;
    if (m_tray && m_tray->isAvailable()) {
        m_tray->notify(title, body);
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                    QStringLiteral("/org/freedesktop/Notifications"),
                                                    QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    m << QGuiApplication::applicationDisplayName() << uint(0) << QStringLiteral("kimai-desk") << title << body
      << QStringList() << QVariantMap() << int(5000);
    bus.asyncCall(m);   // fire and forget: a missing service only means no bubble
}

} // namespace kd
