// The XScreenSaver idle source on a real X server (Xvfb started by the test): found when there is
// a display and no Wayland session, chosen by DesktopIdleMonitor when no D-Bus source answers,
// and idle spans whose start comes from the server's idle time. Input is simulated with
// XForceScreenSaver(ScreenSaverReset), which resets the server's idle time as input does.

#include "core/clock.h"
#include "desktop/desktopidlemonitor.h"
#include "desktop/xscreensaveridlemonitor.h"
#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <X11/Xlib.h>

using namespace kd;
using namespace kd::test;

class TestDesktopX11 : public QObject
{
    Q_OBJECT

    SystemClock clock;
    QProcess xvfb;
    QString display;
    Display *x = nullptr;

    // Input now, as far as the X server's idle time is concerned.
    QDateTime input()
    {
        XForceScreenSaver(x, ScreenSaverReset);
        XSync(x, False);
        return clock.now();
    }

    static bool near(const QDateTime &a, const QDateTime &b, qint64 toleranceMs = 250)
    {
        return a.isValid() && b.isValid() && qAbs(a.msecsTo(b)) <= toleranceMs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Xvfb writes its display number to stdout once it accepts connections.
        xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                                            QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                                            QStringLiteral("320x240x24")});
        QVERIFY2(xvfb.waitForStarted(10'000), "Xvfb (package xvfb) is needed");
        QByteArray out;
        while (!out.contains('\n') && xvfb.waitForReadyRead(10'000))
            out += xvfb.readAllStandardOutput();
        QVERIFY2(out.contains('\n'), "Xvfb gave no display number");
        display = QLatin1Char(':') + QString::fromLatin1(out.trimmed());
        x = XOpenDisplay(display.toLatin1().constData());
        QVERIFY(x);
    }

    void cleanupTestCase()
    {
        if (x)
            XCloseDisplay(x);
        xvfb.terminate();
        xvfb.waitForFinished(5000);
    }

    void availability()
    {
        XScreenSaverIdleMonitor named(&clock, display);
        QVERIFY(named.available());
        QCOMPARE(named.sourceName(), QStringLiteral("XScreenSaver"));
        QVERIFY(named.readIdleMs() >= 0);

        XScreenSaverIdleMonitor noSuchDisplay(&clock, QStringLiteral(":4711"));
        QVERIFY(!noSuchDisplay.available());
        QCOMPARE(noSuchDisplay.readIdleMs(), -1);

        // From $DISPLAY, but not on a Wayland session (XWayland sees only X11 windows' input).
        qputenv("DISPLAY", display.toLatin1());
        qunsetenv("WAYLAND_DISPLAY");
        QVERIFY(XScreenSaverIdleMonitor(&clock).available());
        qputenv("WAYLAND_DISPLAY", "wayland-0");
        QVERIFY(!XScreenSaverIdleMonitor(&clock).available());
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("DISPLAY");
        QVERIFY(!XScreenSaverIdleMonitor(&clock).available());
    }

    // No D-Bus source on the bus: the X server's is taken.
    void chosenWhenNoDBusSource()
    {
        FakeDesktop fake({QStringLiteral("--profile=none")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        DesktopIdleMonitor monitor(QDBusConnection::sessionBus(), &clock);
        monitor.setX11Display(display);
        QSignalSpy finished(&monitor, &DesktopIdleMonitor::probeFinished);
        monitor.probe();
        QVERIFY(finished.wait(10'000));
        QVERIFY(monitor.available());
        QCOMPARE(monitor.sourceName(), QStringLiteral("XScreenSaver"));
    }

    // Threshold 300 ms, readings every 50 ms: idleness began at the last input, not when noticed.
    void idleSpan()
    {
        XScreenSaverIdleMonitor monitor(&clock, display);
        monitor.setPollIntervalMs(50);
        QSignalSpy began(&monitor, &IdleMonitor::idleBegan);
        QSignalSpy back(&monitor, &IdleMonitor::activeAgain);
        const QDateTime lastInput = input();
        monitor.start(300);
        QVERIFY(began.wait(5000));
        const QDateTime since = began.at(0).at(0).toDateTime();
        QVERIFY2(near(since, lastInput), qPrintable(QString::number(lastInput.msecsTo(since))));
        QVERIFY(lastInput.msecsTo(clock.now()) >= 300);

        const QDateTime returned = input();
        QVERIFY(back.wait(5000));
        QCOMPARE(back.at(0).at(0).toDateTime(), since);
        QVERIFY(near(back.at(0).at(1).toDateTime(), returned));
        monitor.stop();
        QCOMPARE(monitor.plannedPollMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestDesktopX11)
#include "tst_desktop_x11.moc"
