#include "models/pickermodel.h"

#include "models/roles.h"

namespace kd {

PickerModel::PickerModel(const PickerIndex *index, PickerIndex::Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(index)
    , m_kind(kind)
{
    connect(index, &PickerIndex::changed, this, &PickerModel::refilter);
    refilter();
}

void PickerModel::setScope(int parentId)
{
    if (m_scope == parentId)
        return;
    m_scope = parentId;
    refilter();
}

void PickerModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    refilter();
}

void PickerModel::refilter()
{
    beginResetModel();
    if (!m_index) {
        m_rows.clear();
    } else {
        switch (m_kind) {
        case PickerIndex::Kind::Customer: m_rows = m_index->customers(m_text); break;
        case PickerIndex::Kind::Project: m_rows = m_index->projects(m_scope, m_text); break;
        case PickerIndex::Kind::Activity: m_rows = m_index->activities(m_scope, m_text); break;
        }
    }
    endResetModel();
}

int PickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PickerModel::data(const QModelIndex &index, int role) const
{
    if (!m_index || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PickerIndex::Item &it = m_index->items(m_kind).at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return it.name;
    case Qt::ToolTipRole:
    case DetailRole:
        return it.detail;
    case IdRole:
        return it.id;
    case ParentIdRole:
        return it.parentId;
    case GlobalRole:
        return it.global;
    default:
        return {};
    }
}

int PickerModel::idAt(int row) const
{
    return m_index && row >= 0 && row < m_rows.size() ? m_index->items(m_kind).at(m_rows.at(row)).id : 0;
}

int PickerModel::rowOfId(int id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (idAt(r) == id)
            return r;
    }
    return -1;
}

} // namespace kd
