// The idle sources through real D-Bus (a private session bus, kd-fake-desktop standing in for
// GNOME's Mutter and KDE's ScreenSaver): which source is chosen, idle spans with the moment
// idleness began taken from the reported idle time, polling only while watching and no more often
// than every 30 s.

#include "core/clock.h"
#include "desktop/desktopidlemonitor.h"
#include "desktop/screensaveridlemonitor.h"
#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
constexpr qint64 kMinute = 60'000;

// Two moments that should be the same, give or take the time the calls took.
bool near(const QDateTime &a, const QDateTime &b, qint64 toleranceMs = 3000)
{
    return a.isValid() && b.isValid() && qAbs(a.msecsTo(b)) <= toleranceMs;
}
}

class TestDesktopIdle : public QObject
{
    Q_OBJECT

    SystemClock clock;

    std::unique_ptr<DesktopIdleMonitor> probed(const QStringList &fakeArgs, std::unique_ptr<FakeDesktop> &fake)
    {
        fake = std::make_unique<FakeDesktop>(fakeArgs);
        if (!fake->started)
            return nullptr;
        auto monitor = std::make_unique<DesktopIdleMonitor>(QDBusConnection::sessionBus(), &clock);
        monitor->setPollIntervalMs(100);
        QSignalSpy finished(monitor.get(), &DesktopIdleMonitor::probeFinished);
        monitor->probe();
        if (!finished.wait(10'000))
            return nullptr;
        return monitor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(FakeDesktop::onTestBuses(), "run under tests/scripts/with-test-dbus.sh");
    }

    void sourceChosen_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("source");
        QTest::newRow("GNOME: Mutter, though a ScreenSaver is there") << "gnome" << "org.gnome.Mutter.IdleMonitor";
        QTest::newRow("KDE: ScreenSaver, no Mutter") << "kde" << "org.freedesktop.ScreenSaver";
        QTest::newRow("only a ScreenSaver that cannot tell idle time") << "stub" << "";
        QTest::newRow("none") << "none" << "";
    }

    void sourceChosen()
    {
        QFETCH(QString, profile);
        QFETCH(QString, source);
        std::unique_ptr<FakeDesktop> fake;
        auto monitor = probed({QStringLiteral("--profile=") + profile}, fake);
        QVERIFY2(fake->started, qPrintable(fake->error));
        QVERIFY(monitor);
        QCOMPARE(monitor->available(), !source.isEmpty());
        QCOMPARE(monitor->sourceName(), source);

        // A reading: the idle time set, or "unknown".
        fake->setIdleTime(7 * kMinute);
        QSignalSpy reported(monitor.get(), &IdleMonitor::idleTimeReported);
        monitor->queryIdleTime();
        QVERIFY(reported.wait(5000));
        const qint64 ms = reported.at(0).at(0).toLongLong();
        if (source.isEmpty()) {
            QCOMPARE(ms, -1);
        } else {
            QVERIFY2(ms >= 7 * kMinute && ms < 7 * kMinute + 3000, qPrintable(QString::number(ms)));
        }
    }

    // A query before the probe has answered is answered once it has.
    void queryBeforeProbe()
    {
        FakeDesktop fake({QStringLiteral("--profile=kde")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        fake.setIdleTime(3 * kMinute);
        DesktopIdleMonitor monitor(QDBusConnection::sessionBus(), &clock);
        QSignalSpy reported(&monitor, &IdleMonitor::idleTimeReported);
        monitor.queryIdleTime();
        QVERIFY(monitor.probing());
        QVERIFY(reported.wait(5000));
        QVERIFY(reported.at(0).at(0).toLongLong() >= 3 * kMinute);
        QCOMPARE(monitor.sourceName(), QStringLiteral("org.freedesktop.ScreenSaver"));
    }

    void idleSpan_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("GNOME (watches)") << "gnome";
        QTest::newRow("KDE (polled)") << "kde";
    }

    // 25 minutes without input, then input: one span, beginning 25 minutes before it was noticed.
    void idleSpan()
    {
        QFETCH(QString, profile);
        std::unique_ptr<FakeDesktop> fake;
        auto monitor = probed({QStringLiteral("--profile=") + profile}, fake);
        QVERIFY(monitor && monitor->available());
        QSignalSpy began(monitor.get(), &IdleMonitor::idleBegan);
        QSignalSpy back(monitor.get(), &IdleMonitor::activeAgain);

        monitor->start(10 * kMinute);
        QVERIFY(monitor->isWatching());
        const QDateTime idleSince = clock.now().addMSecs(-25 * kMinute);
        fake->setIdleTime(25 * kMinute);
        if (profile == QLatin1String("kde")) {
            // Polled: the next reading is not due before the threshold could be reached; a restart
            // reads at once.
            monitor->stop();
            monitor->start(10 * kMinute);
        }
        QVERIFY(began.wait(5000));
        const QDateTime since = began.at(0).at(0).toDateTime();
        QVERIFY2(near(since, idleSince), qPrintable(since.toString(Qt::ISODateWithMs)));
        QCOMPARE(back.count(), 0);

        const QDateTime input = clock.now();
        fake->setIdleTime(0);
        QVERIFY(back.wait(5000));
        QCOMPARE(back.at(0).at(0).toDateTime(), since);
        QVERIFY(near(back.at(0).at(1).toDateTime(), input));
        QCOMPARE(began.count(), 1);
    }

    // Already idle for longer than the threshold when watching starts (GNOME: the watch would
    // fire only after the next input).
    void alreadyIdleAtStart()
    {
        std::unique_ptr<FakeDesktop> fake;
        auto monitor = probed({QStringLiteral("--profile=gnome")}, fake);
        QVERIFY(monitor && monitor->available());
        fake->setIdleTime(40 * kMinute);
        const QDateTime idleSince = clock.now().addMSecs(-40 * kMinute);
        QSignalSpy began(monitor.get(), &IdleMonitor::idleBegan);
        monitor->start(10 * kMinute);
        QVERIFY(began.wait(5000));
        QVERIFY(near(began.at(0).at(0).toDateTime(), idleSince));
        // The watch firing as well does not report the span twice.
        QVERIFY(!began.wait(300));
        QCOMPARE(began.count(), 1);
    }

    // Mutter: short of the threshold nothing is reported; stop() removes the watches.
    void mutterWatches()
    {
        std::unique_ptr<FakeDesktop> fake;
        auto monitor = probed({QStringLiteral("--profile=gnome")}, fake);
        QVERIFY(monitor && monitor->available());
        QSignalSpy began(monitor.get(), &IdleMonitor::idleBegan);
        monitor->start(10 * kMinute);
        QTRY_COMPARE(fake->log().value(QStringLiteral("mutterWatches")).toInt(), 1);
        fake->setIdleTime(9 * kMinute);
        QVERIFY(!began.wait(500));
        monitor->stop();
        QTRY_COMPARE(fake->log().value(QStringLiteral("mutterWatches")).toInt(), 0);
        fake->setIdleTime(30 * kMinute);
        QVERIFY(!began.wait(500));
    }
};

// Polling: only while watching, and no more often than every 30 s.
class TestScreenSaverPolling : public QObject
{
    Q_OBJECT

    SystemClock clock;

private Q_SLOTS:
    void pollsOnlyWhileWatching()
    {
        FakeDesktop fake({QStringLiteral("--profile=kde")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        ScreenSaverIdleMonitor monitor(QDBusConnection::sessionBus(), &clock);
        QCOMPARE(monitor.pollIntervalMs(), 30'000);
        QCOMPARE(monitor.plannedPollMs(), -1);
        QCOMPARE(fake.idleQueries(), 0);

        // Active a moment ago, threshold 10 minutes: nobody can be idle for 10 minutes before
        // 10 minutes have passed: the next reading comes then, not every 30 s.
        fake.setIdleTime(0);
        monitor.start(10 * kMinute);
        QTRY_VERIFY(monitor.plannedPollMs() > 9 * kMinute);
        QCOMPARE(fake.idleQueries(), 1);

        // Idle for 9m50s: the threshold is 10 s away, but readings stay 30 s apart.
        fake.setIdleTime(9 * kMinute + 50'000);
        monitor.stop();
        QCOMPARE(monitor.plannedPollMs(), -1);
        monitor.start(10 * kMinute);
        QTRY_COMPARE(monitor.plannedPollMs(), 30'000);

        // While idle: every 30 s, to notice the return.
        fake.setIdleTime(20 * kMinute);
        QSignalSpy began(&monitor, &IdleMonitor::idleBegan);
        monitor.stop();
        monitor.start(10 * kMinute);
        QVERIFY(began.wait(5000));
        QCOMPARE(monitor.plannedPollMs(), 30'000);

        // Stopped: no timer, no reading.
        monitor.stop();
        QCOMPARE(monitor.plannedPollMs(), -1);
        const int queries = fake.idleQueries();
        monitor.setPollIntervalMs(50);
        QVERIFY(!began.wait(300));
        QCOMPARE(fake.idleQueries(), queries);
    }

    // KDE answers GetSessionIdleTime in milliseconds.
    void idleTimeInMilliseconds()
    {
        FakeDesktop fake({QStringLiteral("--profile=kde")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        ScreenSaverIdleMonitor monitor(QDBusConnection::sessionBus(), &clock);
        fake.setIdleTime(90'000);
        QSignalSpy reported(&monitor, &IdleMonitor::idleTimeReported);
        monitor.queryIdleTime();
        QVERIFY(reported.wait(5000));
        const qint64 ms = reported.at(0).at(0).toLongLong();
        QVERIFY2(ms >= 90'000 && ms < 93'000, qPrintable(QString::number(ms)));
    }

    // Input between two readings of an idle span ends it at that input; idle again at once
    // begins a new span there.
    void returnNoticedByPolling()
    {
        FakeDesktop fake({QStringLiteral("--profile=kde")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        ScreenSaverIdleMonitor monitor(QDBusConnection::sessionBus(), &clock);
        monitor.setPollIntervalMs(100);
        fake.setIdleTime(30 * kMinute);
        QSignalSpy began(&monitor, &IdleMonitor::idleBegan);
        QSignalSpy back(&monitor, &IdleMonitor::activeAgain);
        monitor.start(10 * kMinute);
        QVERIFY(began.wait(5000));
        const QDateTime firstSince = began.at(0).at(0).toDateTime();

        // The user came back 12 minutes ago and has been away again since.
        const QDateTime input = clock.now().addMSecs(-12 * kMinute);
        fake.setIdleTime(12 * kMinute);
        QVERIFY(back.wait(5000));
        QCOMPARE(back.at(0).at(0).toDateTime(), firstSince);
        QVERIFY(near(back.at(0).at(1).toDateTime(), input));
        QTRY_COMPARE(began.count(), 2);
        QVERIFY(near(began.at(1).at(0).toDateTime(), input));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestDesktopIdle t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestScreenSaverPolling t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_desktop_idle.moc"
