#pragma once

// Preferences of the app (never a secret), in QSettings.

#include <QString>

class QSettings;

namespace kd {

class AppSettings
{
public:
    explicit AppSettings(QSettings *settings);

    QSettings *settings() const { return m_settings; }

    int activeRefreshSeconds() const;          // re-read the running timer; default 60, 0 = off
    void setActiveRefreshSeconds(int seconds);
    bool closeToTray() const;                  // closing the window keeps the app in the tray
    void setCloseToTray(bool on);
    bool notifications() const;                // desktop notifications on start/stop from tray or command
    void setNotifications(bool on);
    QString language() const;                  // "" = follow the system
    void setLanguage(const QString &language);
    int transferTimeoutSeconds() const;        // default 30
    void setTransferTimeoutSeconds(int seconds);
    int maxResponseMegabytes() const;          // default 64
    void setMaxResponseMegabytes(int megabytes);
    bool startAtLogin() const;
    void setStartAtLogin(bool on);

private:
    QSettings *m_settings;
};

} // namespace kd
