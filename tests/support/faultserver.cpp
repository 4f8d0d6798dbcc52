#include "support/faultserver.h"

#include "support/recorded.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kd::test {

FaultSpec FaultSpec::respond(int status, QByteArray body, QByteArray contentType)
{
    FaultSpec s;
    s.status = status;
    s.body = std::move(body);
    s.contentType = std::move(contentType);
    return s;
}

FaultSpec FaultSpec::of(Kind kind)
{
    FaultSpec s;
    s.kind = kind;
    if (kind == Kind::Redirect)
        s.status = 302;
    return s;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(new http::Server([this](const http::Request &r) { return handle(r); }, this))
{
}

bool FaultServer::start(const QHostAddress &address)
{
    m_address = address;
    return m_server->listen(address, 0);
}

QString FaultServer::url() const
{
    return QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_server->port());
}

quint16 FaultServer::port() const
{
    return m_server->port();
}

void FaultServer::script(const QString &pathPattern, const FaultSpec &spec, const QByteArray &method)
{
    QMutexLocker lock(&m_mutex);
    m_scripts.append({QRegularExpression(pathPattern), method, spec});
}

void FaultServer::clearScripts()
{
    QMutexLocker lock(&m_mutex);
    m_scripts.clear();
}

QList<http::Request> FaultServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FaultServer::count(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const http::Request &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

namespace {

http::Response kimaiAnswer(const QString &path)
{
    QString name;
    if (path.endsWith(QLatin1String("/api/version")))
        name = QStringLiteral("06_version");
    else if (path.endsWith(QLatin1String("/api/users/me")))
        name = QStringLiteral("10_users_me");
    else if (path.endsWith(QLatin1String("/api/config/timesheet")))
        name = QStringLiteral("08_config_timesheet");
    else if (path.endsWith(QLatin1String("/api/ping")))
        name = QStringLiteral("02_ping_bearer");
    else if (path.endsWith(QLatin1String("/api/timesheets/active")))
        name = QStringLiteral("44_timesheets_active_after_stop");
    http::Response r;
    r.setHeader("Content-Type", "application/json");
    if (name.isEmpty()) {
        r.status = 404;
        r.body = R"({"code":404,"message":"Not Found"})";
        return r;
    }
    r.body = loadRecorded(name).responseBody;
    return r;
}

} // namespace

http::Reply FaultServer::handle(const http::Request &request)
{
    FaultSpec spec;
    bool scripted = false;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        for (const Script &s : std::as_const(m_scripts)) {
            if ((s.method.isEmpty() || s.method == request.method) && s.path.match(request.path).hasMatch()) {
                spec = s.spec;
                scripted = true;
                break;
            }
        }
    }
    http::Reply reply;
    if (!scripted) {
        reply.response = kimaiAnswer(request.path);
        return reply;
    }
    auto takeOver = [&reply](std::function<void(QTcpSocket *)> f) {
        reply.kind = http::Reply::Kind::TakeOver;
        reply.takeOver = std::move(f);
    };
    switch (spec.kind) {
    case FaultSpec::Kind::Respond:
    case FaultSpec::Kind::Delay:
        reply.response.status = spec.status;
        if (!spec.contentType.isEmpty())
            reply.response.setHeader("Content-Type", spec.contentType);
        for (const auto &h : spec.headers)
            reply.response.setHeader(h.first, h.second);
        reply.response.body = spec.body;
        reply.delayMs = spec.kind == FaultSpec::Kind::Delay ? spec.delayMs : 0;
        return reply;
    case FaultSpec::Kind::Redirect:
        reply.response.status = spec.status;
        reply.response.setHeader("Location", spec.location);
        return reply;
    case FaultSpec::Kind::Hang:
        takeOver([](QTcpSocket *) {});
        return reply;
    case FaultSpec::Kind::CloseBeforeAnyByte:
        takeOver([](QTcpSocket *s) { s->close(); });
        return reply;
    case FaultSpec::Kind::Reset:
        takeOver([](QTcpSocket *s) { s->abort(); });
        return reply;
    case FaultSpec::Kind::CloseMidBody:
        takeOver([spec](QTcpSocket *s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(spec.body.size()) + "\r\n\r\n" + spec.body.left(spec.body.size() / 2));
            s->flush();
            QTimer::singleShot(50, s, [s] { s->close(); });
        });
        return reply;
    case FaultSpec::Kind::Drip:
        takeOver([spec](QTcpSocket *s) {
            const QByteArray all = "HTTP/1.1 " + QByteArray::number(spec.status) + " OK\r\nContent-Type: " + spec.contentType
                + "\r\nContent-Length: " + QByteArray::number(spec.body.size()) + "\r\nConnection: close\r\n\r\n" + spec.body;
            auto *timer = new QTimer(s);
            auto pos = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, s, [s, all, pos, timer] {
                if (*pos >= all.size() || s->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    s->disconnectFromHost();
                    return;
                }
                s->write(all.mid(*pos, 1));
                ++*pos;
            });
            timer->start(spec.dripMs);
        });
        return reply;
    case FaultSpec::Kind::Huge:
        takeOver([spec](QTcpSocket *s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(spec.hugeBytes) + "\r\nConnection: close\r\n\r\n");
            auto sent = std::make_shared<qint64>(0);
            const QByteArray chunk(64 * 1024, ' ');
            auto pump = std::make_shared<std::function<void()>>();
            *pump = [s, sent, chunk, total = spec.hugeBytes] {
                while (*sent < total && s->bytesToWrite() < 1024 * 1024 && s->state() == QAbstractSocket::ConnectedState) {
                    QByteArray piece = chunk.left(int(qMin<qint64>(chunk.size(), total - *sent)));
                    if (*sent == 0)
                        piece[0] = '[';
                    if (*sent + piece.size() == total)
                        piece[piece.size() - 1] = ']';
                    s->write(piece);
                    *sent += piece.size();
                }
            };
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [pump] { (*pump)(); });
            (*pump)();
        });
        return reply;
    }
    return reply;
}

} // namespace kd::test
