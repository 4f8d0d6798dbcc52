#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace kd {

class ExchangeLogModel;

// The session's HTTP exchanges as a sortable, filterable table, newest at the bottom.
class ExchangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangesView(kd::ExchangeLogModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    quint64 selectedId() const;
    // Rows that arrived while the list stayed where the user was ("N new ↓").
    int newRows() const;

Q_SIGNALS:
    void exchangeSelected(quint64 id);

private:
    void onCurrentChanged();
    void onRowsAboutToBeInserted();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void setNewRows(int count);

    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_newRows = nullptr;
    bool m_stickToBottom = true;
    int m_newCount = 0;
};

} // namespace kd
