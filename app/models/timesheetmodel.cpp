#include "models/timesheetmodel.h"

#include "core/duration.h"
#include "models/roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace kd {

TimesheetModel::TimesheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TimesheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimesheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TimesheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Date: return tr("Date");
    case Column::Begin: return tr("Begin");
    case Column::End: return tr("End");
    case Column::Duration: return tr("Duration");
    case Column::Customer: return tr("Customer");
    case Column::Project: return tr("Project");
    case Column::Activity: return tr("Activity");
    case Column::Description: return tr("Description");
    case Column::Tags: return tr("Tags");
    case Column::Billable: return tr("Billable");
    case Column::Exported: return tr("Exported");
    case Column::User: return tr("User");
    case Column::Count: break;
    }
    return {};
}

TimesheetModel::Row TimesheetModel::toRow(const Timesheet &t)
{
    Row r;
    r.id = t.id;
    r.beginMs = t.begin.toMSecsSinceEpoch();
    r.endMs = t.end.isValid() ? t.end.toMSecsSinceEpoch() : 0;
    r.offsetSeconds = t.begin.offsetFromUtc();
    r.duration = int(t.duration);
    r.projectId = t.projectId;
    r.activityId = t.activityId;
    r.customerId = t.customerId;
    r.userId = t.user ? t.user->id : t.userId;
    r.billable = t.billable;
    r.exported = t.exported;
    r.description = t.description;
    r.tags = t.tags;
    return r;
}

Timesheet TimesheetModel::toTimesheet(const Row &r)
{
    Timesheet t;
    t.id = r.id;
    const QTimeZone zone(r.offsetSeconds);
    t.begin = QDateTime::fromMSecsSinceEpoch(r.beginMs, zone);
    if (r.endMs != 0)
        t.end = QDateTime::fromMSecsSinceEpoch(r.endMs, zone);
    t.duration = r.running() ? 0 : r.duration;
    // Kimai's duration is end - begin - break: the break is what is missing (whole minutes).
    if (const qint64 missing = r.running() ? 0 : (r.endMs - r.beginMs) / 1000 - r.duration; missing >= 60)
        t.breakSeconds = missing;
    t.projectId = r.projectId;
    t.activityId = r.activityId;
    t.customerId = r.customerId;
    t.userId = r.userId;
    t.billable = r.billable;
    t.exported = r.exported;
    t.description = r.description;
    t.tags = r.tags;
    return t;
}

QString TimesheetModel::customerName(const Row &r) const
{
    const int cid = r.customerId ? r.customerId : m_names.projectCustomer.value(r.projectId);
    const QString name = m_names.customers.value(cid);
    return name.isEmpty() && cid ? QStringLiteral("#%1").arg(cid) : name;
}

int TimesheetModel::effectiveDuration(const Row &r) const
{
    if (!r.running())
        return r.duration;
    return m_nowMs > r.beginMs ? int((m_nowMs - r.beginMs) / 1000) : 0;
}

QVariant TimesheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto col = Column(index.column());
    const QDateTime begin = QDateTime::fromMSecsSinceEpoch(r.beginMs, Qt::OffsetFromUTC, r.offsetSeconds);
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Column::Date: return QLocale().toString(begin.date(), QLocale::ShortFormat);
        case Column::Begin: return QLocale().toString(begin.time(), QLocale::ShortFormat);
        case Column::End:
            return r.running() ? tr("running")
                               : QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.endMs, Qt::OffsetFromUTC, r.offsetSeconds).time(),
                                                    QLocale::ShortFormat);
        case Column::Duration: return r.running() ? Duration::clock(effectiveDuration(r)) : Duration::hoursMinutes(r.duration);
        case Column::Customer: return customerName(r);
        case Column::Project: {
            const QString n = m_names.projects.value(r.projectId);
            return n.isEmpty() ? QStringLiteral("#%1").arg(r.projectId) : n;
        }
        case Column::Activity: {
            const QString n = m_names.activities.value(r.activityId);
            return n.isEmpty() ? QStringLiteral("#%1").arg(r.activityId) : n;
        }
        case Column::Description: return r.description.simplified();
        case Column::Tags: return r.tags.join(QStringLiteral(", "));
        case Column::Billable: return r.billable ? tr("Yes") : tr("No");
        case Column::Exported: return r.exported ? tr("Yes") : tr("No");
        case Column::User: return userName(r.userId);
        case Column::Count: break;
        }
        return {};
    case RawValueRole:
        switch (col) {
        case Column::Date:
        case Column::Begin: return r.beginMs;
        case Column::End: return r.running() ? std::numeric_limits<qint64>::max() : r.endMs;
        case Column::Duration: return effectiveDuration(r);
        case Column::Customer: return customerName(r).toLower();
        case Column::Project: return m_names.projects.value(r.projectId).toLower();
        case Column::Activity: return m_names.activities.value(r.activityId).toLower();
        case Column::Description: return r.description.toLower();
        case Column::Tags: return r.tags.join(QLatin1Char(',')).toLower();
        case Column::Billable: return r.billable;
        case Column::Exported: return r.exported;
        case Column::User: return userName(r.userId).toLower();
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (m_unsent.contains(r.id))
            return r.id < 0 ? tr("Not yet in Kimai: made while Kimai could not be reached. It is kept on this computer "
                                 "and sent as soon as Kimai answers.")
                            : tr("Changes not yet in Kimai: made while Kimai could not be reached. They are kept on "
                                 "this computer and sent as soon as Kimai answers.");
        if (col == Column::Description)
            return r.description;
        if (r.running())
            return tr("This timer is running.");
        return {};
    case Qt::FontRole:
        if (r.running()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (r.running()) {
            QColor c = QGuiApplication::palette().color(QPalette::Highlight);
            c.setAlpha(48);
            return QBrush(c);
        }
        return {};
    case Qt::DecorationRole:
        // The "not yet in Kimai" mark: an amber square before the date.
        if (col == Column::Date && m_unsent.contains(r.id))
            return QColor(0xe0, 0x9b, 0x1a);
        return {};
    case UnsentRole: return m_unsent.contains(r.id);
    case Qt::TextAlignmentRole:
        if (col == Column::Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return r.id;
    case UserIdRole: return r.userId;
    case RunningRole: return r.running();
    default: return {};
    }
}

bool TimesheetModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loadingMore;
}

void TimesheetModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingMore = true;
    Q_EMIT moreRequested();
}

void TimesheetModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_inserted.clear();
    m_totalCount = -1;
    m_hasMore = false;
    m_loadingMore = false;
    endResetModel();
    Q_EMIT totalsChanged();
}

void TimesheetModel::appendPage(const QList<Timesheet> &page, bool hasMore, int totalCount)
{
    m_loadingMore = false;
    m_hasMore = hasMore;
    if (totalCount >= 0)
        m_totalCount = totalCount;
    QList<Row> fresh;
    fresh.reserve(page.size());
    for (const Timesheet &t : page) {
        learnUser(t);
        // Inserted out of turn already (the pages moved by one when it was created).
        if (m_inserted.isEmpty() || !m_inserted.contains(t.id) || rowOfId(t.id) < 0)
            fresh.append(toRow(t));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    Q_EMIT totalsChanged();
}

void TimesheetModel::setNames(Names names)
{
    m_names = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Customer)), index(rowCount() - 1, int(Column::Activity)));
}

void TimesheetModel::learnUser(const Timesheet &t)
{
    if (t.user && t.user->id > 0 && !m_userNames.contains(t.user->id))
        m_userNames.insert(t.user->id, t.user->displayName());
}

void TimesheetModel::setUserName(int id, const QString &name)
{
    if (id <= 0 || name.isEmpty() || m_userNames.value(id) == name)
        return;
    m_userNames.insert(id, name);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::User)), index(rowCount() - 1, int(Column::User)));
}

QString TimesheetModel::userName(int id) const
{
    const QString name = m_userNames.value(id);
    return name.isEmpty() && id ? QStringLiteral("#%1").arg(id) : name;
}

void TimesheetModel::setNow(const QDateTime &serverNow)
{
    m_nowMs = serverNow.toMSecsSinceEpoch();
    const int col = int(Column::Duration);
    bool any = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).running()) {
            any = true;
            const QModelIndex idx = index(int(i), col);
            Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole, RawValueRole});
        }
        // Running records are the newest; stop scanning after the first stopped page of rows.
        if (i > 200 && !any)
            break;
    }
    if (any)
        Q_EMIT totalsChanged();
}

void TimesheetModel::upsert(const Timesheet &timesheet)
{
    learnUser(timesheet);
    const Row row = toRow(timesheet);
    const int existing = rowOfId(row.id);
    if (existing >= 0) {
        if (m_rows.at(existing).beginMs == row.beginMs) {
            m_rows[existing] = row;
            Q_EMIT dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            Q_EMIT totalsChanged();
            return;
        }
        removeId(row.id);
    }
    // Newest first: insert before the first row that began earlier.
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).beginMs > row.beginMs)
        ++at;
    // Only insert inside the loaded range (or at its end when everything is loaded).
    if (at == m_rows.size() && m_hasMore)
        return;
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    endInsertRows();
    m_inserted.append(row.id);
    if (m_totalCount >= 0)
        ++m_totalCount;
    Q_EMIT totalsChanged();
}

void TimesheetModel::setUnsent(const QSet<int> &ids)
{
    if (ids == m_unsent)
        return;
    const QSet<int> changed = (ids - m_unsent) + (m_unsent - ids);
    m_unsent = ids;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (changed.contains(m_rows.at(i).id))
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
}

void TimesheetModel::replaceId(int from, int to)
{
    const int r = rowOfId(from);
    if (r < 0)
        return;
    if (rowOfId(to) >= 0) {   // Kimai's entry is already listed
        removeId(from);
        return;
    }
    m_rows[r].id = to;
    // A page that brings Kimai's entry later leaves it out, as for any row inserted out of turn.
    if (const qsizetype at = m_inserted.indexOf(from); at >= 0)
        m_inserted[at] = to;
    Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
}

void TimesheetModel::removeId(int id)
{
    const int r = rowOfId(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    endRemoveRows();
    if (m_totalCount > 0)
        --m_totalCount;
    Q_EMIT totalsChanged();
}

const TimesheetModel::Row *TimesheetModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TimesheetModel::rowOfId(int id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

qint64 TimesheetModel::loadedDurationSeconds() const
{
    qint64 sum = 0;
    for (const Row &r : m_rows)
        sum += effectiveDuration(r);
    return sum;
}

bool TimesheetModel::hasRunning() const
{
    for (const Row &r : m_rows) {
        if (r.running())
            return true;
    }
    return false;
}

} // namespace kd
