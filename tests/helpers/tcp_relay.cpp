// A small TCP relay for tests/scripts/e2e-offline.sh: "Kimai is down" is this relay stopped, while the
// demo server behind it keeps its data. Listens on 127.0.0.1:<port> (0: any free port) and passes
// every connection through to 127.0.0.1:<target>. Prints "listening <port>" once ready.
//
//   tcp_relay <port> <target port>

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool portOk = false;
    bool targetOk = false;
    const quint16 port = args.value(1).toUShort(&portOk);
    const quint16 target = args.value(2).toUShort(&targetOk);
    if (args.size() != 3 || !portOk || !targetOk) {
        std::fputs("usage: tcp_relay <port> <target port>\n", stderr);
        return 2;
    }
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "tcp_relay: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, target] {
        while (QTcpSocket *in = server.nextPendingConnection()) {
            auto *out = new QTcpSocket(in);
            // Bytes from the client wait until the connection to the server is up.
            const auto pass = [](QTcpSocket *from, QTcpSocket *to) {
                if (to->state() == QAbstractSocket::ConnectedState)
                    to->write(from->readAll());
            };
            QObject::connect(in, &QTcpSocket::readyRead, out, [in, out, pass] { pass(in, out); });
            QObject::connect(out, &QTcpSocket::connected, in, [in, out, pass] { pass(in, out); });
            QObject::connect(out, &QTcpSocket::readyRead, in, [in, out, pass] { pass(out, in); });
            QObject::connect(in, &QTcpSocket::disconnected, out, [out] { out->disconnectFromHost(); });
            QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
            QObject::connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            QObject::connect(out, &QTcpSocket::errorOccurred, in, [in] { in->abort(); in->deleteLater(); });
            out->connectToHost(QHostAddress::LocalHost, target);
        }
    });
    std::printf("listening %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
