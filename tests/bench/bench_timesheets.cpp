// bench_timesheets: the Timesheets tab against a server with 100,000 timesheets.
//
//   bench_timesheets [--runs 3] [--timesheets 100000] [--prefix timesheets]
//
// This process hosts the demo server (DemoServer with DemoOptions::timesheetCount, own thread); the
// measured app runs as a child process: the composition of app/main.cpp (appharness.h), logged in,
// Timesheets tab in front. Once the start-up has settled, the child
//   1. switches the range to "All time" (the tab's preset combo box) and measures the time until the
//      first page is painted in the table (first_page_ms);
//   2. pages through all of them the way a person does: scrolls the QTableView to the bottom, which
//      makes the view call TimesheetModel::fetchMore, and again each time a page has arrived, until
//      the model has no more (all_pages_ms, pages, rows);
//   3. meanwhile a 5 ms timer records the longest gap between its ticks (max_stall_ms), and the
//      memory is read before and after (growth of VmHWM and VmRSS over the RSS before the switch).
// The figures are the medians over the runs.

#include "appharness.h"
#include "benchsupport.h"

#include "core/daterange.h"
#include "demo/demoserver.h"
#include "ui/jsoninspector.h"
#include "ui/mainwindow.h"
#include "ui/timesheetstab.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>

#include <cstdio>
#include <memory>

using namespace kdbench;

namespace {

constexpr char kToken[] = "bench-token-0123456789abcdef0123456789";

// Calls `done` as soon as `condition()` holds (checked every millisecond).
void when(QObject *context, std::function<bool()> condition, std::function<void()> done)
{
    auto *poll = new QTimer(context);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, context, [poll, condition = std::move(condition), done = std::move(done)] {
        if (!condition())
            return;
        poll->stop();
        poll->deleteLater();
        done();
    });
    poll->start();
}

struct Paging
{
    qint64 switchNs = 0;
    qint64 firstPageNs = 0;
    qint64 lastPageNs = 0;
    double baselineRss = 0;
    double firstPageStall = 0;
    int scrolls = 0;
    qint64 scrolledNs = 0;
    std::vector<double> pageMs;   // scroll to the bottom -> the page's rows are in the model
    bool done = false;
};

