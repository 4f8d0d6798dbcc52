// The timer in the window: the start dialog (type-to-search pickers, global activities, Ctrl+Enter,
// Kimai's validation messages next to the field), the timer bar ticking, the window title, Stop,
// editing the running entry, Restart from the Timesheets tab, and the tray menu.

#include "session/commandline.h"
#include "session/commandrunner.h"
#include "support/appfixture.h"
#include "ui/shell.h"
#include "ui/startdialog.h"
#include "ui/timerbar.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
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
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->customerBox()->count() > 0; }, 10000))
            return nullptr;
        return dialog;
    }

    // A visible project with an own activity, by name.
    QPair<const Project *, const Activity *> someWork() const
    {
        for (const Project &p : app->catalog->projects()->items()) {
            const Customer *c = app->catalog->customer(p.customerId);
            if (!p.visible || (c && !c->visible) || (p.end.isValid() && p.end < app->session->userToday())
                || (p.start.isValid() && p.start > app->session->userToday()))
                continue;
            for (const Activity &a : app->catalog->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    return {&p, &a};
            }
        }
        return {nullptr, nullptr};
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(app->logIn());
        QTRY_VERIFY_WITH_TIMEOUT(app->timer->activeKnown(), 10000);
        app->catalog->ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(app->catalog->isComplete(), 10000);
    }
    void cleanup() { app.reset(); }

    void startWithTheKeyboardOnly()
    {
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        StartDialog *dialog = openStart();
        QVERIFY(dialog);
        // Type a part of the project name (matching anywhere), pick it, then the activity.
        const QString part = project->name.mid(1, 5);
        dialog->activateWindow();
        dialog->projectBox()->setFocus();
        QTest::keyClicks(dialog->projectBox()->lineEdit(), part);
        QCompleter *completer = dialog->projectBox()->completer();
        QCOMPARE(completer->completionPrefix(), part);
        QVERIFY2(completer->completionCount() >= 1,
                 qPrintable(QStringLiteral("customer %7 '%8'; items %1, model rows %2, part '%3', first '%4', filter %5 sorting %6")
                                .arg(dialog->projectBox()->count())
                                .arg(completer->model()->rowCount())
                                .arg(part, dialog->projectBox()->itemText(0))
                                .arg(int(completer->filterMode()))
                                .arg(int(completer->modelSorting()))
                                .arg(dialog->customerBox()->currentIndex())
                                .arg(dialog->customerBox()->currentText())));
        bool offered = false;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            offered = offered || completer->currentCompletion() == dialog->projectBox()->itemText(dialog->projectBox()->findData(project->id));
        }
        QVERIFY(offered);   // found by a part from the middle of the name
        dialog->projectBox()->lineEdit()->setText(dialog->projectBox()->itemText(dialog->projectBox()->findData(project->id)));
        Q_EMIT dialog->projectBox()->lineEdit()->editingFinished();
        // The project's own activities and the global ones are offered.
        bool global = false;
        bool own = false;
        for (int i = 0; i < dialog->activityBox()->count(); ++i) {
            const Activity *a = app->catalog->activity(dialog->activityBox()->itemData(i).toInt());
            QVERIFY(a);
            global = global || a->isGlobal();
            own = own || (a->projectId && *a->projectId == project->id);
        }
        QVERIFY(own);
        QVERIFY(global);
        QTest::keyClicks(dialog->activityBox()->lineEdit(), activity->name);
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Planning the sprint"));
        QSignalSpy started(app->timer, &TimerController::started);
        QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(started.wait(10000));
        QCOMPARE(started.first().first().value<Timesheet>().projectId, project->id);
        QCOMPARE(started.first().first().value<Timesheet>().activityId, activity->id);
        QTRY_VERIFY(!app->window->findChild<StartDialog *>(QStringLiteral("startDialog")) || !dialog->isVisible());
        QCOMPARE(app->demo.server->runningCount(), 1);
    }

    void timerBarTicksAndStops()
    {
        const auto [project, activity] = someWork();
        TimerController::StartRequest r;
        r.project = project->id;
        r.activity = activity->id;
        r.description = QStringLiteral("Ticking");
        QSignalSpy started(app->timer, &TimerController::started);
        app->timer->start(r);
        QVERIFY(started.wait(10000));
        TimerBar *bar = app->window->timerBar();
        QTRY_VERIFY(bar->stopButton() != nullptr);
        QTRY_VERIFY(bar->summaryText().contains(QStringLiteral("Ticking")));
        QVERIFY(bar->summaryText().contains(project->name));
        const QString first = bar->elapsedText();
        QVERIFY(first.startsWith(QStringLiteral("0:00:0")));
        QTRY_VERIFY_WITH_TIMEOUT(bar->elapsedText() != first, 3000);   // it ticks
        QTRY_VERIFY(app->window->windowTitle().startsWith(QStringLiteral("⏱ 0:00:")));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/timer-running.png")));
        QSignalSpy stopped(app->timer, &TimerController::stopped);
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        QVERIFY(stopped.wait(10000));
        QTRY_VERIFY(bar->stopButton() == nullptr);
        QTRY_VERIFY(bar->summaryText().contains(QStringLiteral("No timer running")));
        QVERIFY(!app->window->windowTitle().startsWith(QStringLiteral("⏱")));
        QCOMPARE(app->demo.server->runningCount(), 0);
    }

    void validationMessagesNextToTheField()
    {
        const auto [project, activity] = someWork();
        StartDialog *dialog = openStart();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);   // nothing chosen
        QVERIFY(!dialog->fieldError(QStringLiteral("project")).isEmpty());
        QVERIFY(!dialog->fieldError(QStringLiteral("activity")).isEmpty());
        QCOMPARE(app->demo.server->runningCount(), 0);
        // Kimai refuses the project (hidden meanwhile, say): its message appears at the project.
        demo::Fault refuse;
        refuse.method = "POST";
        refuse.pathRegex = QStringLiteral("^/api/timesheets$");
        refuse.action = demo::Fault::Action::Status;
        refuse.status = 400;
        refuse.body = R"({"code":400,"message":"Validation Failed","errors":{"children":{"project":{"errors":["The selected choice is invalid."]},"activity":{},"description":{}}}})";
        app->demo.server->addFault(refuse);
        dialog->preselect(project->id, activity->id);
        QSignalSpy failed(app->timer, &TimerController::operationFailed);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(dialog->fieldError(QStringLiteral("project")), QStringLiteral("The selected choice is invalid."));
        QVERIFY(dialog->isVisible());   // nothing lost: the dialog stays with what was typed
    }

    void editTheRunningEntry()
    {
        const auto [project, activity] = someWork();
        TimerController::StartRequest r;
        r.project = project->id;
        r.activity = activity->id;
        QSignalSpy started(app->timer, &TimerController::started);
        app->timer->start(r);
        QVERIFY(started.wait(10000));
        const int id = app->timer->active().first().id;
        app->window->openEditDialog(id);
        auto *dialog = app->window->findChild<StartDialog *>(QStringLiteral("editDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->projectBox()->isEnabled());
        // The hint speaks of saving, not of starting.
        QStringList hints;
        for (const QLabel *l : dialog->findChildren<QLabel *>())
            hints.append(l->text());
        QVERIFY(!hints.join(QLatin1Char('\n')).contains(QStringLiteral("starts")));
        QVERIFY(hints.join(QLatin1Char('\n')).contains(QStringLiteral("saves")));
        dialog->descriptionEdit()->clear();
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Renamed while running"));
        QSignalSpy updated(app->timer, &TimerController::updated);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(updated.wait(10000));
        QTRY_COMPARE(app->timer->active().value(0).description, QStringLiteral("Renamed while running"));
    }

    // Notifications only for what the person cannot see happening: a start made in the window gets
    // none; a stop chosen in the tray and a start from the command line get one each.
    void notificationsOnlyForWhatIsNotSeen()
    {
        QSignalSpy notified(app->shell.get(), &Shell::notified);
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        TimerController::StartRequest r;
        r.project = project->id;
        r.activity = activity->id;
        QSignalSpy started(app->timer, &TimerController::started);
        app->timer->start(r);   // as the window's Start dialog does
        QVERIFY(started.wait(10000));
        QCOMPARE(notified.count(), 0);

        QTRY_VERIFY(!app->timer->isBusy());
        QMenu *menu = app->shell->tray()->menu();
        QAction *stop = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QStringLiteral("Stop: ")))
                stop = a;
        }
        QVERIFY(stop);
        QSignalSpy stopped(app->timer, &TimerController::stopped);
        stop->trigger();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().first().toString(), QStringLiteral("Timer stopped"));

        QTRY_VERIFY(!app->timer->isBusy());
        CommandLine command;
        command.command = CommandLine::Command::Start;
        command.project = QString::number(project->id);
        command.activity = QString::number(activity->id);
        QSignalSpy finished(app->core->commands(), &CommandRunner::finished);
        app->core->commands()->run(command);
        QVERIFY(finished.wait(15000));
        QCOMPARE(notified.count(), 2);
        QCOMPARE(notified.last().first().toString(), QStringLiteral("Timer started"));
    }

    void trayMenuHasEverything()
    {
        TrayIcon tray(app->timer, app->session);
        QTRY_VERIFY_WITH_TIMEOUT(!app->timer->recent().isEmpty(), 10000);
        auto texts = [&tray] {
            QStringList t;
            for (QAction *a : tray.menu()->actions())
                t.append(a->text());
            return t;
        };
        QTRY_VERIFY(texts().contains(QStringLiteral("Start…")));
        QVERIFY(texts().contains(QStringLiteral("Show window")));
        QVERIFY(texts().contains(QStringLiteral("Quit")));
        QVERIFY(texts().contains(QStringLiteral("Restart")));
        QVERIFY(tray.toolTip().contains(QStringLiteral("No timer running")));
        QVERIFY(tray.toolTip().contains(QStringLiteral("Today:")));
        QMenu *restart = nullptr;
        for (QAction *a : tray.menu()->actions()) {
            if (a->menu())
                restart = a->menu();
        }
        QVERIFY(restart);
        QVERIFY(!restart->actions().isEmpty());
        QVERIFY(restart->actions().size() <= 5);
        // Restart the first recent entry from the tray; then the menu offers Stop for it.
        QSignalSpy started(app->timer, &TimerController::started);
        restart->actions().first()->trigger();
        QVERIFY(started.wait(10000));
        QTRY_VERIFY(texts().first().startsWith(QStringLiteral("Stop: ")));
        // Hours and minutes: the tooltip is updated once a minute while hidden.
        QTRY_VERIFY(tray.toolTip().contains(QStringLiteral("0:00 — ")));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            tray.menu()->adjustSize();
            QVERIFY(tray.menu()->grab().save(dir + QStringLiteral("/tray-menu.png")));
            restart->adjustSize();
            QVERIFY(restart->grab().save(dir + QStringLiteral("/tray-menu-restart.png")));
        }
        QSignalSpy stopped(app->timer, &TimerController::stopped);
        tray.menu()->actions().first()->trigger();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(app->demo.server->runningCount(), 0);
    }
};

QTEST_MAIN(TestGuiTimer)
#include "tst_gui_timer.moc"
