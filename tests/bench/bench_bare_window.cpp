// bench_bare_window: the floor for start-up on this machine. A bare Qt Widgets window with a menu
// bar, seven tabs and a status bar, linked against Qt Widgets only, measured the same way as the app
// (bench_startup runs both as child processes and stamps the moment it started them).
//
//   bench_bare_window [--idle-ms N] [--wakeups-seconds N]
//
// Prints "main_ms" (process start -> main()), "shown_ms" (process start -> first paint of the window
// flushed), with --idle-ms the peak and current resident memory N ms after process start, and with
// --wakeups-seconds the GUI thread's wake-ups per minute while the shown window sits idle.

#include "benchcore.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace kdbench;

int main(int argc, char **argv)
{
    const qint64 t0 = processStartNs();
    const qint64 mainNs = nowNs();
    quietOffscreenWarnings();
    BenchApplication app(argc, argv);
    const int idleMs = argValue(app.arguments(), QStringLiteral("--idle-ms"), QStringLiteral("0")).toInt();
    const int wakeupSeconds = argValue(app.arguments(), QStringLiteral("--wakeups-seconds"), QStringLiteral("0")).toInt();

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    for (const char *title : {"&File", "&Timer", "&View", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Action"));
    auto *tabs = new QTabWidget(&window);
    tabs->setDocumentMode(true);
    for (int i = 1; i <= 7; ++i) {
        auto *page = new QWidget(tabs);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Page %1").arg(i), page));
        tabs->addTab(page, QStringLiteral("Tab %1").arg(i));
    }
    tabs->setCurrentIndex(2);
    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);

    app.whenPainted(&window, BenchApplication::Scope::Window, nullptr, [&](qint64 ns) {
        metric("main_ms", msBetween(t0, mainNs));
        metric("shown_ms", msBetween(t0, ns));
        if (wakeupSeconds > 0) {
            countWakeups(2000, wakeupSeconds, [](double perMinute) {
                metric("wakeups_per_min", perMinute);
                QCoreApplication::quit();
            });
            return;
        }
        if (idleMs <= 0) {
            QCoreApplication::quit();
            return;
        }
        const qint64 wait = std::max<qint64>(0, idleMs - qint64(msBetween(t0, nowNs())));
        QTimer::singleShot(int(wait), &app, [] {
            metric("hwm_mb", peakRssMb());
            metric("rss_mb", rssMb());
            metric("anon_mb", statusMb("RssAnon"));
            QCoreApplication::quit();
        });
    });
    QTimer::singleShot(60'000 + wakeupSeconds * 1000, &app, [] {
        note(QStringLiteral("bare window: nothing painted within 60 s"));
        QCoreApplication::exit(3);
    });
    window.show();
    return app.exec();
}
