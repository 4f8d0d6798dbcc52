#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace kd {

// Sorting (on RawValueRole) and filtering for the catalog tables: visible / hidden / both, a text
// filter over every text column, and a parent filter (projects of a customer; activities of a
// project, global activities included).
class CatalogProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Visibility { Visible, Hidden, Both };
    Q_ENUM(Visibility)

    explicit CatalogProxy(QObject *parent = nullptr);

    void setVisibility(Visibility visibility);
    Visibility visibility() const { return m_visibility; }
    void setText(const QString &text);
    void setParentId(std::optional<int> parentId, bool includeGlobals = true);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Visibility m_visibility = Visibility::Visible;
    QString m_text;
    std::optional<int> m_parentId;
    bool m_includeGlobals = true;
};

} // namespace kd
