// bench_wakeups: how often the GUI thread wakes up when nothing happens (laptop battery).
//
//   bench_wakeups [--seconds 60] [--prefix wakeups]
//
// The driver hosts the demo server (so the server is another process for the app) and runs, one after
// the other, as child processes:
//   bare         the bare Qt window (bench_bare_window), shown and idle: the floor
//   shown        the app logged in, window shown, no timer running, active-entry polling off
//   shown_poll   the same with the default polling of the active entry (every 60 s)
//   running      a timer running, the window shown (its clock ticks each second), polling off
//   hidden       a timer running, the window hidden to the tray, polling off
//   hidden_poll  the same with the default polling
// Each counts the main thread's wake-ups (voluntary + involuntary context switches, from
// /proc/self/task/<pid>/status) over --seconds once the app has settled, and prints them per minute.

#include "appharness.h"
#include "benchsupport.h"

#include "demo/demoserver.h"
#include "ui/mainwindow.h"
#include "ui/shell.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

using namespace kdbench;

namespace {

constexpr char kToken[] = "bench-token-0123456789abcdef0123456789";
constexpr int kSettleMs = 3000;

int runAppChild(int argc, char **argv)
{
    quietOffscreenWarnings();
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString scenario = argValue(args, QStringLiteral("--scenario"));
    const int seconds = argValue(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int poll = argValue(args, QStringLiteral("--poll-seconds"), QStringLiteral("0")).toInt();
    AppHarness::Login login;
    login.server = QUrl(argValue(args, QStringLiteral("--server")));
    login.username = argValue(args, QStringLiteral("--user"), QStringLiteral("demo"));
    login.token = argValue(args, QStringLiteral("--token"));

    setUpApplication(app);
    const std::unique_ptr<QSettings> settings = demoSettings();
    kd::AppSettings(settings.get()).setActiveRefreshSeconds(poll);
    AppHarness harness(settings.get());
    const bool hidden = scenario == QLatin1String("hidden");
    const bool needsTimer = hidden || scenario == QLatin1String("running");

    bool measuring = false;
    auto measure = [&] {
        if (measuring || !harness.settled() || (needsTimer && !harness.timer()->isRunning()))
            return;
        measuring = true;
        if (hidden) {
            // Hidden to the tray (where there is no tray host, as on Xvfb, the icon still asks for its
            // once-a-minute tooltip ticks, as it would on a desktop).
            harness.shell()->tray()->setVisible(true);
            harness.window()->hide();
        }
        countWakeups(kSettleMs, seconds, [](double perMinute) {
            metric("wakeups_per_min", perMinute);
            QCoreApplication::quit();
        });
    };
    QObject::connect(harness.timer(), &kd::TimerController::activeChanged, &app, measure);
    QObject::connect(harness.timesheets(), &kd::Loader::stateChanged, &app, measure);
    QObject::connect(harness.catalog(), &kd::Catalog::namesChanged, &app, measure);
    QObject::connect(harness.login(), &kd::LoginController::failed, &app, [](const kd::ApiError &e) {
        note(QStringLiteral("login failed: %1").arg(e.message()));
        QCoreApplication::exit(1);
    });
    // A fallback check while settling (the inspector formats off the GUI thread): stops once measuring.
    QTimer settle;
    settle.setInterval(100);
    QObject::connect(&settle, &QTimer::timeout, &app, [&] {
        measure();
        if (measuring)
            settle.stop();
    });
    settle.start();
    QTimer::singleShot(60'000 + seconds * 1000 + kSettleMs, &app, [] {
        note(QStringLiteral("app: did not settle"));
        QCoreApplication::exit(3);
    });
    harness.startGui(login, QStringLiteral("timesheets"));
    return app.exec();
}

int runDriver(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString seconds = argValue(args, QStringLiteral("--seconds"), QStringLiteral("60"));
    const QByteArray prefix = argValue(args, QStringLiteral("--prefix"), QStringLiteral("wakeups")).toUtf8();
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_bare_window");

    kd::demo::DemoOptions options;
    options.token = QString::fromLatin1(kToken);
    kd::demo::DemoServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_wakeups: the demo server did not start: %s\n", qPrintable(error));
        return 1;
    }
    note(QStringLiteral("wake-ups of the GUI thread per minute, counted over %1 s per scenario; demo server %2")
             .arg(seconds, server.url().toString()));
    const QStringList appArgs = {QStringLiteral("--child"), QStringLiteral("--server"), server.url().toString(),
                                 QStringLiteral("--user"), server.username(), QStringLiteral("--token"), server.token(),
                                 QStringLiteral("--seconds"), seconds};

