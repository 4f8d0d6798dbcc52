#pragma once

#include <QObject>

#include <memory>

namespace kd {

class AppCore;
class MainWindow;
class Prompter;
class QuitGuard;
class TimekeepingUi;
class TrayIcon;

// The desktop side around one AppCore: the main window, the tray icon, the dialogs opened from the
// menus and the notifications, wired together. main.cpp and the benchmarks build the GUI through it.
class Shell final : public QObject
{
    Q_OBJECT
public:
    Shell(AppCore *core, Prompter *prompter, QObject *parent = nullptr);
    ~Shell() override;

    MainWindow *window() const { return m_window.get(); }
    TrayIcon *tray() const { return m_tray.get(); }
    TimekeepingUi *timekeeping() const { return m_timekeeping.get(); }
    QuitGuard *quitGuard() const { return m_quitGuard.get(); }
    // Shows the tray icon where the desktop has a tray; closing the window then keeps the app
    // running. Returns whether there is one.
    bool showTray();
    // Brings the window to the front (from the tray, or a second `kimai-desk`).
    void bringToFront();

Q_SIGNALS:
    // Quit now (asked, and a running timer dealt with).
    void quitRequested();
    // A desktop notification was sent (for tests and for what logs it).
    void notified(const QString &title, const QString &text);

private:
    void notify(const QString &title, const QString &text);

    AppCore *m_core;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<TimekeepingUi> m_timekeeping;
    std::unique_ptr<QuitGuard> m_quitGuard;
    bool m_trayActionPending = false;   // the next start or stop was asked for in the tray
};

} // namespace kd
