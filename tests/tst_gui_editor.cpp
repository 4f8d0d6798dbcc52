// Correcting time in the window (offscreen, the whole app against the demo server): a new entry
// typed as "yesterday 9-12:30", an end changed from the list, rows deleted and brought back with
// Ctrl+Z, the week view's totals against the server's entries, the chart loaded only when shown,
// punch mode and exported entries locked (saying why), unreadable input marked with nothing sent,
// rows copied for a spreadsheet, the CSV export, and the list following starts from the command line
// and Kimai's stop of older entries.

#include "models/weeksummarymodel.h"
#include "session/commandrunner.h"
#include "session/entrycontroller.h"
#include "session/periodloader.h"
#include "session/weektotal.h"
#include "support/appfixture.h"
#include "support/editorsteps.h"
#include "ui/entrydialog.h"
#include "ui/entrytimesbox.h"
#include "ui/exportbar.h"
#include "ui/hourschart.h"
#include "ui/pickerfield.h"
#include "models/pickermodel.h"
#include "ui/timerbar.h"
#include "ui/timesheetactions.h"
#include "ui/timesheetstab.h"
#include "ui/weekview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

class TestGuiEditor : public QObject
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

    TimesheetsTab *timesheetsTab() { return openTimesheets(app->window); }
    EntryDialog *entryDialog() const { return openEntryDialog(app->window); }
    bool pick(PickerField *field, int id, const QString &typed) { return pickWithKeys(field, id, typed); }

    // A visible project running today, with an activity of its own.
    QPair<const Project *, const Activity *> someWork() const
    {
        const QDate today = app->session->userToday();
        for (const Project &p : app->catalog->projects()->items()) {
            const Customer *c = app->catalog->customer(p.customerId);
            if (!p.visible || (c && !c->visible) || (p.end.isValid() && p.end < today.addDays(-7))
                || (p.start.isValid() && p.start > today.addDays(-7)))
                continue;
            for (const Activity &a : app->catalog->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    return {&p, &a};
            }
        }
        return {nullptr, nullptr};
    }

    // Rows of the list that can be edited: stopped, not exported.
    QList<int> editableRows(int count) const
    {
        QList<int> rows;
        const TimesheetModel *model = app->timesheets->model();
        for (int r = 0; r < model->rowCount() && rows.size() < count; ++r) {
            if (!model->rowAt(r)->running() && !model->rowAt(r)->exported)
                rows.append(r);
        }
        return rows;
    }

    int countRequests(const QByteArray &method, const QString &path, const QString &queryPart = {}) const
    {
        int n = 0;
        for (const demo::ReceivedRequest &r : app->demo.server->requests())
            n += r.method == method && r.path == path && r.query.contains(queryPart);
        return n;
    }

    // The server's worked seconds per day of the week starting at `first` (in the user's zone).
    QList<qint64> serverDaySums(const QDate &first) const
    {
        QList<qint64> sums(7, 0);
        const demo::DemoServer &server = *app->demo.server;
        for (const int id : server.timesheetIds()) {
            const auto t = server.timesheet(id);
            const QDate day = QDateTime::fromSecsSinceEpoch(t->begin, berlin).date();
            const qint64 d = first.daysTo(day);
            if (d >= 0 && d < 7 && !t->running)
                sums[int(d)] += t->duration();
        }
        return sums;
    }

