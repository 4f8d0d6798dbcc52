#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace kd {

class AppSettings;
class Catalog;
class ExchangeLogModel;
class ExchangesView;
class I18nLoader;
class JsonInspector;
class LoginController;
class LoginPage;
class PingLoader;
class Prompter;
class Session;
class TabPage;
class TimerBar;
class TimerController;
class TimesheetLoader;
class VersionLoader;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Parts
    {
        Session *session = nullptr;
        LoginController *login = nullptr;
        Catalog *catalog = nullptr;
        TimesheetLoader *timesheets = nullptr;
        PingLoader *ping = nullptr;
        VersionLoader *version = nullptr;
        I18nLoader *i18n = nullptr;
        TimerController *timer = nullptr;
        ExchangeLogModel *exchanges = nullptr;
        AppSettings *settings = nullptr;
        Prompter *prompter = nullptr;
    };

    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tabs by stable id: ping, version, timesheets, activities, projects, customers, i18n.
    static QStringList tabIds();
    bool showTab(const QString &id);
    TabPage *currentTab() const;
    TabPage *tab(const QString &id) const;
    QTabWidget *tabWidget() const;
    // Built on first use: right before the window is first shown, or, when a login was deferred with
    // loginAfterFirstFrame(), in the event-loop turn after the first frame.
    LoginPage *loginPage() const;
    // Shows a light "Logging in to <target>…" card in the window's first frame and calls start (which
    // starts the login) in the turn after it, with the login page built. Call before show().
    void loginAfterFirstFrame(const QString &target, std::function<void()> start);
    JsonInspector *inspector() const;
    TimerBar *timerBar() const;
    ExchangesView *exchangesView() const;
    bool isShowingWorkspace() const;
    QString statusText() const;

    void restoreWindowState();
    void openStartDialog();
    void openEditDialog(int timesheetId);
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
    bool event(QEvent *event) override;

private:
    void buildMenus();
    void showLoginPage();
    void runAfterFirstFrame();
    // The tabs, the inspector and the Exchanges dock are built just after the window is first shown
    // (or earlier, when something needs them), so the window appears without waiting for them.
    void ensureWorkspace() const;
    void buildWorkspace();
    // A tab's page is built when the tab is first shown or asked for; until then the tab holds an
    // empty slot. Returns nullptr for an index out of range.
    TabPage *ensureTab(int index) const;
    static QString tabTitle(int index);
    void applyPendingState();
    void onLoggedIn();
    void onSessionEnded();
    void onTabChanged(int index);
    void updateStatus();
    void updateTitle();
    void saveWindowState();

    Parts m_parts;
    QStackedWidget *m_stack;
    LoginPage *m_loginPage = nullptr;
    QWidget *m_startCard = nullptr;
    QLabel *m_startCardText = nullptr;
    QPushButton *m_startCardCancel = nullptr;
    std::function<void()> m_pendingLogin;
    bool m_pendingLoginStarted = false;
    QWidget *m_workspace = nullptr;
    bool m_workspaceScheduled = false;
    TimerBar *m_timerBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    JsonInspector *m_inspector = nullptr;
    ExchangesView *m_exchangesView = nullptr;
    QDockWidget *m_exchangesDock = nullptr;
    QList<QAction *> m_tabActions;
    QAction *m_exchangesAction = nullptr;
    QByteArray m_pendingState;
    QByteArray m_pendingSplitter;
    QString m_pendingTab;
    bool m_statePending = false;
    QList<TabPage *> m_tabPages;   // nullptr until built
    QLabel *m_connection;
    QLabel *m_server;
    QLabel *m_version;
    QLabel *m_user;
    QAction *m_logoutAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_refreshAction = nullptr;
    bool m_reallyQuit = false;
};

} // namespace kd
