#pragma once

// The idle source of this desktop, chosen at run time: the first that answers of
// org.gnome.Mutter.IdleMonitor (GNOME), org.freedesktop.ScreenSaver GetSessionIdleTime (KDE Plasma
// on X11 and others) and the XScreenSaver extension (any X11 session). On a Wayland session
// without the first two there is none (ext-idle-notify-v1 is not used: it needs the Wayland
// connection of the GUI). probe() asks once; start()/queryIdleTime() before it has answered are
// carried out with the source found.

#include "desktop/idlemonitor.h"

#include <QDBusConnection>
#include <QPointer>

#include <optional>

namespace kd {

class Clock;

class DesktopIdleMonitor final : public IdleMonitor
{
    Q_OBJECT
public:
    DesktopIdleMonitor(const QDBusConnection &sessionBus, const Clock *clock, QObject *parent = nullptr);

    // Ask the sources, in order; probed() tells when the choice is made.
    void probe();
    bool probing() const { return m_probing; }
    bool probed() const { return m_probed; }
    // For tests: the X display to try ("" = $DISPLAY unless on Wayland), the polling interval.
    void setX11Display(const QString &name) { m_x11Display = name; }
    void setPollIntervalMs(int ms) { m_pollMs = ms; }

    bool available() const override { return m_source != nullptr; }
    QString sourceName() const override;
    void start(qint64 thresholdMs) override;
    void stop() override;
    bool isWatching() const override { return m_watching; }
    void queryIdleTime() override;

Q_SIGNALS:
    void probeFinished();

private:
    void tryScreenSaver();
    void tryX11();
    void choose(IdleMonitor *source);
    void reportUnknownLater();

    QDBusConnection m_bus;
    const Clock *m_clock;
    QString m_x11Display;
    int m_pollMs = 30'000;
    bool m_probing = false;
    bool m_probed = false;
    bool m_watching = false;
    qint64 m_thresholdMs = 0;
    bool m_queryPending = false;
    QPointer<IdleMonitor> m_source;
};

} // namespace kd
