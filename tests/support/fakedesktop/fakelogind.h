#pragma once

// The fake logind on the stand-in system bus: a Manager (GetSession, GetSessionByPID, Inhibit with
// a real file descriptor whose closing it notices, PrepareForSleep) and one Session (Lock, Unlock,
// LockedHint with PropertiesChanged).

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QJsonArray>
#include <QObject>

class QSocketNotifier;

namespace kd::test {

class FakeLogindSession : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(QString Id READ id)
    Q_PROPERTY(bool LockedHint READ lockedHint)
public:
    FakeLogindSession(const QDBusConnection &bus, const QString &id, QObject *parent = nullptr);
    QString id() const { return m_id; }
    QString path() const;
    bool lockedHint() const { return m_lockedHint; }

public Q_SLOTS:
    void SetLockedHint(bool locked);

Q_SIGNALS:
    void Lock();
    void Unlock();

private:
    QDBusConnection m_bus;
    QString m_id;
    bool m_lockedHint = false;
};

class FakeLogindManager : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    FakeLogindManager(FakeLogindSession *session, QObject *parent = nullptr);
    int openInhibitors() const { return int(m_inhibitors.size()); }
    QJsonArray inhibitCalls;
    QJsonArray getSessionCalls;

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString &id);
    QDBusObjectPath GetSessionByPID(uint pid);
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why, const QString &mode);

Q_SIGNALS:
    void PrepareForSleep(bool start);

private:
    void onInhibitorReadable(QSocketNotifier *notifier);

    FakeLogindSession *m_session;
    QList<QSocketNotifier *> m_inhibitors;   // the read ends of the pipes whose write ends we gave out
};

} // namespace kd::test
