// Entries of other users (issue 13: "only with the permission"), the whole app offscreen against the
// demo server: a teamlead or an admin chooses "Everyone's" in the Timesheets tab (GET with user=all),
// sees a User column with the names, edits another user's entry (it stays theirs), and a delete
// undone or a duplicate stays theirs too; a plain user has no such filter, Kimai's 403 on another's
// entry reaches them as an error and nothing changes, and a row of another user leaves them only a
// look, saying why.

#include "models/roles.h"
#include "session/entrycontroller.h"
#include "support/appfixture.h"
#include "ui/entrydialog.h"
#include "ui/timesheetactions.h"
#include "ui/timesheetstab.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace kd;
using namespace kd::test;

namespace {

constexpr int kAnna = 2;   // the demo's second user ("Anna Becker"), a few entries in the last week

} // namespace

class TestOthersEntries : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;
    const QTimeZone berlin{QByteArrayLiteral("Europe/Berlin")};

    bool start(demo::DemoRole role)
    {
        demo::DemoOptions options = DemoFixture::defaultOptions();
        options.role = role;
        app = std::make_unique<AppFixture>(options);
        if (!app->demo.started)
            return false;
        app->window->show();
        app->window->activateWindow();
        if (!QTest::qWaitForWindowActive(app->window) || !app->logIn())
            return false;
        app->catalog->ensureLoaded();
        return QTest::qWaitFor([this] { return app->catalog->isComplete() && app->timer->activeKnown(); }, 15000);
    }

    TimesheetsTab *timesheetsTab()
    {
        app->window->showTab(QStringLiteral("timesheets"));
        auto *tab = qobject_cast<TimesheetsTab *>(app->window->tab(QStringLiteral("timesheets")));
        if (!tab || !QTest::qWaitFor([tab] { return tab->isLoaded(); }, 15000))
            return nullptr;
        return tab;
    }

    // Anna's newest entry (the demo gives her a few in the week before today).
    int annasEntry() const
    {
        const QList<int> ids = app->demo.server->timesheetIds(kAnna);
        return ids.isEmpty() ? 0 : ids.last();
    }

    QDate dayOf(int id) const { return QDateTime::fromSecsSinceEpoch(app->demo.server->timesheet(id)->begin, berlin).date(); }

    // The list shows the one day `day` (a custom range), whoever's entries `everyone` asks for.
    bool showDay(TimesheetsTab *tab, const QDate &day, bool everyone)
    {
        const int custom = tab->presetBox()->findData(int(DateRange::Preset::Custom));
        tab->presetBox()->setCurrentIndex(custom);
        tab->fromEdit()->setDate(day);
        tab->toEdit()->setDate(day);
        tab->whoseBox()->setCurrentIndex(tab->whoseBox()->findData(everyone));
        return QTest::qWaitFor([tab] { return tab->isLoaded() && tab->view()->model()->rowCount() > 0; }, 15000);
    }

    QList<int> usersListed() const
    {
        QList<int> users;
        const TimesheetModel *model = app->timesheets->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!users.contains(model->rowAt(r)->userId))
                users.append(model->rowAt(r)->userId);
        }
        std::sort(users.begin(), users.end());
        return users;
    }

    QList<demo::ReceivedRequest> requests(const QByteArray &method, const QString &path) const
    {
        QList<demo::ReceivedRequest> out;
        for (const demo::ReceivedRequest &r : app->demo.server->requests()) {
            if (r.method == method && r.path == path)
                out.append(r);
        }
        return out;
    }

    // Runs one request of the entry controller to its end; the errors it reported.
    template<typename Fn>
    QList<ApiError> run(Fn start)
    {
        EntryController *entries = app->core->entries();
        QList<ApiError> errors;
        QSignalSpy done(entries, &EntryController::done);
        const QMetaObject::Connection c = connect(entries, &EntryController::failed, this,
                                                  [&errors](quint64, EntryController::Operation, const ApiError &e) { errors.append(e); });
        const quint64 request = start();
        const bool finished = QTest::qWaitFor(
            [&done, request] {
                return std::any_of(done.cbegin(), done.cend(), [request](const QList<QVariant> &a) { return a.at(0).toULongLong() == request; });
            },
            15000);
        disconnect(c);
        if (!finished)
            errors.append(ApiError(ApiError::Kind::Timeout, ApiError::Cause::DeadlineExceeded, QStringLiteral("did not finish")));
        return errors;
    }

