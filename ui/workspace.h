#pragma once

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace kd {

class AppCore;
class InspectorPane;
class JsonInspector;
class LegacyBanner;
class Prompter;
class TabPage;
class TimerBar;

// What the window shows once logged in: the timer bar, a notice about API passwords where it
// applies, and the seven tabs beside the JSON inspector with its API console.
// A tab's page is built when the tab is first opened (or asked for); until then the tab holds an
// empty slot, so a tab nobody opens costs no widgets, no layout and no fonts.
class Workspace final : public QWidget
{
    Q_OBJECT
public:
    Workspace(AppCore *core, Prompter *prompter, QWidget *parent = nullptr);

    // Tabs by stable id (settings, --tab, Ctrl+1…7): ping, version, timesheets, activities, projects,
    // customers, i18n.
    static QStringList tabIds();
    static QString tabTitle(int index);

    QTabWidget *tabWidget() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    JsonInspector *inspector() const { return m_inspector; }
    InspectorPane *inspectorPane() const { return m_inspectorPane; }
    TimerBar *timerBar() const { return m_timerBar; }
    LegacyBanner *legacyBanner() const { return m_legacyBanner; }

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
    LegacyBanner *m_legacyBanner;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    InspectorPane *m_inspectorPane;
    JsonInspector *m_inspector;
    QList<TabPage *> m_pages;   // nullptr until built
};

} // namespace kd
