#include "ui/headerview.h"

#include <QIcon>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTreeView>

namespace kd {

HeaderView::HeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
}

void HeaderView::install(QTableView *view)
{
    auto *header = new HeaderView(Qt::Horizontal, view);
    header->setSectionsClickable(true);
    view->setHorizontalHeader(header);
}

void HeaderView::install(QTreeView *view)
{
    auto *header = new HeaderView(Qt::Horizontal, view);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setHeader(header);
}

QSize HeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    ensurePolished();
    const QVariant hint = m->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (hint.isValid())
        return hint.toSize();

    QStyleOptionHeader option;
    initStyleOption(&option);    // the header's own font, not bold
    option.section = logicalIndex;
    const QVariant font = m->headerData(logicalIndex, orientation(), Qt::FontRole);
    if (font.isValid() && font.canConvert<QFont>())
        option.fontMetrics = QFontMetrics(qvariant_cast<QFont>(font));
    option.text = m->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = m->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = qvariant_cast<QIcon>(decoration);
    if (option.icon.isNull())
        option.icon = qvariant_cast<QPixmap>(decoration);
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace kd
