#pragma once

// Sums over timesheets for the week view and the hours chart. Data only.

#include "core/entities.h"
#include "models/timesheetmodel.h"

#include <QDate>
#include <QList>

namespace kd::TimesheetTotals {

// The day an entry counts to: the date of its begin in its own timezone (the Kimai user's, as the
// server sent it). An entry over midnight counts to the day it began, as in Kimai.
QDate day(const Timesheet &t);
// Its length: Kimai's duration (breaks already taken off) once stopped; a running one up to `now`.
qint64 seconds(const Timesheet &t, const QDateTime &now);

// Hours per day stacked by project: a week or a month of a chart, data only.
struct StackedHours
{
    struct Series
    {
        int projectId = 0;
        QString project;              // the name ("#12" when unknown)
        QString customer;
        QList<qint64> seconds;        // one per day, first..last
        qint64 total = 0;
    };
    QDate first;
    QDate last;
    QList<Series> series;             // the largest total first; projects without time are left out

    int dayCount() const { return first.isValid() && last.isValid() ? int(first.daysTo(last)) + 1 : 0; }
    QDate day(int index) const { return first.addDays(index); }
    qint64 dayTotal(int index) const;
    qint64 total() const;
};

// Entries outside first..last are left out.
StackedHours stackByProject(const QList<Timesheet> &timesheets, const QDate &first, const QDate &last,
                            const TimesheetModel::Names &names, const QDateTime &now);

} // namespace kd::TimesheetTotals
