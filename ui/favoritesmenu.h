#pragma once

#include <QMenu>

namespace kd {

class Favorites;
class Session;
class TimerController;

// The Favourites menu of the tray and the timer bar: each favourite starts a timer (numbered as
// `--start --favorite N` counts), the running entries can be added, and a submenu removes one.
class FavoritesMenu final : public QMenu
{
    Q_OBJECT
public:
    FavoritesMenu(Favorites *favorites, TimerController *timer, Session *session, QWidget *parent = nullptr);

private:
    void scheduleRebuild();
    void rebuild();

    Favorites *m_favorites;
    TimerController *m_timer;
    Session *m_session;
    bool m_rebuildPending = false;
};

} // namespace kd
