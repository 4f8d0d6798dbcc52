#pragma once

// A fault-injecting HTTP server on loopback, scripted per request: it answers the login calls like
// Kimai 2.28 (from the recorded exchanges) unless a fault matches the request. Every fault a real
// network or a broken server can produce, for the robustness tests.

#include "demo/httpserver.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QRegularExpression>

namespace kd::test {

struct FaultSpec
{
    enum class Kind {
        Respond,            // status / contentType / body as given
        Delay,              // Respond after delayMs
        Hang,               // accept, read, never answer
        CloseBeforeAnyByte, // close without a byte of answer
        CloseMidBody,       // headers promise `body.size()` bytes, half is sent, then close
        Reset,              // TCP reset (abort) after reading the request
        Drip,               // the answer one byte every dripMs
        Huge,               // a JSON array of hugeBytes, streamed
        Redirect,           // `status` (302 by default) with Location: location
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0;
    int dripMs = 100;
    qint64 hugeBytes = 0;
    QByteArray location;
    QList<QPair<QByteArray, QByteArray>> headers;

    static FaultSpec respond(int status, QByteArray body, QByteArray contentType = "application/json");
    static FaultSpec of(Kind kind);
};

class FaultServer : public QObject
{
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr);
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QString url() const;
    quint16 port() const;

    // The first script whose method (empty: any) and path pattern match decides; else the default
    // Kimai-like answers (version, users/me, config/timesheet, ping, timesheets/active = []).
    void script(const QString &pathPattern, const FaultSpec &spec, const QByteArray &method = {});
    void clearScripts();
    QList<http::Request> requests() const;
    int count(const QString &path) const;

private:
    http::Reply handle(const http::Request &request);

    http::Server *m_server;
    QHostAddress m_address;
    mutable QMutex m_mutex;
    struct Script
    {
        QRegularExpression path;
        QByteArray method;
        FaultSpec spec;
    };
    QList<Script> m_scripts;
    QList<http::Request> m_requests;
};

} // namespace kd::test
