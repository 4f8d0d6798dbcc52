// Keeping time honest, end to end: the whole app (AppCore with its desktop parts, Shell) against
// the demo server, with kd-fake-desktop standing in for GNOME or KDE (idle time, notifications with
// buttons) and for logind on the private buses of scripts/with-test-dbus.sh. 25 minutes of
// idleness are a reported idle time, not a wait.
//  - a running entry, 25 min idle, back: one Notify with the four answers; "discard" → the demo
//    server's entry ends where idleness began (25 min ago, on Kimai's minute)
//  - PrepareForSleep(true) with "stop at sleep": the entry is stopped on the server before the
//    delay inhibitor's descriptor is closed
//  - lock with "stop at lock"; a timer started elsewhere is noticed on unlock and withdraws the
//    pending question (its notification is closed)

#include "desktop/desktopidlemonitor.h"
#include "desktop/desktopnotifications.h"
#include "desktop/sessionlockmonitor.h"
#include "desktop/sleepmonitor.h"
#include "session/idlepolicy.h"
#include "session/notices.h"
#include "session/session.h"
#include "session/timekeeper.h"
#include "support/fakedesktopclient.h"
#include "support/shellfixture.h"
#include "ui/idlequestionwindow.h"
#include "ui/timekeepingui.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
constexpr qint64 kMinuteMs = 60'000;

// The Notify calls of the fake notification server whose actions include `key`.
QJsonArray notifyCallsWith(FakeDesktop &fake, const QString &key)
{
    QJsonArray found;
    const QJsonArray calls = fake.notifyCalls();
    for (const QJsonValue &call : calls) {
        if (call.toObject().value(QStringLiteral("actions")).toArray().contains(key))
            found.append(call);
    }
    return found;
}

QStringList actionKeys(const QJsonObject &call)
{
    // [key, label, key, label, …]
    QStringList keys;
    const QJsonArray actions = call.value(QStringLiteral("actions")).toArray();
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2)
        keys << actions.at(i).toString();
    return keys;
}
} // namespace

