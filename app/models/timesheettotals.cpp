#include "models/timesheettotals.h"

#include <QHash>

#include <algorithm>

namespace kd::TimesheetTotals {

QDate day(const Timesheet &t)
{
    return t.begin.date();
}

qint64 seconds(const Timesheet &t, const QDateTime &now)
{
    if (!t.isRunning())
        return std::max<qint64>(0, t.duration);
    return std::max<qint64>(0, t.begin.secsTo(now));
}

qint64 StackedHours::dayTotal(int index) const
{
    qint64 sum = 0;
    for (const Series &s : series)
        sum += s.seconds.value(index);
    return sum;
}

qint64 StackedHours::total() const
{
    qint64 sum = 0;
    for (const Series &s : series)
        sum += s.total;
    return sum;
}

StackedHours stackByProject(const QList<Timesheet> &timesheets, const QDate &first, const QDate &last,
                            const TimesheetModel::Names &names, const QDateTime &now)
{
    StackedHours out;
    out.first = first;
    out.last = last;
    const int days = out.dayCount();
    if (days <= 0)
        return out;
    QHash<int, qsizetype> indexOf;
    for (const Timesheet &t : timesheets) {
        const QDate d = day(t);
        if (d < first || d > last)
            continue;
        const qint64 s = seconds(t, now);
        if (s <= 0)
            continue;
        auto it = indexOf.constFind(t.projectId);
        if (it == indexOf.constEnd()) {
            StackedHours::Series series;
            series.projectId = t.projectId;
            series.project = names.projects.value(t.projectId);
            if (series.project.isEmpty())
                series.project = QStringLiteral("#%1").arg(t.projectId);
            const int customer = t.customerId ? t.customerId : names.projectCustomer.value(t.projectId);
            series.customer = names.customers.value(customer);
            series.seconds.resize(days);
            it = indexOf.insert(t.projectId, out.series.size());
            out.series.append(series);
        }
        StackedHours::Series &series = out.series[*it];
        series.seconds[int(first.daysTo(d))] += s;
        series.total += s;
    }
    std::stable_sort(out.series.begin(), out.series.end(), [](const StackedHours::Series &a, const StackedHours::Series &b) {
        return a.total != b.total ? a.total > b.total : a.project.localeAwareCompare(b.project) < 0;
    });
    return out;
}

} // namespace kd::TimesheetTotals
