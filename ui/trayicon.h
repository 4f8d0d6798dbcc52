#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace kd {

class Favorites;
class FavoritesMenu;
class Session;
class Timekeeper;
class TimerController;

// The tray icon: running or stopped at a glance, a tooltip with the entry, the elapsed time and
// today's total, and a menu with everything (Linux trays cannot tell click types apart).
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    TrayIcon(TimerController *timer, Session *session, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    void setVisible(bool visible);
    QMenu *menu() const { return m_menu; }
    // Adds the Favourites submenu (ui/favoritesmenu.h).
    void setFavorites(Favorites *favorites);
    QMenu *favoritesMenu() const;
    QString toolTip() const;
    // A balloon message; false where the tray cannot show one (hidden, or no tray).
    bool notify(const QString &title, const QString &text);
    // The tooltip shows today's and this week's progress against the targets.
    void setTimekeeper(Timekeeper *timekeeper);

Q_SIGNALS:
    void startRequested();
    void newEntryRequested();
    void showWindowRequested();
    void quitRequested();
    // A stop or restart was chosen in the tray's menu (where the window may not be in sight).
    void timerActionTriggered();

private:
    void rebuildMenu();
    void update();

    TimerController *m_timer;
    Session *m_session;
    QPointer<Timekeeper> m_timekeeper;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    FavoritesMenu *m_favoritesMenu = nullptr;
    bool m_running = false;
};

} // namespace kd
