#pragma once

// Idle time from the X server's MIT-SCREEN-SAVER extension, polled: the fallback on X11 desktops
// without one of the D-Bus sources. libX11 and libXss are loaded at run time (dlopen), and only
// when there is an X display and no Wayland session (under XWayland the extension sees only the
// input that goes to X11 windows): nothing of X11 is needed to run on Wayland.

#include "desktop/pollingidlemonitor.h"

#include <memory>

namespace kd {

class XScreenSaverIdleMonitor final : public PollingIdleMonitor
{
    Q_OBJECT
public:
    // `displayName`: as in $DISPLAY; empty means "use $DISPLAY". On a Wayland session
    // ($WAYLAND_DISPLAY set) the source is unavailable unless a display is named explicitly.
    explicit XScreenSaverIdleMonitor(const Clock *clock, const QString &displayName = {}, QObject *parent = nullptr);
    ~XScreenSaverIdleMonitor() override;

    bool available() const override;
    QString sourceName() const override;

    // One synchronous reading (a round trip to the local X server); -1 when unavailable.
    qint64 readIdleMs() const;

protected:
    void requestIdleTime() override;

private:
    struct X11;
    std::unique_ptr<X11> m_x;
};

} // namespace kd
