#pragma once

// The week view: a row per project and activity, a column per day (the week starts on the day
// given to setWeek), the row's total in the last column, and a last row with the totals per day
// and for the week. Each cell can list its entries (EntryIdsRole). Built from timesheets plus the
// catalog's names; a running entry counts up to setNow(). Data only.

#include "models/timesheetmodel.h"

#include <QAbstractTableModel>
#include <QDate>

#include <array>

namespace kd {

class WeekSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kDays = 7;
    enum class Column { Project, Activity, FirstDay, Total = FirstDay + kDays, Count };
    Q_ENUM(Column)

    explicit WeekSummaryModel(QObject *parent = nullptr);

    // The first day of the week around `day`; firstDayOfWeek 1 = Monday ... 7 = Sunday (Kimai's
    // first_weekday preference, else QLocale::firstDayOfWeek()).
    static QDate weekStart(const QDate &day, int firstDayOfWeek);

    // Shows firstDay and the six days after it.
    void setWeek(const QDate &firstDay);
    QDate firstDay() const { return m_firstDay; }
    QDate day(int index) const { return m_firstDay.addDays(index); }
    void setNames(TimesheetModel::Names names);
    // Entries of other weeks are left out.
    void setTimesheets(const QList<Timesheet> &timesheets, const QDateTime &now);
    // Running entries count up to `now`; only their cells and the totals change.
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The last row holds the totals; rows before it are project/activity pairs.
    int totalsRow() const { return int(m_rows.size()); }
    int projectId(int row) const;
    int activityId(int row) const;
    qint64 seconds(int row, int day) const;   // the totals row: the day's total
    qint64 rowTotal(int row) const;           // the totals row: the week's total
    qint64 dayTotal(int day) const { return seconds(totalsRow(), day); }
    qint64 weekTotal() const { return rowTotal(totalsRow()); }
    QList<int> entryIds(int row, int day) const;   // the totals row: every entry of the day
    bool hasRunning() const { return !m_running.isEmpty(); }

private:
    struct Row
    {
        int projectId = 0;
        int activityId = 0;
        QString customer;
        QString project;
        QString activity;
        std::array<qint64, kDays> seconds{};
        std::array<QList<int>, kDays> ids;
    };
    struct Running
    {
        int row = 0;
        int day = 0;
        QDateTime begin;
        qint64 counted = 0;   // seconds already in the cell
    };

    void rebuild();
    QString label(const QHash<int, QString> &names, int id) const;

    QDate m_firstDay;
    TimesheetModel::Names m_names;
    QList<Timesheet> m_timesheets;
    QDateTime m_now;
    QList<Row> m_rows;
    QList<Running> m_running;
    std::array<qint64, kDays> m_dayTotals{};
};

} // namespace kd
