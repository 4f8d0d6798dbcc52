#include "ui/shell.h"

#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/commandrunner.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/quitguard.h"
#include "ui/settingsdialog.h"
#include "ui/timekeepingui.h"
#include "ui/trayicon.h"

#include <QApplication>

#include <utility>

namespace kd {

Shell::Shell(AppCore *core, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_window(std::make_unique<MainWindow>(core, prompter))
    , m_tray(std::make_unique<TrayIcon>(core->timer(), core->session()))
    , m_timekeeping(std::make_unique<TimekeepingUi>(core, m_window.get(), m_tray.get()))
    , m_quitGuard(std::make_unique<QuitGuard>(core, prompter, m_window.get()))
{
    MainWindow *window = m_window.get();
    m_tray->setTimekeeper(core->timekeeper());
    m_timekeeping->setTimerNotifications(core->settings()->notifications());
    connect(m_timekeeping.get(), &TimekeepingUi::showWindowRequested, this, &Shell::bringToFront);
    // Every way to quit goes through the guard (a running timer is dealt with first); closing the
    // last window quits only through it too.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_quitGuard.get(), &QuitGuard::quit, this, &Shell::quitRequested);
    connect(m_quitGuard.get(), &QuitGuard::cancelled, this, [this] {
        if (!m_window->isVisible())
            bringToFront();   // it was closed to quit
    });
    connect(window, &MainWindow::quitRequested, m_quitGuard.get(), &QuitGuard::request);
    connect(window, &MainWindow::aboutRequested, this, [this, window] {
        auto *dialog = new AboutDialog(m_core->session(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(window, &MainWindow::settingsRequested, this, [this, window] {
        auto *dialog = new SettingsDialog(m_core->settings(), m_core->timekeeper(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, [this] {
            m_core->applySettings();
            m_timekeeping->setTimerNotifications(m_core->settings()->notifications());
        });
        dialog->open();
    });

    m_tray->setFavorites(core->favorites());
    connect(m_tray.get(), &TrayIcon::showWindowRequested, this, &Shell::bringToFront);
    connect(m_tray.get(), &TrayIcon::startRequested, this, [this] {
        bringToFront();
        m_window->openStartDialog();
    });
    connect(m_tray.get(), &TrayIcon::newEntryRequested, this, [this] {
        bringToFront();
        m_window->openEntryDialog();
    });
    connect(m_tray.get(), &TrayIcon::quitRequested, m_quitGuard.get(), &QuitGuard::request);

    // Notifications only for starts and stops the person cannot see happening: from the command line
    // (a desktop shortcut, a script) and from the tray's menu. What they do in the window they see.
    TimerController *timer = core->timer();
    connect(core->commands(), &CommandRunner::timerStarted, this, [this](const QString &title) { notify(tr("Timer started"), title); });
    connect(core->commands(), &CommandRunner::timerStopped, this, [this](const QString &title) { notify(tr("Timer stopped"), title); });
    connect(m_tray.get(), &TrayIcon::timerActionTriggered, this, [this] { m_trayActionPending = true; });
    connect(timer, &TimerController::started, this, [this, timer](const Timesheet &t) {
        if (std::exchange(m_trayActionPending, false))
            notify(tr("Timer started"), timer->titleOf(t));
    });
    connect(timer, &TimerController::stopped, this, [this, timer](const Timesheet &t) {
        if (std::exchange(m_trayActionPending, false))
            notify(tr("Timer stopped"), timer->titleOf(t));
    });
    connect(timer, &TimerController::operationFailed, this, [this] { m_trayActionPending = false; });
    connect(timer, &TimerController::reconciled, this, [this] { m_trayActionPending = false; });
}

Shell::~Shell() = default;

bool Shell::showTray()
{
    if (!m_tray->isAvailable())
        return false;
    m_tray->setVisible(true);
    QApplication::setQuitOnLastWindowClosed(false);
    return true;
}

void Shell::bringToFront()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void Shell::notify(const QString &title, const QString &text)
{
    m_timekeeping->notifyTimer(title, text);
    Q_EMIT notified(title, text);
}

} // namespace kd
