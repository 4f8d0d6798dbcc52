#pragma once

// What can be done with the rows of the Timesheets table, with their keys (active while the tab has
// the focus): New entry, Edit (Enter, double-click), Duplicate (Ctrl+D: same fields, today),
// Continue (restart the entry now), Delete (Del; several rows after one confirmation), Undo
// (Ctrl+Z: the deleted entries are created again, with new ids), Copy (Ctrl+C: tab-separated for a
// spreadsheet), Export CSV…, Details…. Enabled only when they can work: another user's entry, for a
// user without the permission, can only be looked at (the disabled actions' tooltips say why).

#include "ui/entrydialog.h"

#include <QObject>

class QAction;
class QMenu;
class QMessageBox;
class QTableView;

namespace kd {

class AppCore;
class TimesheetModel;

class TimesheetActions final : public QObject
{
    Q_OBJECT
public:
    TimesheetActions(AppCore *core, QTableView *view, QWidget *owner);

    QAction *newEntry() const { return m_new; }
    QAction *edit() const { return m_edit; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *continueEntry() const { return m_continue; }
    QAction *remove() const { return m_remove; }
    QAction *undo() const { return m_undo; }
    QAction *copy() const { return m_copy; }
    QAction *exportCsv() const { return m_export; }
    QAction *details() const { return m_details; }

    QList<int> selectedIds() const;
    void showContextMenu(const QPoint &pos);
    EntryDialog *openEditor(EntryDialog::Mode mode, int id = 0);
    // The delete confirmation while it is open (tests answer it).
    QMessageBox *confirmation() const { return m_confirm; }

Q_SIGNALS:
    void exportRequested();
    void detailsRequested(const QModelIndex &index);

private:
    void updateEnabled();
    void askToDelete();
    void copyRows();
    int currentId() const;
    // The entry as the list shows it (the editor's stand-in while Kimai cannot be reached).
    Timesheet lastKnown(int id) const;

    AppCore *m_core;
    QTableView *m_view;
    TimesheetModel *m_model;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_continue;
    QAction *m_remove;
    QAction *m_undo;
    QAction *m_copy;
    QAction *m_export;
    QAction *m_details;
    QMessageBox *m_confirm = nullptr;
};

} // namespace kd
