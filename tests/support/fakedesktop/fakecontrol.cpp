#include "fakecontrol.h"

#include "fakeidle.h"
#include "fakelogind.h"
#include "fakenotifications.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd::test {

FakeControl::FakeControl(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
}

void FakeControl::SetIdleTime(qulonglong ms)
{
    m_parts.activity->setIdleMs(qint64(ms));
}

void FakeControl::EmitLock()
{
    if (m_parts.session)
        Q_EMIT m_parts.session->Lock();
}

void FakeControl::EmitUnlock()
{
    if (m_parts.session)
        Q_EMIT m_parts.session->Unlock();
}

void FakeControl::SetLockedHint(bool locked)
{
    if (m_parts.session)
        m_parts.session->SetLockedHint(locked);
}

void FakeControl::PrepareForSleep(bool start)
{
    if (m_parts.manager)
        Q_EMIT m_parts.manager->PrepareForSleep(start);
}

bool FakeControl::InvokeAction(uint id, const QString &key)
{
    return m_parts.notifications && m_parts.notifications->invokeAction(id, key);
}

bool FakeControl::DismissNotification(uint id)
{
    return m_parts.notifications && m_parts.notifications->dismiss(id);
}

int FakeControl::OpenInhibitors()
{
    return m_parts.manager ? m_parts.manager->openInhibitors() : 0;
}

QString FakeControl::Log()
{
    QJsonObject log;
    if (m_parts.notifications) {
        log.insert(QStringLiteral("notify"), m_parts.notifications->notifyCalls);
        log.insert(QStringLiteral("close"), m_parts.notifications->closeCalls);
    }
    if (m_parts.manager) {
        log.insert(QStringLiteral("inhibit"), m_parts.manager->inhibitCalls);
        log.insert(QStringLiteral("getSession"), m_parts.manager->getSessionCalls);
    }
    log.insert(QStringLiteral("idleQueries"), m_parts.activity->queries);
    log.insert(QStringLiteral("mutterWatches"), m_parts.mutter ? m_parts.mutter->watchCount() : 0);
    return QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Compact));
}

void FakeControl::Quit()
{
    QCoreApplication::quit();
}

} // namespace kd::test
