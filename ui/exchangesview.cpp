#include "ui/exchangesview.h"

#include "models/exchangelogmodel.h"
#include "ui/headerview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
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
    // New exchanges that arrived while the list stays where the user is: a click takes them there.
    m_newRows = new QToolButton(this);
    m_newRows->setObjectName(QStringLiteral("newExchanges"));
    m_newRows->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newRows->setFixedHeight(m_filter->sizeHint().height());   // showing it must not move the rows below
    m_newRows->hide();
    auto *top = new QHBoxLayout();
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_newRows);
    layout->addLayout(top);

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
    // By pixel: rows added below never shift the rows on screen (scrolling by item aligns the last row
    // to the bottom and moves everything when a row arrives).
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
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
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ExchangesView::onRowsAboutToBeInserted);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ExchangesView::onRowsRemoved);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_table->verticalScrollBar()->maximum())
            setNewRows(0);
    });
    connect(m_newRows, &QToolButton::clicked, this, [this] {
        m_table->scrollToBottom();
        setNewRows(0);
    });
}

int ExchangesView::newRows() const
{
    return m_newCount;
}

void ExchangesView::setNewRows(int count)
{
    m_newCount = count;
    m_newRows->setVisible(count > 0);
    if (count > 0)
        m_newRows->setText(tr("%Ln new ↓", nullptr, count));
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
    // The list follows new rows only while the user is at the bottom and has not picked one: a row
    // must never move under the cursor of someone about to click it.
    const QScrollBar *bar = m_table->verticalScrollBar();
    m_stickToBottom = bar->value() >= bar->maximum() && !m_table->selectionModel()->hasSelection();
}

void ExchangesView::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (m_stickToBottom)
        m_table->scrollToBottom();
    else
        setNewRows(m_newCount + (last - first + 1));
}

void ExchangesView::onRowsRemoved(const QModelIndex &, int first, int last)
{
    // The oldest rows go when the log is full: keep the rows on screen where they were.
    if (!m_stickToBottom && first == 0) {
        const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerPixel
            ? m_table->verticalHeader()->defaultSectionSize()
            : 1;
        QScrollBar *bar = m_table->verticalScrollBar();
        bar->setValue(bar->value() - (last - first + 1) * step);
    }
}

} // namespace kd
