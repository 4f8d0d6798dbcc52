#pragma once

// The week at a glance, a mode of the Timesheets tab: a row per project and activity, a column per
// day, totals per day, per row and for the week (from every page of the week, running entries up
// to now); previous and next week and "This week"; a click on a cell lists its entries (Enter or a
// double-click edits one). Instead of the entries, on request, a chart of the hours per day stacked
// by project for the week or its month (Qt Charts, loaded when the chart is first shown).

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace kd {

class AppCore;
class HoursChart;
class PeriodLoader;
class WeekSummaryModel;

class WeekView final : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(AppCore *core, QWidget *parent = nullptr);

    void showWeekOf(const QDate &day);
    void reload();
    QDate firstDay() const;
    bool isLoaded() const;

    WeekSummaryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *entries() const { return m_entries; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QPushButton *thisWeekButton() const { return m_thisWeek; }
    QToolButton *chartButton() const { return m_chartButton; }
    HoursChart *chart() const { return m_chart; }
    QString chartError() const { return m_chartError; }
    bool isMonthChart() const;
    void setMonthChart(bool month);
    PeriodLoader *weekLoader() const { return m_week; }
    PeriodLoader *monthLoader() const { return m_month; }
    QString titleText() const;

Q_SIGNALS:
    void editRequested(int timesheetId);
    void loadedChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void showCell(const QModelIndex &index);
    void showCellAt(int row, int column);
    void toggleChart(bool on);
    void updateChart();

    AppCore *m_core;
    PeriodLoader *m_week;
    PeriodLoader *m_month = nullptr;
    WeekSummaryModel *m_model;
    QToolButton *m_previous;
    QPushButton *m_thisWeek;
    QToolButton *m_next;
    QLabel *m_title;
    QTableView *m_table;
    QLabel *m_cellTitle;
    QTableWidget *m_entries;
    QSplitter *m_split;
    QStackedWidget *m_bottom;   // the cell's entries or the chart
    QWidget *m_cellBox;
    QToolButton *m_chartButton;
    QWidget *m_chartBox;
    QButtonGroup *m_chartSpan;
    HoursChart *m_chart = nullptr;
    QString m_chartError;
    QLabel *m_chartMessage;
    // The cell whose entries are listed (kept across rebuilds by what it is, not where it was).
    struct Cell
    {
        bool valid = false;
        bool totals = false;
        int project = 0;
        int activity = 0;
        int column = 0;
    };
    Cell m_cell;
    bool m_started = false;
};

} // namespace kd