class TestTimekeepingDesktop : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeDesktop> fake;
    std::unique_ptr<ShellFixture> app;

    bool startApp(const QString &profile)
    {
        fake = std::make_unique<FakeDesktop>(QStringList{QStringLiteral("--profile=") + profile});
        if (!fake->started)
            return false;
        app = std::make_unique<ShellFixture>(ShellFixture::Desktop::Buses);
        app->core->idleMonitor()->setPollIntervalMs(200);   // KDE: the polled source reads often
        return app->demo.started;
    }

    void settings(const std::function<void(TimeKeepingSettings &)> &change)
    {
        TimeKeepingSettings s = app->core->timekeeper()->settings();
        change(s);
        app->core->timekeeper()->setSettings(s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(FakeDesktop::onTestBuses(), "run under tests/scripts/with-test-dbus.sh");
    }

    void cleanup()
    {
        app.reset();
        fake.reset();
    }

    void idleDiscardedFromTheNotification_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("source");
        QTest::newRow("GNOME") << "gnome" << "org.gnome.Mutter.IdleMonitor";
        QTest::newRow("KDE") << "kde" << "org.freedesktop.ScreenSaver";
    }

    void idleDiscardedFromTheNotification()
    {
        QFETCH(QString, profile);
        QFETCH(QString, source);
        QVERIFY(startApp(profile));
        // Running for an hour, started before; the user has not touched anything for 25 minutes.
        const int id = app->startElsewhere(60);
        QVERIFY(id > 0);
        fake->setIdleTime(25 * kMinuteMs);
        const QDateTime idleSince = QDateTime::currentDateTimeUtc().addMSecs(-25 * kMinuteMs);
        QSignalSpy idle(app->core->idleMonitor(), &IdleMonitor::idleBegan);
        QVERIFY(app->logIn());
        QCOMPARE(app->core->timer()->active().size(), 1);
        // Watching while the timer runs: the desktop tells that the user has been away.
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(app->core->timekeeper()->idleSourceName(), source);

        // Back: a question, in a notification with the four answers, and in the window.
        QSignalSpy shown(app->core->desktopNotifications(), &DesktopNotifications::shown);
        fake->setIdleTime(0);
        QTRY_COMPARE_WITH_TIMEOUT(notifyCallsWith(*fake, QStringLiteral("discard")).size(), 1, 10000);
        QTRY_VERIFY(shown.contains({Notices::idleKind()}));   // the app knows the notification's id
        const QJsonObject call = notifyCallsWith(*fake, QStringLiteral("discard")).at(0).toObject();
        const QStringList keys = actionKeys(call);
        for (const QString &key : {QStringLiteral("keep"), QStringLiteral("discard"), QStringLiteral("discard-continue"),
                                   QStringLiteral("book-elsewhere")})
            QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(','))));
        QCOMPARE(call.value(QStringLiteral("expireTimeout")).toInt(), 0);   // until answered
        TimekeepingUi *ui = app->shell->timekeeping();
        QVERIFY(ui->idleWindow());
        QVERIFY(ui->idleWindow()->isVisible());

        // "Discard": the entry ends where idleness began, on Kimai's minute.
        QVERIFY(fake->invokeAction(uint(call.value(QStringLiteral("id")).toInteger()), QStringLiteral("discard")));
        QTRY_VERIFY_WITH_TIMEOUT(!app->demo.server->timesheet(id)->running, 10000);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(app->demo.server->timesheet(id)->end, Qt::UTC);
        QCOMPARE(end, kimaiEndMinute(end));
        QVERIFY2(end >= idleSince.addSecs(-5) && end <= idleSince.addSecs(65),
                 qPrintable(end.toString(Qt::ISODate) + QStringLiteral(" vs ") + idleSince.toString(Qt::ISODate)));
        // A PATCH of the end, not /stop.
        const demo::ReceivedRequest patch = lastRequest(*app->demo.server, QStringLiteral("/api/timesheets/%1").arg(id));
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QVERIFY(patch.body.contains("\"end\""));
        QTRY_VERIFY(app->core->timer()->active().isEmpty());
        QTRY_VERIFY(!ui->idleWindow());
    }

    void sleepStopsBeforeTheInhibitorIsReleased()
    {
        QVERIFY(startApp(QStringLiteral("gnome")));
        const int id = app->startElsewhere(30);
        QVERIFY(id > 0);
        QVERIFY(app->logIn());
        settings([](TimeKeepingSettings &s) { s.onSleep = TimeKeepingSettings::AwayAction::Stop; });
        SleepMonitor *sleep = app->core->sleepMonitor();
        QTRY_VERIFY_WITH_TIMEOUT(sleep->holdsInhibitor(), 5000);
        QTRY_COMPARE(fake->openInhibitors(), 1);

        // When the app closes its descriptor, the server must already hold the stop.
        bool stoppedWhenReleased = false;
        bool released = false;
        connect(sleep, &SleepMonitor::inhibitorChanged, this, [&](bool held) {
            if (held || released)
                return;
            released = true;
            stoppedWhenReleased = !app->demo.server->timesheet(id)->running;
        });
        fake->prepareForSleep(true);
        QTRY_VERIFY_WITH_TIMEOUT(released, 6000);
        QVERIFY(stoppedWhenReleased);
        QTRY_COMPARE(fake->openInhibitors(), 0);
        QCOMPARE(lastRequest(*app->demo.server, QStringLiteral("/api/timesheets/%1/stop").arg(id)).method, QByteArray("PATCH"));

        // Resumed with nothing running: no inhibitor is taken again.
        fake->prepareForSleep(false);
        QTRY_VERIFY(app->core->timer()->active().isEmpty());
        QVERIFY(!sleep->delayWanted());
        QCOMPARE(fake->openInhibitors(), 0);
    }

    // "Ask" at sleep (the default) holds nothing: no inhibitor is taken at all.
    void sleepAskedHoldsNothing()
    {
        QVERIFY(startApp(QStringLiteral("gnome")));
        QVERIFY(app->startElsewhere(30) > 0);
        QVERIFY(app->logIn());
        QVERIFY(!app->core->sleepMonitor()->delayWanted());
        QCOMPARE(fake->openInhibitors(), 0);
    }

    void lockStopsWhenSetTo_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("GNOME") << "gnome";
        QTest::newRow("KDE") << "kde";
    }

    void lockStopsWhenSetTo()
    {
        QFETCH(QString, profile);
        QVERIFY(startApp(profile));
        const int id = app->startElsewhere(30);
        QVERIFY(id > 0);
        QVERIFY(app->logIn());
        settings([](TimeKeepingSettings &s) { s.onLock = TimeKeepingSettings::AwayAction::Stop; });
        QTRY_VERIFY(app->core->lockMonitor()->available());
        fake->emitLock();
        QTRY_VERIFY_WITH_TIMEOUT(!app->demo.server->timesheet(id)->running, 10000);
        QTRY_VERIFY(app->core->timer()->active().isEmpty());
    }

    // A question is pending; meanwhile a timer was started elsewhere: on unlock the app reads the
    // running entries again, the question is withdrawn and its notification closed.
    void unlockNoticesATimerStartedElsewhere()
    {
        QVERIFY(startApp(QStringLiteral("gnome")));
        const int first = app->startElsewhere(60);
        QVERIFY(first > 0);
        fake->setIdleTime(25 * kMinuteMs);
        QSignalSpy idle(app->core->idleMonitor(), &IdleMonitor::idleBegan);
        QVERIFY(app->logIn());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        fake->setIdleTime(0);
        QTRY_COMPARE_WITH_TIMEOUT(notifyCallsWith(*fake, QStringLiteral("discard")).size(), 1, 10000);
        const qint64 notification = notifyCallsWith(*fake, QStringLiteral("discard")).at(0).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(app->core->timekeeper()->idle()->hasQuestion());
        QTRY_VERIFY(app->core->lockMonitor()->available());

        QVERIFY(app->stopElsewhere(first));
        const int second = app->startElsewhere(0, 1);
        QVERIFY(second > 0);
        fake->emitLock();
        fake->emitUnlock();
        QTRY_COMPARE_WITH_TIMEOUT(app->core->timer()->active().value(0).id, second, 10000);
        QVERIFY(!app->core->timekeeper()->idle()->hasQuestion());
        QTRY_VERIFY(fake->log().value(QStringLiteral("close")).toArray().contains(notification));
        QTRY_VERIFY(!app->shell->timekeeping()->idleWindow());
        // Nothing was cut: the first entry ended when it was stopped elsewhere, the second runs.
        QVERIFY(app->demo.server->timesheet(second)->running);
    }

    // A notification server without buttons: the text goes there, the question is answered in
    // the window.
    void noButtonsAnswerInTheWindow()
    {
        fake = std::make_unique<FakeDesktop>(QStringList{QStringLiteral("--profile=gnome"), QStringLiteral("--no-actions")});
        QVERIFY(fake->started);
        app = std::make_unique<ShellFixture>(ShellFixture::Desktop::Buses);
        const int id = app->startElsewhere(60);
        fake->setIdleTime(25 * kMinuteMs);
        QSignalSpy idle(app->core->idleMonitor(), &IdleMonitor::idleBegan);
        QVERIFY(app->logIn());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        fake->setIdleTime(0);
        TimekeepingUi *ui = app->shell->timekeeping();
        QTRY_VERIFY_WITH_TIMEOUT(ui->idleWindow() && ui->idleWindow()->isVisible(), 10000);
        QTRY_COMPARE(fake->notifyCalls().size(), 1);
        QVERIFY(fake->notifyCalls().at(0).toObject().value(QStringLiteral("actions")).toArray().isEmpty());
        QTest::mouseClick(ui->idleWindow()->button(QStringLiteral("discard-continue")), Qt::LeftButton);
        // Cut where idleness began, and the same work runs again from now.
        QTRY_VERIFY_WITH_TIMEOUT(!app->demo.server->timesheet(id)->running, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app->core->timer()->active().size() == 1 && app->core->timer()->active().first().id != id, 10000);
        const Timesheet again = app->core->timer()->active().first();
        QCOMPARE(again.projectId, app->demo.server->timesheet(id)->project);
        QVERIFY(qAbs(again.begin.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
};

QTEST_MAIN(TestTimekeepingDesktop)
#include "tst_timekeeping_desktop.moc"
