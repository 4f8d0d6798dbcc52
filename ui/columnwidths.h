#pragma once

#include <QObject>
#include <QString>

class QSettings;
class QTableView;

namespace kd {

// Keeps what a person did to a table's columns — widths, order, sorting — across restarts, one entry
// per table in the settings. The saved state is applied when the table is first shown (after the
// table sized its columns for itself), and saved from then on whenever it changes.
class ColumnWidthsKeeper final : public QObject
{
    Q_OBJECT
public:
    // Lives as long as `view` (its parent). `key`: where in the settings, e.g. "columns/timesheets".
    ColumnWidthsKeeper(QTableView *view, QSettings *settings, QString key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restore();
    void save();

    QTableView *m_view;
    QSettings *m_settings;
    QString m_key;
    bool m_restored = false;
};

} // namespace kd
