#include "models/weeksummarymodel.h"

#include "core/daterange.h"
#include "core/duration.h"
#include "models/roles.h"
#include "models/timesheettotals.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kd {

WeekSummaryModel::WeekSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QDate WeekSummaryModel::weekStart(const QDate &day, int firstDayOfWeek)
{
    return DateRange::compute(DateRange::Preset::ThisWeek, day, firstDayOfWeek).first;
}

void WeekSummaryModel::setWeek(const QDate &firstDay)
{
    if (m_firstDay == firstDay)
        return;
    m_firstDay = firstDay;
    rebuild();
    Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::FirstDay), int(Column::FirstDay) + kDays - 1);
}

void WeekSummaryModel::setNames(TimesheetModel::Names names)
{
    m_names = std::move(names);
    rebuild();
}

void WeekSummaryModel::setTimesheets(const QList<Timesheet> &timesheets, const QDateTime &now)
{
    m_timesheets = timesheets;
    m_now = now;
    rebuild();
}

QString WeekSummaryModel::label(const QHash<int, QString> &names, int id) const
{
    const QString n = names.value(id);
    return n.isEmpty() ? QStringLiteral("#%1").arg(id) : n;
}

void WeekSummaryModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_running.clear();
    m_dayTotals = {};
    // The rows: every project/activity pair of the week, sorted by customer, project, activity.
    QList<qsizetype> inWeek;
    QHash<QPair<int, int>, int> rowOf;
    for (qsizetype i = 0; i < m_timesheets.size(); ++i) {
        const Timesheet &t = m_timesheets.at(i);
        const qint64 day = m_firstDay.isValid() ? m_firstDay.daysTo(TimesheetTotals::day(t)) : -1;
        if (day < 0 || day >= kDays)
            continue;
        inWeek.append(i);
        const QPair<int, int> key(t.projectId, t.activityId);
        if (rowOf.contains(key))
            continue;
        rowOf.insert(key, 0);
        Row r;
        r.projectId = t.projectId;
        r.activityId = t.activityId;
        const int customer = t.customerId ? t.customerId : m_names.projectCustomer.value(t.projectId);
        r.customer = m_names.customers.value(customer);
        r.project = label(m_names.projects, t.projectId);
        r.activity = label(m_names.activities, t.activityId);
        m_rows.append(r);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        for (const auto &[x, y] : {std::pair(&a.customer, &b.customer), std::pair(&a.project, &b.project),
                                   std::pair(&a.activity, &b.activity)}) {
            if (const int c = x->localeAwareCompare(*y); c != 0)
                return c < 0;
        }
        return std::pair(a.projectId, a.activityId) < std::pair(b.projectId, b.activityId);
    });
    for (int r = 0; r < m_rows.size(); ++r)
        rowOf.insert({m_rows.at(r).projectId, m_rows.at(r).activityId}, r);
    for (const qsizetype i : inWeek) {
        const Timesheet &t = m_timesheets.at(i);
        const int row = rowOf.value({t.projectId, t.activityId});
        const int day = int(m_firstDay.daysTo(TimesheetTotals::day(t)));
        const qint64 s = TimesheetTotals::seconds(t, m_now);
        Row &r = m_rows[row];
        r.seconds[day] += s;
        r.ids[day].append(t.id);
        m_dayTotals[day] += s;
        if (t.isRunning())
            m_running.append({row, day, t.begin, s});
    }
    endResetModel();
}

void WeekSummaryModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (Running &run : m_running) {
        const qint64 s = std::max<qint64>(0, run.begin.secsTo(now));
        const qint64 delta = s - run.counted;
        if (delta == 0)
            continue;
        run.counted = s;
        m_rows[run.row].seconds[run.day] += delta;
        m_dayTotals[run.day] += delta;
        const int column = int(Column::FirstDay) + run.day;
        Q_EMIT dataChanged(index(run.row, column), index(run.row, column));
        Q_EMIT dataChanged(index(run.row, int(Column::Total)), index(run.row, int(Column::Total)));
        Q_EMIT dataChanged(index(totalsRow(), column), index(totalsRow(), column));
        Q_EMIT dataChanged(index(totalsRow(), int(Column::Total)), index(totalsRow(), int(Column::Total)));
    }
}

int WeekSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int WeekSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

int WeekSummaryModel::projectId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).projectId : 0;
}

int WeekSummaryModel::activityId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).activityId : 0;
}

qint64 WeekSummaryModel::seconds(int row, int day) const
{
    if (day < 0 || day >= kDays)
        return 0;
    if (row == totalsRow())
        return m_dayTotals[day];
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).seconds[day] : 0;
}

qint64 WeekSummaryModel::rowTotal(int row) const
{
    qint64 sum = 0;
    for (int d = 0; d < kDays; ++d)
        sum += seconds(row, d);
    return sum;
}

QList<int> WeekSummaryModel::entryIds(int row, int day) const
{
    if (day < 0 || day >= kDays)
        return {};
    if (row == totalsRow()) {
        QList<int> all;
        for (const Row &r : m_rows)
            all += r.ids[day];
        return all;
    }
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ids[day] : QList<int>();
}

QVariant WeekSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool totals = row == totalsRow();
    const auto col = Column(index.column());
    const int day = index.column() - int(Column::FirstDay);
    const bool isDay = day >= 0 && day < kDays;
    if (col == Column::Project || col == Column::Activity) {
        const Row *r = totals ? nullptr : &m_rows.at(row);
        switch (role) {
        case Qt::DisplayRole:
            if (col == Column::Project)
                return totals ? tr("Total") : r->project;
            return totals ? QString() : r->activity;
        case Qt::ToolTipRole:
            return r && col == Column::Project ? QVariant(r->customer) : QVariant();
        case RawValueRole:
            return totals ? QString() : (col == Column::Project ? r->project : r->activity).toLower();
        case IdRole:
            return totals ? 0 : (col == Column::Project ? r->projectId : r->activityId);
        case TotalRole:
            return totals;
        case Qt::FontRole:
            if (totals) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    const qint64 s = isDay ? seconds(row, day) : rowTotal(row);
    switch (role) {
    case Qt::DisplayRole:
        return s > 0 || !isDay ? Duration::hoursMinutes(s) : QString();
    case RawValueRole:
        return s;
    case EntryIdsRole:
        if (isDay)
            return QVariant::fromValue(entryIds(row, day));
        return {};
    case RunningRole:
        return std::any_of(m_running.cbegin(), m_running.cend(), [&](const Running &run) {
            return (totals || run.row == row) && (!isDay || run.day == day);
        });
    case TotalRole:
        return totals || !isDay;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || !isDay) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant WeekSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const int dayIndex = section - int(Column::FirstDay);
    if (dayIndex >= 0 && dayIndex < kDays) {
        const QDate d = day(dayIndex);
        switch (role) {
        case Qt::DisplayRole:
            return d.isValid() ? QLocale().toString(d, QStringLiteral("ddd d")) : QString();
        case Qt::ToolTipRole:
            return QLocale().toString(d, QLocale::LongFormat);
        case RawValueRole:
            return d;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Project: return tr("Project");
    case Column::Activity: return tr("Activity");
    case Column::Total: return tr("Total");
    default: return {};
    }
}

} // namespace kd
