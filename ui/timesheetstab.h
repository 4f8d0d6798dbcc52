#pragma once

#include "ui/tabpage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kd {

class AppCore;
class Catalog;
class ExportBar;
class Session;
class TimesheetActions;
class TimesheetLoader;
class TimerController;
class WeekView;

// The user's timesheets: a list (a date range and filters, page by page as it scrolls, with the
// actions of TimesheetActions) or the week at a glance (WeekView, built when first shown). Users who
// may see others' timesheets choose "Everyone's" (whoseBox()): the list then has a User column.
class TimesheetsTab final : public TabPage
{
    Q_OBJECT
public:
    TimesheetsTab(AppCore *core, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;
    void focusFilter() override;
    QString title() const override;
    static QString tabTitle();

    // Rows get "Add to favourites" in their context menu.
    QTableView *view() const { return m_view; }
    QComboBox *presetBox() const { return m_preset; }
    // "Mine" / "Everyone's": shown only to users who may see others' timesheets.
    QComboBox *whoseBox() const { return m_whose; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString totalsText() const;
    TimesheetActions *actions() const { return m_actions; }
    ExportBar *exportBar() const { return m_exportBar; }
    // The week at a glance (built on first use).
    WeekView *weekView();
    void showWeek(bool week);
    bool isShowingWeek() const;
    // Export the current range and filter to `path` (the Export CSV… action asks for the file).
    void exportTo(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fillCustomers();
    void fillProjects();
    void fillActivities();
    void updateWhose();
    void updateTotals();
    void showDetails(const QModelIndex &index);
    void sizeColumns();
    void askExportFile();

    AppCore *m_core;
    TimesheetLoader *m_loader;
    Catalog *m_catalog;
    TimerController *m_timer;
    Session *m_session;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_customer;
    QComboBox *m_project;
    QComboBox *m_activity;
    QComboBox *m_whose;
    QLabel *m_totals;
    QTableView *m_view;
    TimesheetActions *m_actions;
    ExportBar *m_exportBar;
    QStackedWidget *m_pages;
    QToolButton *m_listButton;
    QToolButton *m_weekButton;
    WeekView *m_week = nullptr;
    bool m_started = false;
};

} // namespace kd
