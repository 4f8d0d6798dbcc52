#pragma once

// The fake org.freedesktop.Notifications: keeps every Notify and CloseNotification call, replaces
// a shown notification when asked to (same id back), and emits ActionInvoked / NotificationClosed
// when the test says the user clicked.

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace kd::test {

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotifications(bool withActions, QObject *parent = nullptr);
    QJsonArray notifyCalls;
    QJsonArray closeCalls;

    bool invokeAction(uint id, const QString &key);
    bool dismiss(uint id);

public Q_SLOTS:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    bool m_withActions;
    QSet<uint> m_shown;
    uint m_nextId = 0;
};

} // namespace kd::test
