#pragma once

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace kd {

class AppCore;
class JsonInspector;
class TabPage;
class TimerBar;

// What the window shows once logged in: the timer bar, and the seven tabs beside the JSON inspector.
// A tab's page is built when the tab is first opened (or asked for); until then the tab holds an
// empty slot, so a tab nobody opens costs no widgets, no layout and no fonts.
class Workspace final : public QWidget
{
    Q_OBJECT
public:
    Workspace(AppCore *core, QWidget *parent = nullptr);

    // Tabs by stable id (settings, --tab, Ctrl+1…7): ping, version, timesheets, activities, projects,
    // customers, i18n.
    static QStringList tabIds();
    static QString tabTitle(int index);

    QTabWidget *tabWidget() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    JsonInspector *inspector() const { return m_inspector; }
    TimerBar *timerBar() const { return m_timerBar; }

    // The page of a tab, built if needed; nullptr for an unknown id or index.
    TabPage *tab(const QString &id);
    TabPage *tabAt(int index);
    TabPage *currentTab();
    QString currentTabId() const;
    bool showTab(const QString &id);
    // The current tab's page, when the session is active: load what it shows.
    void activateCurrentTab();

Q_SIGNALS:
    void startRequested();
    void newEntryRequested();
    void editRequested(int timesheetId);

private:
    void onTabChanged(int index);

    AppCore *m_core;
    TimerBar *m_timerBar;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    JsonInspector *m_inspector;
    QList<TabPage *> m_pages;   // nullptr until built
};

} // namespace kd