int runChild(int argc, char **argv)
{
    quietOffscreenWarnings();
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    AppHarness::Login login;
    login.server = QUrl(argValue(args, QStringLiteral("--server")));
    login.username = argValue(args, QStringLiteral("--user"), QStringLiteral("demo"));
    login.token = argValue(args, QStringLiteral("--token"));
    setUpApplication(app);
    const std::unique_ptr<QSettings> settings = demoSettings();
    installTranslations(app, kd::AppSettings(settings.get()).language());
    AppHarness harness(settings.get());

    StallMeter stall;
    const bool log = args.contains(QStringLiteral("--log"));
    if (log)
        stall.keepGapsOver(25);
    Paging paging;
    Steps steps;
    QObject::connect(harness.login(), &kd::LoginController::failed, &app, [](const kd::ApiError &e) {
        note(QStringLiteral("login failed: %1").arg(e.message()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(900'000, &app, [] {
        note(QStringLiteral("bench_timesheets: not done within 15 minutes"));
        QCoreApplication::exit(3);
    });

    steps.add([&](Steps::Done done) {
        harness.startGui(login, QStringLiteral("timesheets"));
        when(&app, [&harness] { return harness.settled(); }, done);
    });
    // 1. "All time": the first page on screen.
    steps.add([&](Steps::Done done) {
        kd::TimesheetsTab *tab = harness.timesheetsTab();
        kd::TimesheetLoader *loader = harness.timesheets();
        const int all = tab->presetBox()->findData(int(kd::DateRange::Preset::All));
        app.whenPainted(
            tab->view()->viewport(), BenchApplication::Scope::Widget,
            [loader] {
                return loader->filter().preset == kd::DateRange::Preset::All && loader->state() == kd::Loader::State::Ready
                    && loader->model()->rowCount() > 0;
            },
            [&, done](qint64 ns) {
                paging.firstPageNs = ns;
                paging.firstPageStall = stall.current();
                done();
            });
        paging.baselineRss = rssMb();
        resetPeakRss();
        stall.start();
        paging.switchNs = nowNs();
        tab->presetBox()->setCurrentIndex(all);
    });
    // 2. Scroll to the bottom until everything is loaded.
    steps.add([&](Steps::Done done) {
        kd::TimesheetsTab *tab = harness.timesheetsTab();
        QTableView *view = tab->view();
        kd::TimesheetModel *model = harness.timesheets()->model();
        auto scroll = [&paging, view, model] {
            if (!model->hasMore())
                return;
            ++paging.scrolls;
            paging.scrolledNs = nowNs();
            view->scrollToBottom();
        };
        auto check = [&paging, &harness, model, done] {
            if (paging.done || model->hasMore() || harness.timesheets()->state() != kd::Loader::State::Ready)
                return;
            paging.done = true;
            paging.lastPageNs = nowNs();
            done();
        };
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, [&paging, scroll] {
            if (paging.scrolledNs) {
                paging.pageMs.push_back(msBetween(paging.scrolledNs, nowNs()));
                paging.scrolledNs = 0;
            }
            // Next turn of the event loop: the rows are laid out and painted first.
            QTimer::singleShot(0, qApp, scroll);
        });
        QObject::connect(model, &kd::TimesheetModel::totalsChanged, &app, check);
        // A watchdog: each page must come within 30 s.
        auto *watchdog = new QTimer(&app);
        watchdog->setInterval(30'000);
        int lastRows = -1;
        QObject::connect(watchdog, &QTimer::timeout, &app, [model, &paging, lastRows]() mutable {
            if (paging.done)
                return;
            if (model->rowCount() == lastRows) {
                note(QStringLiteral("paging stuck at %1 rows (hasMore %2, canFetchMore %3)")
                         .arg(model->rowCount())
                         .arg(model->hasMore())
                         .arg(model->canFetchMore({})));
                QCoreApplication::exit(4);
            }
            lastRows = model->rowCount();
        });
        watchdog->start();
        scroll();
        check();
    });
    // 3. Figures.
    steps.add([&](Steps::Done done) {
        const double maxStall = stall.stop();
        const double hwm = peakRssMb();
        const double rss = rssMb();
        kd::TimesheetModel *model = harness.timesheets()->model();
        metric("first_page_ms", msBetween(paging.switchNs, paging.firstPageNs));
        metric("all_pages_ms", msBetween(paging.switchNs, paging.lastPageNs));
        metric("rows", model->rowCount(), 0);
        metric("total_count", model->totalCount(), 0);
        metric("pages", harness.timesheets()->pagesLoaded(), 0);
        metric("scrolls", paging.scrolls, 0);
        metric("page_ms_median", median(paging.pageMs));
        metric("page_ms_max", paging.pageMs.empty() ? 0 : *std::max_element(paging.pageMs.begin(), paging.pageMs.end()));
        metric("max_stall_ms", maxStall);
        metric("max_stall_first_page_ms", paging.firstPageStall);
        metric("baseline_rss_mb", paging.baselineRss);
        metric("peak_growth_mb", hwm - paging.baselineRss);
        metric("rss_growth_mb", rss - paging.baselineRss);
        metric("exchange_log_body_mb", double(harness.exchanges()->keptBodyBytes()) / 1048576.0);
        // Per page, as the GUI thread sees it: created -> answer finished (server, wire, parsing off
        // the event loop), and answer finished -> the next page created (the app's own work on a page,
        // the repaint, and the benchmark's scroll).
        std::vector<double> server;
        std::vector<double> client;
        const CountingNam::Record *previous = nullptr;
        for (const CountingNam::Record &r : harness.nam()->records()) {
            if (r.createdNs < paging.switchNs || !r.path.startsWith(QLatin1String("/api/timesheets?")) || !r.finishedNs)
                continue;
            server.push_back(msBetween(r.createdNs, r.finishedNs));
            if (previous)
                client.push_back(msBetween(previous->finishedNs, r.createdNs));
            previous = &r;
        }
        metric("page_request_ms_median", median(server));
        metric("page_client_ms_median", median(client));
        if (log) {
            for (const StallMeter::Gap &g : stall.longGaps())
                std::fprintf(stderr, "# stall %6.1f ms ending at %9.1f ms\n", g.ms, msBetween(paging.switchNs, g.endNs));
            int n = 0;
            for (const CountingNam::Record &r : harness.nam()->records()) {
                if (r.createdNs < paging.switchNs || !r.path.startsWith(QLatin1String("/api/timesheets?")))
                    continue;
                if (n < 5 || n % 100 == 0)
                    std::fprintf(stderr, "# page %4d: created %9.1f sent %9.1f finished %9.1f ms  %s\n", n,
                                 msBetween(paging.switchNs, r.createdNs), msBetween(paging.switchNs, r.sentNs),
                                 msBetween(paging.switchNs, r.finishedNs), qPrintable(r.path.left(60)));
                ++n;
            }
        }
        // Painting the table in the middle of 100,000 rows.
        QTableView *view = harness.timesheetsTab()->view();
        const qint64 t = nowNs();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        view->viewport()->repaint();
        metric("scroll_paint_ms", msBetween(t, nowNs()));
        done();
    });
    steps.start();
    return app.exec();
}

struct Series
{
    QMap<QByteArray, std::vector<double>> values;
    void add(const MetricMap &m)
    {
        for (auto it = m.begin(); it != m.end(); ++it)
            values[it.key()].push_back(it.value());
    }
};

int runDriver(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const int count = argValue(args, QStringLiteral("--timesheets"), QStringLiteral("100000")).toInt();
    const QByteArray prefix = argValue(args, QStringLiteral("--prefix"), QStringLiteral("timesheets")).toUtf8();

    kd::demo::DemoOptions options;
    options.token = QString::fromLatin1(kToken);
    options.timesheetCount = count;
    kd::demo::DemoServer server(options);
    QString error;
    const qint64 t = nowNs();
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_timesheets: the demo server did not start: %s\n", qPrintable(error));
        return 1;
    }
    const double serverStartMs = msBetween(t, nowNs());
    note(QStringLiteral("%1: demo server %2 with %3 timesheets in the driver process (started in %4 ms); %5 runs")
             .arg(QString::fromUtf8(prefix), server.url().toString())
             .arg(server.timesheetCount())
             .arg(serverStartMs, 0, 'f', 0)
             .arg(runs));
    const QStringList childArgs = {QStringLiteral("--child"), QStringLiteral("--server"), server.url().toString(),
                                   QStringLiteral("--user"), server.username(), QStringLiteral("--token"), server.token()};
    ChildRunner runner;
    Series series;
    bool failed = false;
    Steps steps;
    for (int i = 0; i < runs; ++i) {
        steps.add([&](Steps::Done done) {
            runner.run(QCoreApplication::applicationFilePath(), childArgs, [&, done](bool ok, const MetricMap &m, const QByteArray &) {
                if (ok)
                    series.add(m);
                else
                    failed = true;
                done();
            }, 900'000);
        });
    }
    steps.finished = [&] {
        metric(prefix + ".demo_server_timesheets", server.timesheetCount(), 0);
        const QList<QByteArray> order = {"first_page_ms", "all_pages_ms", "rows", "pages", "page_ms_median", "page_ms_max",
                                         "page_request_ms_median", "page_client_ms_median", "max_stall_ms", "max_stall_first_page_ms", "baseline_rss_mb",
                                         "peak_growth_mb", "rss_growth_mb", "exchange_log_body_mb", "scroll_paint_ms"};
        for (const QByteArray &key : order) {
            const std::vector<double> v = series.values.value(key);
            const bool integral = key == "rows" || key == "pages";
            metric(prefix + '.' + key, median(v), integral ? 0 : 1);
        }
        // The worst run as well, for the stall (a single bad run matters to a person).
        const std::vector<double> stalls = series.values.value("max_stall_ms");
        if (!stalls.empty())
            metric(prefix + ".max_stall_worst_run_ms", *std::max_element(stalls.begin(), stalls.end()));
        server.stop();
        QCoreApplication::exit(failed ? 1 : 0);
    };
    steps.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv);
    }
    return runDriver(argc, argv);
}
