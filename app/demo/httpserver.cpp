#include "demo/httpserver.h"
#include "demo/httpdate.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace kd::http {

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"; never localised.
QByteArray httpDate(const QDateTime &when)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    auto two = [](int v) { return QByteArray::number(v).rightJustified(2, '0'); };
    QByteArray out;
    out += days[d.dayOfWeek() - 1];
    out += ", " + two(d.day()) + ' ' + months[d.month() - 1] + ' ' + QByteArray::number(d.year());
    out += ' ' + two(t.hour()) + ':' + two(t.minute()) + ':' + two(t.second()) + " GMT";
    return out;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\''
            || c == '*' || c == '+' || c == '^' || c == '`' || c == '|' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

bool statusHasBody(int status)
{
    return !(status < 200 || status == 204 || status == 304);
}

bool headerListContains(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &p : parts) {
        if (sameName(p.trimmed(), token))
            return true;
    }
    return false;
}

} // namespace

struct Server::Connection
{
    QByteArray buffer;
    bool busy = false;          // a request is being answered (possibly delayed)
    bool closing = false;       // the last answer said `Connection: close`
    bool continueSent = false;  // "100 Continue" already written for the current request
};

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return true;
    }
    return false;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (sameName(h.first, name)) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::standardReason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: break;
    }
    if (status >= 200 && status < 300)
        return "OK";
    return "Unknown";
}

Server::Server(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Server::onNewConnection);
}

Server::~Server()
{
    close();
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 Server::port() const
{
    return m_server->serverPort();
}

void Server::close()
{
    m_server->close();
    // Drop the connections we still manage; taken-over sockets belong to their callbacks.
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &entry : connections) {
        QTcpSocket *socket = entry.first;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void Server::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void Server::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    const QByteArray data = socket->readAll();
    if (c.closing)
        return;   // answered with `Connection: close`; ignore anything that follows
    c.buffer += data;
    processBuffer(socket);
}

void Server::failAndClose(QTcpSocket *socket, int status)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        it->second->closing = true;
        it->second->buffer.clear();
    }
    Response r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = "{\"code\":" + QByteArray::number(status) + ",\"message\":\"" + Response::standardReason(status) + "\"}";
    send(socket, r, false);
}

void Server::takeOver(QTcpSocket *socket, const std::function<void(QTcpSocket *)> &callback)
{
    disconnect(socket, nullptr, this, nullptr);
    m_connections.erase(socket);
    // Still clean up the object once the connection is gone; the callback decides when that is.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (callback)
        callback(socket);
    else
        socket->abort();
}

