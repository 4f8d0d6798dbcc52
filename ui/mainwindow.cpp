#include "ui/mainwindow.h"

#include "api/kimaiclient.h"
#include "core/duration.h"
#include "models/exchangelogmodel.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/simpleloaders.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "ui/catalogtab.h"
#include "ui/exchangesview.h"
#include "ui/jsoninspector.h"
#include "ui/loginpage.h"
#include "ui/smalltabs.h"
#include "ui/startdialog.h"
#include "ui/timerbar.h"
#include "ui/timesheetstab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

namespace kd {

namespace {

// The place of a tab page in the tab widget. The page is built the first time the slot is shown
// (or earlier, when something asks for it): a tab nobody opens costs no widgets, no layout and no
// fonts at start-up.
class TabSlot : public QWidget
{
public:
    TabSlot(std::function<void()> build, QWidget *parent)
        : QWidget(parent)
        , m_build(std::move(build))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        if (m_build)
            std::exchange(m_build, nullptr)();
        QWidget::showEvent(event);
    }

private:
    std::function<void()> m_build;
};

// The seven tabs in order: stable id (settings, --tab, Ctrl+1…7), title, and how the page is built.
struct TabKind
{
    QLatin1String id;
    QString (*title)();
    TabPage *(*build)(const MainWindow::Parts &parts, QWidget *parent);
};

const TabKind kTabs[] = {
    {QLatin1String("ping"), &PingTab::tabTitle,
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new PingTab(p.ping, w); }},
    {QLatin1String("version"), &VersionTab::tabTitle,
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new VersionTab(p.version, p.session, w); }},
    {QLatin1String("timesheets"), &TimesheetsTab::tabTitle,
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new TimesheetsTab(p.timesheets, p.catalog, p.timer, w); }},
    {QLatin1String("activities"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Activities); },
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Activities, p.catalog, w); }},
    {QLatin1String("projects"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Projects); },
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Projects, p.catalog, w); }},
    {QLatin1String("customers"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Customers); },
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Customers, p.catalog, w); }},
    {QLatin1String("i18n"), &I18nTab::tabTitle,
     [](const MainWindow::Parts &p, QWidget *w) -> TabPage * { return new I18nTab(p.i18n, p.session, w); }},
};

} // namespace

