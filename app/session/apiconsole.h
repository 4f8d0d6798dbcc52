#pragma once

// The API console's session side: a request a person (or `--api`) types — method, path with query,
// JSON body — sent with the session's credentials through its KimaiClient; the history of the last
// requests per profile (in the settings, with anything that looks like a secret blanked); and the
// endpoints of the OpenAPI document that fits the server's version, for completion, read from the
// bundled copies only when first asked for.

#include "api/openapi.h"
#include "core/exchange.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;

namespace kd {

class ApiReply;
class KimaiClient;
class Session;

struct ConsoleRequest
{
    QString method;    // GET, POST, PATCH, DELETE
    QString path;      // "/api/timesheets?user=all&size=5"
    QByteArray body;   // JSON; sent for POST, PATCH and DELETE when not empty

    bool isWrite() const { return method != QLatin1String("GET"); }
    // Empty when it can be sent; else what is wrong, for people.
    QString problem() const;
    // "PATCH /api/timesheets/5"
    QString line() const { return method + QLatin1Char(' ') + path; }
    bool operator==(const ConsoleRequest &) const = default;
};

struct ConsoleAnswer
{
    Exchange exchange;   // what went out and came back (headers redacted)
    QString error;       // for people; empty for a 2xx answer
    bool ok() const { return error.isEmpty() && exchange.status >= 200 && exchange.status < 300; }
};

class ApiConsole : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHistorySize = 50;
    static const QStringList &methods();   // GET, POST, PATCH, DELETE

    ApiConsole(KimaiClient *client, Session *session, QSettings *settings, QObject *parent = nullptr);

    bool isBusy() const { return !m_reply.isNull(); }
    // Sends through the session's client (confirming a write is the caller's part). With `remember`,
    // the request goes to the top of the profile's history. False (and nothing sent) when not logged
    // in, busy, or the request has a problem().
    bool send(const ConsoleRequest &request, bool remember = true);
    void cancel();

    // The profile's last requests, newest first (at most kHistorySize).
    QList<ConsoleRequest> history() const;
    void clearHistory();
    // A copy safe to store: values of keys or query items that name a password, token or secret
    // blanked.
    static ConsoleRequest withoutSecrets(const ConsoleRequest &request);

    // The OpenAPI document for the server's version (bundled: 2.0.x, 2.28, 2.41), read and indexed off
    // the GUI thread the first time this is called; endpointsReady() follows.
    void loadEndpoints();
    bool endpointsLoaded() const { return !m_document.isEmpty() && !m_loading; }
    const QList<ApiEndpoint> &endpoints() const { return m_endpoints; }
    QString documentName() const { return m_documentName; }
    // Completions of what was typed: paths for the method; after "?", the query parameters of the
    // endpoint the path matches.
    QStringList completions(const QString &typed, const QString &method) const;
    // The resource of the document that fits Kimai `versionId` (":/openapi/openapi-kimai-2.41.0.json").
    static QString documentFor(int versionId);

Q_SIGNALS:
    void answered(const kd::ConsoleAnswer &answer);
    void busyChanged(bool busy);
    void historyChanged();
    void endpointsReady();

private:
    QString historyGroup() const;
    void remember(const ConsoleRequest &request);

    KimaiClient *m_client;
    Session *m_session;
    QSettings *m_settings;
    QPointer<ApiReply> m_reply;
    QList<ApiEndpoint> m_endpoints;
    QString m_documentName;
    QString m_document;                 // the resource read (or being read)
    bool m_loading = false;
    QFutureWatcher<QList<ApiEndpoint>> m_watcher;
};

} // namespace kd

Q_DECLARE_METATYPE(kd::ConsoleAnswer)
