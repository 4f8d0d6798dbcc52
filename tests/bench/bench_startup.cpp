// bench_startup: start-up time, idle memory and the requests of a login, for the app and for the
// floor (a bare Qt Widgets window, bench_bare_window).
//
//   bench_startup [--runs 10] [--memory-runs 3] [--idle-ms 5000] [--prefix startup] [--login-prefix login]
//                 [--bare PATH] [--kimai-desk PATH] [--screenshot-runs 3]
//
// This process hosts the demo server (DemoServer, own thread) and starts every measured program as a
// child process, stamping CLOCK_MONOTONIC just before it starts it ("process start"). The app child
// is the composition of app/main.cpp rebuilt from the same libraries (appharness.h), logged in to the
// demo server on loopback with the Timesheets tab in front. Each run measures, from process start:
//   shown_ms     the window's first paint is on screen (flushed)
//   logged_in_ms LoginController::loggedIn
//   data_ms      the Timesheets table is painted with its rows and their customer/project names
//   settled_ms   what --screenshot waits for: also the running timer known and the inspector idle
// Memory runs stay idle until --idle-ms after process start and report VmHWM (peak RSS), VmRSS and
// RssAnon. The app talks to the demo server through a relay (WireRecorder) that stamps every request
// on the wire; with the app's own record of when it created each request and processed each answer
// (CountingNam) this gives the sequential round trips: the longest chain of requests where each had
// to wait for the one before (for its answer, or for its connection).
// With --kimai-desk, the real executable is also timed end to end with --screenshot.
// With --keychain (the user's configuration; run it inside tests/scripts/with-keyring.sh), the app
// logs in as a user's app does after the first login: the token is read from the Secret Service for
// the saved profile, not handed over.
// --trace prints the stages of one start-up; --log (given to the first timed run) the requests.

#include "appharness.h"
#include "benchsupport.h"

#include "auth/keychaincredentialstore.h"
#include "auth/profilestore.h"
#include "demo/demoserver.h"
#include "session/commandline.h"
#include "session/controlchannel.h"
#include "ui/mainwindow.h"
#include "ui/timesheetstab.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace kdbench;

namespace {

constexpr char kToken[] = "bench-token-0123456789abcdef0123456789";

// --- The measured app (child) ----------------------------------------------------------------

// The paints of the Timesheets table, for the message when the data never showed.
class PaintLog final : public QObject
{
public:
    std::vector<std::pair<qint64, bool>> paints;   // when, and whether the data condition held
    std::function<bool()> condition;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            paints.emplace_back(nowNs(), condition());
        return false;
    }
};

// --trace: the first time each kind of event that matters for the first frame is seen.
class FirstEvents final : public QObject
{
public:
    explicit FirstEvents(std::function<void(const char *)> trace)
        : m_trace(std::move(trace))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        const char *label = nullptr;
        switch (event->type()) {
        case QEvent::Expose: label = "first Expose (platform window)"; break;
        case QEvent::UpdateRequest: label = "first UpdateRequest"; break;
        case QEvent::Paint: label = "first Paint event (repaint begins)"; break;
        case QEvent::LayoutRequest: label = "first LayoutRequest"; break;
        default: break;
        }
        if (label && !m_seen.contains(event->type())) {
            m_seen.insert(event->type());
            m_trace(label);
        }
        return false;
    }

private:
    std::function<void(const char *)> m_trace;
    QSet<QEvent::Type> m_seen;
};

