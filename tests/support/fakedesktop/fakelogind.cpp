#include "fakelogind.h"

#include <QDBusMessage>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QVariantMap>

#include <fcntl.h>
#include <unistd.h>

namespace kd::test {

FakeLogindSession::FakeLogindSession(const QDBusConnection &bus, const QString &id, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_id(id)
{
}

QString FakeLogindSession::path() const
{
    return QStringLiteral("/org/freedesktop/login1/session/") + m_id;
}

void FakeLogindSession::SetLockedHint(bool locked)
{
    if (locked == m_lockedHint)
        return;
    m_lockedHint = locked;
    QDBusMessage signal = QDBusMessage::createSignal(path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << QStringLiteral("org.freedesktop.login1.Session")
           << QVariantMap{{QStringLiteral("LockedHint"), locked}} << QStringList();
    m_bus.send(signal);
}

FakeLogindManager::FakeLogindManager(FakeLogindSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

// Like logind: the session's own id, or "auto" for the caller's session.
QDBusObjectPath FakeLogindManager::GetSession(const QString &id)
{
    getSessionCalls.append(id);
    if (id != m_session->id() && id != QLatin1String("auto")) {
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"),
                       QStringLiteral("No session '%1' known").arg(id));
        return {};
    }
    return QDBusObjectPath(m_session->path());
}

QDBusObjectPath FakeLogindManager::GetSessionByPID(uint pid)
{
    getSessionCalls.append(QStringLiteral("pid:%1").arg(pid));
    return QDBusObjectPath(m_session->path());
}

// A pipe: the caller gets the write end; end of file on our read end means they closed it.
QDBusUnixFileDescriptor FakeLogindManager::Inhibit(const QString &what, const QString &who, const QString &why,
                                                   const QString &mode)
{
    inhibitCalls.append(QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("who"), who},
                                    {QStringLiteral("why"), why}, {QStringLiteral("mode"), mode}});
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        sendErrorReply(QStringLiteral("org.freedesktop.DBus.Error.Failed"), QStringLiteral("pipe failed"));
        return {};
    }
    auto *notifier = new QSocketNotifier(fds[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier] { onInhibitorReadable(notifier); });
    m_inhibitors.append(notifier);
    QDBusUnixFileDescriptor writeEnd(fds[1]);   // a copy; ours closes now, the reply's when sent
    ::close(fds[1]);
    return writeEnd;
}

void FakeLogindManager::onInhibitorReadable(QSocketNotifier *notifier)
{
    char buffer[64];
    const ssize_t n = ::read(int(notifier->socket()), buffer, sizeof buffer);
    if (n > 0)
        return;
    m_inhibitors.removeOne(notifier);
    notifier->setEnabled(false);   // before its descriptor goes
    ::close(int(notifier->socket()));
    notifier->deleteLater();
}

} // namespace kd::test
