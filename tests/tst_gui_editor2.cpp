// More of correcting time in the window (offscreen, the whole app against the demo server; the
// first part is tst_gui_editor): Continue restarts a finished row now, a double-click or Enter on a
// row opens its editor, the week view's previous/next/this-week buttons and their totals against
// the server's entries, New entry from the tray menu and the timer bar, the break field (Kimai
// 2.45: saved and not worked time; 2.28: hidden and not sent), the duration_fixed_begin mode (times
// locked, saying why), Kimai's per-field message shown at its field, and the week view's layout
// with the chart open.
//
// With KD_SCREENSHOT_DIR set, the week view with its week and month charts and the editor with
// Kimai's message at the end field are saved as images.

#include "models/pickermodel.h"
#include "models/weeksummarymodel.h"
#include "session/entrycontroller.h"
#include "session/periodloader.h"
#include "support/appfixture.h"
#include "support/editorsteps.h"
#include "ui/entrydialog.h"
#include "ui/entrytimesbox.h"
#include "ui/hourschart.h"
#include "ui/pickerfield.h"
#include "ui/timerbar.h"
#include "ui/timesheetactions.h"
#include "ui/timesheetstab.h"
#include "ui/trayicon.h"
#include "ui/weekview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

class TestGuiEditor2 : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;
    const QTimeZone berlin{QByteArrayLiteral("Europe/Berlin")};

    bool start(demo::DemoOptions options = DemoFixture::defaultOptions())
    {
        app = std::make_unique<AppFixture>(options);
        if (!app->demo.started)
            return false;
        app->window->show();
        app->window->activateWindow();   // the keys of the window and its tabs are shortcuts
        if (!QTest::qWaitForWindowActive(app->window) || !app->logIn())
            return false;
        app->catalog->ensureLoaded();
        return QTest::qWaitFor([this] { return app->catalog->isComplete() && app->timer->activeKnown(); }, 15000);
    }

    // Stops what runs on the server (elsewhere) and waits until the app knows.
    bool stopEverything()
    {
        for (const int id : app->demo.server->runningIds()) {
            auto *stop = app->demo.client->stopTimesheet(id);
            const bool ok = waitFor(stop) && stop->ok();
            delete stop;
            if (!ok)
                return false;
        }
        app->timer->refreshActive();
        return QTest::qWaitFor([this] { return !app->timer->isRunning(); }, 10000);
    }

    TimesheetsTab *timesheetsTab() { return openTimesheets(app->window); }
    EntryDialog *entryDialog() const { return openEntryDialog(app->window); }
    bool pick(PickerField *field, int id, const QString &typed) { return pickWithKeys(field, id, typed); }

    bool usable(const Project *p, const QDate &day) const
    {
        const Customer *c = p ? app->catalog->customer(p->customerId) : nullptr;
        return p && p->visible && (!c || c->visible) && (!p->end.isValid() || p->end >= day)
            && (!p->start.isValid() || p->start <= day);
    }

    // A visible project running this week, with an activity of its own.
    QPair<const Project *, const Activity *> someWork() const
    {
        const QDate today = app->session->userToday();
        for (const Project &p : app->catalog->projects()->items()) {
            if (!usable(&p, today.addDays(-7)) || !usable(&p, today))
                continue;
            for (const Activity &a : app->catalog->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    return {&p, &a};
            }
        }
        return {nullptr, nullptr};
    }

    // A stopped row whose project and activity can still be worked on today (Continue needs that).
    int continuableRow() const
    {
        const TimesheetModel *model = app->timesheets->model();
        const QDate today = app->session->userToday();
        for (int r = 0; r < model->rowCount(); ++r) {
            const TimesheetModel::Row *row = model->rowAt(r);
            const Activity *a = app->catalog->activity(row->activityId);
            if (!row->running() && row->id > 0 && usable(app->catalog->project(row->projectId), today) && a && a->visible)
                return r;
        }
        return -1;
    }

    int editableRow() const
    {
        const TimesheetModel *model = app->timesheets->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->rowAt(r)->running() && !model->rowAt(r)->exported)
                return r;
        }
        return -1;
    }

    // The server's worked seconds per day of the week starting at `first` (stopped entries).
    QList<qint64> serverDaySums(const QDate &first) const
    {
        QList<qint64> sums(7, 0);
        const demo::DemoServer &server = *app->demo.server;
        for (const int id : server.timesheetIds()) {
            const auto t = server.timesheet(id);
            const qint64 d = first.daysTo(QDateTime::fromSecsSinceEpoch(t->begin, berlin).date());
            if (d >= 0 && d < 7 && !t->running)
                sums[int(d)] += t->duration();
        }
        return sums;
    }

    // The week view shows the week of `first`, loaded, with the server's totals per day.
    void checkWeek(WeekView *week, const QDate &first)
    {
        QTRY_COMPARE(week->firstDay(), first);
        QTRY_VERIFY_WITH_TIMEOUT(week->isLoaded(), 15000);
        const WeekSummaryModel *model = week->model();
        const QList<qint64> sums = serverDaySums(first);
        qint64 total = 0;
        for (int d = 0; d < 7; ++d) {
            QCOMPARE(model->day(d), first.addDays(d));
            QCOMPARE(model->dayTotal(d), sums.at(d));
            total += sums.at(d);
        }
        QCOMPARE(model->weekTotal(), total);
        QVERIFY2(week->titleText().contains(QLocale().toString(first, QLocale::ShortFormat)), qPrintable(week->titleText()));
        // The week was asked of Kimai from its first day.
        bool asked = false;
        for (const demo::ReceivedRequest &r : app->demo.server->requests())
            asked = asked || (r.path == QStringLiteral("/api/timesheets") && r.query.contains(first.toString(Qt::ISODate) + QStringLiteral("T00:00:00")));
        QVERIFY(asked);
    }

    // The body of the last POST /api/timesheets (the list reads the same path afterwards).
    QJsonObject lastPostBody() const
    {
        const QList<demo::ReceivedRequest> all = app->demo.server->requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->method == "POST" && it->path == QStringLiteral("/api/timesheets"))
                return QJsonDocument::fromJson(it->body).object();
        }
        return {};
    }

    // Saves a new entry yesterday 9-12:30 with `breakText` typed in the break field (if shown).
    QPointer<EntryDialog> newEntryYesterday(const QString &breakText)
    {
        const auto [project, activity] = someWork();
        if (!project)
            return nullptr;
        app->window->openEntryDialog();
        QPointer<EntryDialog> dialog = entryDialog();
        if (!dialog || !pick(dialog->projectField(), project->id, project->name.left(6))
            || !pick(dialog->activityField(), activity->id, activity->name.left(4)))
            return nullptr;
        QLineEdit *when = dialog->timesBox()->field(QStringLiteral("when"));
        when->setFocus();
        QTest::keyClicks(when, QStringLiteral("yesterday 9-12:30"));
        if (!breakText.isEmpty()) {
            QLineEdit *pause = dialog->timesBox()->field(QStringLiteral("break"));
            pause->setFocus();
            QTest::keyClicks(pause, breakText);
        }
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("With a break"));
        return dialog;
    }

    int serverEntryYesterday(int project, int activity) const
    {
        const QDate yesterday = app->session->userToday().addDays(-1);
        const qint64 begin = QDateTime(yesterday, QTime(9, 0), berlin).toSecsSinceEpoch();
        const qint64 end = QDateTime(yesterday, QTime(12, 30), berlin).toSecsSinceEpoch();
        for (const int id : app->demo.server->timesheetIds()) {
            const auto t = app->demo.server->timesheet(id);
            if (t->begin == begin && t->end == end && t->project == project && t->activity == activity
                && t->description == QStringLiteral("With a break"))
                return id;
        }
        return 0;
    }

