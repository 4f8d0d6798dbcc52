#pragma once

#include <QMainWindow>

#include <functional>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kd {

class AppCore;
class ExchangesView;
class JsonInspector;
class LoginPage;
class MainActions;
class OfflineStatus;
class Prompter;
class StartCard;
class TabPage;
class TimerBar;
class WindowStateStore;
class Workspace;

// The main window: a start card or the login form until logged in, then the workspace (timer bar,
// tabs, inspector) with the Exchanges dock; the menus; the status bar and the title.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppCore *core, Prompter *prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList tabIds();
    // The size of the first window (no saved geometry) on a screen with this available geometry.
    static QSize firstRunSize(const QRect &available);
    bool showTab(const QString &id);
    // Built on first use: the login form when first shown (or asked for), the workspace right after
    // the window's first frame (or when asked for).
    LoginPage *loginPage();
    Workspace *workspace();
    TabPage *currentTab();
    TabPage *tab(const QString &id);
    QTabWidget *tabWidget();
    JsonInspector *inspector();
    TimerBar *timerBar();
    ExchangesView *exchangesView();
    bool isShowingWorkspace() const;
    QString statusText() const;

    // Shows a light "Logging in to <target>…" card in the window's first frame and calls start (which
    // starts the login) in the turn after it, with the login form built. Call before show().
    void loginAfterFirstFrame(const QString &target, std::function<void()> start);
    void restoreWindowState();
    void openStartDialog();
    // A new entry in the entry editor (Ctrl+N, the tray, the timer bar).
    void openEntryDialog();
    void openEditDialog(int timesheetId);
    // The changes not yet in Kimai, with those that need attention (from the status bar).
    void openOfflineChanges();
    OfflineStatus *offlineStatus() const { return m_offline; }
    // Shown briefly in the status bar.
    void showMessage(const QString &text, int ms = 8000);

Q_SIGNALS:
    void quitRequested();
    void settingsRequested();
    void aboutRequested();
    // The tabs, the inspector and the exchange log exist (built right after the first frame).
    void workspaceReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool event(QEvent *event) override;

private:
    void showLoginPage();
    void buildWorkspace();
    void applyWorkspaceState();
    void onLoggedIn();
    void onSessionEnded();
    void updateStatus();
    void updateTitle();
    void saveWindowState();

    AppCore *m_core;
    Prompter *m_prompter;
    std::unique_ptr<WindowStateStore> m_state;
    MainActions *m_actions;
    QStackedWidget *m_stack;
    StartCard *m_startCard;
    LoginPage *m_loginPage = nullptr;
    Workspace *m_workspace = nullptr;
    bool m_workspaceScheduled = false;
    QDockWidget *m_exchangesDock = nullptr;
    ExchangesView *m_exchangesView = nullptr;
    QString m_pendingTab;
    bool m_stateRestored = false;   // restoreWindowState() ran: the workspace applies the rest
    QLabel *m_connection;
    QLabel *m_server;
    QLabel *m_version;
    QLabel *m_user;
    OfflineStatus *m_offline;
};

} // namespace kd
