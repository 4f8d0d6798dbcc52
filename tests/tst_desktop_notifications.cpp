// Desktop notifications through a real private session bus with kd-fake-desktop as the
// notification server: capabilities, action buttons, one notification per kind (replaces_id),
// ActionInvoked / NotificationClosed mapped back to (kind, action), closing, and the fallbacks'
// signals (no server, no buttons).

#include "desktop/desktopnotifications.h"
#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {
DesktopNotifications::Notification idleQuestion(const QString &body = QStringLiteral("Away for 25 minutes"))
{
    DesktopNotifications::Notification n;
    n.kind = QStringLiteral("idle");
    n.title = QStringLiteral("You were away");
    n.body = body;
    n.actions = {{QStringLiteral("keep"), QStringLiteral("Keep")},
                 {QStringLiteral("discard"), QStringLiteral("Discard")},
                 {QStringLiteral("discard-continue"), QStringLiteral("Discard and continue")},
                 {QStringLiteral("elsewhere"), QStringLiteral("Book it elsewhere…")}};
    n.timeoutMs = 0;
    n.urgency = DesktopNotifications::Urgency::Critical;
    return n;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    const QJsonArray a = array.toArray();
    for (const QJsonValue &v : a)
        list << v.toString();
    return list;
}
}

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopNotifications> started()
    {
        auto n = std::make_unique<DesktopNotifications>(QDBusConnection::sessionBus());
        n->setDesktopEntry(QStringLiteral("org.kimaidesk.KimaiDesk"));
        n->setAppIcon(QStringLiteral("org.kimaidesk.KimaiDesk"));
        QSignalSpy ready(n.get(), &DesktopNotifications::ready);
        n->start();
        if (!ready.wait(5000))
            return nullptr;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(FakeDesktop::onTestBuses(), "run under tests/scripts/with-test-dbus.sh");
    }

    void notifyWithActions()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        QVERIFY(n->available());
        QVERIFY(n->supportsActions());

        n->notify(idleQuestion());
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        QTRY_VERIFY(n->isShown(QStringLiteral("idle")));
        const QJsonObject call = fake.notifyCalls().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("appName")).toString(), QStringLiteral("Kimai Desk"));
        QCOMPARE(call.value(QStringLiteral("appIcon")).toString(), QStringLiteral("org.kimaidesk.KimaiDesk"));
        QCOMPARE(call.value(QStringLiteral("summary")).toString(), QStringLiteral("You were away"));
        QCOMPARE(call.value(QStringLiteral("body")).toString(), QStringLiteral("Away for 25 minutes"));
        QCOMPARE(call.value(QStringLiteral("replacesId")).toInt(), 0);
        QCOMPARE(call.value(QStringLiteral("expireTimeout")).toInt(), 0);
        QCOMPARE(strings(call.value(QStringLiteral("actions"))),
                 (QStringList{QStringLiteral("keep"), QStringLiteral("Keep"), QStringLiteral("discard"),
                              QStringLiteral("Discard"), QStringLiteral("discard-continue"),
                              QStringLiteral("Discard and continue"), QStringLiteral("elsewhere"),
                              QStringLiteral("Book it elsewhere…")}));
        const QJsonObject hints = call.value(QStringLiteral("hints")).toObject();
        QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("org.kimaidesk.KimaiDesk"));
    }

    // A new question of a kind replaces the shown one; another kind stacks beside it.
    void replacesPerKind()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        n->notify(idleQuestion());
        QTRY_VERIFY(n->isShown(QStringLiteral("idle")));
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        const int first = fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInt();

        n->notify(idleQuestion(QStringLiteral("Away twice, 40 minutes")));
        DesktopNotifications::Notification forgotten;
        forgotten.kind = QStringLiteral("forgotten");
        forgotten.title = QStringLiteral("Still working?");
        n->notify(forgotten);
        QTRY_COMPARE(fake.notifyCalls().size(), 3);
        const QJsonArray calls = fake.notifyCalls();
        QJsonObject idleAgain;
        QJsonObject other;
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("body")).toString() == QLatin1String("Away twice, 40 minutes"))
                idleAgain = c;
            if (c.value(QStringLiteral("summary")).toString() == QLatin1String("Still working?"))
                other = c;
        }
        QCOMPARE(idleAgain.value(QStringLiteral("replacesId")).toInt(), first);
        QCOMPARE(idleAgain.value(QStringLiteral("id")).toInt(), first);
        QCOMPARE(other.value(QStringLiteral("replacesId")).toInt(), 0);
        QVERIFY(other.value(QStringLiteral("id")).toInt() != first);
    }

    // Questions in quick succession, before the server gave the first one's id: the latest
    // replaces the first instead of stacking.
    void quickSuccessionDoesNotStack()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        n->notify(idleQuestion(QStringLiteral("one")));
        n->notify(idleQuestion(QStringLiteral("two")));
        n->notify(idleQuestion(QStringLiteral("three")));
        QTRY_COMPARE(fake.notifyCalls().size(), 2);
        const QJsonArray calls = fake.notifyCalls();
        QCOMPARE(calls.at(0).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("one"));
        QCOMPARE(calls.at(1).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("three"));
        QCOMPARE(calls.at(1).toObject().value(QStringLiteral("replacesId")).toInt(),
                 calls.at(0).toObject().value(QStringLiteral("id")).toInt());
        QVERIFY(!fake.invokeAction(999, QStringLiteral("keep")));
    }

    // The user clicks "Discard": (idle, discard), then the notification is gone.
    void actionMappedBack()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        auto other = started();   // another client of the same server
        QVERIFY(other);
        QSignalSpy invoked(n.get(), &DesktopNotifications::actionInvoked);
        QSignalSpy closed(n.get(), &DesktopNotifications::closed);
        QSignalSpy otherInvoked(other.get(), &DesktopNotifications::actionInvoked);

        n->notify(idleQuestion());
        QTRY_VERIFY(n->isShown(QStringLiteral("idle")));
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        const uint id = uint(fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInt());
        QVERIFY(fake.invokeAction(id, QStringLiteral("discard")));
        QVERIFY(invoked.wait(5000));
        QCOMPARE(invoked.at(0).at(0).toString(), QStringLiteral("idle"));
        QCOMPARE(invoked.at(0).at(1).toString(), QStringLiteral("discard"));
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).toString(), QStringLiteral("idle"));
        QCOMPARE(closed.at(0).at(1).value<DesktopNotifications::CloseReason>(),
                 DesktopNotifications::CloseReason::Dismissed);
        QVERIFY(!n->isShown(QStringLiteral("idle")));
        QCOMPARE(otherInvoked.count(), 0);   // not its notification

        // The next question is a new notification.
        n->notify(idleQuestion());
        QTRY_COMPARE(fake.notifyCalls().size(), 2);
        QCOMPARE(fake.notifyCalls().at(1).toObject().value(QStringLiteral("replacesId")).toInt(), 0);
    }

    // The app withdraws the question (timer stopped elsewhere).
    void closeKind()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        QSignalSpy closed(n.get(), &DesktopNotifications::closed);
        n->notify(idleQuestion());
        QTRY_VERIFY(n->isShown(QStringLiteral("idle")));
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        const int id = fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInt();
        n->close(QStringLiteral("idle"));
        QVERIFY(!n->isShown(QStringLiteral("idle")));
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.at(0).at(1).value<DesktopNotifications::CloseReason>(),
                 DesktopNotifications::CloseReason::Closed);
        const QJsonArray closes = fake.log().value(QStringLiteral("close")).toArray();
        QCOMPARE(closes.size(), 1);
        QCOMPARE(closes.at(0).toInt(), id);
        n->close(QStringLiteral("forgotten"));   // never shown: nothing to do
        QCOMPARE(fake.log().value(QStringLiteral("close")).toArray().size(), 1);
    }

    // A server without buttons: no actions sent, and the app can tell to fall back.
    void serverWithoutActions()
    {
        FakeDesktop fake({QStringLiteral("--no-actions")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        auto n = started();
        QVERIFY(n);
        QVERIFY(n->available());
        QVERIFY(!n->supportsActions());
        n->notify(idleQuestion());
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        QCOMPARE(fake.notifyCalls().at(0).toObject().value(QStringLiteral("actions")).toArray().size(), 0);
    }

    // No server: ready(false), and what is sent is reported as failed (the app shows it otherwise).
    void noServer()
    {
        FakeDesktop fake({QStringLiteral("--no-notifications")});
        QVERIFY2(fake.started, qPrintable(fake.error));
        DesktopNotifications n(QDBusConnection::sessionBus());
        QSignalSpy ready(&n, &DesktopNotifications::ready);
        QSignalSpy failed(&n, &DesktopNotifications::failed);
        n.notify(idleQuestion());     // before the answer: waits for it
        n.start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(0).toBool(), false);
        QVERIFY(!n.available());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("idle"));
    }

    // Sent before the capabilities are known: sent once they are, with its buttons.
    void notifyBeforeReady()
    {
        FakeDesktop fake;
        QVERIFY2(fake.started, qPrintable(fake.error));
        DesktopNotifications n(QDBusConnection::sessionBus());
        n.notify(idleQuestion());
        n.start();
        QTRY_COMPARE(fake.notifyCalls().size(), 1);
        QCOMPARE(fake.notifyCalls().at(0).toObject().value(QStringLiteral("actions")).toArray().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifications)
#include "tst_desktop_notifications.moc"
