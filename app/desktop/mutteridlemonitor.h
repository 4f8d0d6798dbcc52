#pragma once

// Idle time from GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor on the session bus. No
// polling: an idle watch fires when the threshold is reached, a user-active watch when the user
// is back.

#include "desktop/idlemonitor.h"

#include <QDBusConnection>

namespace kd {

class Clock;

namespace dbus {
class MutterIdleProxy;
}

class MutterIdleMonitor final : public IdleMonitor
{
    Q_OBJECT
public:
    // `clock` must outlive the monitor. The source is assumed to be there (DesktopIdleMonitor
    // probes first); calls that fail are reported as unknown idle time.
    MutterIdleMonitor(const QDBusConnection &bus, const Clock *clock, QObject *parent = nullptr);

    bool available() const override { return true; }
    QString sourceName() const override;
    void start(qint64 thresholdMs) override;
    void stop() override;
    bool isWatching() const override { return m_watching; }
    void queryIdleTime() override;

private:
    void onWatchFired(uint id);
    void readIdleTime();
    void beginIdle(const QDateTime &since);
    void addWatch(const QString &method, const QVariantList &args, uint *slot);
    void removeWatch(uint id);
    QDBusMessage call(const QString &method, const QVariantList &args = {}) const;

    QDBusConnection m_bus;
    const Clock *m_clock;
    dbus::MutterIdleProxy *m_proxy;
    bool m_watching = false;
    qint64 m_thresholdMs = 0;
    quint64 m_generation = 0;     // replies to calls made before the last stop() are dropped
    uint m_idleWatch = 0;
    uint m_activeWatch = 0;
    QDateTime m_idleSince;
};

} // namespace kd
