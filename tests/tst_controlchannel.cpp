// The control channel between a second `kimai-desk --start/--stop/…` and the running instance, over
// a real local socket.

#include "session/controlchannel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

class TestControlChannel : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QString socketName(const QString &name) const { return dir.filePath(name); }

private Q_SLOTS:
    void nobodyListensMeansNoInstance()
    {
        ControlClient client;
        QSignalSpy noInstance(&client, &ControlClient::noInstance);
        QSignalSpy answered(&client, &ControlClient::answered);
        QSignalSpy notAnswered(&client, &ControlClient::notAnswered);
        client.send(socketName(QStringLiteral("nobody.sock")), "{\"command\":\"status\"}", 5000);
        QVERIFY(noInstance.wait(5000));
        QCOMPARE(answered.count(), 0);
        QCOMPARE(notAnswered.count(), 0);
    }

    void theInstanceAnswers()
    {
        QByteArray received;
        ControlServer server([&received](const QByteArray &line, std::function<void(const QByteArray &)> reply) {
            received = line;
            reply("{\"ok\":true}");
        });
        QVERIFY(server.listen(socketName(QStringLiteral("answers.sock"))));
        ControlClient client;
        QSignalSpy answered(&client, &ControlClient::answered);
        client.send(server.serverName(), "{\"command\":\"status\"}", 5000);
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.first().first().toByteArray(), QByteArray("{\"ok\":true}"));
        QCOMPARE(received, QByteArray("{\"command\":\"status\"}"));
    }

    // The instance took the command but is still working on it when the client gives up: that is not
    // "no instance" — main.cpp would then log in and run the command a second time.
    void aSlowInstanceIsNeverNoInstance()
    {
        int requests = 0;
        std::function<void(const QByteArray &)> pendingReply;
        ControlServer server([&](const QByteArray &, std::function<void(const QByteArray &)> reply) {
            ++requests;
            pendingReply = std::move(reply);   // answers later (a start still waiting for Kimai)
        });
        QVERIFY(server.listen(socketName(QStringLiteral("slow.sock"))));
        ControlClient client;
        QSignalSpy noInstance(&client, &ControlClient::noInstance);
        QSignalSpy notAnswered(&client, &ControlClient::notAnswered);
        client.send(server.serverName(), "{\"command\":\"start\"}", 300);
        QVERIFY(notAnswered.wait(5000));
        QCOMPARE(noInstance.count(), 0);
        QCOMPARE(requests, 1);
        pendingReply("{\"ok\":true}");   // too late for that client: harmless
    }

    // The instance closes the connection without an answer (it crashed while working on it).
    void aConnectionClosedWithoutAnswerIsNotNoInstance()
    {
        ControlServer server([](const QByteArray &, std::function<void(const QByteArray &)>) {});
        QVERIFY(server.listen(socketName(QStringLiteral("closing.sock"))));
        ControlClient client;
        QSignalSpy noInstance(&client, &ControlClient::noInstance);
        QSignalSpy notAnswered(&client, &ControlClient::notAnswered);
        client.send(server.serverName(), "{\"command\":\"stop\"}", 300);
        QVERIFY(notAnswered.wait(5000));
        QCOMPARE(noInstance.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestControlChannel)
#include "tst_controlchannel.moc"
