#include "ui/catalogtab.h"

#include "models/catalogproxy.h"
#include "models/roles.h"
#include "session/catalog.h"
#include "ui/detailsdialog.h"
#include "ui/headerview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace kd {

CatalogTab::CatalogTab(Kind kind, Catalog *catalog, QWidget *parent)
    : TabPage(parent)
    , m_kind(kind)
    , m_catalog(catalog)
    , m_proxy(new CatalogProxy(this))
{
    QAbstractItemModel *model = nullptr;
    Loader *loader = nullptr;
    switch (kind) {
    case Kind::Customers:
        model = catalog->customers();
        loader = catalog->customerLoader();
        break;
    case Kind::Projects:
        model = catalog->projects();
        loader = catalog->projectLoader();
        break;
    case Kind::Activities:
        model = catalog->activities();
        loader = catalog->activityLoader();
        break;
    }
    m_proxy->setSourceModel(model);

    auto *bar = new QHBoxLayout();
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by name, number, comment… (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    bar->addWidget(m_filter, 2);

    if (kind != Kind::Customers) {
        m_parent = new QComboBox(this);
        m_parent->setMinimumContentsLength(10);   // grows with the window; a narrow one still shows it all
        m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_parent->setAccessibleName(kind == Kind::Projects ? tr("Customer") : tr("Project"));
        bar->addWidget(new QLabel(kind == Kind::Projects ? tr("Customer:") : tr("Project:"), this));
        bar->addWidget(m_parent, 1);
        connect(m_parent, &QComboBox::currentIndexChanged, this, &CatalogTab::applyParent);
    }

    m_visibility = new QComboBox(this);
    m_visibility->addItem(tr("Visible"), int(CatalogProxy::Visibility::Visible));
    m_visibility->addItem(tr("Hidden"), int(CatalogProxy::Visibility::Hidden));
    m_visibility->addItem(tr("Visible and hidden"), int(CatalogProxy::Visibility::Both));
    m_visibility->setAccessibleName(tr("Visibility"));
    bar->addWidget(m_visibility);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    contentLayout()->addLayout(bar);

    m_view = new QTableView(this);
    HeaderView::install(m_view);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setToolTip(tr("Double-click a row to see all its fields."));
    contentLayout()->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CatalogProxy::setText);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setVisibility(CatalogProxy::Visibility(m_visibility->currentData().toInt()));
    });
    connect(m_view, &QTableView::activated, this, &CatalogTab::showDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogTab::updateCount);
    connect(m_catalog, &Catalog::namesChanged, this, [this] {
        fillParents();
        // Measuring every row lays out all the text (and loads the italic face for hidden rows):
        // a tab nobody has opened yet does it when it is first shown.
        m_columnsNeedSizing = true;
        if (isVisible())
            sizeColumns();
    });

    setLoader(loader);
    // Built after the catalog arrived (tabs are built when first opened): take what is there.
    fillParents();
    m_columnsNeedSizing = true;
    updateCount();
}

QString CatalogTab::title() const
{
    return titleFor(m_kind);
}

QString CatalogTab::titleFor(Kind kind)
{
    switch (kind) {
    case Kind::Customers: return tr("Customers");
    case Kind::Projects: return tr("Projects");
    case Kind::Activities: return tr("Activities");
    }
    return {};
}

void CatalogTab::refresh()
{
    // Projects show customer names and activities project names: refresh the whole catalog.
    m_catalog->refresh();
}

void CatalogTab::activate()
{
    m_catalog->ensureLoaded();
}

void CatalogTab::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CatalogTab::showEvent(QShowEvent *event)
{
    TabPage::showEvent(event);
    if (m_columnsNeedSizing)
        sizeColumns();
}

void CatalogTab::sizeColumns()
{
    m_columnsNeedSizing = false;
    m_view->resizeColumnsToContents();
    if (m_view->columnWidth(0) > 320)
        m_view->setColumnWidth(0, 320);
}

void CatalogTab::fillParents()
{
    if (!m_parent)
        return;
    const QVariant current = m_parent->currentData();
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(m_kind == Kind::Projects ? tr("All customers") : tr("All projects"));
    if (m_kind == Kind::Projects) {
        QList<Customer> customers = m_catalog->customers()->items();
        std::sort(customers.begin(), customers.end(),
                  [](const Customer &a, const Customer &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Customer &c : customers)
            m_parent->addItem(c.name, c.id);
    } else {
        QList<Project> projects = m_catalog->projects()->items();
        std::sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) {
            const int byCustomer = a.customerName.localeAwareCompare(b.customerName);
            return byCustomer != 0 ? byCustomer < 0 : a.name.localeAwareCompare(b.name) < 0;
        });
        for (const Project &p : projects)
            m_parent->addItem(p.customerName.isEmpty() ? p.name : p.customerName + QStringLiteral(" › ") + p.name, p.id);
    }
    const int idx = m_parent->findData(current);
    m_parent->setCurrentIndex(idx >= 0 ? idx : 0);
    applyParent();
}

void CatalogTab::applyParent()
{
    if (!m_parent)
        return;
    const QVariant id = m_parent->currentData();
    if (!id.isValid()) {
        m_proxy->setParentId(std::nullopt);
    } else if (m_kind == Kind::Activities) {
        const Project *p = m_catalog->project(id.toInt());
        m_proxy->setParentId(id.toInt(), !p || p->globalActivities);
    } else {
        m_proxy->setParentId(id.toInt(), false);
    }
    updateCount();
}

void CatalogTab::updateCount()
{
    m_count->setText(tr("%Ln shown", nullptr, m_proxy->rowCount()));
}

void CatalogTab::showDetails(const QModelIndex &proxyIndex)
{
    const QModelIndex src = m_proxy->mapToSource(proxyIndex);
    if (!src.isValid())
        return;
    FieldList fields;
    QString heading;
    switch (m_kind) {
    case Kind::Customers:
        fields = m_catalog->customers()->details(src.row());
        heading = m_catalog->customers()->at(src.row()).name;
        break;
    case Kind::Projects:
        fields = m_catalog->projects()->details(src.row());
        heading = m_catalog->projects()->at(src.row()).name;
        break;
    case Kind::Activities:
        fields = m_catalog->activities()->details(src.row());
        heading = m_catalog->activities()->at(src.row()).name;
        break;
    }
    auto *dialog = new DetailsDialog(heading, fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kd
