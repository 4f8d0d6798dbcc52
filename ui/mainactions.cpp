#include "ui/mainactions.h"

#include "session/appcore.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace kd {

namespace {
constexpr int kTabCount = 7;
} // namespace

MainActions::MainActions(AppCore *core, QMainWindow *window)
    : QObject(window)
    , m_core(core)
{
    QMenuBar *bar = window->menuBar();
    LoginController *login = core->login();
    TimerController *timer = core->timer();

    QMenu *file = bar->addMenu(tr("&File"));
    connect(file->addAction(tr("Log &in…")), &QAction::triggered, this, &MainActions::loginRequested);
    m_logout = file->addAction(tr("Log &out"));
    connect(m_logout, &QAction::triggered, login, &LoginController::logout);
    m_forget = file->addAction(tr("&Forget token"));
    m_forget->setToolTip(tr("Delete this server's token from the system keychain"));
    connect(m_forget, &QAction::triggered, login, [login, core] { login->forgetToken(core->session()->info().profile.id); });
    connect(login, &LoginController::tokenForgotten, this, [this](bool, const QString &text) { Q_EMIT message(text); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainActions::settingsRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainActions::quitRequested);

    QMenu *timerMenu = bar->addMenu(tr("&Timer"));
    m_newEntry = timerMenu->addAction(tr("&New entry…"));
    m_newEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newEntry->setToolTip(tr("Add an entry with its times (a meeting you forgot to start)"));
    connect(m_newEntry, &QAction::triggered, this, &MainActions::newEntryRequested);
    timerMenu->addSeparator();
    m_start = timerMenu->addAction(tr("&Start…"));
    m_start->setShortcut(startShortcut());
    connect(m_start, &QAction::triggered, this, &MainActions::startRequested);
    m_stop = timerMenu->addAction(tr("S&top"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_stop, &QAction::triggered, timer, &TimerController::stopAll);
    m_restartLast = timerMenu->addAction(tr("&Restart last"));
    m_restartLast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_restartLast, &QAction::triggered, timer, &TimerController::restartLast);
    QAction *reload = timerMenu->addAction(tr("Re&load running timer"));
    connect(reload, &QAction::triggered, timer, &TimerController::refreshActive);

    QMenu *view = bar->addMenu(tr("&View"));
    for (int i = 0; i < kTabCount; ++i) {
        QAction *a = view->addAction(QString());   // titled when the tabs exist
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { Q_EMIT tabRequested(i); });
        m_tabActions.append(a);
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainActions::refreshRequested);
    QAction *find = view->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainActions::findRequested);
    QAction *findJson = view->addAction(tr("Find in &JSON"));
    findJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(findJson, &QAction::triggered, this, &MainActions::findInJsonRequested);
    view->addSeparator();
    m_exchanges = view->addAction(tr("Exchanges"));
    m_exchanges->setCheckable(true);
    m_exchanges->setChecked(true);
    m_exchanges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exchanges, &QAction::triggered, this, &MainActions::exchangesToggled);
    m_inspector = view->addAction(tr("JSON &inspector"));
    m_inspector->setCheckable(true);
    m_inspector->setChecked(true);
    m_inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_inspector, &QAction::toggled, this, &MainActions::inspectorToggled);

    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kimai Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainActions::aboutRequested);

    Session *session = core->session();
    connect(session, &Session::started, this, &MainActions::updateEnabled);
    connect(session, &Session::ended, this, &MainActions::updateEnabled);
    connect(session, &Session::infoChanged, this, &MainActions::updateEnabled);
    connect(login, &LoginController::tokenForgotten, this, &MainActions::updateEnabled);
    connect(timer, &TimerController::busyChanged, this, &MainActions::updateEnabled);
    connect(timer, &TimerController::activeChanged, this, &MainActions::updateEnabled);
    connect(timer, &TimerController::recentChanged, this, &MainActions::updateEnabled);
    updateEnabled();
}

QKeySequence MainActions::startShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_T);
}

void MainActions::setTabTitles(const QStringList &titles)
{
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(titles.value(i));
}

void MainActions::updateEnabled()
{
    const Session *session = m_core->session();
    const TimerController *timer = m_core->timer();
    const bool active = session->isActive();
    const bool idle = !timer->isBusy();
    m_logout->setEnabled(active);
    m_forget->setEnabled(active && session->info().profile.tokenStored);
    m_start->setEnabled(active && idle);
    m_newEntry->setEnabled(active);
    m_stop->setEnabled(active && idle && timer->isRunning());
    m_restartLast->setEnabled(active && idle && !timer->recent().isEmpty());
}

} // namespace kd
