#include "ui/timesheetactions.h"

#include "models/roles.h"
#include "models/timesheetexport.h"
#include "models/timesheetmodel.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/entrycontroller.h"
#include "session/favorites.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "ui/entrynotices.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace kd {

TimesheetActions::TimesheetActions(AppCore *core, QTableView *view, QWidget *owner)
    : QObject(owner)
    , m_core(core)
    , m_view(view)
    , m_model(qobject_cast<TimesheetModel *>(view->model()))
{
    auto make = [owner](const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, owner);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        owner->addAction(a);
        return a;
    };
    // Ctrl+N is the window's (MainActions); the tab shows it.
    m_new = make(tr("&New entry…"), {});
    m_new->setToolTip(tr("Add an entry (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_edit = make(tr("&Edit…"), {});
    m_edit->setToolTip(tr("Edit the entry (Enter, double-click)"));
    m_duplicate = make(tr("&Duplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_continue = make(tr("C&ontinue now"), {});
    m_continue->setToolTip(tr("Start a timer with the same project, activity, description and tags"));
    m_remove = make(tr("De&lete…"), QKeySequence::Delete);
    m_undo = make(tr("&Undo delete"), QKeySequence::Undo);
    m_copy = make(tr("&Copy rows"), QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text for a spreadsheet"));
    m_export = make(tr("E&xport CSV…"), {});
    m_details = make(tr("Deta&ils…"), {});

    connect(m_new, &QAction::triggered, this, [this] { openEditor(EntryDialog::Mode::New); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const int id = currentId())
            openEditor(EntryDialog::Mode::Edit, id);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const int id = currentId())
            openEditor(EntryDialog::Mode::Duplicate, id);
    });
    connect(m_continue, &QAction::triggered, this, [this] {
        if (const int id = currentId())
            m_core->timer()->restart(id, true, lastKnown(id));
    });
    connect(m_remove, &QAction::triggered, this, &TimesheetActions::askToDelete);
    connect(m_undo, &QAction::triggered, this, [this] { m_core->entries()->undo(); });
    connect(m_copy, &QAction::triggered, this, &TimesheetActions::copyRows);
    connect(m_export, &QAction::triggered, this, &TimesheetActions::exportRequested);
    connect(m_details, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT detailsRequested(index);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const int id = index.data(IdRole).toInt())
            openEditor(EntryDialog::Mode::Edit, id);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimesheetActions::updateEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimesheetActions::updateEnabled);
    connect(m_core->timer(), &TimerController::busyChanged, this, &TimesheetActions::updateEnabled);
    connect(m_core->entries(), &EntryController::undoChanged, this, &TimesheetActions::updateEnabled);
    connect(m_core->entries(), &EntryController::busyChanged, this, &TimesheetActions::updateEnabled);
    connect(m_core->session(), &Session::started, this, &TimesheetActions::updateEnabled);
    connect(m_core->session(), &Session::ended, this, &TimesheetActions::updateEnabled);
    connect(m_core->session(), &Session::infoChanged, this, &TimesheetActions::updateEnabled);
    updateEnabled();
}

QList<int> TimesheetActions::selectedIds() const
{
    QList<int> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows) {
        // Entries made while Kimai could not be reached have a local (negative) id until they reach it.
        if (const int id = r.data(IdRole).toInt(); id != 0)
            ids.append(id);
    }
    return ids;
}

int TimesheetActions::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {}))
        return index.data(IdRole).toInt();
    const QList<int> ids = selectedIds();
    return ids.size() == 1 ? ids.first() : 0;
}

void TimesheetActions::updateEnabled()
{
    const bool active = m_core->session()->isActive();
    const int selected = int(selectedIds().size());
    const bool one = currentId() != 0;
    m_new->setEnabled(active);
    m_edit->setEnabled(active && one);
    m_details->setEnabled(currentId() > 0);   // Kimai's record: none yet for a local entry
    const QModelIndex current = m_view->currentIndex();
    const bool running = current.isValid() && current.data(RunningRole).toBool();
    // Another user's entry without the permission: nothing but a look (Edit opens it read-only, saying why).
    const EntryController *entries = m_core->entries();
    const QString othersLock = one ? entries->lockReason(false, current.data(UserIdRole).toInt()) : QString();
    int othersLocked = 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows) {
        if (!entries->lockReason(false, r.data(UserIdRole).toInt()).isEmpty())
            ++othersLocked;
    }
    const QString removeLock = selected > 0 && othersLocked == int(rows.size())
        ? entries->lockReason(false, rows.first().data(UserIdRole).toInt())
        : QString();
    m_duplicate->setEnabled(active && one && othersLock.isEmpty());
    m_duplicate->setToolTip(othersLock);   // empty: the action's text
    m_continue->setEnabled(active && one && !running && !m_core->timer()->isBusy() && othersLock.isEmpty());
    m_continue->setToolTip(othersLock.isEmpty() ? tr("Start a timer with the same project, activity, description and tags")
                                                : othersLock);
    m_remove->setEnabled(active && selected > 0 && !m_confirm && removeLock.isEmpty());
    m_remove->setToolTip(removeLock);
    m_remove->setText(selected > 1 ? tr("De&lete %n entries…", nullptr, selected) : tr("De&lete…"));
    m_undo->setEnabled(active && m_core->entries()->canUndo() && m_core->entries()->inFlight() == 0);
    m_undo->setText(m_core->entries()->undoCount() > 1
                        ? tr("&Undo delete (%n entries)", nullptr, m_core->entries()->undoCount())
                        : tr("&Undo delete"));
    m_copy->setEnabled(selected > 0);
    m_export->setEnabled(active);
}

