#include "desktop/xscreensaveridlemonitor.h"

#include <QTimer>

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#include <dlfcn.h>

namespace kd {

// The few functions we need, looked up in libX11.so.6 and libXss.so.1 at run time.
struct XScreenSaverIdleMonitor::X11
{
    void *x11 = nullptr;
    void *xss = nullptr;
    Display *display = nullptr;
    XScreenSaverInfo *info = nullptr;

    decltype(&::XOpenDisplay) openDisplay = nullptr;
    decltype(&::XCloseDisplay) closeDisplay = nullptr;
    decltype(&::XDefaultRootWindow) defaultRootWindow = nullptr;
    decltype(&::XFree) free = nullptr;
    decltype(&::XScreenSaverQueryExtension) queryExtension = nullptr;
    decltype(&::XScreenSaverAllocInfo) allocInfo = nullptr;
    decltype(&::XScreenSaverQueryInfo) queryInfo = nullptr;

    template <typename T>
    static bool resolve(void *library, const char *name, T &function)
    {
        function = reinterpret_cast<T>(dlsym(library, name));
        return function != nullptr;
    }

    bool load(const QByteArray &displayName)
    {
        x11 = dlopen("libX11.so.6", RTLD_LAZY | RTLD_LOCAL);
        xss = dlopen("libXss.so.1", RTLD_LAZY | RTLD_LOCAL);
        if (!x11 || !xss)
            return false;
        if (!resolve(x11, "XOpenDisplay", openDisplay) || !resolve(x11, "XCloseDisplay", closeDisplay)
            || !resolve(x11, "XDefaultRootWindow", defaultRootWindow) || !resolve(x11, "XFree", free)
            || !resolve(xss, "XScreenSaverQueryExtension", queryExtension)
            || !resolve(xss, "XScreenSaverAllocInfo", allocInfo)
            || !resolve(xss, "XScreenSaverQueryInfo", queryInfo)) {
            return false;
        }
        display = openDisplay(displayName.constData());
        if (!display)
            return false;
        int eventBase = 0;
        int errorBase = 0;
        if (!queryExtension(display, &eventBase, &errorBase))
            return false;
        info = allocInfo();
        return info != nullptr;
    }

    ~X11()
    {
        if (info)
            free(info);
        if (display)
            closeDisplay(display);
        if (xss)
            dlclose(xss);
        if (x11)
            dlclose(x11);
    }
};

XScreenSaverIdleMonitor::XScreenSaverIdleMonitor(const Clock *clock, const QString &displayName, QObject *parent)
    : PollingIdleMonitor(clock, parent)
{
    QString name = displayName;
    if (name.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            return;
        name = qEnvironmentVariable("DISPLAY");
    }
    if (name.isEmpty())
        return;
    auto x = std::make_unique<X11>();
    if (x->load(name.toLocal8Bit()))
        m_x = std::move(x);
}

XScreenSaverIdleMonitor::~XScreenSaverIdleMonitor() = default;

bool XScreenSaverIdleMonitor::available() const
{
    return m_x != nullptr;
}

QString XScreenSaverIdleMonitor::sourceName() const
{
    return m_x ? QStringLiteral("XScreenSaver") : QString();
}

qint64 XScreenSaverIdleMonitor::readIdleMs() const
{
    if (!m_x || !m_x->queryInfo(m_x->display, m_x->defaultRootWindow(m_x->display), m_x->info))
        return -1;
    return qint64(m_x->info->idle);
}

void XScreenSaverIdleMonitor::requestIdleTime()
{
    // Answer in the next turn of the event loop, like the D-Bus sources.
    QTimer::singleShot(0, this, [this] { reportIdleTime(readIdleMs()); });
}

} // namespace kd
