#pragma once

// Steps the entry editor's GUI tests share: open the Timesheets tab with rows in it, find the open
// entry editor, pick an item in a picker field with the keyboard only.

#include "models/pickermodel.h"
#include "ui/entrydialog.h"
#include "ui/mainwindow.h"
#include "ui/pickerfield.h"
#include "ui/timesheetstab.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QTableView>
#include <QTest>

namespace kd::test {

// Shows the Timesheets tab and waits until its first page has rows (nullptr if it does not).
inline TimesheetsTab *openTimesheets(MainWindow *window)
{
    window->showTab(QStringLiteral("timesheets"));
    auto *tab = qobject_cast<TimesheetsTab *>(window->tab(QStringLiteral("timesheets")));
    if (!tab || !QTest::qWaitFor([tab] { return tab->isLoaded() && tab->view()->model()->rowCount() > 0; }, 15000))
        return nullptr;
    return tab;
}

inline EntryDialog *openEntryDialog(const MainWindow *window)
{
    return window->findChild<EntryDialog *>(QStringLiteral("entryDialog"));
}

// Picks `id` in a picker field with the keyboard: type a part of its name, move to it, Enter.
inline bool pickWithKeys(PickerField *field, int id, const QString &typed)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, typed);
    QAbstractItemView *popup = field->popupCompleter()->popup();
    if (!QTest::qWaitFor([popup] { return popup->isVisible(); }, 5000))
        return false;
    const int row = field->model()->rowOfId(id);
    if (row < 0)
        return false;
    for (int r = 0; r < row; ++r)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    return field->currentId() == id;
}

} // namespace kd::test
