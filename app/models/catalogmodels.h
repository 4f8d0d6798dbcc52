#pragma once

// Table models for customers, projects and activities. Data only: a loader fills them with
// setItems(); they never do I/O.

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace kd {

// Shared plumbing: items, id lookup and a row-level update when the ids stay the same.
template<typename T>
class EntityListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }

    void setItems(QList<T> items)
    {
        bool sameIds = items.size() == m_items.size();
        for (qsizetype i = 0; sameIds && i < items.size(); ++i)
            sameIds = items.at(i).id == m_items.at(i).id;
        if (sameIds) {
            m_items = std::move(items);
            if (!m_items.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, columnCount() - 1));
        } else {
            beginResetModel();
            m_items = std::move(items);
            endResetModel();
        }
        m_rowById.clear();
        for (qsizetype i = 0; i < m_items.size(); ++i)
            m_rowById.insert(m_items.at(i).id, int(i));
    }
    const QList<T> &items() const { return m_items; }
    const T *byId(int id) const
    {
        const auto it = m_rowById.constFind(id);
        return it == m_rowById.constEnd() ? nullptr : &m_items.at(*it);
    }
    int rowOf(int id) const { return m_rowById.value(id, -1); }
    const T &at(int row) const { return m_items.at(row); }

protected:
    QList<T> m_items;
    QHash<int, int> m_rowById;
};

// Every field of one record, for the details dialog: (label, value) pairs.
using FieldList = QList<QPair<QString, QString>>;

class CustomerModel final : public EntityListModel<Customer>
{
    Q_OBJECT
public:
    enum class Column { Name, Number, Currency, Visible, Billable, Comment, Id, Count };
    Q_ENUM(Column)
    using EntityListModel::EntityListModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    FieldList details(int row) const;
};

class ProjectModel final : public EntityListModel<Project>
{
    Q_OBJECT
public:
    enum class Column { Name, Customer, Number, OrderNumber, Start, End, Visible, Billable, GlobalActivities, Comment, Id, Count };
    Q_ENUM(Column)
    using EntityListModel::EntityListModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    FieldList details(int row) const;
    // Kimai hides projects of hidden customers; set by the loader from the customer list.
    void setHiddenCustomers(const QSet<int> &ids);

private:
    QSet<int> m_hiddenCustomers;
};

class ActivityModel final : public EntityListModel<Activity>
{
    Q_OBJECT
public:
    enum class Column { Name, Project, Number, Visible, Billable, Comment, Id, Count };
    Q_ENUM(Column)
    using EntityListModel::EntityListModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    FieldList details(int row) const;
    void setHiddenProjects(const QSet<int> &ids);

private:
    QSet<int> m_hiddenProjects;
};

// Shared formatting helpers for the table models.
namespace ModelFormat {
QString yesNo(bool value);
QVariant colorSwatch(const QString &color);   // a QColor for DecorationRole, or null
QString metaFields(const QList<MetaField> &fields);
} // namespace ModelFormat

} // namespace kd
