#pragma once

// One Kimai Desk per user session. The first instance listens on a local socket in the user's
// runtime directory; a second invocation sends its command there as one JSON line and prints the
// one-line JSON answer.

#include <QByteArray>
#include <QLocalServer>
#include <QObject>
#include <QString>

#include <functional>

class QLocalSocket;

namespace kd {

class ControlServer : public QObject
{
    Q_OBJECT
public:
    // `reply(json)` must be called exactly once per request (now or later).
    using Handler = std::function<void(const QByteArray &request, std::function<void(const QByteArray &)> reply)>;

    explicit ControlServer(Handler handler, QObject *parent = nullptr);
    // Listens on `name`. Call it after ControlClient reported noInstance(): a socket file left
    // there belongs to a crashed instance and is replaced.
    bool listen(const QString &name, QString *error = nullptr);
    QString serverName() const;

    static QString defaultName(bool demo);   // a path in the user's runtime directory

private:
    void onConnection();

    Handler m_handler;
    QLocalServer m_server;
};

// Sends one request to a running instance: exactly one of `answered(json)`, `noInstance()` (nobody
// listens: run the command yourself) or `notAnswered()` (an instance took the request but gave no
// answer in time — it may still carry the command out, so never run it a second time).
class ControlClient : public QObject
{
    Q_OBJECT
public:
    // Longer than the longest a running instance takes for a command (CommandRunner::kTimeoutMs).
    static constexpr int kDefaultTimeoutMs = 120'000;

    explicit ControlClient(QObject *parent = nullptr);
    void send(const QString &name, const QByteArray &request, int timeoutMs = kDefaultTimeoutMs);

Q_SIGNALS:
    void answered(const QByteArray &answer);
    void noInstance();
    void notAnswered();

private:
    void finish();

    QLocalSocket *m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace kd
