// The timer in the window: the start dialog (type-to-search pickers, global activities, Ctrl+Enter,
// Kimai's validation messages next to the field), the timer bar ticking, the window title, Stop,
// editing the running entry, Restart from the Timesheets tab, and the tray menu.

#include "support/appfixture.h"
#include "ui/startdialog.h"
#include "ui/timerbar.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestGuiTimer : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;

    StartDialog *openStart()
    {
        app->window->openStartDialog();
        auto *dialog = app->window->findChild<StartDialog *>(QStringLiteral("startDialog"));
        if (dialog)
            QTRY_VERIFY_WITH_TIMEOUT(dialog->customerBox()->count() > 0, 10000);
        return dialog;
    }

    // A visible project with an own activity, by name.
    QPair<const Project *, const Activity *> someWork() const
    {
        for (const Project &p : app->catalog->projects()->items()) {
            const Customer *c = app->catalog->customer(p.customerId);
            if (!p.visible || (c && !c->visible) || (p.end.isValid() && p.end < QDate::currentDate())
                || (p.start.isValid() && p.start > QDate::currentDate()))
                continue;
            for (const Activity &a : app->catalog->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    return {&p, &a};
            }
        }
        return {nullptr, nullptr};
    }

private Q_SLOTS:
};