int runAppChild(int argc, char **argv)
{
    const qint64 t0 = processStartNs();
    const qint64 mainNs = nowNs();
    quietOffscreenWarnings();
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int idleMs = argValue(args, QStringLiteral("--idle-ms"), QStringLiteral("0")).toInt();
    const bool log = args.contains(QStringLiteral("--log"));
    const bool tracing = args.contains(QStringLiteral("--trace"));
    auto trace = [tracing, t0](const char *stage, qint64 at = 0) {
        if (tracing)
            std::fprintf(stderr, "# trace %7.1f ms  %s\n", msBetween(t0, at ? at : nowNs()), stage);
    };
    trace("QApplication constructed");
    std::unique_ptr<FirstEvents> firstEvents;
    if (tracing)
        firstEvents = std::make_unique<FirstEvents>([&trace](const char *stage) { trace(stage); });
    AppHarness::Login login;
    login.server = QUrl(argValue(args, QStringLiteral("--server")));
    login.username = argValue(args, QStringLiteral("--user"), QStringLiteral("demo"));
    login.token = argValue(args, QStringLiteral("--token"));

    // As main(): names and icon, settings, translations, the composition, the single-instance
    // probe (one turn of the event loop), the control server, then the window.
    setUpApplication(app);
    trace("names and window icon");
    const std::unique_ptr<QSettings> settings = demoSettings();
    installTranslations(app, kd::AppSettings(settings.get()).language());
    trace("settings and translations");
    const bool keychain = args.contains(QStringLiteral("--keychain"));
    std::unique_ptr<kd::CredentialStore> store;
    if (keychain)
        store = std::make_unique<kd::KeychainCredentialStore>(QStringLiteral(KD_APP_ID));
    AppHarness harness(settings.get(), store.get());
    harness.trace = [&trace](const char *stage) { trace(stage); };
    trace("composition constructed");
    {
        const QString socket = kd::ControlServer::defaultName(true);
        kd::ControlClient probe;
        bool other = false;
        QObject::connect(&probe, &kd::ControlClient::answered, &app, [&other](const QByteArray &) {
            other = true;
            QCoreApplication::exit(0);
        });
        QObject::connect(&probe, &kd::ControlClient::noInstance, &app, [] { QCoreApplication::exit(0); });
        kd::CommandLine show;
        show.command = kd::CommandLine::Command::Show;
        probe.send(socket, show.commandJson());
        app.exec();
        if (other) {
            note(QStringLiteral("another instance answered on the control socket; use a fresh XDG_RUNTIME_DIR"));
            return 2;
        }
    }
    trace("single-instance probe done");
    kd::ControlServer control([](const QByteArray &, std::function<void(const QByteArray &)> reply) { reply("{}"); });
    control.listen(kd::ControlServer::defaultName(true));
    trace("control server listening");

    qint64 shownNs = 0;
    qint64 loggedInNs = 0;
    qint64 dataNs = 0;
    qint64 settledNs = 0;
    QTimer settlePoll;
    settlePoll.setInterval(1);

    auto finish = [&] {
        metric("main_ms", msBetween(t0, mainNs));
        metric("shown_ms", msBetween(t0, shownNs));
        metric("logged_in_ms", msBetween(t0, loggedInNs));
        metric("data_ms", msBetween(t0, dataNs));
        metric("data_after_shown_ms", msBetween(shownNs, dataNs));
        metric("settled_ms", msBetween(t0, settledNs));
        CountingNam *nam = harness.nam();
        metric("app_round_trips_to_logged_in", nam->sequentialRoundTrips(loggedInNs), 0);
        metric("requests_to_logged_in", nam->requestCount(loggedInNs), 0);
        metric("app_round_trips_to_usable", nam->sequentialRoundTrips(dataNs), 0);
        metric("requests_to_usable", nam->requestCount(dataNs), 0);
        // Absolute stamps and the requests, for the driver's wire recorder.
        metric("logged_in_at_ns", double(loggedInNs), 0);
        metric("data_at_ns", double(dataNs), 0);
        for (const CountingNam::Record &r : nam->records())
            std::printf("# request %lld %lld %s %s\n", static_cast<long long>(r.createdNs), static_cast<long long>(r.finishedNs),
                        r.method.constData(), r.target.constData());
        std::fflush(stdout);
        if (log) {
            std::fprintf(stderr, "# (GUI thread) created / finished, ms after process start:\n");
            for (const CountingNam::Record &r : nam->records())
                std::fprintf(stderr, "#   %7.1f %7.1f  %s %s\n", msBetween(t0, r.createdNs),
                             r.finishedNs ? msBetween(t0, r.finishedNs) : -1.0, r.method.constData(), qPrintable(r.path.left(90)));
            std::fprintf(stderr, "# the app's own chain to usable: %s\n", qPrintable(nam->longestChain(dataNs).join(QStringLiteral(" -> "))));
        }
        if (idleMs <= 0) {
            QCoreApplication::quit();
            return;
        }
        const qint64 wait = std::max<qint64>(0, idleMs - qint64(msBetween(t0, nowNs())));
        QTimer::singleShot(int(wait), &app, [&harness] {
            metric("hwm_mb", peakRssMb());
            metric("rss_mb", rssMb());
            metric("anon_mb", statusMb("RssAnon"));
            metric("requests_idle", harness.nam()->requestCount(), 0);
            QCoreApplication::quit();
        });
    };

    QObject::connect(&settlePoll, &QTimer::timeout, &app, [&] {
        if (!harness.settled())
            return;
        settlePoll.stop();
        settledNs = nowNs();
        finish();
    });
    QObject::connect(harness.login(), &kd::LoginController::loggedIn, &app, [&] {
        loggedInNs = nowNs();
        trace("loggedIn");
    });
    QObject::connect(harness.login(), &kd::LoginController::failed, &app, [](const kd::ApiError &e) {
        note(QStringLiteral("login failed: %1").arg(e.message()));
        QCoreApplication::exit(1);
    });
    PaintLog paintLog;
    paintLog.condition = [&harness] { return harness.timesheetsShown(); };
    QTimer::singleShot(60'000, &app, [&harness, t0, &paintLog] {
        for (const auto &[ns, ok] : paintLog.paints)
            note(QStringLiteral("  table painted at %1 ms, data condition %2").arg(msBetween(t0, ns)).arg(ok));
        note(QStringLiteral("app: no data on screen within 60 s (timesheets %1, catalog complete %2, rows %3, shown %4)")
                 .arg(int(harness.timesheets()->state()))
                 .arg(harness.catalog()->isComplete())
                 .arg(harness.timesheets()->model()->rowCount())
                 .arg(harness.timesheetsShown()));
        for (const CountingNam::Record &r : harness.nam()->records()) {
            if (!r.finishedNs)
                note(QStringLiteral("  unanswered since %1 ms: %2").arg(msBetween(t0, r.createdNs)).arg(r.path));
        }
        QCoreApplication::exit(3);
    });

    harness.startGui(login, QStringLiteral("timesheets"), [&] {
        kd::MainWindow *window = harness.window();
        app.whenPainted(window, BenchApplication::Scope::Window, nullptr, [&](qint64 ns) {
            shownNs = ns;
            trace("first frame of the window painted and flushed", ns);
        });
        // The tabs are built after the first frame; asking for one earlier would build them.
        QObject::connect(window, &kd::MainWindow::workspaceReady, &app, [&] {
            trace("workspace built");
            harness.timesheetsTab()->view()->viewport()->installEventFilter(&paintLog);
            app.whenPainted(
                harness.timesheetsTab()->view()->viewport(), BenchApplication::Scope::Widget,
                [&harness] { return harness.timesheetsShown(); },
                [&](qint64 ns) {
                    dataNs = ns;
                    trace("Timesheets table painted with its data", ns);
                    settlePoll.start();
                });
        });
    });
    return app.exec();
}

