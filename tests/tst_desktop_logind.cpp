// Lock/unlock and sleep/resume from logind through a real (stand-in) system bus, with
// kd-fake-desktop as logind: finding our session, Lock/Unlock and LockedHint, the delay inhibitor
// taken, held, released when told, after the cap, at once when nothing needs doing, and again
// after resume.

#include "core/clock.h"
#include "desktop/sessionlockmonitor.h"
#include "desktop/sleepmonitor.h"
#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
bool nearNow(const QDateTime &t)
{
    return t.isValid() && qAbs(t.msecsTo(QDateTime::currentDateTimeUtc())) < 3000;
}
}

class TestDesktopLogind : public QObject
{
    Q_OBJECT

    SystemClock clock;

    // A lock monitor that has found the fake's session.
    std::unique_ptr<SessionLockMonitor> lockMonitor(const QString &sessionId = QStringLiteral("c1"))
    {
        auto monitor = std::make_unique<SessionLockMonitor>(QDBusConnection::systemBus(), &clock);
        QSignalSpy ready(monitor.get(), &SessionLockMonitor::ready);
        monitor->start(sessionId);
        if (!ready.wait(5000) || !ready.at(0).at(0).toBool())
            return nullptr;
        return monitor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(FakeDesktop::onTestBuses(), "run under tests/scripts/with-test-dbus.sh");
        QVERIFY(QDBusConnection::systemBus().isConnected());
    }

    void findsSession_data()
    {
        QTest::addColumn<QString>("sessionId");      // what $XDG_SESSION_ID would say
        QTest::addColumn<QStringList>("asked");       // the GetSession calls logind gets
        QTest::newRow("by XDG_SESSION_ID") << "c7" << QStringList{QStringLiteral("c7")};
        QTest::newRow("no XDG_SESSION_ID: auto") << "" << QStringList{QStringLiteral("auto")};
        QTest::newRow("unknown id: then auto") << "42" << QStringList{QStringLiteral("42"), QStringLiteral("auto")};
    }

    void findsSession()
    {
        QFETCH(QString, sessionId);
        QFETCH(QStringList, asked);
        FakeDesktop fake({QStringLiteral("--session-id=c7")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        SessionLockMonitor monitor(QDBusConnection::systemBus(), &clock);
        QSignalSpy ready(&monitor, &SessionLockMonitor::ready);
        monitor.start(sessionId);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(0).toBool(), true);
        QVERIFY(monitor.available());
        QCOMPARE(monitor.sessionPath(), QStringLiteral("/org/freedesktop/login1/session/c7"));
        QStringList calls;
        const QJsonArray log = fake.log().value(QStringLiteral("getSession")).toArray();
        for (const QJsonValue &v : log)
            calls << v.toString();
        QCOMPARE(calls, asked);
    }

    void noLogind()
    {
        FakeDesktop fake({QStringLiteral("--no-login1")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        SessionLockMonitor monitor(QDBusConnection::systemBus(), &clock);
        QSignalSpy ready(&monitor, &SessionLockMonitor::ready);
        monitor.start(QStringLiteral("c1"));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(0).toBool(), false);
        QVERIFY(!monitor.available());
    }

    // logind's Lock/Unlock requests and the locker's LockedHint report the same state once.
    void lockAndUnlock()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto monitor = lockMonitor();
        QVERIFY(monitor);
        QSignalSpy locked(monitor.get(), &SessionLockMonitor::locked);
        QSignalSpy unlocked(monitor.get(), &SessionLockMonitor::unlocked);

        fake.emitLock();
        QVERIFY(locked.wait(5000));
        QVERIFY(nearNow(locked.at(0).at(0).toDateTime()));
        QVERIFY(monitor->isLocked());
        fake.setLockedHint(true);     // the locker confirms: no second report
        fake.emitUnlock();
        QVERIFY(unlocked.wait(5000));
        QCOMPARE(locked.count(), 1);
        QVERIFY(nearNow(unlocked.at(0).at(0).toDateTime()));

        // Only the hint (a locker that locks by itself, e.g. on its timeout).
        fake.setLockedHint(false);    // logind's state catches up: already unlocked here
        fake.setLockedHint(true);
        QVERIFY(locked.wait(5000));
        QVERIFY(monitor->isLocked());
        fake.setLockedHint(false);
        QVERIFY(unlocked.wait(5000));
        QCOMPARE(locked.count(), 2);
        QCOMPARE(unlocked.count(), 2);
        QVERIFY(!monitor->isLocked());
    }

    // Started while locked: that is the state, not a lock event.
    void lockedAtStart()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        fake.setLockedHint(true);
        auto monitor = lockMonitor();
        QVERIFY(monitor);
        QSignalSpy locked(monitor.get(), &SessionLockMonitor::locked);
        QSignalSpy unlocked(monitor.get(), &SessionLockMonitor::unlocked);
        QTRY_VERIFY(monitor->isLocked());
        QCOMPARE(locked.count(), 0);
        fake.setLockedHint(false);
        QVERIFY(unlocked.wait(5000));
    }

