// bench_inspector: figures for the JSON inspector, one "name value" line per metric.
//
// For a ~5 MB and a ~50 MB Kimai-like timesheet array it measures: formatJson (pretty + spans),
// the time until JsonInspector emits contentReady, the tree model's first level, and the longest
// GUI event-loop stall meanwhile (a 5 ms timer records the largest gap between its ticks). `jq .`
// on the same file is the reference. Run it on a Release build with QT_QPA_PLATFORM=offscreen.

#include "models/jsonformatter.h"
#include "models/jsontreemodel.h"
#include "ui/jsoninspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>

namespace {

// A timesheet list like GET /api/timesheets?full=true, with varied values and some non-ASCII.
QByteArray kimaiTimesheets(qint64 targetBytes)
{
    static const char *const customers[] = {"Acme Test GmbH", "Globex Corporation", "Initech", "Umbrella \\u00c4rzte e.V.",
                                            "M\xc3\xbcller & S\xc3\xb6hne"};
    static const char *const activities[] = {"Development", "Meeting", "Support", "Design", "Qualit\xc3\xa4tspr\xc3\xbc" "fung"};
    QRandomGenerator rng(20261129);
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += '[';
    for (int id = 1; out.size() < targetBytes; ++id) {
        const QByteArray c = QByteArray::number(rng.bounded(5) + 1);
        const QByteArray p = QByteArray::number(rng.bounded(40) + 1);
        const QByteArray a = QByteArray::number(rng.bounded(5) + 1);
        const int seconds = rng.bounded(28800);
        const QByteArray day = QByteArray::number(10 + id % 18);
        const QByteArray customer = QByteArray("{\"id\":") + c + ",\"name\":\"" + customers[c.toInt() - 1] + "\",\"number\":\"C-00" + c
                                  + "\",\"comment\":\"created for the recording\",\"visible\":true,\"billable\":true,\"color\":null}";
        const QByteArray project = QByteArray("{\"id\":") + p + ",\"customer\":" + customer + ",\"name\":\"Website Relaunch " + p
                                 + "\",\"comment\":null,\"visible\":true,\"billable\":true,\"globalActivities\":true,\"number\":null,\"color\":\"#5319e7\"}";
        if (id > 1)
            out += ',';
        out += "{\"tags\":[\"desktop\",\"test\"],\"id\":" + QByteArray::number(id) + ",\"begin\":\"2026-11-" + day
             + "T09:02:00+0000\",\"end\":\"2026-11-" + day + "T17:03:00+0000\",\"duration\":" + QByteArray::number(seconds)
             + ",\"user\":{\"apiToken\":true,\"initials\":\"SU\",\"id\":1,\"alias\":null,\"title\":null,\"username\":\"susan_super\","
               "\"accountNumber\":null,\"enabled\":true,\"color\":null},\"activity\":{\"id\":" + a + ",\"project\":" + project
             + ",\"name\":\"" + activities[a.toInt() - 1] + "\",\"comment\":\"project activity\",\"visible\":true,\"billable\":true,"
               "\"number\":null,\"color\":null},\"project\":" + project + ",\"description\":\"Entry " + QByteArray::number(id)
             + " \\\"quoted\\\" work on ticket #" + QByteArray::number(rng.bounded(9999)) + "\",\"rate\":"
             + QByteArray::number(seconds / 3600.0 * 85.5, 'f', 2) + ",\"internalRate\":" + QByteArray::number(seconds / 3600.0 * 60.0, 'f', 2)
             + ",\"exported\":false,\"billable\":true,\"metaFields\":[]}";
    }
    out += ']';
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Resets VmHWM (Linux), so that the next peakRssMb() covers only what happens from now on.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

void metric(const QByteArray &name, double value)
{
    std::printf("inspector.%s %.1f\n", name.constData(), value);
    std::fflush(stdout);
}

// Runs asynchronous steps one after the other on the main event loop (no nested loops).
class Steps : public QObject
{
public:
    using Step = std::function<void(std::function<void()> done)>;
    void add(Step step) { m_steps.push_back(std::move(step)); }
    void next()
    {
        if (m_steps.empty()) {
            QCoreApplication::quit();
            return;
        }
        Step step = std::move(m_steps.front());
        m_steps.pop_front();
        step([this] { QTimer::singleShot(0, this, [this] { next(); }); });
    }

private:
    std::deque<Step> m_steps;
};

// Records the longest gap between ticks of a 5 ms timer: how long the GUI thread was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_max = std::max(m_max, m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_max = std::max(m_max, m_clock.nsecsElapsed() / 1e6);
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
};

struct Run
{
    QByteArray label;
    QByteArray body;
    QString file;
    double jqMs = 0;
    double formatMs = 0;
    std::vector<double> ready;
    double maxStall = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    auto *inspector = new kd::JsonInspector;
    inspector->resize(1000, 800);
    inspector->show();
    auto *pretty = inspector->findChild<QPlainTextEdit *>(QStringLiteral("pretty"));
    auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("tabs"));
    StallMeter stall;
    Steps steps;
    std::vector<std::shared_ptr<Run>> runs;
    quint64 nextId = 1;

