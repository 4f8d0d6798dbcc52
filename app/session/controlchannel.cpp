#include "session/controlchannel.h"

#include "session/commandrunner.h"

#include <QDir>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace kd {

static_assert(ControlClient::kDefaultTimeoutMs > CommandRunner::kTimeoutMs,
              "a forwarded command must have its answer before the client gives up");

ControlServer::ControlServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onConnection);
}

QString ControlServer::defaultName(bool demo)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + (demo ? QStringLiteral("/kimai-desk-demo.sock") : QStringLiteral("/kimai-desk.sock"));
}

bool ControlServer::listen(const QString &name, QString *error)
{
    if (m_server.listen(name))
        return true;
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        // Called after ControlClient found nobody answering: the socket is a crashed instance's.
        QLocalServer::removeServer(name);
        if (m_server.listen(name))
            return true;
    }
    if (error)
        *error = m_server.errorString();
    return false;
}

QString ControlServer::serverName() const
{
    return m_server.fullServerName();
}

void ControlServer::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64 * 1024)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(64 * 1024).trimmed();
            QPointer<QLocalSocket> guard(socket);
            m_handler(line, [guard](const QByteArray &answer) {
                if (!guard)
                    return;
                guard->write(answer + '\n');
                guard->flush();
                guard->disconnectFromServer();
            });
        });
    }
}

ControlClient::ControlClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        m_connected = true;
        m_socket->write(m_request + '\n');
    });
    connect(m_socket, &QLocalSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        if (m_buffer.contains('\n'))
            finish();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, &ControlClient::finish);
    connect(m_socket, &QLocalSocket::disconnected, this, &ControlClient::finish);
}

void ControlClient::send(const QString &name, const QByteArray &request, int timeoutMs)
{
    m_request = request;
    QTimer::singleShot(timeoutMs, this, &ControlClient::finish);
    // Connect from the event loop: a missing socket fails at once, and the answer must come after
    // the caller has entered exec().
    QTimer::singleShot(0, this, [this, name] { m_socket->connectToServer(name); });
}

void ControlClient::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_buffer.trimmed().isEmpty())
        Q_EMIT answered(m_buffer.trimmed());
    else if (m_connected)
        Q_EMIT notAnswered();   // an instance has the request: it must not run twice
    else
        Q_EMIT noInstance();
}

} // namespace kd
