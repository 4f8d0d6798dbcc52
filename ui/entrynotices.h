#pragma once

// What the entry editor and the Timesheets tab did, said in the window's status bar: an entry
// saved, entries deleted (with Ctrl+Z to undo), restored (with their new ids), tags Kimai did not
// keep, a failed delete.

#include <QObject>

class QWidget;

namespace kd {

class AppCore;

// Shows `text` in the status bar of the main window `widget` belongs to (nothing without one).
void showStatus(QWidget *widget, const QString &text, int ms = 10'000);

class EntryNotices final : public QObject
{
    Q_OBJECT
public:
    // `window`: where the messages go; it owns the notices.
    EntryNotices(AppCore *core, QWidget *window);

private:
    QWidget *m_window;
};

} // namespace kd
