#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeySequence;
class QMainWindow;

namespace kd {

class AppCore;

// The window's menus and their actions, with keyboard shortcuts. What the controllers can do alone
// (log out, stop, restart) is connected to them here; what needs the window is a signal. Actions
// follow the session and the timer (enabled only when they can work).
class MainActions final : public QObject
{
    Q_OBJECT
public:
    MainActions(AppCore *core, QMainWindow *window);

    // The View menu's tab actions get their titles when the tabs exist.
    void setTabTitles(const QStringList &titles);
    QAction *exchangesAction() const { return m_exchanges; }
    QAction *inspectorAction() const { return m_inspector; }
    QAction *startAction() const { return m_start; }
    QAction *newEntryAction() const { return m_newEntry; }
    // Starts a timer (Ctrl+T; Ctrl+N is a new entry).
    static QKeySequence startShortcut();
    QAction *stopAction() const { return m_stop; }

Q_SIGNALS:
    void loginRequested();
    void settingsRequested();
    void quitRequested();
    void aboutRequested();
    void startRequested();
    void newEntryRequested();
    void tabRequested(int index);
    void refreshRequested();
    void findRequested();
    void findInJsonRequested();
    void exchangesToggled(bool visible);
    void inspectorToggled(bool visible);
    void message(const QString &text);

private:
    void updateEnabled();

    AppCore *m_core;
    QAction *m_logout;
    QAction *m_forget;
    QAction *m_start;
    QAction *m_newEntry;
    QAction *m_stop;
    QAction *m_restartLast;
    QAction *m_exchanges;
    QAction *m_inspector;
    QList<QAction *> m_tabActions;
};

} // namespace kd