MainWindow::MainWindow(const Parts &parts, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    // The login form is built on first use (see loginPage()); until then the stack shows a light card.
    m_startCard = new QWidget(m_stack);
    m_startCard->setObjectName(QStringLiteral("startCard"));
    auto *cardLayout = new QVBoxLayout(m_startCard);
    cardLayout->addStretch(1);
    m_startCardText = new QLabel(m_startCard);
    m_startCardText->setAlignment(Qt::AlignCenter);
    cardLayout->addWidget(m_startCardText);
    m_startCardCancel = new QPushButton(LoginPage::tr("Cancel"), m_startCard);
    m_startCardCancel->setObjectName(QStringLiteral("startCardCancel"));
    m_startCardCancel->hide();
    cardLayout->addWidget(m_startCardCancel, 0, Qt::AlignCenter);
    cardLayout->addStretch(2);
    connect(m_startCardCancel, &QPushButton::clicked, this, [this] {
        if (m_pendingLoginStarted) {
            m_parts.login->cancel();
        } else {
            m_pendingLogin = nullptr;
            showLoginPage();
        }
    });
    m_stack->addWidget(m_startCard);
    setCentralWidget(m_stack);

    m_connection = new QLabel(this);
    m_server = new QLabel(this);
    m_version = new QLabel(this);
    m_user = new QLabel(this);
    statusBar()->addPermanentWidget(m_server);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->insertWidget(0, m_connection);

    buildMenus();

    connect(parts.login, &LoginController::loggedIn, this, &MainWindow::onLoggedIn);
    connect(parts.login, &LoginController::stateChanged, this, &MainWindow::updateStatus);
    connect(parts.login, &LoginController::notice, this, [this](const QString &t) { showMessage(t, 15000); });
    connect(parts.session, &Session::ended, this, &MainWindow::onSessionEnded);
    connect(parts.session, &Session::infoChanged, this, &MainWindow::updateStatus);
    connect(parts.timer, &TimerController::activeChanged, this, &MainWindow::updateTitle);
    connect(parts.timer, &TimerController::reconciled, this,
            [this](TimerController::Operation, const QString &message) { showMessage(message, 20000); });
    connect(parts.timer, &TimerController::operationFailed, this,
            [this](TimerController::Operation op, const ApiError &e) {
                if (op == TimerController::Operation::Stop || op == TimerController::Operation::Restart)
                    showMessage(e.message(), 15000);
            });
    connect(parts.timer, &TimerController::busyChanged, this, [this] {
        m_startAction->setEnabled(!m_parts.timer->isBusy() && m_parts.session->isActive());
        m_stopAction->setEnabled(!m_parts.timer->isBusy() && m_parts.timer->isRunning());
    });
    connect(parts.timer, &TimerController::activeChanged, this,
            [this] { m_stopAction->setEnabled(!m_parts.timer->isBusy() && m_parts.timer->isRunning()); });
    auto *titleTick = new QTimer(this);
    titleTick->setInterval(1000);
    connect(titleTick, &QTimer::timeout, this, &MainWindow::updateTitle);
    titleTick->start();

    // While the card stands in for a deferred login, an attempt that ends without a session (failure,
    // cancel, no stored token) shows the login form with what happened.
    connect(parts.login, &LoginController::stateChanged, this, [this] {
        if (m_pendingLoginStarted && m_stack->currentWidget() == m_startCard && !m_parts.login->isBusy()) {
            QTimer::singleShot(0, this, [this] {
                if (m_stack->currentWidget() == m_startCard && !m_parts.login->isBusy() && !m_parts.session->isActive())
                    showLoginPage();
            });
        }
    });

    m_startAction->setEnabled(false);
    m_stopAction->setEnabled(false);
    updateStatus();
    updateTitle();
    // The tabs, the inspector and the exchange log are built right after the first frame (see event());
    // a window that is not painted soon (started in the tray) gets them a little later anyway.
    QTimer::singleShot(1000, this, [this] { ensureWorkspace(); });
}

bool MainWindow::event(QEvent *event)
{
    // Shown with nothing for the card to stand in for (no deferred login waiting or running, no
    // session; for example the first show, or a window started in the tray whose login failed): the
    // frame shows the login form.
    if (event->type() == QEvent::Show && m_stack->currentWidget() == m_startCard && !m_pendingLogin
        && !(m_pendingLoginStarted && m_parts.login->isBusy()) && !m_parts.session->isActive())
        showLoginPage();
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && m_pendingLogin && !m_pendingLoginStarted)
        QTimer::singleShot(0, this, [this] { runAfterFirstFrame(); });
    // The window's own paint comes first in a repaint; the children follow and the frame is flushed
    // before the event loop runs the queued build.
    if (event->type() == QEvent::Paint && !m_workspace && !m_workspaceScheduled) {
        m_workspaceScheduled = true;
        QTimer::singleShot(0, this, [this] { ensureWorkspace(); });
    }
    return handled;
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the children, and the dock reports that through visibilityChanged; by then this is
    // no longer a MainWindow, so the handler must not run.
    if (m_exchangesDock)
        m_exchangesDock->disconnect(m_exchangesAction);
}

