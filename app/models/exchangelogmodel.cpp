#include "models/exchangelogmodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace kd {

QColor statusColor(int status, bool darkBackground)
{
    if (status >= 200 && status < 300)
        return darkBackground ? QColor(0x6c, 0xcb, 0x7a) : QColor(0x1b, 0x7f, 0x3b);
    if (status >= 300 && status < 400)
        return darkBackground ? QColor(0x6a, 0xb4, 0xf5) : QColor(0x15, 0x65, 0xc0);
    if (status >= 400 && status < 500)
        return darkBackground ? QColor(0xff, 0xad, 0x4d) : QColor(0xb8, 0x5c, 0x00);
    return darkBackground ? QColor(0xf2, 0x6d, 0x6a) : QColor(0xc6, 0x28, 0x28);
}

namespace {

qint64 bodyBytes(const Exchange &exchange)
{
    return exchange.requestBody.size() + exchange.responseBody.size();
}

bool darkPalette()
{
    // Without a QGuiApplication (command-line tools, GUI-less tests) there is no palette.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

ExchangeLogModel::ExchangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExchangeLogModel::append(const Exchange &exchange)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{exchange, false});
    m_sequenceById.insert(exchange.id, m_firstSequence + row);
    m_bodyBytes += bodyBytes(exchange);
    endInsertRows();
    enforceRowLimit();
    enforceBodyLimit();
}

void ExchangeLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_sequenceById.clear();
    m_firstSequence = 0;
    m_firstWithBody = 0;
    m_bodyBytes = 0;
    endResetModel();
}

void ExchangeLogModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    enforceRowLimit();
}

void ExchangeLogModel::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = std::max<qint64>(0, bytes);
    enforceBodyLimit();
}

void ExchangeLogModel::enforceRowLimit()
{
    const int excess = int(m_entries.size()) - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int row = 0; row < excess; ++row) {
        const Entry &entry = m_entries.at(row);
        const auto it = m_sequenceById.constFind(entry.exchange.id);
        if (it != m_sequenceById.constEnd() && it.value() == m_firstSequence + row)
            m_sequenceById.erase(it);
        if (!entry.bodyDropped)
            m_bodyBytes -= bodyBytes(entry.exchange);
    }
    m_entries.remove(0, excess);
    m_firstSequence += excess;
    m_firstWithBody = std::max(0, m_firstWithBody - excess);
    endRemoveRows();
}

void ExchangeLogModel::enforceBodyLimit()
{
    const int first = m_firstWithBody;
    const int newest = int(m_entries.size()) - 1;   // the newest exchange always keeps its body
    while (m_bodyBytes > m_maxBodyBytes && m_firstWithBody < newest) {
        Entry &entry = m_entries[m_firstWithBody++];
        const qint64 bytes = bodyBytes(entry.exchange);
        if (bytes == 0)
            continue;
        m_bodyBytes -= bytes;
        entry.exchange.requestBody = QByteArray();
        entry.exchange.responseBody = QByteArray();
        entry.bodyDropped = true;
    }
    if (m_firstWithBody > first)
        Q_EMIT dataChanged(index(first, 0), index(m_firstWithBody - 1, int(Column::Count) - 1));
}

const Exchange *ExchangeLogModel::exchangeAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row).exchange;
}

int ExchangeLogModel::rowOf(quint64 id) const
{
    const auto it = m_sequenceById.constFind(id);
    return it == m_sequenceById.constEnd() ? -1 : int(it.value() - m_firstSequence);
}

const Exchange *ExchangeLogModel::exchangeById(quint64 id) const
{
    return exchangeAt(rowOf(id));
}

bool ExchangeLogModel::bodyDropped(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).bodyDropped;
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ExchangeLogModel::displayData(const Entry &entry, Column column) const
{
    const Exchange &e = entry.exchange;
    const QLocale locale;
    switch (column) {
    case Column::Time:
        return locale.toString(e.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case Column::Method:
        return QString::fromLatin1(e.method);
    case Column::Path:
        // Isolated left-to-right, so that a path reads correctly in a right-to-left layout.
        return QString(QChar(0x2066) + e.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
                       + QChar(0x2069));
    case Column::Status:
        return e.status > 0 ? QString::number(e.status) : QStringLiteral("—");
    case Column::Elapsed:
        return tr("%1 ms").arg(locale.toString(e.elapsedMs));
    case Column::Size:
        return locale.formattedDataSize(e.size, 1);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ExchangeLogModel::rawData(const Entry &entry, Column column) const
{
    const Exchange &e = entry.exchange;
    switch (column) {
    case Column::Time:
        return e.startedAt;
    case Column::Method:
        return QString::fromLatin1(e.method);
    case Column::Path:
        return e.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    case Column::Status:
        return e.status;
    case Column::Elapsed:
        return e.elapsedMs;
    case Column::Size:
        return e.size;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, column);
    case RawValueRole:
        return rawData(entry, column);
    case IdRole:
        return entry.exchange.id;
    case BodyDroppedRole:
        return entry.bodyDropped;
    case Qt::ForegroundRole:
        if (column == Column::Status)
            return statusColor(entry.exchange.status, darkPalette());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Elapsed || column == Column::Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Path)
            return entry.exchange.url.toDisplayString(QUrl::RemoveUserInfo);
        if (column == Column::Status)
            return entry.exchange.error.isEmpty() ? entry.exchange.statusText()
                                                  : entry.exchange.statusText() + QLatin1Char('\n') + entry.exchange.error;
        if (column == Column::Size && entry.bodyDropped)
            return tr("The body is no longer kept.");
        return {};
    default:
        return {};
    }
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Method:
        return tr("Method");
    case Column::Path:
        return tr("Path");
    case Column::Status:
        return tr("Status");
    case Column::Elapsed:
        return tr("Elapsed");
    case Column::Size:
        return tr("Size");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kd