    for (const auto &[label, bytes, repeats] : {std::tuple{QByteArray("5mb"), qint64(5) << 20, 3}, std::tuple{QByteArray("50mb"), qint64(50) << 20, 1}}) {
        auto run = std::make_shared<Run>();
        run->label = label;
        steps.add([run, bytes = bytes, &dir](auto done) {
            run->body = kimaiTimesheets(bytes);
            run->file = dir.filePath(QString::fromLatin1(run->label) + QStringLiteral(".json"));
            QFile out(run->file);
            if (out.open(QIODevice::WriteOnly))
                out.write(run->body);
            metric(run->label + ".body_mb", run->body.size() / 1048576.0);
            done();
        });
        steps.add([run, repeats = repeats](auto done) {
            std::vector<double> times;
            for (int i = 0; i < repeats; ++i) {
                QElapsedTimer t;
                t.start();
                const kd::FormattedJson f = kd::formatJson(run->body);
                times.push_back(t.nsecsElapsed() / 1e6);
                if (!f.valid)
                    std::printf("# formatter says invalid: %s\n", qPrintable(f.error));
            }
            run->formatMs = median(times);
            metric(run->label + ".format_ms", run->formatMs);
            done();
        });
        steps.add([run, &jq](auto done) {
            if (jq.isEmpty()) {
                std::printf("# jq not found; install it (apt-get install -y jq) for the reference figure\n");
                done();
                return;
            }
            auto *process = new QProcess;
            process->setStandardOutputFile(QProcess::nullDevice());
            auto *clock = new QElapsedTimer;
            QObject::connect(process, &QProcess::finished, process, [run, process, clock, done] {
                run->jqMs = clock->nsecsElapsed() / 1e6;
                metric(run->label + ".jq_ms", run->jqMs);
                delete clock;
                process->deleteLater();
                done();
            });
            clock->start();
            process->start(jq, {QStringLiteral("."), run->file});
        });
        steps.add([](auto done) {
            resetPeakRss();
            done();
        });
        for (int i = 0; i < repeats; ++i) {
            steps.add([run, inspector, &stall, &nextId](auto done) {
                kd::Exchange exchange;
                exchange.id = nextId++;
                exchange.method = "GET";
                exchange.url = QUrl(QStringLiteral("https://kimai.example.com/api/timesheets?full=true"));
                exchange.status = 200;
                exchange.reason = "OK";
                exchange.responseHeaders = {{"Content-Type", "application/json"}};
                exchange.responseBody = run->body;
                exchange.size = run->body.size();
                auto clock = std::make_shared<QElapsedTimer>();
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = QObject::connect(inspector, &kd::JsonInspector::contentReady, inspector, [=, &stall] {
                    run->ready.push_back(clock->nsecsElapsed() / 1e6);
                    QObject::disconnect(*connection);
                    // Keep measuring while the first screen is painted and highlighted.
                    QTimer::singleShot(200, inspector, [=, &stall] {
                        run->maxStall = std::max(run->maxStall, stall.stop());
                        done();
                    });
                });
                stall.start();
                clock->start();
                inspector->showExchange(exchange);
            });
        }
        steps.add([run](auto done) {
            metric(run->label + ".content_ready_ms", median(run->ready));
            if (run->jqMs > 0) {
                std::printf("inspector.%s.format_vs_jq %.2f\n", run->label.constData(), run->formatMs / run->jqMs);
                std::printf("inspector.%s.content_ready_vs_jq %.2f\n", run->label.constData(), median(run->ready) / run->jqMs);
            }
            done();
        });
        steps.add([run, pretty, &stall](auto done) {
            stall.start();
            QElapsedTimer t;
            t.start();
            pretty->verticalScrollBar()->setValue(pretty->verticalScrollBar()->maximum() / 2);
            pretty->viewport()->repaint();
            metric(run->label + ".scroll_paint_ms", t.nsecsElapsed() / 1e6);
            metric(run->label + ".inspector_peak_rss_mb", peakRssMb());
            QTimer::singleShot(100, pretty, [run, &stall, done] {
                run->maxStall = std::max(run->maxStall, stall.stop());
                done();
            });
        });
        steps.add([run, tabs, inspector, &stall](auto done) {
            if (!tabs->isTabEnabled(1)) {
                std::printf("# %s: above the plain-text limit, no tree\n", run->label.constData());
                metric(run->label + ".max_stall_ms", run->maxStall);
                done();
                return;
            }
            stall.start();
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            tabs->setCurrentIndex(1);
            auto poll = std::make_shared<QTimer>();
            poll->setInterval(1);
            QObject::connect(poll.get(), &QTimer::timeout, inspector, [=, &stall] {
                if (inspector->treeModel()->rowCount() == 0)
                    return;
                poll->stop();
                metric(run->label + ".tree_tab_ready_ms", clock->nsecsElapsed() / 1e6);
                QTimer::singleShot(100, inspector, [=, &stall] {
                    run->maxStall = std::max(run->maxStall, stall.stop());
                    metric(run->label + ".max_stall_ms", run->maxStall);
                    tabs->setCurrentIndex(0);
                    done();
                });
            });
            poll->start();
        });
        steps.add([run](auto done) {
            QElapsedTimer t;
            t.start();
            const QJsonDocument document = QJsonDocument::fromJson(run->body);
            const double parse = t.nsecsElapsed() / 1e6;
            t.restart();
            kd::JsonTreeModel model;
            model.setDocument(document);
            model.fetchMore({});
            const int rows = model.rowCount();
            metric(run->label + ".tree_parse_ms", parse);
            metric(run->label + ".tree_first_level_ms", t.nsecsElapsed() / 1e6);
            metric(run->label + ".tree_first_level_nodes", rows);
            done();
        });
        steps.add([run](auto done) {
            run->body.clear();
            done();
        });
        runs.push_back(run);
    }
    steps.add([inspector](auto done) {
        inspector->clear();
        done();
    });
    QTimer::singleShot(0, &steps, [&steps] { steps.next(); });
    const int rc = app.exec();
    delete inspector;
    return rc;
}
