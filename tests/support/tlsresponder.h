#pragma once

// A tiny HTTPS server with a self-signed certificate (tests/data/tls) that answers the login calls
// with the recorded Kimai 2.28 bodies. For the certificate tests.

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace kd::test {

class TlsResponder : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsResponder(const QString &certName, QObject *parent = nullptr);   // "server-a" / "server-b"
    bool start();
    QString url() const;
    QSslCertificate certificate() const { return m_cert; }
    void setCertificate(const QString &certName);
    int requestsServed() const { return m_served; }
    // Answer every request with a 302 to `location` (an https -> http downgrade, say).
    void setRedirect(const QByteArray &location) { m_redirect = location; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QSslCertificate m_cert;
    QSslKey m_key;
    int m_served = 0;
    QByteArray m_redirect;
};

} // namespace kd::test