void TimesheetActions::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    updateEnabled();
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);   // a disabled action says why
    menu->addActions({m_edit, m_duplicate, m_continue});
    menu->addSeparator();
    menu->addActions({m_remove, m_undo});
    menu->addSeparator();
    menu->addActions({m_copy, m_export});
    menu->addSeparator();
    menu->addActions({m_new, m_details});
    // The running timer's own Stop, as before.
    if (index.isValid() && index.data(RunningRole).toBool()) {
        const int id = index.data(IdRole).toInt();
        QAction *stop = menu->addAction(tr("Stop"));
        stop->setEnabled(!m_core->timer()->isBusy());
        connect(stop, &QAction::triggered, this, [this, id] { m_core->timer()->stop(id); });
    }
    // The row's project, activity, description and tags as a favourite (Kimai's own from 2.66).
    const TimesheetModel::Row *row = index.isValid() ? m_model->rowAt(index.row()) : nullptr;
    if (Favorites *favorites = m_core->favorites(); row && row->id > 0) {
        QAction *favorite = menu->addAction(tr("Add to favourites"));
        favorite->setEnabled(!favorites->containsEntry(row->id) && !favorites->isBusy());
        Timesheet entry;
        entry.id = row->id;
        entry.projectId = row->projectId;
        entry.activityId = row->activityId;
        entry.description = row->description;
        entry.tags = row->tags;
        connect(favorite, &QAction::triggered, favorites, [favorites, entry] { favorites->add(entry); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

Timesheet TimesheetActions::lastKnown(int id) const
{
    const TimesheetModel::Row *row = m_model ? m_model->rowAt(m_model->rowOfId(id)) : nullptr;
    return row ? TimesheetModel::toTimesheet(*row) : Timesheet();
}

EntryDialog *TimesheetActions::openEditor(EntryDialog::Mode mode, int id)
{
    if (!m_core->session()->isActive())
        return nullptr;
    auto *dialog = new EntryDialog(m_core, m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("entryDialog"));
    switch (mode) {
    case EntryDialog::Mode::New: dialog->startNew(); break;
    case EntryDialog::Mode::Edit: dialog->startEdit(id, lastKnown(id)); break;
    case EntryDialog::Mode::Duplicate: dialog->startDuplicate(id, lastKnown(id)); break;
    }
    dialog->open();
    return dialog;
}

void TimesheetActions::askToDelete()
{
    QList<int> ids = selectedIds();
    if (ids.isEmpty() || m_confirm)
        return;
    // Exported entries are locked for most users: they are left out, and that is said.
    const EntryController *entries = m_core->entries();
    // So are other users' entries for users without the permission.
    int locked = 0;
    int othersLocked = 0;
    QList<int> deletable;
    for (const int id : std::as_const(ids)) {
        const TimesheetModel::Row *row = m_model ? m_model->rowAt(m_model->rowOfId(id)) : nullptr;
        if (row && !entries->lockReason(false, row->userId).isEmpty())
            ++othersLocked;
        else if (row && !entries->lockReason(row->exported).isEmpty())
            ++locked;
        else
            deletable.append(id);
    }
    QString text = tr("Delete %n entry/entries?", nullptr, int(deletable.size()));
    if (locked > 0)
        text += QLatin1Char(' ') + tr("%n exported entry/entries cannot be deleted and will stay.", nullptr, locked);
    if (othersLocked > 0)
        text += QLatin1Char(' ') + tr("%n entry/entries of other users cannot be deleted and will stay.", nullptr, othersLocked);
    if (deletable.isEmpty()) {
        showStatus(m_view, locked > 0 ? tr("%n exported entry/entries cannot be deleted: they are locked.", nullptr, locked)
                                      : tr("%n entry/entries of other users cannot be deleted: you may not change them.",
                                           nullptr, othersLocked));
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete entries"), text, QMessageBox::Cancel, m_view->window());
    m_confirm->setObjectName(QStringLiteral("deleteConfirmation"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm->setInformativeText(tr("Ctrl+Z creates them again (with new ids)."));
    QPushButton *yes = m_confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    m_confirm->setDefaultButton(yes);
    connect(m_confirm, &QMessageBox::finished, this, [this, yes, deletable] {
        const bool confirmed = m_confirm && m_confirm->clickedButton() == yes;
        m_confirm = nullptr;
        if (confirmed) {
            QList<Timesheet> known;
            for (const int id : deletable)
                known.append(lastKnown(id));
            m_core->entries()->remove(deletable, known);
        }
        updateEnabled();
    });
    updateEnabled();
    m_confirm->open();
}

void TimesheetActions::copyRows()
{
    if (!m_model)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &r : selected)
        rows.append(r.row());
    std::sort(rows.begin(), rows.end());
    QList<TimesheetModel::Row> data;
    for (const int r : std::as_const(rows)) {
        if (const TimesheetModel::Row *row = m_model->rowAt(r))
            data.append(*row);
    }
    if (data.isEmpty())
        return;
    QApplication::clipboard()->setText(
        TimesheetExport::tabSeparated(data, m_core->catalog()->names(), m_core->session()->serverNow(), QLocale()));
    showStatus(m_view, tr("%n row(s) copied.", nullptr, int(data.size())));
}

} // namespace kd
