#pragma once

// One list of the entry editor's picker (customers, projects or activities) as a list model: the
// PickerIndex's matches for the text typed, within a scope (the chosen customer for projects, the
// chosen project for activities). Follows the index when the catalog changes. Data only.

#include "models/pickerindex.h"

#include <QAbstractListModel>
#include <QPointer>

namespace kd {

class PickerModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    PickerModel(const PickerIndex *index, PickerIndex::Kind kind, QObject *parent = nullptr);

    PickerIndex::Kind kind() const { return m_kind; }
    // Projects: the customer (0: all); activities: the project (0: the global activities only).
    void setScope(int parentId);
    int scope() const { return m_scope; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int idAt(int row) const;
    int rowOfId(int id) const;   // -1 when not offered for the scope and text

private:
    void refilter();

    QPointer<const PickerIndex> m_index;
    PickerIndex::Kind m_kind;
    int m_scope = 0;
    QString m_text;
    QList<int> m_rows;   // positions into the index's items
};

} // namespace kd