    // No inhibitor unless wanted; wanted: a delay inhibitor for sleep, from "Kimai Desk".
    void inhibitorWhenWanted()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        SleepMonitor sleep(QDBusConnection::systemBus(), &clock);
        QSignalSpy changed(&sleep, &SleepMonitor::inhibitorChanged);
        sleep.start();
        QVERIFY(!sleep.holdsInhibitor());
        QCOMPARE(fake.log().value(QStringLiteral("inhibit")).toArray().size(), 0);

        sleep.setDelayWanted(true);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(sleep.holdsInhibitor());
        QTRY_COMPARE(fake.openInhibitors(), 1);
        const QJsonObject call = fake.log().value(QStringLiteral("inhibit")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("what")).toString(), QStringLiteral("sleep"));
        QCOMPARE(call.value(QStringLiteral("mode")).toString(), QStringLiteral("delay"));
        QCOMPARE(call.value(QStringLiteral("who")).toString(), QStringLiteral("Kimai Desk"));
        QVERIFY(!call.value(QStringLiteral("why")).toString().isEmpty());

        sleep.setDelayWanted(false);
        QVERIFY(!sleep.holdsInhibitor());
        QTRY_COMPARE(fake.openInhibitors(), 0);
    }

    // PrepareForSleep(true) with nothing to do: released at once; resume takes it again.
    void releasedAtOnceWhenNothingToDo()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        SleepMonitor sleep(QDBusConnection::systemBus(), &clock);
        sleep.start();
        QSignalSpy changed(&sleep, &SleepMonitor::inhibitorChanged);
        sleep.setDelayWanted(true);
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(fake.openInhibitors(), 1);

        QSignalSpy aboutToSleep(&sleep, &SleepMonitor::aboutToSleep);
        QSignalSpy resumed(&sleep, &SleepMonitor::resumed);
        fake.prepareForSleep(true);
        QVERIFY(aboutToSleep.wait(5000));
        QVERIFY(nearNow(aboutToSleep.at(0).at(0).toDateTime()));
        QVERIFY(!sleep.holdsInhibitor());
        QTRY_COMPARE(fake.openInhibitors(), 0);

        fake.prepareForSleep(false);
        QVERIFY(resumed.wait(5000));
        QVERIFY(nearNow(resumed.at(0).at(0).toDateTime()));
        QTRY_VERIFY(sleep.holdsInhibitor());
        QTRY_COMPARE(fake.openInhibitors(), 1);
        QCOMPARE(fake.log().value(QStringLiteral("inhibit")).toArray().size(), 2);
    }

    // Work to do: held until the app says it is done.
    void heldUntilReleased()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        SleepMonitor sleep(QDBusConnection::systemBus(), &clock);
        sleep.start();
        sleep.setDelayWanted(true);
        QTRY_VERIFY(sleep.holdsInhibitor());
        connect(&sleep, &SleepMonitor::aboutToSleep, this, [&sleep] { sleep.delaySleep(); });
        QSignalSpy aboutToSleep(&sleep, &SleepMonitor::aboutToSleep);
        QSignalSpy changed(&sleep, &SleepMonitor::inhibitorChanged);

        fake.prepareForSleep(true);
        QVERIFY(aboutToSleep.wait(5000));
        QVERIFY(sleep.preparingForSleep());
        QVERIFY(sleep.holdsInhibitor());
        QCOMPARE(fake.openInhibitors(), 1);
        QCOMPARE(changed.count(), 0);

        sleep.releaseSleep();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!sleep.holdsInhibitor());
        QTRY_COMPARE(fake.openInhibitors(), 0);
    }

    // Work that never reports back: released after the cap anyway.
    void releasedAfterTheCap()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        SleepMonitor sleep(QDBusConnection::systemBus(), &clock);
        sleep.setReleaseCapMs(400);
        sleep.start();
        sleep.setDelayWanted(true);
        QTRY_VERIFY(sleep.holdsInhibitor());
        QElapsedTimer sinceSleep;
        connect(&sleep, &SleepMonitor::aboutToSleep, this, [&sleep, &sinceSleep] {
            sinceSleep.start();
            sleep.delaySleep();
        });
        QSignalSpy changed(&sleep, &SleepMonitor::inhibitorChanged);
        fake.prepareForSleep(true);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        // A coarse timer may fire up to 5 % early.
        QVERIFY2(sinceSleep.elapsed() >= 380, qPrintable(QString::number(sinceSleep.elapsed())));
        QTRY_COMPARE(fake.openInhibitors(), 0);
        QCOMPARE(SleepMonitor::kDefaultReleaseCapMs, 5000);
    }
};

QTEST_GUILESS_MAIN(TestDesktopLogind)
#include "tst_desktop_logind.moc"