LoginPage *MainWindow::loginPage() const
{
    if (!m_loginPage) {
        auto *self = const_cast<MainWindow *>(this);
        self->m_loginPage = new LoginPage(m_parts.login, m_parts.prompter, m_stack);
        self->m_stack->addWidget(m_loginPage);
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
    m_pendingLogin = std::move(start);
    m_pendingLoginStarted = false;
    m_startCardText->setText(LoginPage::tr("Logging in to %1…").arg(target));
    m_startCardCancel->show();
    m_stack->setCurrentWidget(m_startCard);
    // A window that is not painted soon still logs in.
    QTimer::singleShot(1000, this, [this] { runAfterFirstFrame(); });
}

void MainWindow::runAfterFirstFrame()
{
    if (!m_pendingLogin || m_pendingLoginStarted)
        return;
    loginPage();   // built now, so that it follows the attempt from its start
    m_pendingLoginStarted = true;
    const std::function<void()> start = std::exchange(m_pendingLogin, nullptr);
    start();
    // Nothing started (no stored token, for example): the form.
    if (!m_parts.login->isBusy() && !m_parts.session->isActive() && m_stack->currentWidget() == m_startCard)
        showLoginPage();
}

void MainWindow::ensureWorkspace() const
{
    if (m_workspace)
        return;
    auto *self = const_cast<MainWindow *>(this);
    self->buildWorkspace();
    self->m_stack->addWidget(m_workspace);
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(tabTitle(i));
    self->applyPendingState();
    if (m_parts.session->isActive()) {
        self->m_stack->setCurrentWidget(m_workspace);
        if (TabPage *page = currentTab())
            page->activate();
    }
    Q_EMIT self->workspaceReady();
}

QTabWidget *MainWindow::tabWidget() const
{
    ensureWorkspace();
    return m_tabs;
}

JsonInspector *MainWindow::inspector() const
{
    ensureWorkspace();
    return m_inspector;
}

TimerBar *MainWindow::timerBar() const
{
    ensureWorkspace();
    return m_timerBar;
}

ExchangesView *MainWindow::exchangesView() const
{
    ensureWorkspace();
    return m_exchangesView;
}

QStringList MainWindow::tabIds()
{
    QStringList ids;
    for (const TabKind &kind : kTabs)
        ids.append(kind.id);
    return ids;
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(4, 4, 4, 0);
    m_timerBar = new TimerBar(m_parts.timer, m_workspace);
    layout->addWidget(m_timerBar);
    connect(m_timerBar, &TimerBar::startRequested, this, &MainWindow::openStartDialog);
    connect(m_timerBar, &TimerBar::editRequested, this, &MainWindow::openEditDialog);

    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    const QStringList ids = tabIds();
    m_tabPages = QList<TabPage *>(ids.size(), nullptr);
    for (int i = 0; i < ids.size(); ++i) {
        auto *slot = new TabSlot([this, i] { ensureTab(i); }, m_tabs);
        slot->setObjectName(ids.at(i) + QStringLiteral("Slot"));
        m_tabs->addTab(slot, tabTitle(i));
        m_tabs->setTabToolTip(i, tr("%1 (%2)").arg(tabTitle(i),
                                                    QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)));
    }
    m_inspector = new JsonInspector(m_splitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);

    m_exchangesDock = new QDockWidget(tr("Exchanges"), this);
    m_exchangesDock->setObjectName(QStringLiteral("exchangesDock"));
    m_exchangesView = new ExchangesView(m_parts.exchanges, m_exchangesDock);
    m_exchangesDock->setWidget(m_exchangesView);
    addDockWidget(Qt::BottomDockWidgetArea, m_exchangesDock);
    connect(m_exchangesDock, &QDockWidget::visibilityChanged, m_exchangesAction, [this](bool visible) {
        if (!isMinimized())
            m_exchangesAction->setChecked(visible);
    });
    connect(m_exchangesView, &ExchangesView::exchangeSelected, this, [this](quint64 id) {
        if (const Exchange *ex = m_parts.exchanges->exchangeById(id))
            m_inspector->showExchange(*ex, m_parts.exchanges->bodyDropped(m_parts.exchanges->rowOf(id)));
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *loginAction = file->addAction(tr("Log &in…"));
    connect(loginAction, &QAction::triggered, this, [this] {
        showLoginPage();
        m_loginPage->focusFirstEmpty();
    });
    m_logoutAction = file->addAction(tr("Log &out"));
    connect(m_logoutAction, &QAction::triggered, m_parts.login, &LoginController::logout);
    m_forgetAction = file->addAction(tr("&Forget token"));
    m_forgetAction->setToolTip(tr("Delete this server's token from the system keychain"));
    connect(m_forgetAction, &QAction::triggered, this, [this] {
        m_parts.login->forgetToken(m_parts.session->info().profile.id);
    });
    connect(m_parts.login, &LoginController::tokenForgotten, this, [this](bool, const QString &text) { showMessage(text); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        m_reallyQuit = true;
        Q_EMIT quitRequested();
    });

    QMenu *timer = menuBar()->addMenu(tr("&Timer"));
    m_startAction = timer->addAction(tr("&Start…"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::openStartDialog);
    m_stopAction = timer->addAction(tr("S&top"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_stopAction, &QAction::triggered, m_parts.timer, &TimerController::stopAll);
    QAction *restartLast = timer->addAction(tr("&Restart last"));
    restartLast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(restartLast, &QAction::triggered, this, [this] {
        if (!m_parts.timer->recent().isEmpty())
            m_parts.timer->restart(m_parts.timer->recent().first().id, true);
    });
    QAction *refreshTimer = timer->addAction(tr("Re&load running timer"));
    connect(refreshTimer, &QAction::triggered, m_parts.timer, &TimerController::refreshActive);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < tabIds().size(); ++i) {
        QAction *a = view->addAction(QString());   // titled when the tabs exist
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] {
            if (isShowingWorkspace())
                m_tabs->setCurrentIndex(i);
        });
        m_tabActions.append(a);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(tr("&Refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (TabPage *t = currentTab(); t && isShowingWorkspace())
            t->refresh();
    });
    QAction *find = view->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (TabPage *t = currentTab(); t && isShowingWorkspace())
            t->focusFilter();
    });
    QAction *findJson = view->addAction(tr("Find in &JSON"));
    findJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(findJson, &QAction::triggered, this, [this] { inspector()->focusSearch(); });
    view->addSeparator();
    m_exchangesAction = view->addAction(tr("Exchanges"));
    m_exchangesAction->setCheckable(true);
    m_exchangesAction->setChecked(true);
    m_exchangesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exchangesAction, &QAction::triggered, this, [this](bool on) {
        ensureWorkspace();
        m_exchangesDock->setVisible(on);
    });
    QAction *inspector = view->addAction(tr("JSON &inspector"));
    inspector->setCheckable(true);
    inspector->setChecked(true);
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(inspector, &QAction::toggled, this, [this](bool on) { this->inspector()->setVisible(on); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kimai Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);
}

