#include "desktop/sleepmonitor.h"

#include "core/clock.h"
#include "desktop/dbuscall.h"
#include "desktop/dbusproxies.h"

#include <QCoreApplication>
#include <QDBusUnixFileDescriptor>

#include <fcntl.h>
#include <unistd.h>

namespace kd {

SleepMonitor::SleepMonitor(const QDBusConnection &systemBus, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_bus(systemBus)
    , m_clock(clock)
{
    m_cap.setSingleShot(true);
    m_cap.setTimerType(Qt::PreciseTimer);   // a coarse timer may end the hold 5 % early (250 ms of 5 s)
    m_cap.setInterval(kDefaultReleaseCapMs);
    connect(&m_cap, &QTimer::timeout, this, &SleepMonitor::releaseInhibitor);
}

SleepMonitor::~SleepMonitor()
{
    releaseInhibitor();
}

void SleepMonitor::start()
{
    if (m_manager || !m_bus.isConnected())
        return;
    m_manager = new dbus::LogindManagerProxy(m_bus, this);
    connect(m_manager, &dbus::LogindManagerProxy::PrepareForSleep, this, &SleepMonitor::onPrepareForSleep);
    if (m_wanted)
        takeInhibitor();
}

void SleepMonitor::setDelayWanted(bool wanted)
{
    m_wanted = wanted;
    if (wanted && !m_preparing)
        takeInhibitor();
    else if (!wanted && !m_preparing)
        releaseInhibitor();
}

void SleepMonitor::takeInhibitor()
{
    if (!m_manager || m_fd >= 0 || m_taking)
        return;
    m_taking = true;
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::login1Service(), dbus::login1Path(),
                                                       dbus::login1Manager(), QStringLiteral("Inhibit"));
    call.setArguments({QStringLiteral("sleep"), QStringLiteral("Kimai Desk"),
                       tr("Stopping the running timer before the computer sleeps"), QStringLiteral("delay")});
    dbus::callAsync(m_bus, call, this, [this](const QDBusMessage &reply) {
        m_taking = false;
        const auto descriptor = qvariant_cast<QDBusUnixFileDescriptor>(dbus::firstArgument(reply));
        if (!descriptor.isValid() || !m_wanted || m_preparing)
            return;   // not wanted any more: the reply's copy of the descriptor closes with it
        // Our own copy: the reply (and its copy) goes away with the call watcher.
        m_fd = fcntl(descriptor.fileDescriptor(), F_DUPFD_CLOEXEC, 0);
        if (m_fd >= 0)
            Q_EMIT inhibitorChanged(true);
    });
}

void SleepMonitor::releaseInhibitor()
{
    m_cap.stop();
    m_holds = 0;
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    Q_EMIT inhibitorChanged(false);
}

void SleepMonitor::onPrepareForSleep(bool start)
{
    if (start) {
        m_preparing = true;
        m_holds = 0;
        Q_EMIT aboutToSleep(m_clock->now());
        if (m_holds == 0)
            releaseInhibitor();
        else
            m_cap.start();
    } else {
        m_preparing = false;
        releaseInhibitor();
        Q_EMIT resumed(m_clock->now());
        if (m_wanted)
            takeInhibitor();
    }
}

void SleepMonitor::delaySleep()
{
    if (m_preparing && m_fd >= 0)
        ++m_holds;
}

void SleepMonitor::releaseSleep()
{
    if (!m_preparing || m_holds == 0)
        return;
    if (--m_holds == 0)
        releaseInhibitor();
}

} // namespace kd
