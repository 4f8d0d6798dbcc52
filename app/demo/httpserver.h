#pragma once

// A small HTTP/1.1 server on QTcpServer: request parsing (Content-Length bodies), keep-alive,
// and a hook that lets a handler take over the raw socket (used by fault-injecting test servers).

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace kd::http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    QByteArray method;          // "GET"
    QByteArray target;          // raw request target: "/api/timesheets?page=2"
    QString path;               // decoded path: "/api/timesheets"
    QUrlQuery query;
    Headers headers;            // as received, in order
    QByteArray body;
    quint16 localPort = 0;

    QByteArray header(const QByteArray &name) const;   // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
};

struct Response
{
    int status = 200;
    QByteArray reason;          // empty: the standard phrase for `status`
    Headers headers;            // Content-Length and Connection are added by the server
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    static QByteArray standardReason(int status);
};

// What a handler decides for one request.
struct Reply
{
    enum class Kind { Respond, TakeOver };
    Kind kind = Kind::Respond;
    Response response;
    int delayMs = 0;            // answer after this delay (the connection stays open meanwhile)
    // TakeOver: the server stops managing the socket; the callback owns what happens next
    // (write raw bytes, close, abort, drip ...). The socket stays a child of the server.
    std::function<void(QTcpSocket *)> takeOver;
};

class Server : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const Request &)>;

    explicit Server(Handler handler, QObject *parent = nullptr);
    ~Server() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    void close();

    // Limits; larger requests get 413 / 431 and the connection is closed.
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    void setMaxHeaderBytes(qint64 bytes) { m_maxHeader = bytes; }

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void send(QTcpSocket *socket, const Response &response, bool keepAlive, bool headOnly = false);
    void processBuffer(QTcpSocket *socket);
    void finish(QTcpSocket *socket, const Reply &reply, bool keepAlive, bool headOnly);
    void failAndClose(QTcpSocket *socket, int status);
    void takeOver(QTcpSocket *socket, const std::function<void(QTcpSocket *)> &callback);

    Handler m_handler;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QTcpServer *m_server = nullptr;
    qint64 m_maxBody = 16 * 1024 * 1024;
    qint64 m_maxHeader = 64 * 1024;
};

} // namespace kd::http
