#pragma once

// Idle time from org.freedesktop.ScreenSaver GetSessionIdleTime (KDE Plasma on X11 and others),
// polled. KDE answers in milliseconds (KIdleTime's idle time), whatever the method's name suggests;
// that is the unit used here.

#include "desktop/pollingidlemonitor.h"

#include <QDBusConnection>

namespace kd {

class ScreenSaverIdleMonitor final : public PollingIdleMonitor
{
    Q_OBJECT
public:
    ScreenSaverIdleMonitor(const QDBusConnection &bus, const Clock *clock, QObject *parent = nullptr);

    bool available() const override { return true; }
    QString sourceName() const override;

    // The call DesktopIdleMonitor probes with.
    static QDBusMessage idleTimeCall();

protected:
    void requestIdleTime() override;

private:
    QDBusConnection m_bus;
};

} // namespace kd
