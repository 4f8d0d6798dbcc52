// Working offline in the window: the status bar says "Offline — n changes waiting" with "Retry now",
// the timer bar and the Timesheets tab mark what is not yet in Kimai (with a tooltip), the "Needs
// attention" list offers each conflict's choices and carries them out (stop the other timer, edit and
// retry, discard), and a token refused during the replay brings back the login while the changes wait.
// With KD_SCREENSHOT_DIR set, the offline status and the "Needs attention" list are saved as images.

#include "models/roles.h"
#include "session/offlinework.h"
#include "support/appfixture.h"
#include "ui/entrydialog.h"
#include "ui/entrytimesbox.h"
#include "ui/loginpage.h"
#include "ui/offlinechangesdialog.h"
#include "ui/offlinestatus.h"
#include "ui/pickerfield.h"
#include "ui/retryeditor.h"
#include "ui/timerbar.h"
#include "ui/timesheetactions.h"
#include "ui/timesheetstab.h"

#include <QDateTimeEdit>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

class TestGuiOffline : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;
    int project = 0;
    int activity = 0;

    void serverDown()
    {
        demo::Fault down;
        down.action = demo::Fault::Action::DropBeforeHandling;
        down.times = -1;
        app->demo.server->addFault(down);
    }

    Timesheet startTimer(const QString &description)
    {
        TimerController::StartRequest r;
        r.project = project;
        r.activity = activity;
        r.description = description;
        QSignalSpy started(app->timer, &TimerController::started);
        app->timer->start(r);
        if (started.isEmpty() && !started.wait(15000))
            return {};
        return started.first().first().value<Timesheet>();
    }

    OfflineChangesDialog *openChanges()
    {
        OfflineStatus *status = app->window->offlineStatus();
        if (!status->changesButton()->isVisible())
            return nullptr;
        QTest::mouseClick(status->changesButton(), Qt::LeftButton);
        return app->window->findChild<OfflineChangesDialog *>();
    }

    bool settled() const
    {
        OfflineWork *o = app->core->offline();
        return QTest::qWaitFor([o] { return o->waitingCount() == 0 && !o->isReplaying(); }, 20000);
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        app->core->offline()->setJournalFolder(app->dir.path());
        app->core->offline()->setRetryDelays(100, 400);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(app->logIn());
        QTRY_VERIFY_WITH_TIMEOUT(app->timer->activeKnown(), 10000);
        app->catalog->ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(app->catalog->isComplete(), 10000);
        project = activity = 0;
        for (const Project &p : app->catalog->projects()->items()) {
            for (const Activity &a : app->catalog->activities()->items()) {
                if (!project && p.visible && a.visible && a.projectId && *a.projectId == p.id) {
                    project = p.id;
                    activity = a.id;
                }
            }
        }
        QVERIFY(project && activity);
    }
    void cleanup() { app.reset(); }

    void offlineStatusAndUnsentMarks()
    {
        auto *sheets = qobject_cast<TimesheetsTab *>(app->window->tab(QStringLiteral("timesheets")));
        QVERIFY(sheets);
        app->window->showTab(QStringLiteral("timesheets"));
        QTRY_VERIFY_WITH_TIMEOUT(sheets->isLoaded(), 10000);
        OfflineStatus *status = app->window->offlineStatus();
        QVERIFY(!status->isVisible());   // nothing to say while everything is in Kimai

        serverDown();
        const Timesheet local = startTimer(QStringLiteral("On the train"));
        QVERIFY(OfflineWork::isLocal(local.id));
        // The timer runs here, marked, with a tooltip that says what that means.
        TimerBar *bar = app->window->timerBar();
        QTRY_VERIFY(bar->stopButton() != nullptr);
        QVERIFY(bar->summaryText().contains(QStringLiteral("On the train")));
        auto *mark = bar->findChild<QLabel *>(QStringLiteral("unsentMark"));
        QVERIFY(mark);
        QCOMPARE(mark->text(), QStringLiteral("not yet in Kimai"));
        QVERIFY(mark->toolTip().contains(QStringLiteral("could not be reached")));
        // The status bar: offline, how many changes wait, Retry now.
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(QStringLiteral("Offline — 1 change")), 10000);
        QVERIFY(status->retryButton()->isVisible());
        QVERIFY(app->window->statusText().contains(QStringLiteral("Offline")));
        screenshot(app->window, QStringLiteral("offline-status.png"));

        // Stopped while offline: the Timesheets tab lists it with the mark.
        QSignalSpy stopped(app->timer, &TimerController::stopped);
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        QCOMPARE(stopped.count(), 1);
        QTRY_VERIFY(status->text().contains(QStringLiteral("Offline — 2 change")));
        TimesheetModel *model = app->timesheets->model();
        const int row = model->rowOfId(local.id);
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, 0).data(UnsentRole).toBool());
        QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not yet in Kimai")));
        QVERIFY(model->index(row, 0).data(Qt::DecorationRole).isValid());
        screenshot(app->window, QStringLiteral("offline-timesheets.png"));

        // Kimai is back: Retry now sends both, the marks go, the row has Kimai's id.
        app->demo.server->clearFaults();
        QTest::mouseClick(status->retryButton(), Qt::LeftButton);
        QVERIFY(settled());
        QTRY_VERIFY(!status->isVisible());
        QCOMPARE(model->rowOfId(local.id), -1);
        const QList<int> ids = app->demo.server->runningIds();
        QVERIFY(ids.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bar->summaryText().contains(QStringLiteral("No timer running")), 10000);
        int replayedRow = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, int(TimesheetModel::Column::Description)).data().toString() == QLatin1String("On the train"))
                replayedRow = r;
        }
        QVERIFY(replayedRow >= 0);
        QVERIFY(model->rowAt(replayedRow)->id > 0);
        QVERIFY(!model->index(replayedRow, 0).data(UnsentRole).toBool());
        QVERIFY(app->window->statusText().contains(QStringLiteral("Connected")));
    }

    // The editor on the train: an entry corrected and another deleted while Kimai cannot be reached.
    // The dialog says it edits the list's copy; the rows change at once, with the mark; the status bar
    // says the changes are kept; Kimai gets both when it answers.
    void editAndDeleteFromTheListWhileKimaiIsDown()
    {
        auto *sheets = qobject_cast<TimesheetsTab *>(app->window->tab(QStringLiteral("timesheets")));
        QVERIFY(sheets);
        app->window->showTab(QStringLiteral("timesheets"));
        QTRY_VERIFY_WITH_TIMEOUT(sheets->isLoaded(), 10000);
        TimesheetModel *model = app->timesheets->model();
        QList<int> rows;
        const auto editable = [model, &rows] {
            rows.clear();
            for (int r = 0; r < model->rowCount() && rows.size() < 2; ++r) {
                if (!model->rowAt(r)->running() && !model->rowAt(r)->exported)
                    rows.append(r);
            }
            return rows.size() == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(editable(), 10000);
        const TimesheetModel::Row fix = *model->rowAt(rows.at(0));
        const TimesheetModel::Row drop = *model->rowAt(rows.at(1));
        serverDown();

        QTableView *view = sheets->view();
        view->setFocus();
        view->selectRow(model->rowOfId(fix.id));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(app->window->findChild<EntryDialog *>(QStringLiteral("entryDialog")));
        QPointer<EntryDialog> dialog = app->window->findChild<EntryDialog *>(QStringLiteral("entryDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
        QVERIFY2(dialog->bannerText().contains(QStringLiteral("cannot be reached")), qPrintable(dialog->bannerText()));
        QCOMPARE(dialog->projectField()->currentId(), fix.projectId);
        QLineEdit *duration = dialog->timesBox()->field(QStringLiteral("duration"));
        duration->setFocus();
        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("+15m"));
        QVERIFY(dialog->timesBox()->isValid());
        screenshot(dialog, QStringLiteral("offline-editor.png"));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        const int fixedRow = model->rowOfId(fix.id);
        QVERIFY(fixedRow >= 0);
        QCOMPARE(model->rowAt(fixedRow)->endMs, fix.endMs + 15 * 60 * 1000);
        QTRY_VERIFY(model->index(fixedRow, 0).data(UnsentRole).toBool());
        QTRY_VERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("kept and sent")));

        // Delete, after the one question: the row goes, the delete waits.
        // (The offscreen platform does not give the activation back when the editor closes.)
        app->window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(app->window));
        view->setFocus();
        view->clearSelection();
        view->selectRow(model->rowOfId(drop.id));
        QCOMPARE(sheets->actions()->selectedIds(), QList<int>{drop.id});
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *confirm = sheets->actions()->confirmation();
        QVERIFY(confirm);
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_COMPARE(model->rowOfId(drop.id), -1);
        OfflineStatus *status = app->window->offlineStatus();
        QTRY_VERIFY2_WITH_TIMEOUT(status->isVisible() && status->text().contains(QStringLiteral("2 change")), qPrintable(status->text()), 10000);
        QVERIFY(app->demo.server->timesheet(drop.id));
        screenshot(app->window, QStringLiteral("offline-edited.png"));

        app->demo.server->clearFaults();
        QTest::mouseClick(status->retryButton(), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(app->demo.server->timesheet(fix.id)->end * 1000, fix.endMs + 15 * 60 * 1000);
        QVERIFY(!app->demo.server->timesheet(drop.id));
        QTRY_VERIFY(!model->index(model->rowOfId(fix.id), 0).data(UnsentRole).toBool());
    }

    void needsAttentionOffersTheChoices()
    {
        // Someone starts a timer in Kimai's web page; this client does not know it yet.
        TimesheetForm theirs;
        theirs.project = project;
        theirs.activity = activity;
        theirs.description = QStringLiteral("Started in the browser");
        theirs.begin = app->clock.now().addSecs(-3 * 3600);
        auto *reply = app->demo.client->createTimesheet(theirs);
        QVERIFY(waitFor(reply) && reply->ok());
        const int theirId = reply->result().id;
        delete reply;

        serverDown();
        const QDateTime mine = app->session->serverNow();
        const Timesheet local = startTimer(QStringLiteral("Started offline"));
        QVERIFY(OfflineWork::isLocal(local.id));
        const qint64 action = -local.id;
        app->demo.server->clearFaults();
        app->core->offline()->retryNow();
        // The replay finds the other timer: a decision for a person, shown in the status bar.
        OfflineStatus *status = app->window->offlineStatus();
        QTRY_VERIFY_WITH_TIMEOUT(app->core->offline()->attentionCount() == 1, 15000);
        QTRY_VERIFY(status->changesButton()->isVisible());
        QCOMPARE(status->changesButton()->text(), QStringLiteral("Needs attention…"));
        QVERIFY(status->text().contains(QStringLiteral("need attention")));
        OfflineChangesDialog *dialog = openChanges();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStringList texts = dialog->attentionTexts();
        QCOMPARE(texts.size(), 1);
        QVERIFY(texts.first().contains(QStringLiteral("Another timer is running in Kimai")));
        QVERIFY2(texts.first().contains(QStringLiteral("Started offline")), qPrintable(texts.first()));
        QVERIFY(texts.first().contains(QStringLiteral("entry %1").arg(theirId)));
        // Hard limit 1: "keep both" is not offered; stop theirs (it began earlier) and discard are.
        QVERIFY(!dialog->choiceButton(action, QStringLiteral("keep_both")));
        QVERIFY(dialog->choiceButton(action, QStringLiteral("stop_theirs")));
        QVERIFY(dialog->choiceButton(action, QStringLiteral("discard")));
        dialog->resize(720, 360);
        screenshot(dialog, QStringLiteral("needs-attention.png"));

        QTest::mouseClick(dialog->choiceButton(action, QStringLiteral("stop_theirs")), Qt::LeftButton);
        QVERIFY(settled());
        QTRY_COMPARE(app->core->offline()->attentionCount(), 0);
        QTRY_VERIFY(dialog->attentionTexts().isEmpty());
        // Theirs ended when mine began; mine runs in Kimai.
        const QList<int> running = app->demo.server->runningIds();
        QCOMPARE(running.size(), 1);
        QVERIFY(running.first() != theirId);
        auto *check = app->demo.client->timesheet(theirId);
        QVERIFY(waitFor(check) && check->ok());
        QCOMPARE(check->result().end.toSecsSinceEpoch() / 60, (mine.toSecsSinceEpoch() + 59) / 60);
        delete check;
    }

    void refusedChangeCanBeEditedAndRetried()
    {
        serverDown();
        const Timesheet local = startTimer(QStringLiteral("Typo in here"));
        const qint64 action = -local.id;
        app->demo.server->clearFaults();
        demo::Fault refuse;
        refuse.method = "POST";
        refuse.pathRegex = QStringLiteral("^/api/timesheets$");
        refuse.action = demo::Fault::Action::Status;
        refuse.status = 400;
        refuse.body = R"({"code":400,"message":"Validation Failed","errors":{"children":{"description":{"errors":["This value is not valid."]}}}})";
        app->demo.server->addFault(refuse);
        app->core->offline()->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(app->core->offline()->attentionCount() == 1, 15000);
        OfflineChangesDialog *dialog = openChanges();
        QVERIFY(dialog);
        QVERIFY(dialog->attentionTexts().value(0).contains(QStringLiteral("Refused by Kimai")));
        QVERIFY(dialog->attentionTexts().value(0).contains(QStringLiteral("not valid")));
        QVERIFY(dialog->choiceButton(action, QStringLiteral("discard")));
        QSignalSpy opened(dialog, &OfflineChangesDialog::retryEditorOpened);
        QTest::mouseClick(dialog->choiceButton(action, QStringLiteral("retry")), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *editor = qobject_cast<RetryEditor *>(opened.first().first().value<QDialog *>());
        QVERIFY(editor);
        QVERIFY(editor->descriptionEdit());
        QCOMPARE(editor->descriptionEdit()->text(), QStringLiteral("Typo in here"));
        QVERIFY(editor->beginEdit());
        // The begin is shown in the Kimai user's timezone; untouched, it is not part of the edit.
        const QDateTime shown = local.begin.toTimeZone(app->session->userZone());
        QCOMPARE(editor->beginEdit()->date(), shown.date());
        QCOMPARE(editor->beginEdit()->time().minute(), shown.time().minute());
        QVERIFY(!editor->edited().begin);
        editor->descriptionEdit()->setText(QStringLiteral("Fixed in here"));
        editor->accept();
        QVERIFY(settled());
        QCOMPARE(app->core->offline()->attentionCount(), 0);
        const QList<int> running = app->demo.server->runningIds();
        QCOMPARE(running.size(), 1);
        auto *check = app->demo.client->timesheet(running.first());
        QVERIFY(waitFor(check) && check->ok());
        QCOMPARE(check->result().description, QStringLiteral("Fixed in here"));
        QCOMPARE(check->result().begin.toSecsSinceEpoch(), local.begin.toSecsSinceEpoch());
        delete check;
    }

    void discardIsAPersonsChoice()
    {
        serverDown();
        const Timesheet local = startTimer(QStringLiteral("Not wanted"));
        const qint64 action = -local.id;
        app->demo.server->clearFaults();
        demo::Fault refuse;
        refuse.method = "POST";
        refuse.pathRegex = QStringLiteral("^/api/timesheets$");
        refuse.action = demo::Fault::Action::Status;
        refuse.status = 403;
        refuse.body = R"({"code":403,"message":"Forbidden"})";
        app->demo.server->addFault(refuse);
        const int before = app->demo.server->timesheetCount();
        app->core->offline()->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(app->core->offline()->attentionCount() == 1, 15000);
        // It stays (shown, marked) until a person decides.
        QVERIFY(app->timer->isRunning());
        QVERIFY(app->timer->hasUnsentChanges(local.id));
        OfflineChangesDialog *dialog = openChanges();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->choiceButton(action, QStringLiteral("discard")), Qt::LeftButton);
        QTRY_COMPARE(app->core->offline()->attentionCount(), 0);
        QTRY_VERIFY(!app->timer->isRunning());
        QVERIFY(!app->window->offlineStatus()->isVisible());
        QCOMPARE(app->demo.server->timesheetCount(), before);
    }

    void refusedTokenBringsBackTheLogin()
    {
        serverDown();
        QVERIFY(OfflineWork::isLocal(startTimer(QStringLiteral("Waits for a login")).id));
        app->demo.server->clearFaults();
        demo::Fault revoked;
        revoked.action = demo::Fault::Action::Status;
        revoked.status = 401;
        revoked.body = R"({"code":401,"message":"Unauthorized"})";
        revoked.times = -1;
        app->demo.server->addFault(revoked);
        app->core->offline()->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(!app->session->isActive(), 15000);
        QTRY_VERIFY(app->window->loginPage()->isVisible());
        QVERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("Log in again")));
        // The change waited: after the next login it goes out.
        app->demo.server->clearFaults();
        QVERIFY(app->logIn());
        QVERIFY(settled());
        QTRY_COMPARE_WITH_TIMEOUT(app->demo.server->runningCount(), 1, 10000);
    }
};

QTEST_MAIN(TestGuiOffline)
#include "tst_gui_offline.moc"