private Q_SLOTS:
    void cleanup() { app.reset(); }

    void theFilterIsForThoseWhoMaySeeOthers_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("shown");
        QTest::newRow("user") << int(demo::DemoRole::User) << false;
        QTest::newRow("teamlead") << int(demo::DemoRole::Teamlead) << true;
        QTest::newRow("admin") << int(demo::DemoRole::Admin) << true;
    }

    void theFilterIsForThoseWhoMaySeeOthers()
    {
        QFETCH(int, role);
        QFETCH(bool, shown);
        QVERIFY(start(demo::DemoRole(role)));
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QCOMPARE(tab->whoseBox()->isVisible(), shown);
        QCOMPARE(app->core->entries()->rules().othersVisible, shown);
        QVERIFY(tab->view()->isColumnHidden(int(TimesheetModel::Column::User)));
        // The list of one's own asks for nobody else's.
        const QList<demo::ReceivedRequest> lists = requests("GET", QStringLiteral("/api/timesheets"));
        QVERIFY(!lists.isEmpty());
        QVERIFY2(!QUrlQuery(lists.last().query).hasQueryItem(QStringLiteral("user")), qPrintable(lists.last().query));
    }

    void everyonesEntriesShowWithTheirUsers()
    {
        QVERIFY(start(demo::DemoRole::Teamlead));
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const int anna = annasEntry();
        QVERIFY(anna);
        const QDate day = dayOf(anna);

        QVERIFY(showDay(tab, day, false));
        QCOMPARE(usersListed(), QList<int>{demo::kDemoUserId});
        QVERIFY(tab->view()->isColumnHidden(int(TimesheetModel::Column::User)));

        app->demo.server->clearRequests();
        tab->whoseBox()->setCurrentIndex(tab->whoseBox()->findData(true));
        QTRY_VERIFY_WITH_TIMEOUT(app->timesheets->model()->rowOfId(anna) >= 0, 15000);
        const QList<demo::ReceivedRequest> lists = requests("GET", QStringLiteral("/api/timesheets"));
        QVERIFY(!lists.isEmpty());
        const QUrlQuery query(lists.last().query);
        QCOMPARE(query.queryItemValue(QStringLiteral("user")), QStringLiteral("all"));
        QCOMPARE(query.queryItemValue(QStringLiteral("full")), QStringLiteral("true"));
        QCOMPARE(usersListed(), (QList<int>{demo::kDemoUserId, kAnna}));

        // The User column, beside the date, with the names.
        QTableView *view = tab->view();
        const int userColumn = int(TimesheetModel::Column::User);
        QVERIFY(!view->isColumnHidden(userColumn));
        QCOMPARE(view->horizontalHeader()->visualIndex(userColumn), 1);
        const TimesheetModel *model = app->timesheets->model();
        QCOMPARE(model->index(model->rowOfId(anna), userColumn).data().toString(), QStringLiteral("Anna Becker"));
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r)->userId == demo::kDemoUserId)
                QCOMPARE(model->index(r, userColumn).data().toString(), app->session->info().user.displayName());
        }
        // A teamlead may change another's entry: every action is there for the row.
        view->setFocus();
        view->selectRow(model->rowOfId(anna));
        QVERIFY(tab->actions()->edit()->isEnabled());
        QVERIFY(tab->actions()->duplicate()->isEnabled());
        QVERIFY(tab->actions()->remove()->isEnabled());

        // Back to one's own.
        tab->whoseBox()->setCurrentIndex(tab->whoseBox()->findData(false));
        QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded() && model->rowCount() > 0, 15000);
        QCOMPARE(usersListed(), QList<int>{demo::kDemoUserId});
        QVERIFY(view->isColumnHidden(userColumn));
    }

    void anAdminEditsAnotherUsersEntryAndItStaysTheirs()
    {
        QVERIFY(start(demo::DemoRole::Admin));
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const int anna = annasEntry();
        QVERIFY(anna);
        QVERIFY(showDay(tab, dayOf(anna), true));
        QTRY_VERIFY_WITH_TIMEOUT(app->timesheets->model()->rowOfId(anna) >= 0, 15000);
        const auto before = app->demo.server->timesheet(anna);

        tab->view()->setFocus();
        tab->view()->selectRow(app->timesheets->model()->rowOfId(anna));
        tab->actions()->edit()->trigger();
        QTRY_VERIFY(app->window->findChild<EntryDialog *>(QStringLiteral("entryDialog")));
        QPointer<EntryDialog> dialog = app->window->findChild<EntryDialog *>(QStringLiteral("entryDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Anna Becker")), qPrintable(dialog->windowTitle()));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(dialog->bannerText().isEmpty());
        app->demo.server->clearRequests();
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Checked by the admin"));
        dialog->submit();
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->bannerText() : QString()), 15000);

        const QList<demo::ReceivedRequest> patches = requests("PATCH", QStringLiteral("/api/timesheets/%1").arg(anna));
        QCOMPARE(patches.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(patches.first().body).object();
        QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("Checked by the admin"));
        QVERIFY(!body.contains(QStringLiteral("user")));   // PATCH keeps the owner: nothing to say about it
        const auto after = app->demo.server->timesheet(anna);
        QCOMPARE(after->user, kAnna);
        QCOMPARE(after->description, QStringLiteral("Checked by the admin"));
        QCOMPARE(after->begin, before->begin);
        QCOMPARE(after->project, before->project);
        // The list shows it in place, still Anna's.
        const TimesheetModel *model = app->timesheets->model();
        const int row = model->rowOfId(anna);
        QVERIFY(row >= 0);
        QCOMPARE(model->rowAt(row)->description, QStringLiteral("Checked by the admin"));
        QCOMPARE(model->index(row, int(TimesheetModel::Column::User)).data().toString(), QStringLiteral("Anna Becker"));
    }

    void aDeleteUndoneAndADuplicateStayTheOwners()
    {
        QVERIFY(start(demo::DemoRole::Admin));
        const int anna = annasEntry();
        QVERIFY(anna);
        const auto original = app->demo.server->timesheet(anna);
        EntryController *entries = app->core->entries();

        QVERIFY(run([&] { return entries->remove({anna}); }).isEmpty());
        QVERIFY(!app->demo.server->timesheet(anna));
        app->demo.server->clearRequests();
        QVERIFY(run([&] { return entries->undo(); }).isEmpty());
        const QList<demo::ReceivedRequest> posts = requests("POST", QStringLiteral("/api/timesheets"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object().value(QStringLiteral("user")).toInt(), kAnna);
        const QList<int> annas = app->demo.server->timesheetIds(kAnna);
        int restored = 0;
        for (const int id : annas) {
            const auto t = app->demo.server->timesheet(id);
            if (t->begin == original->begin && t->description == original->description && t->project == original->project)
                restored = id;
        }
        QVERIFY2(restored && restored != anna, "the entry was not created again for Anna");

        // A duplicate (today) is hers as well.
        Timesheet t;
        t.id = restored;
        t.userId = kAnna;
        t.projectId = original->project;
        t.activityId = original->activity;
        t.begin = QDateTime::fromSecsSinceEpoch(original->begin, berlin);
        t.end = QDateTime::fromSecsSinceEpoch(original->end, berlin);
        t.description = original->description;
        const int before = int(app->demo.server->timesheetIds(kAnna).size());
        QVERIFY(run([&] { return entries->duplicate(t); }).isEmpty());
        const QList<int> after = app->demo.server->timesheetIds(kAnna);
        QCOMPARE(after.size(), before + 1);
        int copy = 0;
        for (const int id : after) {
            if (QDateTime::fromSecsSinceEpoch(app->demo.server->timesheet(id)->begin, berlin).date() == app->session->userToday())
                copy = id;
        }
        QVERIFY(copy);
        QCOMPARE(app->demo.server->timesheet(copy)->description, original->description);
    }

    void aPlainUserGetsKimaisRefusalAsAnError()
    {
        QVERIFY(start(demo::DemoRole::User));
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        QVERIFY(!tab->whoseBox()->isVisible());
        const int anna = annasEntry();
        QVERIFY(anna);
        const auto before = app->demo.server->timesheet(anna);
        EntryController *entries = app->core->entries();

        // Forced through the API: an update of Anna's entry. Kimai answers 403; nothing changes.
        EntryDraft original;
        original.project = before->project;
        original.activity = before->activity;
        original.description = before->description;
        EntryDraft changed = original;
        changed.description = QStringLiteral("Not mine to change");
        const QList<ApiError> errors = run([&] { return entries->update(anna, changed, original); });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().httpStatus(), 403);
        QCOMPARE(errors.first().kind(), ApiError::Kind::Forbidden);
        QVERIFY2(errors.first().message().contains(QStringLiteral("does not allow")), qPrintable(errors.first().message()));
        QCOMPARE(requests("PATCH", QStringLiteral("/api/timesheets/%1").arg(anna)).size(), 1);
        QCOMPARE(app->demo.server->timesheet(anna)->description, before->description);
        // A delete too (Kimai refuses already to show it).
        const QList<ApiError> deleteErrors = run([&] { return entries->remove({anna}); });
        QCOMPARE(deleteErrors.size(), 1);
        QCOMPARE(deleteErrors.first().httpStatus(), 403);
        QVERIFY(app->demo.server->timesheet(anna));
        QVERIFY(!entries->canUndo());

        // The editor opened on it says so, and offers nothing to save.
        EntryDialog *dialog = tab->actions()->openEditor(EntryDialog::Mode::Edit, anna);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->bannerText().contains(QStringLiteral("does not allow")), 10000);
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->close();
    }

    void anotherUsersRowLeavesAPlainUserOnlyALook()
    {
        QVERIFY(start(demo::DemoRole::User));
        TimesheetsTab *tab = timesheetsTab();
        QVERIFY(tab);
        const int anna = annasEntry();
        QVERIFY(anna);
        QVERIFY(showDay(tab, dayOf(anna), false));
        // Kimai never lists another's entries for a plain user; a row of one stands for the list as it
        // was before the user's role changed (the row is Anna's real entry, as Kimai holds it).
        const auto held = app->demo.server->timesheet(anna);
        Timesheet t;
        t.id = anna;
        t.userId = kAnna;
        t.projectId = held->project;
        t.activityId = held->activity;
        t.begin = QDateTime::fromSecsSinceEpoch(held->begin, berlin);
        t.end = QDateTime::fromSecsSinceEpoch(held->end, berlin);
        t.duration = held->duration();
        t.description = held->description;
        TimesheetModel *model = app->timesheets->model();
        model->upsert(t);
        const int row = model->rowOfId(anna);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(UserIdRole).toInt(), kAnna);

        QTableView *view = tab->view();
        view->setFocus();
        view->selectRow(row);
        TimesheetActions *actions = tab->actions();
        const QString reason = app->core->entries()->lockReason(false, kAnna);
        QVERIFY(reason.contains(QStringLiteral("another user")));
        QVERIFY(!actions->duplicate()->isEnabled());
        QVERIFY(!actions->continueEntry()->isEnabled());
        QVERIFY(!actions->remove()->isEnabled());
        QCOMPARE(actions->remove()->toolTip(), reason);
        QCOMPARE(actions->duplicate()->toolTip(), reason);
        QVERIFY(actions->edit()->isEnabled());   // a look: Kimai decides whether it shows it
        app->demo.server->clearRequests();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!actions->confirmation());
        // An own row next to it can be deleted again.
        int own = -1;
        for (int r = 0; r < model->rowCount() && own < 0; ++r) {
            if (model->rowAt(r)->userId == demo::kDemoUserId && !model->rowAt(r)->exported)
                own = r;
        }
        QVERIFY(own >= 0);
        view->selectRow(own);
        QVERIFY(actions->remove()->isEnabled());
        QVERIFY(actions->duplicate()->isEnabled());
        QVERIFY(actions->remove()->toolTip() != reason);
        // Both selected: the delete leaves Anna's out and says so.
        view->selectionModel()->select(model->index(model->rowOfId(anna), 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(actions->remove()->isEnabled());
        actions->remove()->trigger();
        QTRY_VERIFY(actions->confirmation());
        QVERIFY2(actions->confirmation()->text().contains(QStringLiteral("of other users cannot be deleted and will stay")),
                 qPrintable(actions->confirmation()->text()));
        actions->confirmation()->reject();
        QTRY_VERIFY(!actions->confirmation());
        QCOMPARE(requests("DELETE", QStringLiteral("/api/timesheets/%1").arg(anna)).size(), 0);
    }
};

QTEST_MAIN(TestOthersEntries)
#include "tst_othersentries.moc"