bool MainWindow::isShowingWorkspace() const
{
    return m_workspace && m_stack->currentWidget() == m_workspace;
}

TabPage *MainWindow::currentTab() const
{
    ensureWorkspace();
    return ensureTab(m_tabs->currentIndex());
}

TabPage *MainWindow::tab(const QString &id) const
{
    ensureWorkspace();
    return ensureTab(int(tabIds().indexOf(id.toLower())));
}

QString MainWindow::tabTitle(int index)
{
    return index >= 0 && index < int(std::size(kTabs)) ? kTabs[index].title() : QString();
}

TabPage *MainWindow::ensureTab(int index) const
{
    if (index < 0 || index >= m_tabPages.size())
        return nullptr;
    if (TabPage *page = m_tabPages.at(index))
        return page;
    auto *self = const_cast<MainWindow *>(this);
    QWidget *slot = m_tabs->widget(index);
    TabPage *page = kTabs[index].build(m_parts, slot);
    page->setObjectName(QString(kTabs[index].id) + QStringLiteral("Tab"));
    self->m_tabPages[index] = page;
    slot->layout()->addWidget(page);
    if (slot->isVisible())
        page->show();   // now, not in the next turn: the slot must not paint empty
    connect(page, &TabPage::exchangeChanged, self, [self, page](const Exchange &ex) {
        if (self->m_tabs->currentWidget() == page->parentWidget())
            self->m_inspector->showExchange(ex);
    });
    return page;
}

bool MainWindow::showTab(const QString &id)
{
    const qsizetype i = tabIds().indexOf(id.toLower());
    if (i < 0)
        return false;
    if (!m_workspace) {
        m_pendingTab = id.toLower();   // applied when the tabs are built
        return true;
    }
    m_tabs->setCurrentIndex(int(i));
    return true;
}

void MainWindow::onTabChanged(int index)
{
    TabPage *page = ensureTab(index);
    if (!page)
        return;
    m_inspector->showExchange(page->currentExchange());
    if (m_parts.session->isActive())
        page->activate();
}

void MainWindow::onLoggedIn()
{
    ensureWorkspace();
    m_stack->setCurrentWidget(m_workspace);
    updateStatus();
    if (TabPage *page = currentTab())
        page->activate();
    m_startAction->setEnabled(true);
}

