#include "fakenotifications.h"

#include <QJsonObject>

namespace kd::test {

FakeNotifications::FakeNotifications(bool withActions, QObject *parent)
    : QObject(parent)
    , m_withActions(withActions)
{
}

QStringList FakeNotifications::GetCapabilities()
{
    QStringList caps{QStringLiteral("body"), QStringLiteral("persistence")};
    if (m_withActions)
        caps << QStringLiteral("actions");
    return caps;
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                               const QString &summary, const QString &body, const QStringList &actions,
                               const QVariantMap &hints, int expireTimeout)
{
    const uint id = replacesId != 0 && m_shown.contains(replacesId) ? replacesId : ++m_nextId;
    m_shown.insert(id);
    QJsonObject hintValues;
    for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
        const bool byte = it.value().typeId() == QMetaType::UChar;
        hintValues.insert(it.key(), byte ? QJsonValue(int(it.value().toUInt())) : QJsonValue(it.value().toString()));
    }
    notifyCalls.append(QJsonObject{{QStringLiteral("id"), qint64(id)},
                                   {QStringLiteral("replacesId"), qint64(replacesId)},
                                   {QStringLiteral("appName"), appName},
                                   {QStringLiteral("appIcon"), appIcon},
                                   {QStringLiteral("summary"), summary},
                                   {QStringLiteral("body"), body},
                                   {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                                   {QStringLiteral("hints"), hintValues},
                                   {QStringLiteral("expireTimeout"), expireTimeout}});
    return id;
}

void FakeNotifications::CloseNotification(uint id)
{
    closeCalls.append(qint64(id));
    if (m_shown.remove(id))
        Q_EMIT NotificationClosed(id, 3);
}

QString FakeNotifications::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("Kimai Desk tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("kd-fake-desktop");
}

// Like a notification server: the action is reported, then the notification goes away.
bool FakeNotifications::invokeAction(uint id, const QString &key)
{
    if (!m_shown.contains(id))
        return false;
    Q_EMIT ActionInvoked(id, key);
    m_shown.remove(id);
    Q_EMIT NotificationClosed(id, 2);
    return true;
}

bool FakeNotifications::dismiss(uint id)
{
    if (!m_shown.remove(id))
        return false;
    Q_EMIT NotificationClosed(id, 2);
    return true;
}

} // namespace kd::test
