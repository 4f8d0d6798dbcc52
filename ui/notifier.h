#pragma once

#include <QString>

namespace kd {

class TrayIcon;

// Desktop notifications: through the tray icon when there is one, else through the desktop's
// notification service (org.freedesktop.Notifications over D-Bus). Silent when neither exists.
class Notifier
{
public:
    explicit Notifier(TrayIcon *tray = nullptr)
        : m_tray(tray)
    {
    }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void notify(const QString &title, const QString &body) const;

private:
    TrayIcon *m_tray;
    bool m_enabled = true;
};

} // namespace kd
