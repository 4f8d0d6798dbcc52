// Notices, the app's one path for notifications, through a real private session bus with
// kd-fake-desktop as the notification server: buttons where the server has them, one notification
// per kind (the next replaces it), answers from the desktop or from the UI's window, and the
// fallback where the desktop cannot show a notice (no server: all of it; no buttons: the buttons).

#include "desktop/desktopnotifications.h"
#include "session/notices.h"
#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

Notices::Notice question(const QString &body = QStringLiteral("Away from 10:05 to 10:30"))
{
    Notices::Notice n;
    n.kind = Notices::idleKind();
    n.title = QStringLiteral("The timer ran while you were away");
    n.body = body;
    n.actions = {{QStringLiteral("keep"), QStringLiteral("Keep")}, {QStringLiteral("discard"), QStringLiteral("Discard")},
                 {Notices::defaultAction(), QStringLiteral("Show")}};
    n.persistent = true;
    return n;
}

Notices::Notice info()
{
    Notices::Notice n;
    n.kind = Notices::targetKind();
    n.title = QStringLiteral("Today's target is close");
    n.body = QStringLiteral("7:12 of 8:00 h");
    return n;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

    struct World
    {
        explicit World(const QStringList &fakeArgs)
            : fake(fakeArgs)
            , desktop(QDBusConnection::sessionBus())
        {
            notices.setDesktop(&desktop);
            desktop.start();
        }
        FakeDesktop fake;
        DesktopNotifications desktop;
        Notices notices;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(FakeDesktop::onTestBuses(), "run under tests/scripts/with-test-dbus.sh");
    }

    void buttonsWhereTheServerHasThem()
    {
        World w({});
        QVERIFY(w.fake.started);
        QSignalSpy fallback(&w.notices, &Notices::fallback);
        QSignalSpy actions(&w.notices, &Notices::actionInvoked);
        QSignalSpy withdrawn(&w.notices, &Notices::withdrawn);
        w.notices.show(question());   // before the server's capabilities are known: sent once they are
        QTRY_COMPARE(w.fake.notifyCalls().size(), 1);
        const QJsonObject call = w.fake.notifyCalls().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("actions")).toArray(),
                 (QJsonArray{QStringLiteral("keep"), QStringLiteral("Keep"), QStringLiteral("discard"), QStringLiteral("Discard"),
                             QStringLiteral("default"), QStringLiteral("Show")}));
        QCOMPARE(call.value(QStringLiteral("expireTimeout")).toInt(), 0);
        QVERIFY(w.notices.desktopHasButtons());
        QVERIFY(w.notices.isShown(Notices::idleKind()));

        QVERIFY(w.fake.invokeAction(uint(call.value(QStringLiteral("id")).toInteger()), QStringLiteral("discard")));
        QVERIFY(actions.wait(5000));
        QCOMPARE(actions.at(0).at(0).toString(), Notices::idleKind());
        QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("discard"));
        QVERIFY(!actions.at(0).at(2).toDateTime().isValid());
        QCOMPARE(withdrawn.count(), 1);
        QVERIFY(!w.notices.isShown(Notices::idleKind()));
        QCOMPARE(fallback.count(), 0);
    }

    void oneNotificationPerKind()
    {
        World w({});
        QVERIFY(w.fake.started);
        QSignalSpy ready(&w.desktop, &DesktopNotifications::ready);
        QVERIFY(ready.wait(5000));
        w.notices.show(question(QStringLiteral("first")));
        QTRY_COMPARE(w.fake.notifyCalls().size(), 1);
        const qint64 id = w.fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInteger();
        w.notices.show(info());   // another kind: a notification of its own
        w.notices.show(question(QStringLiteral("second")));
        QTRY_COMPARE(w.fake.notifyCalls().size(), 3);
        QJsonObject replacing;
        for (const QJsonValue &v : w.fake.notifyCalls()) {
            if (v.toObject().value(QStringLiteral("body")).toString() == QLatin1String("second"))
                replacing = v.toObject();
        }
        QCOMPARE(replacing.value(QStringLiteral("replacesId")).toInteger(), id);
        QCOMPARE(replacing.value(QStringLiteral("id")).toInteger(), id);
    }

    // Answered in the UI's window: the desktop's notification goes away, the answer is the same.
    void answeredInTheWindow()
    {
        World w({});
        QVERIFY(w.fake.started);
        QSignalSpy actions(&w.notices, &Notices::actionInvoked);
        w.notices.show(question());
        QTRY_COMPARE(w.fake.notifyCalls().size(), 1);
        const qint64 id = w.fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInteger();
        const QDateTime moment = QDateTime::currentDateTimeUtc().addSecs(-600);
        w.notices.answer(Notices::idleKind(), QStringLiteral("keep"), moment);
        QCOMPARE(actions.count(), 1);
        QCOMPARE(actions.at(0).at(2).toDateTime(), moment);
        QTRY_VERIFY(w.fake.log().value(QStringLiteral("close")).toArray().contains(id));
        // A second answer (the notification's, arriving late) is not taken again.
        w.notices.answer(Notices::idleKind(), QStringLiteral("discard"));
        QCOMPARE(actions.count(), 1);
    }

    void withdrawClosesIt()
    {
        World w({});
        QVERIFY(w.fake.started);
        QSignalSpy withdrawn(&w.notices, &Notices::withdrawn);
        w.notices.show(question());
        QTRY_COMPARE(w.fake.notifyCalls().size(), 1);
        const qint64 id = w.fake.notifyCalls().at(0).toObject().value(QStringLiteral("id")).toInteger();
        w.notices.withdraw(Notices::idleKind());
        QCOMPARE(withdrawn.count(), 1);
        QTRY_VERIFY(w.fake.log().value(QStringLiteral("close")).toArray().contains(id));
        w.notices.withdraw(Notices::idleKind());   // nothing shown: nothing to say
        QCOMPARE(withdrawn.count(), 1);
    }

    // A server without buttons shows the text; the UI is asked for the buttons only.
    void noButtons()
    {
        World w({QStringLiteral("--no-actions")});
        QVERIFY(w.fake.started);
        QSignalSpy fallback(&w.notices, &Notices::fallback);
        w.notices.show(question());   // before the capabilities are known
        QTRY_COMPARE(fallback.count(), 1);
        QCOMPARE(fallback.at(0).at(1).toBool(), true);   // its text is shown
        QTRY_COMPARE(w.fake.notifyCalls().size(), 1);
        QVERIFY(w.fake.notifyCalls().at(0).toObject().value(QStringLiteral("actions")).toArray().isEmpty());
        w.notices.show(question(QStringLiteral("again")));   // known by now
        QCOMPARE(fallback.count(), 2);
        // A notice without buttons needs nothing else.
        w.notices.show(info());
        QCOMPARE(fallback.count(), 2);
        QVERIFY(!w.notices.desktopHasButtons());
    }

    void noServer()
    {
        World w({QStringLiteral("--no-notifications")});
        QVERIFY(w.fake.started);
        QSignalSpy fallback(&w.notices, &Notices::fallback);
        w.notices.show(question());
        QVERIFY(fallback.wait(10000));
        QCOMPARE(fallback.at(0).at(1).toBool(), false);
        const auto notice = fallback.at(0).at(0).value<Notices::Notice>();
        QCOMPARE(notice.kind, Notices::idleKind());
        QCOMPARE(notice.buttons().size(), 2);
        w.notices.show(info());   // known by now: at once
        QCOMPARE(fallback.count(), 2);
    }

    void noDesktopAtAll()
    {
        Notices notices;
        QSignalSpy fallback(&notices, &Notices::fallback);
        notices.show(info());
        QCOMPARE(fallback.count(), 1);
        QCOMPARE(fallback.at(0).at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
