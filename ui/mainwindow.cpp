#include "ui/mainwindow.h"

#include "core/duration.h"
#include "models/exchangelogmodel.h"
#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/favorites.h"
#include "session/logincontroller.h"
#include "session/offlinework.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "ui/entrydialog.h"
#include "ui/entrynotices.h"
#include "ui/columnwidths.h"
#include "ui/exchangesview.h"
#include "ui/inspectorpane.h"
#include "ui/jsoninspector.h"
#include "ui/loginpage.h"
#include "ui/mainactions.h"
#include "ui/offlinechangesdialog.h"
#include "ui/offlinestatus.h"
#include "ui/startcard.h"
#include "ui/startdialog.h"
#include "ui/tabpage.h"
#include "ui/timerbar.h"
#include "ui/windowstate.h"
#include "ui/workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace kd {

namespace {
// The title shows the running timer's elapsed time to the second while the window is shown.
constexpr int kTitleTickMs = 1000;
} // namespace

MainWindow::MainWindow(AppCore *core, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_prompter(prompter)
    , m_state(std::make_unique<WindowStateStore>(core->settings()->settings()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    // The login form is built on first use (see loginPage()); until then the stack shows a light card.
    m_startCard = new StartCard(core->login(), m_stack);
    m_stack->addWidget(m_startCard);
    setCentralWidget(m_stack);
    connect(m_startCard, &StartCard::loginStarting, this, [this] { loginPage(); });
    connect(m_startCard, &StartCard::loginFormWanted, this, [this] {
        if (!m_core->session()->isActive())
            showLoginPage();
    });

    m_connection = new QLabel(this);
    m_server = new QLabel(this);
    m_version = new QLabel(this);
    m_user = new QLabel(this);
    m_offline = new OfflineStatus(core->offline(), this);
    statusBar()->addPermanentWidget(m_offline);
    statusBar()->addPermanentWidget(m_server);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->insertWidget(0, m_connection);
    connect(m_offline, &OfflineStatus::changesRequested, this, &MainWindow::openOfflineChanges);

    m_actions = new MainActions(core, this);
    connect(m_actions, &MainActions::loginRequested, this, [this] {
        showLoginPage();
        // Logged in: the form shows this login's saved server, not the last one remembered.
        if (m_core->session()->isActive())
            m_loginPage->selectProfile(m_core->session()->info().profile.id);
        m_loginPage->focusFirstEmpty();
    });
    connect(m_actions, &MainActions::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_actions, &MainActions::aboutRequested, this, &MainWindow::aboutRequested);
    // Quit asks the QuitGuard; a Cancel there leaves the close button hiding to the tray as before.
    connect(m_actions, &MainActions::quitRequested, this, &MainWindow::quitRequested);
    connect(m_actions, &MainActions::startRequested, this, &MainWindow::openStartDialog);
    connect(m_actions, &MainActions::newEntryRequested, this, &MainWindow::openEntryDialog);
    new EntryNotices(core, this);
    connect(m_actions, &MainActions::message, this, [this](const QString &text) { showMessage(text); });
    connect(m_actions, &MainActions::tabRequested, this, [this](int index) {
        if (isShowingWorkspace())
            m_workspace->tabWidget()->setCurrentIndex(index);
    });
    connect(m_actions, &MainActions::refreshRequested, this, [this] {
        if (isShowingWorkspace())
            m_workspace->currentTab()->refresh();
    });
    connect(m_actions, &MainActions::findRequested, this, [this] {
        if (isShowingWorkspace())
            m_workspace->currentTab()->focusFilter();
    });
    connect(m_actions, &MainActions::findInJsonRequested, this, [this] { inspector()->focusSearch(); });
    connect(m_actions, &MainActions::exchangesToggled, this, [this](bool on) {
        workspace();
        m_exchangesDock->setVisible(on);
    });
    connect(m_actions, &MainActions::inspectorToggled, this, [this](bool on) { workspace()->inspectorPane()->setVisible(on); });

    LoginController *login = core->login();
    TimerController *timer = core->timer();
    connect(login, &LoginController::loggedIn, this, &MainWindow::onLoggedIn);
    connect(login, &LoginController::stateChanged, this, &MainWindow::updateStatus);
    connect(login, &LoginController::notice, this, [this](const QString &t) { showMessage(t, 15000); });
    connect(core->favorites(), &Favorites::failed, this, [this](const QString &t) { showMessage(t, 15000); });
    connect(core->session(), &Session::ended, this, &MainWindow::onSessionEnded);
    connect(core->session(), &Session::infoChanged, this, &MainWindow::updateStatus);
    connect(core->offline(), &OfflineWork::changed, this, &MainWindow::updateStatus);
    // Kimai refused the token while sending what waited: log in again (the changes wait for that).
    connect(core->offline(), &OfflineWork::loginNeeded, this, [this] {
        QTimer::singleShot(0, this, [this] {
            const int waiting = m_core->offline()->waitingCount();
            m_core->session()->end();
            showMessage(tr("Kimai refused the token. Log in again; %n change(s) wait and are sent after the login.",
                           nullptr, waiting),
                        60000);
        });
    });
    connect(timer, &TimerController::activeChanged, this, &MainWindow::updateTitle);
    connect(timer, &TimerController::tick, this, &MainWindow::updateTitle);
    connect(timer, &TimerController::reconciled, this,
            [this](TimerController::Operation, const QString &message) { showMessage(message, 20000); });
    connect(timer, &TimerController::operationFailed, this, [this](TimerController::Operation op, const ApiError &e) {
        if (op == TimerController::Operation::Stop || op == TimerController::Operation::Restart)
            showMessage(e.message(), 15000);
    });
    updateStatus();
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the children, and the dock reports that through visibilityChanged; by then this is
    // no longer a MainWindow, so the handler must not run.
    if (m_exchangesDock)
        m_exchangesDock->disconnect(m_actions);
}

bool MainWindow::event(QEvent *event)
{
    // Shown with nothing for the card to stand in for (the first show without a login, or a window
    // started in the tray whose login failed): the frame shows the login form.
    if (event->type() == QEvent::Show && m_stack->currentWidget() == m_startCard && !m_startCard->standsInForLogin()
        && !m_core->session()->isActive())
        showLoginPage();
    const bool handled = QMainWindow::event(event);
    // The tabs, the inspector and the exchange log are built right after the first frame: the
    // window's own paint comes first in a repaint, the children follow, and the frame is flushed
    // before the event loop runs the queued build.
    if (event->type() == QEvent::Paint && !m_workspace && !m_workspaceScheduled) {
        m_workspaceScheduled = true;
        QTimer::singleShot(0, this, [this] { workspace(); });
    }
    return handled;
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_core->timer()->setTickInterval(this, kTitleTickMs);
    updateTitle();
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Hidden (to the tray, or minimised): nothing here shows time moving.
    m_core->timer()->setTickInterval(this, 0);
    QMainWindow::hideEvent(event);
}

LoginPage *MainWindow::loginPage()
{
    if (!m_loginPage) {
        m_loginPage = new LoginPage(m_core->login(), m_prompter, m_stack);
        m_stack->addWidget(m_loginPage);
    }
    return m_loginPage;
}

void MainWindow::showLoginPage()
{
    LoginPage *page = loginPage();
    m_stack->setCurrentWidget(page);
    page->reloadProfiles();
}

void MainWindow::loginAfterFirstFrame(const QString &target, std::function<void()> start)
{
    m_startCard->deferLogin(target, std::move(start));
    m_stack->setCurrentWidget(m_startCard);
}

Workspace *MainWindow::workspace()
{
    if (!m_workspace)
        buildWorkspace();
    return m_workspace;
}

void MainWindow::buildWorkspace()
{
    m_workspace = new Workspace(m_core, m_prompter, m_stack);
    m_stack->addWidget(m_workspace);
    connect(m_workspace, &Workspace::startRequested, this, &MainWindow::openStartDialog);
    connect(m_workspace, &Workspace::newEntryRequested, this, &MainWindow::openEntryDialog);
    connect(m_workspace, &Workspace::editRequested, this, &MainWindow::openEditDialog);
    QStringList titles;
    for (int i = 0; i < tabIds().size(); ++i)
        titles.append(Workspace::tabTitle(i));
    m_actions->setTabTitles(titles);

    m_exchangesDock = new QDockWidget(tr("Exchanges"), this);
    m_exchangesDock->setObjectName(QStringLiteral("exchangesDock"));
    m_exchangesView = new ExchangesView(m_core->exchanges(), m_exchangesDock);
    new ColumnWidthsKeeper(m_exchangesView->table(), m_core->settings()->settings(), QStringLiteral("columns/exchanges"));
    m_exchangesDock->setWidget(m_exchangesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_exchangesDock);
    QAction *exchangesAction = m_actions->exchangesAction();
    connect(m_exchangesDock, &QDockWidget::visibilityChanged, m_actions, [this, exchangesAction](bool visible) {
        if (!isMinimized())
            exchangesAction->setChecked(visible);
    });
    connect(m_exchangesView, &ExchangesView::exchangeSelected, this, [this](quint64 id) {
        const ExchangeLogModel *log = m_core->exchanges();
        if (const Exchange *ex = log->exchangeById(id))
            m_workspace->inspector()->showExchange(*ex, log->bodyDropped(log->rowOf(id)));
    });

    applyWorkspaceState();
    if (m_core->session()->isActive()) {
        m_stack->setCurrentWidget(m_workspace);
        m_workspace->activateCurrentTab();
    }
    Q_EMIT workspaceReady();
}

void MainWindow::applyWorkspaceState()
{
    // The saved docks and split apply once restoreWindowState() ran (main.cpp does; tests may not).
    if (!m_stateRestored || !m_state->restoreDocks(this))
        resizeDocks({m_exchangesDock}, {160}, Qt::Vertical);   // the tabs get the room by default
    // Tab pages are built when first opened, so the tabs' size hint depends on which tab comes first:
    // give the first run the same split (about 2:1) whichever it is.
    if (!m_stateRestored || !m_state->restoreSplitter(m_workspace->splitter()))
        m_workspace->splitter()->setSizes({700, 300});
    m_actions->exchangesAction()->setChecked(!m_exchangesDock->isHidden());
    QString tab = m_pendingTab;
    m_pendingTab.clear();
    if (tab.isEmpty() && m_stateRestored)
        tab = m_state->lastTab().isEmpty() ? QStringLiteral("timesheets") : m_state->lastTab();
    if (!tab.isEmpty() && !m_workspace->showTab(tab))
        m_workspace->showTab(QStringLiteral("timesheets"));
}

QStringList MainWindow::tabIds()
{
    return Workspace::tabIds();
}

QTabWidget *MainWindow::tabWidget()
{
    return workspace()->tabWidget();
}

JsonInspector *MainWindow::inspector()
{
    return workspace()->inspector();
}

TimerBar *MainWindow::timerBar()
{
    return workspace()->timerBar();
}

ExchangesView *MainWindow::exchangesView()
{
    workspace();
    return m_exchangesView;
}

TabPage *MainWindow::currentTab()
{
    return workspace()->currentTab();
}

TabPage *MainWindow::tab(const QString &id)
{
    return workspace()->tab(id);
}

bool MainWindow::isShowingWorkspace() const
{
    return m_workspace && m_stack->currentWidget() == m_workspace;
}

bool MainWindow::showTab(const QString &id)
{
    if (!tabIds().contains(id.toLower()))
        return false;
    if (!m_workspace) {
        m_pendingTab = id.toLower();   // applied when the tabs are built
        return true;
    }
    return m_workspace->showTab(id);
}

void MainWindow::onLoggedIn()
{
    workspace();
    m_stack->setCurrentWidget(m_workspace);
    updateStatus();
    m_workspace->activateCurrentTab();
}

void MainWindow::onSessionEnded()
{
    showLoginPage();
    if (m_workspace)
        m_workspace->inspector()->clear();
    updateStatus();
}

void MainWindow::openStartDialog()
{
    if (!m_core->session()->isActive())
        return;
    auto *dialog = new StartDialog(m_core->timer(), m_core->catalog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("startDialog"));
    dialog->open();
    dialog->customerBox()->setFocus();
}

void MainWindow::openEntryDialog()
{
    if (!m_core->session()->isActive())
        return;
    auto *dialog = new EntryDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("entryDialog"));
    dialog->startNew();
    dialog->open();
}

void MainWindow::openEditDialog(int timesheetId)
{
    for (const Timesheet &t : m_core->timer()->active()) {
        if (t.id != timesheetId)
            continue;
        auto *dialog = new StartDialog(m_core->timer(), m_core->catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("editDialog"));
        dialog->setEditing(t);
        dialog->open();
        return;
    }
}

void MainWindow::openOfflineChanges()
{
    if (auto *open = findChild<OfflineChangesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new OfflineChangesDialog(m_core->offline(), m_core->catalog(), m_core->session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

QString MainWindow::statusText() const
{
    return QStringList{m_connection->text(), m_server->text(), m_version->text(), m_user->text()}.join(QStringLiteral(" | "));
}

void MainWindow::updateStatus()
{
    const Session *s = m_core->session();
    if (s->isActive()) {
        const SessionInfo &info = s->info();
        const bool offline = info.offline || m_core->offline()->status() == Sync::Status::Offline;
        m_connection->setText(offline ? QStringLiteral("○ ") + tr("Offline") : QStringLiteral("● ") + tr("Connected"));
        // Started without Kimai: what the window shows is what was known then.
        m_connection->setToolTip(info.offline ? tr("Kimai could not be reached at the login. Shown is what was known on "
                                                   "%1; changes are kept on this computer and sent when Kimai answers.")
                                                    .arg(QLocale().toString(info.knownAt.toLocalTime(), QLocale::ShortFormat))
                                              : QString());
        m_server->setText(info.profile.server().toString());
        m_version->setText(tr("Kimai %1").arg(info.version.version));
        m_user->setText(info.tokenInKeychain ? tr("%1 (token in keychain)").arg(info.user.displayName())
                                             : tr("%1 (token for this session only)").arg(info.user.displayName()));
    } else {
        const LoginController *login = m_core->login();
        switch (login->state()) {
        case LoginController::State::ReadingToken:
        case LoginController::State::Connecting:
        case LoginController::State::StoringToken:
            m_connection->setText(tr("Logging in to %1…").arg(login->currentProfile().title()));
            break;
        case LoginController::State::Failed:
            m_connection->setText(tr("Not connected (login failed)"));
            break;
        default:
            m_connection->setText(tr("Not connected"));
            break;
        }
        m_server->clear();
        m_version->clear();
        m_user->clear();
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("Kimai Desk");
    const Session *session = m_core->session();
    if (session->isActive()) {
        const SessionInfo &info = session->info();
        title = tr("%1@%2 — Kimai Desk").arg(info.user.username, info.profile.server().host());
        const QList<Timesheet> &active = m_core->timer()->active();
        if (!active.isEmpty())
            title = QStringLiteral("⏱ %1 — ").arg(Duration::clock(m_core->timer()->elapsedSeconds(active.first()))) + title;
    }
    if (windowTitle() != title)
        setWindowTitle(title);
}

QSize MainWindow::firstRunSize(const QRect &available)
{
    // 1280×800 where the screen has room for it; on a smaller screen, what fits with the frame the
    // window manager adds (title bar, borders) inside the room the desktop's panels leave.
    const QSize frame(16, 48);
    return QSize(1280, 800).boundedTo(available.size() - frame);
}

void MainWindow::restoreWindowState()
{
    if (!m_state->restoreGeometry(this)) {
        const QRect available = screen()->availableGeometry();
        resize(firstRunSize(available));
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    m_stateRestored = true;
    if (m_workspace)
        applyWorkspaceState();   // normally it does not exist yet: it is built after the first frame
}

void MainWindow::saveWindowState()
{
    if (!m_workspace)
        return;
    m_state->save(this, m_workspace->splitter(), m_workspace->currentTabId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // Not from the window's own close button: the application is quitting (Quit was chosen and the
    // running timer dealt with, or the desktop session ends). Asking again would start a loop.
    if (!event->spontaneous()) {
        event->accept();
        return;
    }
    if (m_core->settings()->closeToTray() && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_core->session()->isActive()) {
        m_core->timer()->refreshActiveThrottled();
        m_core->offline()->retryIfWaiting();
    }
    QMainWindow::changeEvent(event);
}

} // namespace kd
