#pragma once

#include "ui/tabpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kd {

class Catalog;
class CatalogProxy;

// Customers, Projects or Activities: a sortable table with a filter box, visible / hidden / both,
// and (for projects and activities) the parent to filter by. Double-click shows every field.
class CatalogTab final : public TabPage
{
    Q_OBJECT
public:
    enum class Kind { Customers, Projects, Activities };

    CatalogTab(Kind kind, Catalog *catalog, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;
    void focusFilter() override;
    QString title() const override;
    static QString titleFor(Kind kind);

    QTableView *view() const { return m_view; }
    CatalogProxy *proxy() const { return m_proxy; }
    QComboBox *parentFilter() const { return m_parent; }
    QComboBox *visibilityFilter() const { return m_visibility; }
    QLineEdit *textFilter() const { return m_filter; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    void fillParents();
    void applyParent();
    void updateCount();
    void showDetails(const QModelIndex &proxyIndex);

    Kind m_kind;
    Catalog *m_catalog;
    CatalogProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_visibility;
    QComboBox *m_parent = nullptr;
    bool m_columnsNeedSizing = false;
    QLabel *m_count;
};

} // namespace kd