private Q_SLOTS:
    void cleanup() { app.reset(); }

    // First in this program: nothing has loaded Qt Charts before the chart is shown.
    void theWeekViewMatchesTheServerAndTheChartLoadsWhenShown()
    {
        QVERIFY(start());
        for (const int id : app->demo.server->runningIds()) {
            auto *stop = app->demo.client->stopTimesheet(id);
            QVERIFY(waitFor(stop));
            delete stop;
        }
        app->timer->refreshActive();
        QTRY_VERIFY(!app->timer->isRunning());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QVERIFY(!hoursChartLoaded());
        tab->showWeek(true);
        WeekView *week = tab->weekView();
        QTRY_VERIFY_WITH_TIMEOUT(week->isLoaded(), 15000);
        QVERIFY(!hoursChartLoaded());   // the week view alone does not load it

        WeekSummaryModel *model = week->model();
        QList<qint64> sums = serverDaySums(model->firstDay());
        qint64 week_ = 0;
        for (int d = 0; d < 7; ++d) {
            QCOMPARE(model->dayTotal(d), sums.at(d));
            week_ += sums.at(d);
        }
        QCOMPARE(model->weekTotal(), week_);
        QVERIFY(week_ > 0);

        // A cell lists its entries.
        int row = 0;
        int day = 0;
        while (model->entryIds(row, day).isEmpty()) {
            if (++day == 7) {
                day = 0;
                ++row;
            }
        }
        const QModelIndex cell = model->index(row, int(WeekSummaryModel::Column::FirstDay) + day);
        week->table()->scrollTo(cell);
        QTest::mouseClick(week->table()->viewport(), Qt::LeftButton, {}, week->table()->visualRect(cell).center());
        QTRY_COMPARE(week->entries()->rowCount(), int(model->entryIds(row, day).size()));

        // An entry added today changes the totals in place, without loading the week again.
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        QTRY_VERIFY_WITH_TIMEOUT(app->core->weekTotal()->isKnown(), 10000);
        // Loading a span of days asks for its pages in order of begin.
        const int loadsBefore = countRequests("GET", QStringLiteral("/api/timesheets"), QStringLiteral("orderBy=begin"));
        const QDate today = app->session->userToday();
        const int todayIndex = int(model->firstDay().daysTo(today));
        const qint64 todayBefore = model->dayTotal(todayIndex);
        EntryDraft d;
        d.project = project->id;
        d.activity = activity->id;
        d.begin = QDateTime(today, QTime(0, 5), berlin);
        d.end = QDateTime(today, QTime(0, 50), berlin);
        app->core->entries()->create(d);
        QTRY_COMPARE(model->dayTotal(todayIndex), todayBefore + 45 * 60);
        QCOMPARE(countRequests("GET", QStringLiteral("/api/timesheets"), QStringLiteral("orderBy=begin")), loadsBefore);
        QTRY_VERIFY(app->window->timerBar()->summaryText().contains(QStringLiteral("This week")));

        // The chart: loaded now, drawing the week's hours.
        week->chartButton()->click();
        QVERIFY(hoursChartLoaded());
        QVERIFY2(week->chart(), qPrintable(week->chartError()));
        QTRY_VERIFY(week->chart()->seriesCount() > 0);
        QVERIFY(qAbs(week->chart()->total() * 3600 - model->weekTotal()) < 1);
        week->setMonthChart(true);
        QTRY_VERIFY_WITH_TIMEOUT(week->monthLoader() && week->monthLoader()->isLoaded(), 15000);
        qint64 inMonth = 0;   // the week's days in the month of its first day
        for (int i = 0; i < 7; ++i)
            inMonth += model->day(i).month() == model->firstDay().month() ? model->dayTotal(i) : 0;
        QTRY_VERIFY(week->chart()->total() * 3600 >= double(inMonth) - 1);
    }

    void typeYesterdayInANewEntry()
    {
        QVERIFY(start());
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        QTest::keyClick(app->window, Qt::Key_N, Qt::ControlModifier);   // Ctrl+N: a new entry
        QTRY_VERIFY(entryDialog());
        QPointer<EntryDialog> dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::New);
        QVERIFY(pick(dialog->projectField(), project->id, project->name.left(6)));
        QCOMPARE(dialog->customerField()->currentId(), project->customerId);   // the customer follows
        QVERIFY(pick(dialog->activityField(), activity->id, activity->name.left(4)));
        QLineEdit *when = dialog->timesBox()->field(QStringLiteral("when"));
        when->setFocus();
        QTest::keyClicks(when, QStringLiteral("yesterday 9-12:30"));
        QVERIFY(dialog->timesBox()->isValid());
        QCOMPARE(dialog->timesBox()->field(QStringLiteral("duration"))->text(), QStringLiteral("3:30"));
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("The meeting I forgot"));
        // (The offscreen platform gives the activation back to the main window when a completer's
        // popup closes; a window manager keeps the dialog active.)
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() + dialog->timesBox()->errorText() : QString()),
                                  15000);   // saved and closed

        const QDate yesterday = app->session->userToday().addDays(-1);
        const qint64 begin = QDateTime(yesterday, QTime(9, 0), berlin).toSecsSinceEpoch();
        const qint64 end = QDateTime(yesterday, QTime(12, 30), berlin).toSecsSinceEpoch();
        int found = 0;
        for (const int id : app->demo.server->timesheetIds()) {
            const auto t = app->demo.server->timesheet(id);
            if (t->begin == begin && t->end == end && t->project == project->id && t->activity == activity->id
                && t->description == QStringLiteral("The meeting I forgot"))
                found = id;
        }
        QVERIFY(found);
        QTRY_VERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("#%1").arg(found)));
    }

    void changeAnEndTimeFromTheList()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const QList<int> rows = editableRows(1);
        QVERIFY(!rows.isEmpty());
        const TimesheetModel *model = app->timesheets->model();
        const TimesheetModel::Row before = *model->rowAt(rows.first());
        tab->view()->setFocus();
        tab->view()->selectRow(rows.first());
        QTest::keyClick(tab->view(), Qt::Key_Return);   // Enter edits
        QTRY_VERIFY(entryDialog());
        QPointer<EntryDialog> dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::Edit);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QCOMPARE(dialog->projectField()->currentId(), before.projectId);
        QLineEdit *duration = dialog->timesBox()->field(QStringLiteral("duration"));
        duration->setFocus();
        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("+15m"));   // relative: the end moves by 15 minutes
        QVERIFY(dialog->timesBox()->isValid());
        app->demo.server->clearRequests();
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(app->demo.server->timesheet(before.id)->end * 1000, before.endMs + 15 * 60 * 1000);
        // Only the end was sent, and the row changed where it is.
        const auto patch = lastRequest(*app->demo.server, QStringLiteral("/api/timesheets/%1").arg(before.id));
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QVERIFY(patch.body.contains("\"end\"") && !patch.body.contains("\"begin\""));
        QTRY_COMPARE(model->rowAt(model->rowOfId(before.id))->endMs, before.endMs + 15 * 60 * 1000);
        QCOMPARE(countRequests("GET", QStringLiteral("/api/timesheets"), QStringLiteral("size=100")), 0);   // no page loaded again
    }

    void deleteTwoRowsThenUndo()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const QList<int> rows = editableRows(2);
        QCOMPARE(rows.size(), 2);
        const TimesheetModel *model = app->timesheets->model();
        const TimesheetModel::Row a = *model->rowAt(rows.at(0));
        const TimesheetModel::Row b = *model->rowAt(rows.at(1));
        QTableView *view = tab->view();
        view->setFocus();
        view->selectRow(rows.at(0));
        view->selectionModel()->select(model->index(rows.at(1), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *confirm = tab->actions()->confirmation();
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("2")));
        QPushButton *yes = nullptr;
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
                yes = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY_WITH_TIMEOUT(!app->demo.server->timesheet(a.id) && !app->demo.server->timesheet(b.id), 15000);
        QTRY_VERIFY(model->rowOfId(a.id) < 0 && model->rowOfId(b.id) < 0);

        // (The offscreen platform does not give the activation back when the question closes.)
        app->window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(app->window));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);   // Ctrl+Z: both come back, with new ids
        QTRY_VERIFY_WITH_TIMEOUT(app->window->statusBar()->currentMessage().contains(QStringLiteral("new id")), 15000);
        for (const TimesheetModel::Row &was : {a, b}) {
            int again = 0;
            for (const int id : app->demo.server->timesheetIds()) {
                const auto t = app->demo.server->timesheet(id);
                if (id != was.id && t->begin * 1000 == was.beginMs && t->end * 1000 == was.endMs && t->project == was.projectId
                    && t->activity == was.activityId && t->description == was.description)
                    again = id;
            }
            QVERIFY(again);
            QTRY_VERIFY(model->rowOfId(again) >= 0);
            QVERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("#%1 is now #%2").arg(was.id).arg(again)));
        }
    }

    // Ctrl+D on a row: the editor opens with its fields, today; saved, the server has the copy and
    // the list shows it without loading its pages again.
    void duplicateARowWithCtrlD()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const QList<int> rows = editableRows(1);
        QVERIFY(!rows.isEmpty());
        const TimesheetModel *model = app->timesheets->model();
        const TimesheetModel::Row was = *model->rowAt(rows.first());
        tab->view()->setFocus();
        tab->view()->selectRow(rows.first());
        QTest::keyClick(tab->view(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(entryDialog());
        QPointer<EntryDialog> dialog = entryDialog();
        QCOMPARE(dialog->mode(), EntryDialog::Mode::Duplicate);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QCOMPARE(dialog->projectField()->currentId(), was.projectId);
        QCOMPARE(dialog->activityField()->currentId(), was.activityId);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), was.description);
        QCOMPARE(dialog->timesBox()->times().date(), app->session->userToday());
        app->demo.server->clearRequests();
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() : QString()), 15000);
        int copy = 0;
        const QDate today = app->session->userToday();
        for (const int id : app->demo.server->timesheetIds()) {
            const auto t = app->demo.server->timesheet(id);
            if (id != was.id && t->project == was.projectId && t->activity == was.activityId && t->description == was.description
                && QDateTime::fromSecsSinceEpoch(t->begin, berlin).date() == today && t->end - t->begin == (was.endMs - was.beginMs) / 1000)
                copy = id;
        }
        QVERIFY(copy);
        QTRY_VERIFY(model->rowOfId(copy) >= 0);
        QCOMPARE(countRequests("GET", QStringLiteral("/api/timesheets"), QStringLiteral("size=100")), 0);
    }

    // Kimai refuses (an overlapping entry): its message shows in the editor, which stays open with
    // everything typed; changed, it saves.
    void kimaisRefusalShowsInTheEditorAndNothingTypedIsLost()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.allowOverlapping = false;
        QVERIFY(start(o));
        const auto [project, activity] = someWork();
        QVERIFY(project && activity);
        const QDate yesterday = app->session->userToday().addDays(-1);
        EntryDraft first;
        first.project = project->id;
        first.activity = activity->id;
        first.begin = QDateTime(yesterday, QTime(5, 0), berlin);
        first.end = QDateTime(yesterday, QTime(6, 0), berlin);
        QSignalSpy done(app->core->entries(), &EntryController::done);
        app->core->entries()->create(first);
        QVERIFY(done.wait(10000));
        const int before = app->demo.server->timesheetCount();

        app->window->openEntryDialog();
        QPointer<EntryDialog> dialog = entryDialog();
        QVERIFY(dialog);
        QVERIFY(pick(dialog->projectField(), project->id, project->name.left(6)));
        QVERIFY(pick(dialog->activityField(), activity->id, activity->name.left(4)));
        QLineEdit *when = dialog->timesBox()->field(QStringLiteral("when"));
        QTest::keyClicks(when, QStringLiteral("yesterday 5:30-6:30"));
        QVERIFY(dialog->timesBox()->isValid());
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Typed with care"));
        QTest::keyClicks(dialog->tagsEdit(), QStringLiteral("review"));
        dialog->submit();
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->bannerText().contains(QStringLiteral("already have an entry")),
                                  qPrintable(dialog->bannerText() + QLatin1Char('/') + dialog->timesBox()->errorText()), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(app->demo.server->timesheetCount(), before);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("Typed with care"));
        QCOMPARE(dialog->tagsEdit()->text(), QStringLiteral("review"));
        QCOMPARE(dialog->projectField()->currentId(), project->id);
        QCOMPARE(dialog->activityField()->currentId(), activity->id);
        QVERIFY(dialog->saveButton()->isEnabled());

        when->selectAll();
        QTest::keyClicks(when, QStringLiteral("yesterday 6:00-6:30"));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(app->demo.server->timesheetCount(), before + 1);
    }

    void punchModeLocksTheTimesAndSaysWhy()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.trackingMode = QStringLiteral("punch");
        QVERIFY(start(o));
        app->window->openEntryDialog();
        QPointer<EntryDialog> dialog = entryDialog();
        QVERIFY(dialog);
        EntryTimesBox *times = dialog->timesBox();
        for (const char *name : {"when", "date", "begin", "end", "duration"})
            QVERIFY2(!times->field(QLatin1String(name))->isEnabled(), name);
        QVERIFY(times->lockText().contains(QStringLiteral("punch-clock")));
        QVERIFY(times->isVisible());
        QVERIFY(dialog->projectField()->isEnabled());
        QVERIFY(dialog->activityField()->isEnabled());
        QVERIFY(dialog->descriptionEdit()->isEnabled());
    }

    void anExportedEntryIsLockedAndSaysWhy()
    {
        QVERIFY(start());
        int exported = 0;
        for (const int id : app->demo.server->timesheetIds()) {
            if (app->demo.server->timesheet(id)->exported)
                exported = id;
        }
        QVERIFY(exported);
        auto *dialog = new EntryDialog(app->core.get(), app->window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->startEdit(exported);
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QVERIFY(dialog->bannerText().contains(QStringLiteral("exported")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->descriptionEdit()->isEnabled());
        QVERIFY(!dialog->timesBox()->isEnabled());
        dialog->close();
    }

    void unreadableTimesAreMarkedAndNothingIsSent()
    {
        QVERIFY(start());
        const auto [project, activity] = someWork();
        app->window->openEntryDialog();
        QPointer<EntryDialog> dialog = entryDialog();
        QVERIFY(dialog);
        dialog->projectField()->setCurrentId(project->id);
        dialog->activityField()->setCurrentId(activity->id);
        QLineEdit *begin = dialog->timesBox()->field(QStringLiteral("begin"));
        begin->setFocus();
        begin->selectAll();
        QTest::keyClicks(begin, QStringLiteral("9:75"));
        QVERIFY(!dialog->timesBox()->isValid());
        const QString error = dialog->timesBox()->errorText();
        QVERIFY2(error.contains(QStringLiteral("Understood so far")) && error.contains(QStringLiteral("09:00")), qPrintable(error));
        app->demo.server->clearRequests();
        dialog->submit();
        QVERIFY(!dialog->bannerText().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(countRequests("POST", QStringLiteral("/api/timesheets")), 0);
        // Mended, it goes out.
        begin->selectAll();
        QTest::keyClicks(begin, QStringLiteral("9:15"));
        QLineEdit *end = dialog->timesBox()->field(QStringLiteral("end"));
        end->selectAll();
        QTest::keyClicks(end, QStringLiteral("9:45"));
        QVERIFY(dialog->timesBox()->isValid());
    }

    void copyRowsForASpreadsheet()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QTableView *view = tab->view();
        view->setFocus();
        view->selectRow(0);
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // the header and two rows
        QCOMPARE(lines.first().split(QLatin1Char('\t')).first(), QStringLiteral("Date"));
        const TimesheetModel::Row *first = app->timesheets->model()->rowAt(0);
        const QDate day = QDateTime::fromMSecsSinceEpoch(first->beginMs, Qt::OffsetFromUTC, first->offsetSeconds).date();
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).first(), day.toString(Qt::ISODate));
    }

    void exportTheListAsCsv()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QTRY_VERIFY(!app->timesheets->model()->hasMore() || app->timesheets->model()->totalCount() > 0);
        const int total = app->timesheets->model()->totalCount();
        const QString path = app->dir.filePath(QStringLiteral("week.csv"));
        QSignalSpy finished(tab->exportBar(), &ExportBar::finished);
        tab->exportTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(int(csv.count("\r\n")), total + 1);
    }

    // Issue 17: starts made elsewhere (a forwarded command) and Kimai's stop of the older running
    // entry beyond the hard limit show in the list at once; a stop made in the browser shows with the
    // next read of the running entries.
    void theListFollowsCommandsAndAutomaticStops()
    {
        QVERIFY(start());
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const TimesheetModel *model = app->timesheets->model();
        const auto [project, activity] = someWork();
        auto runningRows = [model] {
            QList<int> ids;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rowAt(r)->running())
                    ids.append(model->rowAt(r)->id);
            }
            return ids;
        };
        CommandLine command;
        command.command = CommandLine::Command::Start;
        command.project = QString::number(project->id);
        command.activity = QString::number(activity->id);
        QSignalSpy done(app->core->commands(), &CommandRunner::finished);
        app->core->commands()->run(command);
        QVERIFY(done.wait(15000));
        const QList<int> first = app->demo.server->runningIds();
        QCOMPARE(first.size(), 1);
        QTRY_COMPARE(runningRows(), first);

        app->core->commands()->run(command);   // Kimai stops the first one (hard limit 1)
        QVERIFY(done.wait(15000));
        const QList<int> second = app->demo.server->runningIds();
        QCOMPARE(second.size(), 1);
        QVERIFY(second != first);
        QTRY_COMPARE(runningRows(), second);
        QVERIFY(model->rowOfId(first.first()) >= 0);
        QCOMPARE(model->rowAt(model->rowOfId(first.first()))->endMs, app->demo.server->timesheet(first.first())->end * 1000);

        // Stopped in the browser: the next read of the running entries (the poll) brings it.
        auto *stop = app->demo.client->stopTimesheet(second.first());
        QVERIFY(waitFor(stop));
        delete stop;
        app->timer->refreshActive();
        QTRY_VERIFY_WITH_TIMEOUT(runningRows().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestGuiEditor)
#include "tst_gui_editor.moc"
