// The seven tabs, headless, against the demo server: each loads, its model holds what the server
// has, the inspector beside it shows that tab's JSON, errors stay inside the tab with Retry, and the
// Timesheets tab pages through 2,000 records as the view scrolls.

#include "models/catalogproxy.h"
#include "models/roles.h"
#include "support/appfixture.h"
#include "ui/catalogtab.h"
#include "ui/exchangesview.h"
#include "ui/headerview.h"
#include "ui/i18ntab.h"
#include "ui/icons.h"
#include "ui/jsoninspector.h"
#include "ui/pingtab.h"
#include "ui/tabpage.h"
#include "ui/timesheetstab.h"
#include "ui/versiontab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

class TestGuiTabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;

    TabPage *open(const QString &id)
    {
        if (id == QLatin1String("timesheets") && app->session->isActive() && !app->ensureEntriesThisWeek(3))
            return nullptr;   // (rows this week, also early on a Monday)
        app->window->showTab(id);
        TabPage *tab = app->window->tab(id);
        if (!tab)
            return nullptr;
        return QTest::qWaitFor([tab] { return tab->isLoaded(); }, 15000) ? tab : nullptr;
    }

    // The inspector shows the exchange behind the tab.
    bool inspectorShows(const QString &path)
    {
        return QTest::qWaitFor(
            [this, path] {
                return !app->window->inspector()->isBusy() && app->window->currentTab()->currentExchange().url.path() == path
                    && !app->window->inspector()->prettyText().isEmpty();
            },
            10000);
    }

    // Waits for one more round trip to the server: everything the event loop had to do before it
    // (such as a view asking for more rows) has been done by then.
    bool roundTrip()
    {
        app->ping->refresh();
        return QTest::qWaitFor([this] { return app->ping->state() != Loader::State::Loading; }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(app->logIn());
        QTRY_VERIFY(app->window->isShowingWorkspace());
    }
    void cleanup() { app.reset(); }

    // A tab's page is built when the tab is first opened; a page built after the catalog arrived
    // still gets all of it (its parent filter, columns sized to the names).
    void tabPagesAreBuiltWhenFirstOpened()
    {
        QTabWidget *tabs = app->window->tabWidget();
        QCOMPARE(app->window->findChildren<TabPage *>().size(), 1);
        QVERIFY(tabs->currentWidget()->findChild<TabPage *>());
        QVERIFY(!app->window->findChild<CatalogTab *>());
        // Without a saved layout the tabs get about two thirds of the width, whichever tab is first.
        auto *splitter = app->window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->sizes().value(1) > 0);
        QVERIFY2(splitter->sizes().value(0) > 3 * splitter->sizes().value(1) / 2,
                 qPrintable(QStringLiteral("%1 : %2").arg(splitter->sizes().value(0)).arg(splitter->sizes().value(1))));
        app->catalog->ensureLoaded();   // as the Timesheets tab's filters would
        QTRY_VERIFY_WITH_TIMEOUT(app->catalog->customers()->rowCount() > 0 && app->catalog->projects()->rowCount() > 0, 10000);

        auto *projects = qobject_cast<CatalogTab *>(open(QStringLiteral("projects")));
        QVERIFY(projects);
        QCOMPARE(app->window->findChildren<TabPage *>().size(), 2);
        QCOMPARE(tabs->currentWidget(), projects->parentWidget());
        QTRY_VERIFY(projects->isVisible());
        QCOMPARE(projects->parentFilter()->count(), app->catalog->customers()->rowCount() + 1);   // + "All customers"
        QTableView *view = projects->view();
        QTRY_VERIFY(view->columnWidth(0) > 0);
        QCOMPARE(view->columnWidth(0),
                 qMin(320, qMax(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(0),
                                view->horizontalHeader()->sectionSizeHint(0))));
        // Asking for a tab builds it without showing it.
        TabPage *i18n = app->window->tab(QStringLiteral("i18n"));
        QVERIFY(qobject_cast<I18nTab *>(i18n));
        QCOMPARE(app->window->tab(QStringLiteral("i18n")), i18n);
        QCOMPARE(tabs->currentWidget(), projects->parentWidget());
    }

    // Our header measures a section in the font it paints it with; Qt's measures in bold.
    void headerMeasuresInItsOwnFont()
    {
        QStandardItemModel model(0, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("Description of the work")});
        HeaderView ours(Qt::Horizontal);
        QHeaderView qts(Qt::Horizontal);
        ours.setModel(&model);
        qts.setModel(&model);
        QVERIFY(!ours.highlightSections());
        const QFontMetrics regular(ours.font());
        QFont boldFont = ours.font();
        boldFont.setBold(true);
        QVERIFY(QFontMetrics(boldFont).horizontalAdvance(model.headerData(0, Qt::Horizontal).toString())
                > regular.horizontalAdvance(model.headerData(0, Qt::Horizontal).toString()));
        QVERIFY(ours.sectionSizeHint(0) < qts.sectionSizeHint(0));
        QVERIFY(ours.sectionSizeHint(0) >= regular.horizontalAdvance(model.headerData(0, Qt::Horizontal).toString()));
    }

    // The window and tray icons come from PNG renditions, read when a size is asked for.
    void iconsComeFromRenditions()
    {
        const QIcon appIcon = icons::app();
        QVERIFY(!appIcon.isNull());
        QCOMPARE(appIcon.availableSizes().size(), 5);
        const QImage at32 = appIcon.pixmap(QSize(32, 32)).toImage();
        QCOMPARE(at32.size(), QSize(32, 32));
        QVERIFY(at32.pixelColor(16, 16).alpha() > 0);
        QCOMPARE(at32.pixelColor(0, 0).alpha(), 0);   // rounded corner: transparent
        QCOMPARE(appIcon.pixmap(QSize(20, 20)).size(), QSize(20, 20));   // scaled from 24
        const QImage running = icons::tray(true).pixmap(QSize(22, 22)).toImage();
        const QImage stopped = icons::tray(false).pixmap(QSize(22, 22)).toImage();
        QCOMPARE(running.size(), QSize(22, 22));
        QVERIFY(running != stopped);
        QVERIFY(running.pixelColor(6, 12).green() > 2 * running.pixelColor(6, 12).red());   // the green dial
        // Disabled icons grey out (Qt derives the look from the normal rendition).
        const QImage disabled = icons::tray(true).pixmap(QSize(22, 22), QIcon::Disabled).toImage();
        QVERIFY(disabled != running);
        const QColor grey = disabled.pixelColor(6, 12);
        QVERIFY(qAbs(grey.green() - grey.red()) < 40);
    }

    // Dates, times and durations are never cut; long text columns give way first.
    void timesAndDurationsAreNeverCut()
    {
        // As a platform theme may do: item views get a font of their own (here a larger one), which
        // the table only has once it is polished.
        const QFont before = QApplication::font("QAbstractItemView");
        QFont large = QApplication::font();
        large.setPointSizeF(large.pointSizeF() * 1.4);
        QApplication::setFont(large, "QAbstractItemView");
        auto restore = qScopeGuard([before] { QApplication::setFont(before, "QAbstractItemView"); });
        auto *tab = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        QVERIFY(tab);
        TimesheetModel *model = app->timesheets->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QTableView *view = tab->view();
        QCOMPARE(view->font().pointSizeF(), large.pointSizeF());
        // What Qt itself says a column needs to show its texts whole (the delegate's size hints, the
        // style's margins, the grid line) — for this week's rows, and for the widest texts the columns
        // can show at all (a probe table in the same font).
        // (sizeHintForColumn is public in QAbstractItemView, protected in QTableView.)
        auto needs = [](const QTableView *table, int column) {
            return static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
        };
        using Column = TimesheetModel::Column;
        for (const Column c : {Column::Date, Column::Begin, Column::End, Column::Duration})
            QVERIFY2(needs(view, int(c)) <= view->columnWidth(int(c)),
                     qPrintable(QStringLiteral("column %1 needs %2, has %3").arg(int(c)).arg(needs(view, int(c)))
                                    .arg(view->columnWidth(int(c)))));
        const QLocale locale;
        QStandardItemModel widest;
        for (const QTime t : {QTime(0, 0), QTime(11, 38), QTime(12, 59), QTime(23, 59)}) {
            widest.appendRow({new QStandardItem(locale.toString(t, QLocale::ShortFormat)),
                              new QStandardItem(TimesheetModel::tr("running")), new QStandardItem(QStringLiteral("99:59:59"))});
        }
        QTableView probe;
        probe.setFont(view->font());
        probe.setModel(&widest);
        QVERIFY(needs(&probe, 0) <= view->columnWidth(int(Column::Begin)));
        QVERIFY(needs(&probe, 0) <= view->columnWidth(int(Column::End)));
        QVERIFY(needs(&probe, 1) <= view->columnWidth(int(Column::End)));
        QVERIFY(needs(&probe, 2) <= view->columnWidth(int(Column::Duration)));
        // The description takes what is left and gives way first.
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(int(Column::Description)), QHeaderView::Stretch);
    }

    void ping()
    {
        auto *tab = qobject_cast<PingTab *>(open(QStringLiteral("ping")));
        QVERIFY(tab);
        QTRY_COMPARE(tab->answerLabel()->text(), QStringLiteral("pong"));
        QVERIFY(tab->answerLabel()->font().bold());   // the headline turns bold once shown
        QVERIFY(inspectorShows(QStringLiteral("/api/ping")));
        QVERIFY(app->window->inspector()->prettyText().contains(QStringLiteral("\"message\": \"pong\"")));
        const int before = int(app->ping->history().size());
        QTest::keyClick(app->window, Qt::Key_F5);
        QTRY_COMPARE(int(app->ping->history().size()), before + 1);
        QCOMPARE(tab->captionLabel()->text(), QStringLiteral("The server answered:"));
        // A ping without an answer says so, not "The server answered: no answer".
        demo::Fault down;
        down.pathRegex = QStringLiteral("^/api/ping$");
        down.action = demo::Fault::Action::Status;
        down.status = 503;
        down.body = "<html><body>Maintenance</body></html>";
        down.contentType = "text/html";
        app->demo.server->addFault(down);
        tab->refresh();
        QTRY_COMPARE(int(app->ping->history().size()), before + 2);
        QVERIFY(!tab->captionLabel()->text().contains(QStringLiteral("answered:")));
        QVERIFY(!tab->answerLabel()->isVisible());
    }

    void version()
    {
        auto *tab = qobject_cast<VersionTab *>(open(QStringLiteral("version")));
        QVERIFY(tab);
        QTRY_VERIFY(tab->summaryText().contains(QStringLiteral("Kimai 2.28.0")));
        QVERIFY(tab->summaryText().contains(QStringLiteral("22800")));
        QVERIFY(tab->summaryText().contains(QStringLiteral("removed in Kimai 2.0")));
        QVERIFY(inspectorShows(QStringLiteral("/api/version")));
    }

    void catalogTabs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        QTest::newRow("customers") << QStringLiteral("customers") << QStringLiteral("/api/customers");
        QTest::newRow("projects") << QStringLiteral("projects") << QStringLiteral("/api/projects");
        QTest::newRow("activities") << QStringLiteral("activities") << QStringLiteral("/api/activities");
    }
    void catalogTabs()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        auto *tab = qobject_cast<CatalogTab *>(open(id));
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(tab->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tab->proxy()->rowCount() > 0);
        QVERIFY(inspectorShows(path));
        const int visibleRows = tab->proxy()->rowCount();
        const int all = tab->proxy()->sourceModel()->rowCount();
        QVERIFY(all > visibleRows);   // the sample data has hidden entries
        // Visible / hidden / both.
        tab->visibilityFilter()->setCurrentIndex(1);
        QCOMPARE(tab->proxy()->rowCount(), all - visibleRows);
        for (int r = 0; r < tab->proxy()->rowCount(); ++r)
            QVERIFY(!tab->proxy()->index(r, 0).data(VisibleRole).toBool());
        tab->visibilityFilter()->setCurrentIndex(2);
        QCOMPARE(tab->proxy()->rowCount(), all);
        // The filter box (Ctrl+F focuses it).
        QTest::keySequence(app->window, QKeySequence::Find);
        QTRY_VERIFY(tab->textFilter()->hasFocus());
        const QString first = tab->proxy()->index(0, 0).data().toString();
        QTest::keyClicks(tab->textFilter(), first.left(5));
        QVERIFY(tab->proxy()->rowCount() >= 1);
        QVERIFY(tab->proxy()->rowCount() < all);
        for (int r = 0; r < tab->proxy()->rowCount(); ++r)
            QVERIFY(tab->proxy()->index(r, 0).data(SearchTextRole).toString().contains(first.left(5).toLower()));
        tab->textFilter()->clear();
        // Sorting by a column.
        tab->view()->sortByColumn(0, Qt::DescendingOrder);
        QVERIFY(tab->proxy()->index(0, 0).data(RawValueRole).toString() >= tab->proxy()->index(1, 0).data(RawValueRole).toString());
    }

    void projectsByCustomerAndActivitiesByProject()
    {
        auto *projects = qobject_cast<CatalogTab *>(open(QStringLiteral("projects")));
        QTRY_VERIFY(projects->parentFilter()->count() > 1);
        projects->visibilityFilter()->setCurrentIndex(2);
        projects->parentFilter()->setCurrentIndex(1);
        const int customer = projects->parentFilter()->currentData().toInt();
        QVERIFY(projects->proxy()->rowCount() > 0);
        for (int r = 0; r < projects->proxy()->rowCount(); ++r)
            QCOMPARE(projects->proxy()->index(r, 0).data(ParentIdRole).toInt(), customer);

        auto *activities = qobject_cast<CatalogTab *>(open(QStringLiteral("activities")));
        QTRY_VERIFY(activities->parentFilter()->count() > 1);
        activities->parentFilter()->setCurrentIndex(1);
        const int project = activities->parentFilter()->currentData().toInt();
        bool global = false;
        for (int r = 0; r < activities->proxy()->rowCount(); ++r) {
            const QModelIndex i = activities->proxy()->index(r, 0);
            const bool isGlobal = i.data(GlobalRole).toBool();
            global = global || isGlobal;
            QVERIFY(isGlobal || i.data(ParentIdRole).toInt() == project);
        }
        QVERIFY(global);   // global activities are offered for the project, and marked
        const QModelIndex g = activities->proxy()->index(0, int(ActivityModel::Column::Project));
        Q_UNUSED(g);
    }

    void i18n()
    {
        auto *tab = qobject_cast<I18nTab *>(open(QStringLiteral("i18n")));
        QVERIFY(tab);
        QTRY_VERIFY(tab->bodyText().contains(QStringLiteral("removed in Kimai 2.0")));
        QVERIFY(tab->bodyText().contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(tab->bodyText().contains(QStringLiteral("Tracking mode")));
        QVERIFY(inspectorShows(QStringLiteral("/api/config/i18n")));
        QVERIFY(app->window->inspector()->prettyText().contains(QStringLiteral("Not Found")));
    }

    // 2,000 records, 100 per page, fetched as the view scrolls — never all at once.
    void timesheetsPageOnScroll()
    {
        auto *tab = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        QVERIFY(tab);
        tab->presetBox()->setCurrentIndex(tab->presetBox()->findData(int(DateRange::Preset::All)));
        TimesheetModel *model = app->timesheets->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
        QVERIFY(roundTrip());
        QCOMPARE(model->rowCount(), 100);   // only the first page until the view scrolls
        QCOMPARE(model->totalCount(), app->demo.server->timesheetCount());
        QVERIFY(tab->totalsText().contains(QStringLiteral("loaded so far")));
        // Names are resolved from the catalog, not shown as ids.
        QTRY_VERIFY(!model->index(0, int(TimesheetModel::Column::Project)).data().toString().startsWith(QLatin1Char('#')));
        QVERIFY(inspectorShows(QStringLiteral("/api/timesheets")));

        int pagesRequested = 0;
        for (const auto &r : app->demo.server->requests())
            pagesRequested += r.path == QStringLiteral("/api/timesheets") && r.query.contains(QStringLiteral("size=100"))
                    && !r.query.contains(QStringLiteral("begin="))   // "All time"
                ? 1
                : 0;
        QCOMPARE(pagesRequested, 1);
        // (The model tester fetches on its own, so it joins only now.)
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(QTest::qWaitFor(
            [tab, model] {
                tab->view()->scrollToBottom();
                return model->rowCount() >= model->totalCount();
            },
            60000));
        QCOMPARE(model->rowCount(), app->demo.server->timesheetCount());
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(tab->totalsText().contains(QStringLiteral("record(s) · total")));
        // Newest first, across page boundaries.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, 0).data(RawValueRole).toLongLong() >= model->index(r, 0).data(RawValueRole).toLongLong());
    }

    // The first window fits the screen: 1280×800 where there is room, else what fits; and the window
    // can be that small with every tab and the inspector open (the parts shrink, nothing is cut off).
    void fitsSmallScreens()
    {
        QCOMPARE(MainWindow::firstRunSize(QRect(0, 0, 1920, 1050)), QSize(1280, 800));
        const QSize laptop = MainWindow::firstRunSize(QRect(0, 0, 1366, 740));   // 1366×768 with a panel
        QVERIFY(laptop.width() <= 1366 && laptop.height() <= 740 - 24);
        const QSize small = MainWindow::firstRunSize(QRect(0, 0, 1024, 610));   // 1024×640 with a panel
        QVERIFY(small.width() <= 1024 && small.height() <= 610 - 24);
        for (const QString &id : MainWindow::tabIds())
            QVERIFY(open(id));
        const QSize least = app->window->minimumSizeHint().expandedTo(app->window->minimumSize());
        QVERIFY2(least.width() <= small.width() && least.height() <= small.height(),
                 qPrintable(QStringLiteral("the window needs at least %1×%2").arg(least.width()).arg(least.height())));
        app->window->resize(small);
        QTRY_COMPARE(app->window->size(), small);
    }

    // Column widths a person sets are kept across restarts, per table.
    void columnWidthsAreKept()
    {
        auto *tab = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        QVERIFY(tab);
        const int column = int(TimesheetModel::Column::Project);
        const int wider = tab->view()->columnWidth(column) + 57;
        tab->view()->horizontalHeader()->resizeSection(column, wider);
        app->settings->sync();
        QTemporaryDir keep;
        const QString file = keep.filePath(QStringLiteral("kimai-desk.conf"));
        QVERIFY(QFile::copy(app->settings->fileName(), file));
        app.reset();

        app = std::make_unique<AppFixture>(DemoFixture::defaultOptions(), file);   // the next start
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(app->logIn());
        QTRY_VERIFY(app->window->isShowingWorkspace());
        auto *again = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        QVERIFY(again);
        QCOMPARE(again->view()->columnWidth(column), wider);
    }

    // "Custom range" starts from the range shown before (this week), not from 1 Jan 2000.
    void customRangeStartsFromTheRangeShown()
    {
        auto *tab = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        QVERIFY(tab);
        tab->presetBox()->setCurrentIndex(tab->presetBox()->findData(int(DateRange::Preset::ThisWeek)));
        QTRY_VERIFY(app->timesheets->state() == Loader::State::Ready);
        const DateRange week = app->timesheets->currentRange();
        QVERIFY(week.first.isValid());
        tab->presetBox()->setCurrentIndex(tab->presetBox()->findData(int(DateRange::Preset::Custom)));
        QCOMPARE(tab->fromEdit()->date(), week.first);
        QCOMPARE(tab->toEdit()->date(), week.last);
        QTRY_VERIFY(app->timesheets->state() == Loader::State::Ready);
        QCOMPARE(app->timesheets->currentRange().first, week.first);   // the same rows, not an empty list
        QCOMPARE(app->timesheets->currentRange().last, week.last);
        QVERIFY(app->timesheets->model()->rowCount() > 0);
    }

    void timesheetsFilterByRangeAndProject()
    {
        auto *tab = qobject_cast<TimesheetsTab *>(open(QStringLiteral("timesheets")));
        tab->presetBox()->setCurrentIndex(tab->presetBox()->findData(int(DateRange::Preset::LastWeek)));
        QTRY_VERIFY_WITH_TIMEOUT(app->timesheets->state() == Loader::State::Ready, 10000);
        const auto req = lastRequest(*app->demo.server, QStringLiteral("/api/timesheets"));
        QVERIFY(req.query.contains(QStringLiteral("begin=")));
        QVERIFY(req.query.contains(QStringLiteral("end=")));
        const DateRange range = app->timesheets->currentRange();
        QVERIFY(req.query.contains(range.first.toString(Qt::ISODate) + QStringLiteral("T00:00:00")));
        QVERIFY(req.query.contains(range.last.toString(Qt::ISODate) + QStringLiteral("T23:59:59")));
        const QTimeZone zone("Europe/Berlin");
        for (int r = 0; r < app->timesheets->model()->rowCount(); ++r) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(app->timesheets->model()->rowAt(r)->beginMs, zone).date();
            QVERIFY(d >= range.first && d <= range.last);
        }
    }

    void errorsStayInTheTabWithRetry()
    {
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/customers$");
        fault.action = demo::Fault::Action::Status;
        fault.status = 500;
        fault.body = R"({"code":500,"message":"Internal Server Error"})";
        app->demo.server->addFault(fault);
        TabPage *tab = open(QStringLiteral("customers"));
        QTRY_VERIFY(!tab->errorText().isEmpty());
        QVERIFY(tab->errorText().contains(QStringLiteral("internal error")));
        QPushButton *retry = nullptr;
        for (QPushButton *b : tab->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Retry") && b->isVisible())
                retry = b;
        }
        QVERIFY(retry);
        QVERIFY(QApplication::activeModalWidget() == nullptr);   // no modal pop-up for routine errors
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(tab->errorText().isEmpty());
        QTRY_VERIFY(qobject_cast<CatalogTab *>(tab)->proxy()->rowCount() > 0);
    }

    // The server was unreachable for a moment: the banner goes (and the tab loads) with the next
    // successful answer of any request, without pressing Retry.
    void errorBannerGoesWhenTheServerIsBack()
    {
        demo::Fault down;   // every request, until cleared: maintenance
        down.pathRegex = QStringLiteral(".*");
        down.action = demo::Fault::Action::Status;
        down.status = 503;
        down.body = "<html><body>Maintenance</body></html>";
        down.contentType = "text/html";
        down.times = -1;
        app->demo.server->addFault(down);
        TabPage *tab = open(QStringLiteral("customers"));
        QTRY_VERIFY(!tab->errorText().isEmpty());
        app->demo.server->clearFaults();   // the server is back
        QVERIFY(!tab->errorText().isEmpty());   // nothing has told the app yet
        app->ping->refresh();   // any request that gets an answer
        QTRY_VERIFY(tab->errorText().isEmpty());
        QTRY_VERIFY(qobject_cast<CatalogTab *>(tab)->proxy()->rowCount() > 0);
    }

    void keyboardSwitchesTabs()
    {
        for (int i = 0; i < 7; ++i) {
            QTest::keyClick(app->window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(app->window->tabWidget()->currentIndex(), i);
        }
    }

    void exchangesListEveryRequest()
    {
        open(QStringLiteral("customers"));
        QTRY_VERIFY(app->exchanges->rowCount() >= 4);
        bool sawCustomers = false;
        for (int r = 0; r < app->exchanges->rowCount(); ++r) {
            const Exchange *ex = app->exchanges->exchangeAt(r);
            sawCustomers = sawCustomers || ex->url.path() == QStringLiteral("/api/customers");
            for (const auto &h : ex->requestHeaders)
                QVERIFY(!h.second.contains(app->demo.server->token().toUtf8()));
        }
        QVERIFY(sawCustomers);
    }

    // New exchanges (the poll, a ping) never move the row under the user's cursor: with a row picked,
    // the list stays and says how many are new; at the bottom with nothing picked it follows.
    void exchangesListStaysWhereTheUserIs()
    {
        ExchangesView *view = app->window->exchangesView();
        QTableView *table = view->table();
        auto pingAndWait = [this](int times) {
            for (int i = 0; i < times; ++i) {
                const int before = int(app->ping->history().size());
                app->ping->refresh();
                QTRY_COMPARE(int(app->ping->history().size()), before + 1);
            }
        };
        pingAndWait(12);   // more rows than the dock shows
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());   // it followed
        // Pick the last row on screen, as someone about to open it.
        const QModelIndex picked = table->indexAt(QPoint(4, table->viewport()->height() - 4));
        QVERIFY(picked.isValid());
        table->setCurrentIndex(picked);
        const QRect where = table->visualRect(picked);
        const int rowsBefore = table->model()->rowCount();
        pingAndWait(3);   // other calls (the active-entry poll) may arrive meanwhile: they count too
        const int added = table->model()->rowCount() - rowsBefore;
        QVERIFY(added >= 3);
        QCOMPARE(table->visualRect(picked), where);   // still under the cursor
        QCOMPARE(view->newRows(), added);
        auto *button = view->findChild<QToolButton *>(QStringLiteral("newExchanges"));
        QVERIFY(button && button->isVisible());
        QVERIFY(button->text().contains(QString::number(added)));
        button->click();
        QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QCOMPARE(view->newRows(), 0);
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestGuiTabs)
#include "tst_gui_tabs.moc"
