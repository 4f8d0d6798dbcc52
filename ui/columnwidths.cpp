#include "ui/columnwidths.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace kd {

ColumnWidthsKeeper::ColumnWidthsKeeper(QTableView *view, QSettings *settings, QString key)
    : QObject(view)
    , m_view(view)
    , m_settings(settings)
    , m_key(std::move(key))
{
    view->installEventFilter(this);
    if (view->isVisible())
        restore();
}

bool ColumnWidthsKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && !m_restored)
        restore();
    return QObject::eventFilter(watched, event);
}

void ColumnWidthsKeeper::restore()
{
    m_restored = true;
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = m_settings->value(m_key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    // From now on, what changes is the person's doing (or a stretching column following the window).
    connect(header, &QHeaderView::sectionResized, this, &ColumnWidthsKeeper::save);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnWidthsKeeper::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnWidthsKeeper::save);
}

void ColumnWidthsKeeper::save()
{
    m_settings->setValue(m_key, m_view->horizontalHeader()->saveState());
}

} // namespace kd
