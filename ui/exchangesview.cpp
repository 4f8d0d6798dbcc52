#include "ui/exchangesview.h"

#include "models/exchangelogmodel.h"
#include "ui/headerview.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kd {

namespace {

using Column = ExchangeLogModel::Column;

// Matches the filter text against method, path and status (case-insensitive substring).
class ExchangeFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        for (const Column column : {Column::Method, Column::Path, Column::Status}) {
            const QModelIndex index = sourceModel()->index(row, int(column), parent);
            if (index.data(Qt::DisplayRole).toString().contains(m_needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_needle;
};

} // namespace

ExchangesView::ExchangesView(ExchangeLogModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("exchangeFilter"));
    m_filter->setPlaceholderText(tr("Filter by method, path or status"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    auto *proxy = new ExchangeFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ExchangeLogModel::RawValueRole);
    m_proxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, this, [proxy](const QString &text) { proxy->setNeedle(text); });

    m_table = new QTableView(this);
    HeaderView::install(m_table);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: a fixed section size lets the view skip measuring rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(Column::Path), QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);   // arrival order until a header is clicked
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExchangesView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &ExchangesView::onRowsAboutToBeInserted);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExchangesView::onRowsInserted);
}

quint64 ExchangesView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ExchangeLogModel::IdRole).toULongLong() : 0;
}

void ExchangesView::onCurrentChanged()
{
    const quint64 id = selectedId();
    if (id != 0)
        Q_EMIT exchangeSelected(id);
}

void ExchangesView::onRowsAboutToBeInserted()
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    m_stickToBottom = bar->value() >= bar->maximum();
}

void ExchangesView::onRowsInserted()
{
    if (m_stickToBottom)
        m_table->scrollToBottom();
}

} // namespace kd