private Q_SLOTS:
    void cleanup() { app.reset(); }

    // Continue on a finished row: Kimai has a new running entry now, with the row's project,
    // activity and description; the row itself stays as it was.
    void continueRestartsAFinishedRowNow()
    {
        QVERIFY(start());
        QVERIFY(stopEverything());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const int row = continuableRow();
        QVERIFY(row >= 0);
        const TimesheetModel::Row was = *app->timesheets->model()->rowAt(row);
        const auto before = app->demo.server->timesheet(was.id);
        QVERIFY(before);
        tab->view()->setFocus();
        tab->view()->selectRow(row);
        QAction *go = tab->actions()->continueEntry();
        QTRY_VERIFY(go->isEnabled());
        const qint64 asked = app->session->serverNow().toSecsSinceEpoch();
        go->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(app->demo.server->runningIds().size(), qsizetype(1), 10000);
        const int id = app->demo.server->runningIds().first();
        QVERIFY(id != was.id);
        const auto t = app->demo.server->timesheet(id);
        QCOMPARE(t->project, was.projectId);
        QCOMPARE(t->activity, was.activityId);
        QCOMPARE(t->description, before->description);
        QCOMPARE(app->demo.server->tagsOf(id), app->demo.server->tagsOf(was.id));
        QVERIFY2(qAbs(t->begin - asked) <= 120, qPrintable(QString::number(t->begin - asked)));   // now (to the minute)
        const demo::ReceivedRequest restart = lastRequest(*app->demo.server, QStringLiteral("/api/timesheets/%1/restart").arg(was.id));
        QCOMPARE(restart.method, QByteArray("PATCH"));
        QVERIFY(restart.body.contains(R"("copy":"all")"));
        QCOMPARE(app->demo.server->timesheet(was.id)->end, before->end);   // the finished one is left alone
        QTRY_VERIFY(app->timer->isRunning());
        QTRY_VERIFY(app->timesheets->model()->rowOfId(id) >= 0);
    }

    // A double-click on a row opens the editor for that entry, and so does Enter.
    void doubleClickOrEnterEditsTheRow()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QTableView *view = tab->view();
        const int row = editableRow();
        QVERIFY(row >= 0);
        const TimesheetModel::Row was = *app->timesheets->model()->rowAt(row);
        const QModelIndex cell = view->model()->index(row, 1);
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        app->demo.server->clearRequests();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(entryDialog());
        QPointer<EntryDialog> dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::Edit);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("#%1").arg(was.id)));
        QCOMPARE(dialog->projectField()->currentId(), was.projectId);
        QCOMPARE(dialog->activityField()->currentId(), was.activityId);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), was.description);
        QCOMPARE(lastRequest(*app->demo.server, QStringLiteral("/api/timesheets/%1").arg(was.id)).method, QByteArray("GET"));
        QCOMPARE(app->window->findChildren<EntryDialog *>().size(), 1);   // one editor, not two
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // Enter on another row.
        const int other = row + 1 < view->model()->rowCount() ? row + 1 : row - 1;
        const TimesheetModel::Row second = *app->timesheets->model()->rowAt(other);
        app->window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(app->window));
        view->setFocus();
        view->selectRow(other);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(entryDialog());
        dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::Edit);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("#%1").arg(second.id)));
        QCOMPARE(dialog->projectField()->currentId(), second.projectId);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    // Previous and next week and "This week" change the week shown and its totals, which are the
    // sums over the server's entries of that week.
    void weekButtonsChangeTheWeekAndItsTotals()
    {
        QVERIFY(start());
        QVERIFY(stopEverything());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        tab->showWeek(true);
        WeekView *week = tab->weekView();
        const QDate thisWeek = WeekSummaryModel::weekStart(app->session->userToday(), app->session->firstDayOfWeek());
        checkWeek(week, thisWeek);
        QVERIFY(week->model()->weekTotal() > 0);

        QTest::mouseClick(week->previousButton(), Qt::LeftButton);
        checkWeek(week, thisWeek.addDays(-7));
        QVERIFY(week->model()->weekTotal() > 0);   // the sample data fills the past weeks
        QTest::mouseClick(week->previousButton(), Qt::LeftButton);
        checkWeek(week, thisWeek.addDays(-14));
        const qint64 twoWeeksAgo = week->model()->weekTotal();
        QTest::mouseClick(week->nextButton(), Qt::LeftButton);
        checkWeek(week, thisWeek.addDays(-7));
        QVERIFY(week->model()->weekTotal() != twoWeeksAgo || serverDaySums(thisWeek.addDays(-7)) == serverDaySums(thisWeek.addDays(-14)));

        QTest::mouseClick(week->thisWeekButton(), Qt::LeftButton);
        checkWeek(week, thisWeek);
        QTest::mouseClick(week->nextButton(), Qt::LeftButton);
        checkWeek(week, thisWeek.addDays(7));
        QCOMPARE(week->model()->weekTotal(), 0);   // nothing next week yet
        QTest::mouseClick(week->thisWeekButton(), Qt::LeftButton);
        checkWeek(week, thisWeek);
    }

    // New entry from the tray menu and from the timer bar: the editor, in New mode, empty.
    void newEntryFromTheTrayAndTheTimerBar()
    {
        QVERIFY(start());
        QVERIFY(stopEverything());
        QMenu *menu = app->shell->tray()->menu();
        QAction *fromTray = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("New entry…"))
                fromTray = a;
        }
        QVERIFY(fromTray);
        QTRY_VERIFY(fromTray->isEnabled());
        fromTray->trigger();
        QTRY_VERIFY(entryDialog());
        QPointer<EntryDialog> dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::New);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New entry"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->projectField()->currentId(), 0);
        QCOMPARE(dialog->activityField()->currentId(), 0);
        QCOMPARE(dialog->timesBox()->times().date(), app->session->userToday());
        QVERIFY(app->window->isVisible());   // the window came to the front with it
        dialog->reject();
        QTRY_VERIFY(!dialog);

        QPushButton *button = app->window->timerBar()->newEntryButton();
        QTRY_VERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(entryDialog());
        dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::New);
        QCOMPARE(dialog->projectField()->currentId(), 0);
        QVERIFY(dialog->saveButton()->isEnabled());
        // Nothing picked: nothing is sent, and the fields say why.
        app->demo.server->clearRequests();
        dialog->submit();
        QVERIFY(!dialog->fieldError(QStringLiteral("project")).isEmpty());
        QVERIFY(!dialog->fieldError(QStringLiteral("activity")).isEmpty());
        for (const demo::ReceivedRequest &r : app->demo.server->requests())
            QVERIFY(r.method != "POST");
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    // Kimai 2.45 with breaks: 30 minutes of break are saved as 1800 s and the duration is 30
    // minutes shorter than begin to end.
    void aBreakOnKimai245IsSavedAndNotWorked()
    {
        QVERIFY(start(DemoFixture::optionsFor(QStringLiteral("2.45"))));
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        QPointer<EntryDialog> dialog = newEntryYesterday(QStringLiteral("30"));
        QVERIFY(dialog);
        QVERIFY(dialog->timesBox()->field(QStringLiteral("break"))->isVisibleTo(dialog));
        QVERIFY(dialog->timesBox()->isValid());
        QCOMPARE(dialog->timesBox()->field(QStringLiteral("duration"))->text(), QStringLiteral("3:00"));
        QCOMPARE(dialog->timesBox()->field(QStringLiteral("end"))->text(), QLocale().toString(QTime(12, 30), QLocale::ShortFormat));
        dialog->submit();
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() + dialog->timesBox()->errorText() : QString()), 15000);
        QCOMPARE(lastPostBody().value(QStringLiteral("break")).toString(), QStringLiteral("0:30"));
        const int id = serverEntryYesterday(project->id, activity->id);
        QVERIFY(id);
        const auto t = app->demo.server->timesheet(id);
        QCOMPARE(t->breakSeconds, 1800);
        QCOMPARE(t->duration(), 3 * 3600);
    }

    // Kimai 2.28 has no breaks: the field is not there and nothing of it is sent.
    void noBreakFieldOnKimai228()
    {
        QVERIFY(start());
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        QPointer<EntryDialog> dialog = newEntryYesterday({});
        QVERIFY(dialog);
        QVERIFY(!dialog->timesBox()->field(QStringLiteral("break"))->isVisibleTo(dialog));
        QCOMPARE(dialog->timesBox()->field(QStringLiteral("duration"))->text(), QStringLiteral("3:30"));
        dialog->submit();
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() : QString()), 15000);
        QVERIFY(!lastPostBody().contains(QStringLiteral("break")));
        const int id = serverEntryYesterday(project->id, activity->id);
        QVERIFY(id);
        QCOMPARE(app->demo.server->timesheet(id)->duration(), 3 * 3600 + 30 * 60);
    }

    // duration_fixed_begin (a plain user): the times are locked and say why; saved, the entry
    // begins at this minute and runs, and no begin or end was sent (Kimai would refuse them).
    void durationFixedBeginLocksTheTimes()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.trackingMode = QStringLiteral("duration_fixed_begin");
        QVERIFY(start(o));
        QVERIFY(stopEverything());
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        app->window->openEntryDialog();
        QPointer<EntryDialog> dialog = entryDialog();
        QVERIFY(dialog);
        EntryTimesBox *times = dialog->timesBox();
        for (const char *name : {"when", "date", "begin", "end", "duration"})
            QVERIFY2(!times->field(QLatin1String(name))->isEnabled(), name);
        QCOMPARE(times->lockText(), app->core->entries()->timesLockedReason());
        QVERIFY2(times->lockText().contains(QStringLiteral("fixed begin")), qPrintable(times->lockText()));
        QVERIFY(times->isVisible());
        QVERIFY(pick(dialog->projectField(), project->id, project->name.left(6)));
        QVERIFY(pick(dialog->activityField(), activity->id, activity->name.left(4)));
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Fixed begin"));
        app->demo.server->clearRequests();
        const qint64 asked = app->session->serverNow().toSecsSinceEpoch();
        dialog->submit();
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() : QString()), 15000);
        const QJsonObject body = lastPostBody();
        QVERIFY(!body.contains(QStringLiteral("begin")) && !body.contains(QStringLiteral("end")));
        QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("Fixed begin"));
        QCOMPARE(app->demo.server->runningIds().size(), qsizetype(1));
        const auto t = app->demo.server->timesheet(app->demo.server->runningIds().first());
        QCOMPARE(t->project, project->id);
        QCOMPARE(t->begin % 60, 0);
        QVERIFY(t->begin >= asked - 60 && t->begin <= asked + 60);
        QTRY_VERIFY(app->timer->isRunning());
    }

    // Kimai's 400 with a message for the end: shown at the end field (marked, with the message)
    // and in the times box, not only as a line in the banner; nothing typed is lost.
    void kimaisMessageForTheEndIsShownAtTheEndField()
    {
        QVERIFY(start());
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        const int before = app->demo.server->timesheetCount();
        demo::Fault refuse;
        refuse.method = "POST";
        refuse.pathRegex = QStringLiteral("^/api/timesheets$");
        refuse.action = demo::Fault::Action::Status;
        refuse.status = 400;
        refuse.body = R"({"code":400,"message":"Validation Failed","errors":{"children":{"begin":{},)"
                      R"("end":{"errors":["End date must not be earlier then start date."]},"project":{},"activity":{},)"
                      R"("description":{},"tags":{}}}})";
        app->demo.server->addFault(refuse);
        QPointer<EntryDialog> dialog = newEntryYesterday({});
        QVERIFY(dialog);
        dialog->submit();
        EntryTimesBox *times = dialog->timesBox();
        const QString message = QStringLiteral("End date must not be earlier then start date.");
        QTRY_VERIFY_WITH_TIMEOUT(times->errorText().contains(message), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(times->field(QStringLiteral("end"))->toolTip().contains(message));   // at the field itself
        QVERIFY(!times->field(QStringLiteral("begin"))->toolTip().contains(message));
        QVERIFY2(!dialog->bannerText().contains(message), qPrintable(dialog->bannerText()));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/editor-end-refused.png")));
        QCOMPARE(app->demo.server->timesheetCount(), before);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("With a break"));
        QCOMPARE(dialog->projectField()->currentId(), project->id);

        // Sent again (Kimai takes it this time), it saves.
        dialog->submit();
        QVERIFY(!times->field(QStringLiteral("end"))->toolTip().contains(message));   // cleared when sent
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(app->demo.server->timesheetCount(), before + 1);
    }

    // With the chart open, the week table keeps five rows in sight (it was squeezed to two) and the
    // chart has room; the month chart labels its first day and every fifth (all 30 were cut to "…").
    void theChartLeavesTheWeekTableItsRows()
    {
        QVERIFY(start());
        app->window->resize(1280, 800);
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        tab->showWeek(true);
        WeekView *week = tab->weekView();
        QTRY_VERIFY_WITH_TIMEOUT(week->isLoaded(), 15000);
        QTest::mouseClick(week->previousButton(), Qt::LeftButton);   // a whole week of sample data
        QTRY_VERIFY_WITH_TIMEOUT(week->isLoaded() && week->model()->rowCount() > 3, 15000);
        QTableView *table = week->table();
        const int rows = week->model()->rowCount();
        auto shownRows = [table, rows] {
            int n = 0;
            for (int r = 0; r < rows; ++r)
                n += table->visualRect(table->model()->index(r, 0)).bottom() < table->viewport()->height();
            return n;
        };
        const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/week.png")));

        week->chartButton()->click();
        QVERIFY2(week->chart(), qPrintable(week->chartError()));
        QTRY_VERIFY(week->chart()->seriesCount() > 0);
        QTRY_VERIFY(week->chart()->isVisible() && week->chart()->height() > 0);
        const int weekRows = shownRows();
        const QSize weekChart = week->chart()->size();
        const QStringList weekLabels = week->chart()->dayLabels();
        if (!dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/week-chart.png")));
        week->setMonthChart(true);
        QTRY_VERIFY_WITH_TIMEOUT(week->monthLoader() && week->monthLoader()->isLoaded() && !week->monthLoader()->isLoading(), 15000);
        QTRY_VERIFY(week->chart()->seriesCount() > 0);
        if (!dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/month-chart.png")));

        QVERIFY2(weekRows >= std::min(rows, 5), qPrintable(QStringLiteral("%1 of %2 rows shown").arg(weekRows).arg(rows)));
        QVERIFY2(weekChart.height() >= 200 && weekChart.width() >= 500,
                 qPrintable(QStringLiteral("%1x%2").arg(weekChart.width()).arg(weekChart.height())));
        QCOMPARE(weekLabels.size(), 7);
        QVERIFY(weekLabels.first().endsWith(QLocale().toString(week->firstDay().day())));
        QVERIFY(shownRows() >= std::min(rows, 5));
        // The month: its first day and every fifth, as numbers.
        QStringList days{QStringLiteral("1")};
        for (int d = 5; d <= week->firstDay().daysInMonth(); d += 5)
            days.append(QString::number(d));
        QCOMPARE(week->chart()->dayLabels(), days);
    }
};

QTEST_MAIN(TestGuiEditor2)
#include "tst_gui_editor2.moc"
