#pragma once

#include "core/exchange.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace kd {

// The colour of an HTTP status class: 2xx green, 3xx blue, 4xx orange, 5xx and "no answer" red.
// Two shades, for light and for dark backgrounds.
QColor statusColor(int status, bool darkBackground);

// Every Exchange of the session, newest last. Memory is bounded twice: at most maxRows() rows
// (the oldest go first) and at most maxBodyBytes() of request and response bodies in total;
// older exchanges beyond that keep their metadata but lose their bodies (bodyDropped()).
class ExchangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Method, Path, Status, Elapsed, Size, Count };
    enum Role {
        RawValueRole = Qt::UserRole + 1,    // sortable: QDateTime, QString, int, qint64
        IdRole,                             // quint64 Exchange::id
        BodyDroppedRole,                    // bool
    };

    explicit ExchangeLogModel(QObject *parent = nullptr);

    void append(const kd::Exchange &exchange);
    void clear();

    const kd::Exchange *exchangeAt(int row) const;
    const kd::Exchange *exchangeById(quint64 id) const;
    int rowOf(quint64 id) const;                    // -1 when not (or no longer) listed
    bool bodyDropped(int row) const;

    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    qint64 keptBodyBytes() const { return m_bodyBytes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        kd::Exchange exchange;
        bool bodyDropped = false;
    };

    void enforceRowLimit();
    void enforceBodyLimit();
    QVariant displayData(const Entry &entry, Column column) const;
    QVariant rawData(const Entry &entry, Column column) const;

    QList<Entry> m_entries;
    QHash<quint64, qint64> m_sequenceById;      // id -> append sequence number
    qint64 m_firstSequence = 0;                 // sequence number of row 0
    int m_firstWithBody = 0;                    // rows before it have dropped bodies
    qint64 m_bodyBytes = 0;
    int m_maxRows = 2000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
};

} // namespace kd
