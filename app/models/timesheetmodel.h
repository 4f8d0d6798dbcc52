#pragma once

// The Timesheets table. Rows are kept compact (100,000 of them must stay small); ids are resolved
// to names through lookups the loader provides. Paging: canFetchMore()/fetchMore() ask for the next
// page through `moreRequested()`; the loader answers with appendPage(). No I/O in here.

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace kd {

class TimesheetModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // User: whose entry it is (the Timesheets tab shows it only with everyone's entries).
    enum class Column { Date, Begin, End, Duration, Customer, Project, Activity, Description, Tags, Billable, Exported, User, Count };
    Q_ENUM(Column)

    struct Row
    {
        int id = 0;
        qint64 beginMs = 0;      // UTC ms since epoch
        qint64 endMs = 0;        // 0 while running
        int offsetSeconds = 0;   // the offset the server sent (the record's timezone)
        int duration = 0;        // seconds; computed live for running rows
        int projectId = 0;
        int activityId = 0;
        int customerId = 0;
        int userId = 0;
        bool billable = true;
        bool exported = false;
        QString description;
        QStringList tags;
        bool running() const { return endMs == 0; }
    };

    struct Names
    {
        QHash<int, QString> customers;
        QHash<int, QString> projects;
        QHash<int, int> projectCustomer;   // project id -> customer id
        QHash<int, QString> activities;
    };

    explicit TimesheetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over (a new range or filter). `expected` is unknown (-1) until the first page arrives.
    void reset();
    // Appends a page; `hasMore` tells whether another page exists.
    void appendPage(const QList<Timesheet> &page, bool hasMore, int totalCount);
    void setLoadingMore(bool loading) { m_loadingMore = loading; }
    bool hasMore() const { return m_hasMore; }
    int totalCount() const { return m_totalCount; }   // from X-Total-Count, -1 if unknown

    void setNames(Names names);
    // Users' names, by id: learned from the records that carry their user (full=true answers), and
    // given for the logged-in user.
    void setUserName(int id, const QString &name);
    QString userName(int id) const;   // "#7" when unknown
    // Live durations: the current time on the server's clock.
    void setNow(const QDateTime &serverNow);
    // Replaces or inserts one record (after start/stop/edit), keeping the order newest first. A
    // page that arrives later leaves out the records inserted so.
    void upsert(const Timesheet &timesheet);
    void removeId(int id);
    // Entries with changes not yet in Kimai (offline work) get a mark and a tooltip (rows with negative
    // ids exist only on this computer).
    void setUnsent(const QSet<int> &ids);
    // A local entry reached Kimai and got its id there.
    void replaceId(int from, int to);

    const Row *rowAt(int row) const;
    int rowOfId(int id) const;
    qint64 loadedDurationSeconds() const;   // sum over loaded rows (running rows up to now)
    bool hasRunning() const;

    static Row toRow(const Timesheet &t);
    // The entry as the row shows it (no rates: the row does not keep them; the break is what its
    // duration lacks against end - begin).
    static Timesheet toTimesheet(const Row &r);

Q_SIGNALS:
    void moreRequested();
    void totalsChanged();

private:
    QString customerName(const Row &r) const;
    void learnUser(const Timesheet &t);
    int effectiveDuration(const Row &r) const;

    QList<Row> m_rows;
    QList<int> m_inserted;   // ids upsert() inserted since the last reset (a few)
    QSet<int> m_unsent;
    Names m_names;
    QHash<int, QString> m_userNames;
    qint64 m_nowMs = 0;
    int m_totalCount = -1;
    bool m_hasMore = false;
    bool m_loadingMore = false;
};

} // namespace kd

// Rows move by memcpy when the list grows (QString and QStringList are relocatable).
Q_DECLARE_TYPEINFO(kd::TimesheetModel::Row, Q_RELOCATABLE_TYPE);