// --- The driver ------------------------------------------------------------------------------

struct Series
{
    QMap<QByteArray, std::vector<double>> values;
    void add(const MetricMap &m)
    {
        for (auto it = m.begin(); it != m.end(); ++it)
            values[it.key()].push_back(it.value());
    }
    double median(const QByteArray &key) const { return kdbench::median(values.value(key)); }
    double max(const QByteArray &key) const
    {
        const std::vector<double> v = values.value(key);
        return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
    }
    int count(const QByteArray &key) const { return int(values.value(key).size()); }
};

int runDriver(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("10")).toInt();
    const int memoryRuns = argValue(args, QStringLiteral("--memory-runs"), QStringLiteral("3")).toInt();
    const int idleMs = argValue(args, QStringLiteral("--idle-ms"), QStringLiteral("5000")).toInt();
    const int screenshotRuns = argValue(args, QStringLiteral("--screenshot-runs"), QStringLiteral("3")).toInt();
    const QByteArray prefix = argValue(args, QStringLiteral("--prefix"), QStringLiteral("startup")).toUtf8();
    const QByteArray loginPrefix = argValue(args, QStringLiteral("--login-prefix"), QStringLiteral("login")).toUtf8();
    const QString self = QCoreApplication::applicationFilePath();
    const QString dir = QCoreApplication::applicationDirPath();
    const QString bare = argValue(args, QStringLiteral("--bare"), dir + QStringLiteral("/bench_bare_window"));
    const QString kimaiDesk = argValue(args, QStringLiteral("--kimai-desk"));

    kd::demo::DemoOptions options;
    options.token = QString::fromLatin1(kToken);
    kd::demo::DemoServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_startup: the demo server did not start: %s\n", qPrintable(error));
        return 1;
    }
    WireRecorder wire;
    const QUrl relayed = wire.start(server.url(), &error);
    if (relayed.isEmpty()) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
        return 1;
    }
    const bool keychain = args.contains(QStringLiteral("--keychain"));
    QStringList appArgs = {QStringLiteral("--child"), QStringLiteral("--server"), relayed.toString(),
                           QStringLiteral("--user"), server.username()};
    if (keychain)
        appArgs << QStringLiteral("--keychain");   // the token comes from the Secret Service
    else
        appArgs << QStringLiteral("--token") << server.token();
    if (args.contains(QStringLiteral("--trace")))
        appArgs.append(QStringLiteral("--trace"));
    note(QStringLiteral("%1: demo server %2 with %3 timesheets in the driver process; %4 timed runs, %5 memory runs")
             .arg(QString::fromUtf8(prefix), server.url().toString())
             .arg(server.timesheetCount())
             .arg(runs)
             .arg(memoryRuns));

    ChildRunner runner;
    Series bareRuns, appRuns, bareIdle, appIdle;
    // --keychain: a saved login (profile in the settings, token in the Secret Service), as after a
    // user's first login with "remember"; every app child starts with a copy of those settings.
    QTemporaryDir savedLogin;
    kd::KeychainCredentialStore keychainStore(QStringLiteral(KD_APP_ID));
    if (keychain) {
        QSettings saved(savedLogin.filePath(QStringLiteral("KimaiDesk/kimai-desk-demo.ini")), QSettings::IniFormat);
        kd::ProfileStore profiles(&saved);
        kd::ServerProfile profile;
        profile.serverUrl = relayed.toString();
        profile.username = server.username();
        profile.authMode = kd::AuthMode::Bearer;
        profile.displayName = QStringLiteral("Demo");
        profile.tokenStored = true;
        profile.id = profiles.save(profile);
        profiles.setLastProfileId(profile.id);
        profiles.setAutoLoginEnabled(true);
        saved.sync();
        runner.setConfigTemplate(savedLogin.path());
        kd::CredentialJob *job = keychainStore.write(profile.credentialKey(), server.token());
        bool stored = false;
        QObject::connect(job, &kd::CredentialJob::finished, &app, [&stored](kd::CredentialJob *done) {
            stored = done->ok();
            if (!stored)
                std::fprintf(stderr, "bench_startup: the token could not be stored in the keychain: %s\n",
                             qPrintable(done->errorText()));
            QCoreApplication::exit(0);
        });
        app.exec();
        if (!stored)
            return 1;
    }
    std::vector<double> screenshot;
    bool failed = false;
    Steps steps;
    auto child = [&](const QString &program, QStringList childArgs, Series *into) {
        steps.add([&runner, &failed, &wire, program, childArgs, into](Steps::Done done) {
            wire.clear();
            runner.run(program, childArgs, [&failed, &wire, into, done, childArgs](bool ok, MetricMap m, const QByteArray &output) {
                if (ok && m.contains("data_at_ns")) {
                    // What happened on the wire until the login was done and until the data was on screen.
                    const QList<WireRecorder::Exchange> log = wire.exchanges();
                    const QList<WireRecorder::AppSide> appSide = WireRecorder::parseAppSide(output);
                    const auto loggedIn = qint64(m.value("logged_in_at_ns"));
                    const auto data = qint64(m.value("data_at_ns"));
                    const QStringList chain = WireRecorder::longestChain(log, appSide, data);
                    m.insert("wire_round_trips_to_logged_in", WireRecorder::longestChain(log, appSide, loggedIn).size());
                    m.insert("wire_round_trips_to_usable", chain.size());
                    m.insert("wire_requests_to_usable", WireRecorder::requestCount(log, data));
                    m.insert("wire_connections", wire.connections());
                    if (childArgs.contains(QStringLiteral("--log"))) {
                        std::fprintf(stderr, "# on the wire (ms after the login was done: request begins / answer ends, connection):\n");
                        for (const WireRecorder::Exchange &e : log)
                            std::fprintf(stderr, "#   %7.1f %7.1f  #%d  %s\n", msBetween(loggedIn, e.startNs),
                                         e.answerEndNs ? msBetween(loggedIn, e.answerEndNs) : -1.0, e.connection,
                                         e.requestLine.left(90).constData());
                        std::fprintf(stderr, "# the longest chain on the wire to usable: %s\n", qPrintable(chain.join(QStringLiteral(" -> "))));
                    }
                }
                if (!ok)
                    failed = true;
                else if (into)
                    into->add(m);
                done();
            });
        });
    };
    // One warm-up of each (page cache, font cache), not counted.
    child(bare, {}, nullptr);
    child(self, appArgs, nullptr);
    for (int i = 0; i < runs; ++i) {
        child(bare, {}, &bareRuns);
        child(self, i == 0 ? appArgs + QStringList{QStringLiteral("--log")} : appArgs, &appRuns);
    }
    for (int i = 0; i < memoryRuns; ++i) {
        child(bare, {QStringLiteral("--idle-ms"), QString::number(idleMs)}, &bareIdle);
        child(self, appArgs + QStringList{QStringLiteral("--idle-ms"), QString::number(idleMs)}, &appIdle);
    }

    // The real executable, end to end: `kimai-desk --demo --tab timesheets --screenshot` exits once
    // what it waits for is on screen plus its fixed 400 ms settle delay and a 100 ms poll.
    QTemporaryDir shots;
    if (!kimaiDesk.isEmpty() && screenshotRuns > 0) {
        for (int i = 0; i < screenshotRuns + 1; ++i) {
            steps.add([&, i](Steps::Done done) {
                auto *process = new QProcess(&app);
                QProcessEnvironment env = runner.environment();
                const QString home = shots.path() + QStringLiteral("/run-%1").arg(i);
                for (const char *sub : {"config", "data", "runtime"})
                    QDir().mkpath(home + QLatin1Char('/') + QLatin1String(sub));
                env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
                env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
                env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
                QFile::setPermissions(home + QStringLiteral("/runtime"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                process->setProcessEnvironment(env);
                process->setStandardOutputFile(QProcess::nullDevice());
                auto clock = std::make_shared<QElapsedTimer>();
                QObject::connect(process, &QProcess::finished, &app, [&, process, clock, i, done](int code) {
                    // Its messages, without the offscreen platform's one about size hints.
                    const QList<QByteArray> lines = process->readAllStandardError().split('\n');
                    for (const QByteArray &line : lines) {
                        if (!line.isEmpty() && !line.contains("propagateSizeHints"))
                            std::fprintf(stderr, "kimai-desk: %s\n", line.constData());
                    }
                    if (code != 0)
                        std::fprintf(stderr, "bench_startup: kimai-desk --screenshot exited with %d\n", code);
                    else if (i > 0)   // the first is a warm-up
                        screenshot.push_back(double(clock->nsecsElapsed()) / 1e6);
                    process->deleteLater();
                    done();
                });
                clock->start();
                process->start(kimaiDesk, {QStringLiteral("--demo"), QStringLiteral("--tab"), QStringLiteral("timesheets"),
                                           QStringLiteral("--screenshot"), home + QStringLiteral("/shot.png")});
            });
        }
    }

    steps.finished = [&] {
        auto out = [&prefix](const char *name, double value, int decimals = 1) { metric(prefix + '.' + name, value, decimals); };
        out("bare.main_ms", bareRuns.median("main_ms"));
        out("bare.shown_ms", bareRuns.median("shown_ms"));
        out("app.main_ms", appRuns.median("main_ms"));
        out("app.shown_ms", appRuns.median("shown_ms"));
        const double bareShown = bareRuns.median("shown_ms");
        out("app.shown_vs_bare", bareShown > 0 ? appRuns.median("shown_ms") / bareShown : 0, 2);
        out("app.logged_in_ms", appRuns.median("logged_in_ms"));
        out("app.data_ms", appRuns.median("data_ms"));
        out("app.data_after_shown_ms", appRuns.median("data_after_shown_ms"));
        out("app.settled_ms", appRuns.median("settled_ms"));
        out("bare.idle_hwm_mb", bareIdle.median("hwm_mb"));
        out("app.idle_hwm_mb", appIdle.median("hwm_mb"));
        const double bareHwm = bareIdle.median("hwm_mb");
        out("app.idle_hwm_vs_bare", bareHwm > 0 ? appIdle.median("hwm_mb") / bareHwm : 0, 2);
        out("bare.idle_rss_mb", bareIdle.median("rss_mb"));
        out("app.idle_rss_mb", appIdle.median("rss_mb"));
        out("bare.idle_anon_mb", bareIdle.median("anon_mb"));
        out("app.idle_anon_mb", appIdle.median("anon_mb"));
        if (!screenshot.empty())
            out("kimai_desk.screenshot_exit_ms", kdbench::median(screenshot));
        if (!loginPrefix.isEmpty()) {
            auto login = [&loginPrefix](const char *name, double value) { metric(loginPrefix + '.' + name, value, 0); };
            login("round_trips_to_logged_in", appRuns.median("wire_round_trips_to_logged_in"));
            login("round_trips_to_usable", appRuns.median("wire_round_trips_to_usable"));
            login("round_trips_to_usable_worst_run", appRuns.max("wire_round_trips_to_usable"));
            login("app_round_trips_to_usable", appRuns.median("app_round_trips_to_usable"));
            login("requests_to_logged_in", appRuns.median("requests_to_logged_in"));
            login("requests_to_usable", appRuns.median("wire_requests_to_usable"));
            login("connections_opened", appRuns.median("wire_connections"));
            login("requests_first_idle_period", appIdle.median("requests_idle"));
        }
        if (failed || appRuns.count("data_ms") < runs)
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
