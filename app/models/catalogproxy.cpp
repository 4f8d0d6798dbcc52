#include "models/catalogproxy.h"

#include "models/roles.h"

namespace kd {

CatalogProxy::CatalogProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CatalogProxy::setVisibility(Visibility visibility)
{
    if (m_visibility == visibility)
        return;
    m_visibility = visibility;
    invalidateFilter();
}

void CatalogProxy::setText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void CatalogProxy::setParentId(std::optional<int> parentId, bool includeGlobals)
{
    if (m_parentId == parentId && m_includeGlobals == includeGlobals)
        return;
    m_parentId = parentId;
    m_includeGlobals = includeGlobals;
    invalidateFilter();
}

bool CatalogProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool visible = idx.data(VisibleRole).toBool();
    if ((m_visibility == Visibility::Visible && !visible) || (m_visibility == Visibility::Hidden && visible))
        return false;
    if (m_parentId) {
        const bool global = idx.data(GlobalRole).toBool();
        if (!(global && m_includeGlobals) && idx.data(ParentIdRole).toInt() != *m_parentId)
            return false;
    }
    if (!m_text.isEmpty()) {
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString hay = idx.data(SearchTextRole).toString();
        for (const QString &w : words) {
            if (!hay.contains(w))
                return false;
        }
    }
    return true;
}

} // namespace kd
