#include "ui/shell.h"

#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/commandrunner.h"
#include "session/timercontroller.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>

namespace kd {

Shell::Shell(AppCore *core, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_window(std::make_unique<MainWindow>(core, prompter))
    , m_tray(std::make_unique<TrayIcon>(core->timer(), core->session()))
    , m_notifier(m_tray.get())
{
    MainWindow *window = m_window.get();
    m_notifier.setEnabled(core->settings()->notifications());
    connect(window, &MainWindow::quitRequested, this, &Shell::quitRequested);
    connect(window, &MainWindow::aboutRequested, this, [this, window] {
        auto *dialog = new AboutDialog(m_core->session(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(window, &MainWindow::settingsRequested, this, [this, window] {
        auto *dialog = new SettingsDialog(m_core->settings(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, [this] {
            m_core->applySettings();
            m_notifier.setEnabled(m_core->settings()->notifications());
        });
        dialog->open();
    });

    connect(m_tray.get(), &TrayIcon::showWindowRequested, this, &Shell::bringToFront);
    connect(m_tray.get(), &TrayIcon::startRequested, this, [this] {
        bringToFront();
        m_window->openStartDialog();
    });
    connect(m_tray.get(), &TrayIcon::newEntryRequested, this, [this] {
        bringToFront();
        m_window->openEntryDialog();
    });
    connect(m_tray.get(), &TrayIcon::quitRequested, this, &Shell::quitRequested);

    // Notifications for starts and stops that happen while the window is not in use.
    TimerController *timer = core->timer();
    connect(core->commands(), &CommandRunner::timerStarted, this, [this](const QString &title) { notify(tr("Timer started"), title); });
    connect(core->commands(), &CommandRunner::timerStopped, this, [this](const QString &title) { notify(tr("Timer stopped"), title); });
    connect(timer, &TimerController::started, this, [this, timer](const Timesheet &t) {
        if (!m_window->isActiveWindow())
            notify(tr("Timer started"), timer->titleOf(t));
    });
    connect(timer, &TimerController::stopped, this, [this, timer](const Timesheet &t) {
        if (!m_window->isActiveWindow())
            notify(tr("Timer stopped"), timer->titleOf(t));
    });
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
    m_notifier.notify(title, text);
}

} // namespace kd
