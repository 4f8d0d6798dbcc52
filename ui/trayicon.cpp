#include "ui/trayicon.h"

#include "core/duration.h"
#include "session/session.h"
#include "session/targetpolicy.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"
#include "ui/favoritesmenu.h"
#include "ui/icons.h"
#include "ui/targetprogress.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace kd {

namespace {
constexpr int kTooltipTickMs = 60'000;
} // namespace

TrayIcon::TrayIcon(TimerController *timer, Session *session, QObject *parent)
    : QObject(parent)
    , m_timer(timer)
    , m_session(session)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu())
{
    m_tray->setContextMenu(m_menu);
    connect(timer, &TimerController::activeChanged, this, &TrayIcon::rebuildMenu);
    connect(timer, &TimerController::recentChanged, this, &TrayIcon::rebuildMenu);
    connect(timer, &TimerController::busyChanged, this, &TrayIcon::rebuildMenu);
    connect(session, &Session::started, this, &TrayIcon::rebuildMenu);
    connect(session, &Session::ended, this, &TrayIcon::rebuildMenu);
    connect(timer, &TimerController::tick, this, &TrayIcon::update);
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
    delete m_favoritesMenu;
}

void TrayIcon::setFavorites(Favorites *favorites)
{
    if (!m_favoritesMenu)
        m_favoritesMenu = new FavoritesMenu(favorites, m_timer, m_session);
    rebuildMenu();
}

QMenu *TrayIcon::favoritesMenu() const
{
    return m_favoritesMenu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible);
    // The tooltip shows hours and minutes: a tick a minute is enough (and only while a timer runs).
    m_timer->setTickInterval(this, visible ? kTooltipTickMs : 0);
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

bool TrayIcon::notify(const QString &title, const QString &text)
{
    if (!m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray->showMessage(title, text, m_tray->icon(), 5000);
    return true;
}

void TrayIcon::setTimekeeper(Timekeeper *timekeeper)
{
    m_timekeeper = timekeeper;
    connect(timekeeper->targets(), &TargetPolicy::totalsChanged, this, &TrayIcon::update);
    connect(timekeeper, &Timekeeper::settingsChanged, this, &TrayIcon::update);
    update();
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    const bool active = m_session->isActive();
    const bool busy = m_timer->isBusy();
    const QList<Timesheet> &running = m_timer->active();
    if (running.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No timer running"));
        none->setEnabled(false);
    }
    for (const Timesheet &t : running) {
        const int id = t.id;
        QAction *stop = m_menu->addAction(tr("Stop: %1").arg(m_timer->titleOf(t)));
        stop->setEnabled(!busy);
        connect(stop, &QAction::triggered, m_timer, [this, id] {
            Q_EMIT timerActionTriggered();
            m_timer->stop(id);
        });
    }
    QAction *start = m_menu->addAction(tr("Start…"));
    start->setEnabled(active && !busy);
    connect(start, &QAction::triggered, this, &TrayIcon::startRequested);
    QAction *newEntry = m_menu->addAction(tr("New entry…"));
    newEntry->setEnabled(active);
    connect(newEntry, &QAction::triggered, this, &TrayIcon::newEntryRequested);
    QMenu *recent = m_menu->addMenu(tr("Restart"));
    int n = 0;
    for (const Timesheet &t : m_timer->recent()) {
        if (++n > 5)
            break;
        const int id = t.id;
        QString label = m_timer->titleOf(t);
        if (!t.description.isEmpty())
            label += QStringLiteral(" — ") + t.description.simplified().left(40);
        QAction *a = recent->addAction(label);
        a->setEnabled(!busy);
        connect(a, &QAction::triggered, m_timer, [this, id] {
            Q_EMIT timerActionTriggered();
            m_timer->restart(id, true);
        });
    }
    recent->setEnabled(active && n > 0);
    if (m_favoritesMenu)
        m_menu->addMenu(m_favoritesMenu);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show window")), &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    update();
}

void TrayIcon::update()
{
    const QList<Timesheet> &running = m_timer->active();
    const bool isRunning = !running.isEmpty();
    if (isRunning != m_running || m_tray->icon().isNull()) {
        m_running = isRunning;
        m_tray->setIcon(icons::tray(isRunning));
    }
    QStringList lines;
    lines << tr("Kimai Desk");
    if (!m_session->isActive()) {
        lines << tr("Not connected");
    } else if (running.isEmpty()) {
        lines << tr("No timer running");
    } else {
        for (const Timesheet &t : running) {
            lines << tr("%1 — %2").arg(Duration::hoursMinutes(m_timer->elapsedSeconds(t)), m_timer->titleOf(t));
            if (!t.description.isEmpty())
                lines << t.description.simplified().left(60);
        }
    }
    if (m_session->isActive()) {
        const QStringList targets = m_timekeeper ? TargetProgress::summaryLines(m_timekeeper) : QStringList();
        if (targets.isEmpty())
            lines << tr("Today: %1").arg(Duration::hoursMinutes(m_timer->todaySeconds()));
        lines << targets;
    }
    const QString tip = lines.join(QLatin1Char('\n'));
    if (m_tray->toolTip() != tip)
        m_tray->setToolTip(tip);
}

} // namespace kd