void Server::processBuffer(QTcpSocket *socket)
{
    for (;;) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        if (c.busy || c.closing)
            return;

        // Tolerate empty lines before a request line (RFC 9112, 2.2).
        qsizetype skip = 0;
        while (skip < c.buffer.size() && (c.buffer[skip] == '\r' || c.buffer[skip] == '\n'))
            ++skip;
        if (skip > 0)
            c.buffer.remove(0, skip);
        if (c.buffer.isEmpty())
            return;

        qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bareEnd = c.buffer.indexOf("\n\n");
        if (bareEnd >= 0 && (headerEnd < 0 || bareEnd < headerEnd)) {
            headerEnd = bareEnd;
            separator = 2;
        }
        if (headerEnd < 0) {
            if (c.buffer.size() > m_maxHeader)
                failAndClose(socket, 431);
            return;
        }
        if (headerEnd > m_maxHeader) {
            failAndClose(socket, 431);
            return;
        }

        const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
        QByteArray requestLine = lines.first();
        if (requestLine.endsWith('\r'))
            requestLine.chop(1);
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')
            || !(parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0")) {
            failAndClose(socket, 400);
            return;
        }

        Request request;
        request.method = parts[0];
        request.target = parts[1];
        request.localPort = socket->localPort();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
            if (!isToken(name)) {
                failAndClose(socket, 400);
                return;
            }
            request.headers.append({name, line.mid(colon + 1).trimmed()});
        }

        if (request.hasHeader("Transfer-Encoding")) {
            failAndClose(socket, 411);   // chunked request bodies are not supported
            return;
        }
        qint64 contentLength = 0;
        bool haveLength = false;
        for (const auto &h : std::as_const(request.headers)) {
            if (!sameName(h.first, "Content-Length"))
                continue;
            bool ok = false;
            const qint64 v = h.second.toLongLong(&ok);
            if (!ok || v < 0 || h.second.isEmpty() || !std::all_of(h.second.begin(), h.second.end(), [](char ch) {
                    return ch >= '0' && ch <= '9';
                }) || (haveLength && v != contentLength)) {
                failAndClose(socket, 400);
                return;
            }
            contentLength = v;
            haveLength = true;
        }
        if (contentLength > m_maxBody) {
            failAndClose(socket, 413);
            return;
        }
        const qsizetype total = headerEnd + separator + qsizetype(contentLength);
        if (c.buffer.size() < total) {
            if (!c.continueSent && headerListContains(request.header("Expect"), "100-continue")) {
                c.continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        request.body = c.buffer.mid(headerEnd + separator, qsizetype(contentLength));
        c.buffer.remove(0, total);
        c.continueSent = false;

        const qsizetype q = request.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? request.target : request.target.left(q);
        request.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0) {
            // As PHP does: '+' in a query string is a space.
            QByteArray rawQuery = request.target.mid(q + 1);
            rawQuery.replace('+', "%20");
            request.query = QUrlQuery(QString::fromUtf8(rawQuery));
        }

        const QByteArray connectionHeader = request.header("Connection");
        const bool keepAlive = parts[2] == "HTTP/1.1" ? !headerListContains(connectionHeader, "close")
                                                      : headerListContains(connectionHeader, "keep-alive");
        const bool headOnly = request.method == "HEAD";

        c.busy = true;
        const Reply reply = m_handler(request);
        finish(socket, reply, keepAlive, headOnly);
        // The loop re-checks the connection: it may be gone, busy (delayed) or closing now.
    }
}

void Server::finish(QTcpSocket *socket, const Reply &reply, bool keepAlive, bool headOnly)
{
    if (reply.kind == Reply::Kind::TakeOver) {
        takeOver(socket, reply.takeOver);
        return;
    }
    if (reply.delayMs <= 0) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->second->busy = false;
        if (!keepAlive)
            it->second->closing = true;
        send(socket, reply.response, keepAlive, headOnly);
        return;
    }
    const Response response = reply.response;
    QTimer::singleShot(reply.delayMs, socket, [this, socket, response, keepAlive, headOnly] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
            return;   // the peer went away meanwhile: nothing to answer
        it->second->busy = false;
        if (!keepAlive)
            it->second->closing = true;
        send(socket, response, keepAlive, headOnly);
        if (keepAlive)
            processBuffer(socket);   // pipelined requests that arrived while we waited
    });
}

void Server::send(QTcpSocket *socket, const Response &response, bool keepAlive, bool headOnly)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? Response::standardReason(response.status) : response.reason) + "\r\n";
    bool haveDate = false;
    for (const auto &h : response.headers) {
        if (sameName(h.first, "Content-Length") || sameName(h.first, "Connection"))
            continue;
        if (sameName(h.first, "Date"))
            haveDate = true;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!haveDate)
        out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    const bool body = statusHasBody(response.status);
    if (body)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n") : QByteArrayLiteral("Connection: close\r\n\r\n");
    if (body && !headOnly)
        out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();   // flushes first; `disconnected` cleans up
}

// Exposed for the demo server, which stamps `Date:` from its injected clock.
QByteArray formatHttpDate(const QDateTime &when)
{
    return httpDate(when);
}

} // namespace kd::http
