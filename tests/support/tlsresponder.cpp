#include "support/tlsresponder.h"

#include "support/recorded.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace kd::test {

TlsResponder::TlsResponder(const QString &certName, QObject *parent)
    : QTcpServer(parent)
{
    setCertificate(certName);
}

void TlsResponder::setCertificate(const QString &certName)
{
    const QString base = QStringLiteral(KD_TEST_DATA_DIR "/tls/") + certName;
    QFile c(base + QStringLiteral(".crt"));
    QFile k(base + QStringLiteral(".key"));
    if (c.open(QIODevice::ReadOnly))
        m_cert = QSslCertificate(c.readAll(), QSsl::Pem);
    if (k.open(QIODevice::ReadOnly))
        m_key = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem);
}

bool TlsResponder::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString TlsResponder::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

void TlsResponder::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    QSslConfiguration conf = socket->sslConfiguration();
    conf.setLocalCertificate(m_cert);
    conf.setPrivateKey(m_key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
        const QByteArray request = socket->readAll();
        if (!m_redirect.isEmpty()) {
            ++m_served;
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_redirect + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const QByteArray target = request.left(request.indexOf('\r')).split(' ').value(1);
        QString name;
        if (target.endsWith("/api/version"))
            name = QStringLiteral("06_version");
        else if (target.endsWith("/api/users/me"))
            name = QStringLiteral("10_users_me");
        else if (target.endsWith("/api/config/timesheet"))
            name = QStringLiteral("08_config_timesheet");
        else
            name = QStringLiteral("02_ping_bearer");
        const QByteArray body = loadRecorded(name).responseBody;
        ++m_served;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    socket->startServerEncryption();
}

} // namespace kd::test