    // A client of the driver's own, to start and stop "the timer that runs elsewhere" for the hidden runs.
    QNetworkAccessManager nam;
    kd::KimaiClient client(&nam);
    client.setServer(kd::ServerUrl::fromUserInput(server.url().toString()));
    client.setCredentials(server.username(), server.token(), kd::AuthMode::Bearer);

    ChildRunner runner;
    Steps steps;
    bool failed = false;
    QMap<QByteArray, double> results;
    auto child = [&](const QByteArray &name, const QString &program, const QStringList &childArgs) {
        steps.add([&, name, program, childArgs](Steps::Done done) {
            runner.run(program, childArgs, [&, name, done](bool ok, MetricMap m, const QByteArray &) {
                if (!ok || !m.contains("wakeups_per_min"))
                    failed = true;
                else
                    results.insert(name, m.value("wakeups_per_min"));
                done();
            }, (seconds.toInt() + 120) * 1000);
        });
    };
    auto setRunning = [&](bool running) {
        steps.add([&, running](Steps::Done done) {
            if (!running) {
                const QList<int> ids = server.runningIds();
                auto left = std::make_shared<int>(int(ids.size()));
                if (ids.isEmpty())
                    done();
                for (const int id : ids) {
                    auto *r = client.stopTimesheet(id);
                    QObject::connect(r, &kd::ApiReply::finished, &app, [left, done] {
                        if (--*left == 0)
                            done();
                    });
                }
                return;
            }
            auto *list = client.projects();
            QObject::connect(list, &kd::ApiReply::finished, &app, [&, list, done] {
                const QList<kd::Project> projects = list->result();
                kd::ActivityQuery q;
                q.projects = {projects.value(0).id};
                auto *acts = client.activities(q);
                QObject::connect(acts, &kd::ApiReply::finished, &app, [&, acts, projects, done] {
                    kd::TimesheetForm form;
                    form.project = projects.value(0).id;
                    form.activity = acts->result().value(0).id;
                    auto *start = client.createTimesheet(form);
                    QObject::connect(start, &kd::ApiReply::finished, &app, [start, done] {
                        if (!start->ok())
                            std::fprintf(stderr, "bench_wakeups: could not start a timer: %s\n", qPrintable(start->error().message()));
                        done();
                    });
                });
            });
        });
    };

    child("bare", bare, {QStringLiteral("--wakeups-seconds"), seconds});
    setRunning(false);
    child("shown", QCoreApplication::applicationFilePath(), appArgs + QStringList{QStringLiteral("--scenario"), QStringLiteral("shown")});
    child("shown_poll", QCoreApplication::applicationFilePath(),
          appArgs + QStringList{QStringLiteral("--scenario"), QStringLiteral("shown"), QStringLiteral("--poll-seconds"), QStringLiteral("60")});
    setRunning(true);
    child("running", QCoreApplication::applicationFilePath(), appArgs + QStringList{QStringLiteral("--scenario"), QStringLiteral("running")});
    child("hidden", QCoreApplication::applicationFilePath(), appArgs + QStringList{QStringLiteral("--scenario"), QStringLiteral("hidden")});
    child("hidden_poll", QCoreApplication::applicationFilePath(),
          appArgs + QStringList{QStringLiteral("--scenario"), QStringLiteral("hidden"), QStringLiteral("--poll-seconds"), QStringLiteral("60")});
    setRunning(false);

    steps.finished = [&] {
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            metric(prefix + '.' + it.key() + "_per_min", it.value());
        const double floor = results.value("bare");
        metric(prefix + ".shown_beyond_bare_per_min", results.value("shown") - floor);
        metric(prefix + ".hidden_beyond_bare_per_min", results.value("hidden") - floor);
        if (failed)
            note(QStringLiteral("some runs failed; see the messages above"));
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
            return runAppChild(argc, argv);
    }
    return runDriver(argc, argv);
}