void MainWindow::onSessionEnded()
{
    showLoginPage();
    if (m_inspector)
        m_inspector->clear();
    m_startAction->setEnabled(false);
    m_stopAction->setEnabled(false);
    updateStatus();
    updateTitle();
}

void MainWindow::openStartDialog()
{
    if (!m_parts.session->isActive())
        return;
    auto *dialog = new StartDialog(m_parts.timer, m_parts.catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("startDialog"));
    dialog->open();
    dialog->customerBox()->setFocus();
}

void MainWindow::openEditDialog(int timesheetId)
{
    for (const Timesheet &t : m_parts.timer->active()) {
        if (t.id != timesheetId)
            continue;
        auto *dialog = new StartDialog(m_parts.timer, m_parts.catalog, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("editDialog"));
        dialog->setEditing(t);
        dialog->open();
        return;
    }
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
    const Session *s = m_parts.session;
    const bool active = s->isActive();
    m_logoutAction->setEnabled(active);
    m_forgetAction->setEnabled(active && s->info().profile.tokenStored);
    if (active) {
        const SessionInfo &info = s->info();
        m_connection->setText(QStringLiteral("● ") + tr("Connected"));
        m_server->setText(info.profile.server().toString());
        m_version->setText(tr("Kimai %1").arg(info.version.version));
        m_user->setText(info.tokenInKeychain ? tr("%1 (token in keychain)").arg(info.user.displayName())
                                             : tr("%1 (token for this session only)").arg(info.user.displayName()));
    } else {
        switch (m_parts.login->state()) {
        case LoginController::State::ReadingToken:
        case LoginController::State::Connecting:
        case LoginController::State::StoringToken:
            m_connection->setText(tr("Logging in to %1…").arg(m_parts.login->currentProfile().title()));
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
    if (m_parts.session->isActive()) {
        const SessionInfo &info = m_parts.session->info();
        title = tr("%1@%2 — Kimai Desk").arg(info.user.username, info.profile.server().host());
        const QList<Timesheet> &active = m_parts.timer->active();
        if (!active.isEmpty())
            title = QStringLiteral("⏱ %1 — ").arg(Duration::clock(m_parts.timer->elapsedSeconds(active.first()))) + title;
    }
    if (windowTitle() != title)
        setWindowTitle(title);
}

void MainWindow::restoreWindowState()
{
    if (!m_parts.settings)
        return;
    QSettings *s = m_parts.settings->settings();
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // The rest belongs to the tabs and the dock: applied when they exist.
    m_pendingState = s->value(QStringLiteral("window/state")).toByteArray();
    m_pendingSplitter = s->value(QStringLiteral("window/splitter")).toByteArray();
    if (m_pendingTab.isEmpty())
        m_pendingTab = s->value(QStringLiteral("window/lastTab"), QStringLiteral("timesheets")).toString();
    m_statePending = true;
    if (m_workspace)
        applyPendingState();
}

void MainWindow::applyPendingState()
{
    bool splitterRestored = false;
    if (m_statePending) {
        m_statePending = false;
        if (!restoreState(m_pendingState))
            resizeDocks({m_exchangesDock}, {160}, Qt::Vertical);   // the tabs get the room by default
        splitterRestored = m_splitter->restoreState(m_pendingSplitter);
        m_exchangesAction->setChecked(!m_exchangesDock->isHidden());
    }
    // Tab pages are built when first opened, so the tabs' size hint depends on which tab comes
    // first: give the first run the same split (about 2:1) whichever it is.
    if (!splitterRestored)
        m_splitter->setSizes({700, 300});
    if (!m_pendingTab.isEmpty()) {
        const QString tab = m_pendingTab;
        m_pendingTab.clear();
        showTab(tab);
    }
}

void MainWindow::saveWindowState()
{
    if (!m_parts.settings || !m_workspace)
        return;
    QSettings *s = m_parts.settings->settings();
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("window/lastTab"), tabIds().value(m_tabs->currentIndex()));
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (!m_reallyQuit && m_parts.settings && m_parts.settings->closeToTray() && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_parts.session->isActive())
        m_parts.timer->refreshActiveThrottled();
    QMainWindow::changeEvent(event);
}

} // namespace kd
