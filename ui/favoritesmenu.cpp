#include "ui/favoritesmenu.h"

#include "session/favorites.h"
#include "session/session.h"
#include "session/timercontroller.h"

namespace kd {

namespace {

// Menu texts: '&' would become a mnemonic.
QString plain(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

FavoritesMenu::FavoritesMenu(Favorites *favorites, TimerController *timer, Session *session, QWidget *parent)
    : QMenu(tr("Favourites"), parent)
    , m_favorites(favorites)
    , m_timer(timer)
    , m_session(session)
{
    setObjectName(QStringLiteral("favoritesMenu"));
    connect(favorites, &Favorites::changed, this, &FavoritesMenu::scheduleRebuild);
    connect(timer, &TimerController::activeChanged, this, &FavoritesMenu::scheduleRebuild);
    connect(timer, &TimerController::busyChanged, this, &FavoritesMenu::scheduleRebuild);
    connect(session, &Session::started, this, &FavoritesMenu::scheduleRebuild);
    connect(session, &Session::ended, this, &FavoritesMenu::scheduleRebuild);
    rebuild();
}

void FavoritesMenu::scheduleRebuild()
{
    // In the next turn: a change may come from one of this menu's own actions while it is triggered.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_rebuildPending = false;
        rebuild();
    }, Qt::QueuedConnection);
}

void FavoritesMenu::rebuild()
{
    clear();
    const bool active = m_session->isActive();
    const bool idle = !m_timer->isBusy() && !m_favorites->isBusy();
    setEnabled(active);
    if (!active || !m_favorites->isLoaded()) {
        addAction(active ? tr("Reading the favourites…") : tr("Not connected"))->setEnabled(false);
        return;
    }
    const QList<Favorite> &items = m_favorites->items();
    for (int i = 0; i < items.size(); ++i) {
        QAction *a = addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(plain(items.at(i).title())));
        a->setToolTip(tr("Start a timer for this favourite"));
        a->setEnabled(idle);
        connect(a, &QAction::triggered, m_favorites, [this, i] { m_favorites->start(i); });
    }
    if (items.isEmpty())
        addAction(tr("No favourites yet"))->setEnabled(false);
    addSeparator();
    for (const Timesheet &t : m_timer->active()) {
        QAction *a = addAction(tr("Add “%1” to the favourites").arg(plain(m_timer->titleOf(t))));
        a->setEnabled(idle && !m_favorites->containsEntry(t.id));
        connect(a, &QAction::triggered, m_favorites, [this, t] { m_favorites->add(t); });
    }
    QMenu *remove = addMenu(tr("Remove"));
    for (int i = 0; i < items.size(); ++i) {
        QAction *a = remove->addAction(plain(items.at(i).title()));
        connect(a, &QAction::triggered, m_favorites, [this, i] { m_favorites->remove(i); });
    }
    remove->setEnabled(idle && !items.isEmpty());
    if (!m_favorites->onServer()) {
        addSeparator();
        addAction(tr("Kept on this computer (this Kimai has no favourites)"))->setEnabled(false);
    }
}

} // namespace kd
