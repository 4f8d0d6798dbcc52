#pragma once

#include "api/apierror.h"
#include "api/parsers.h"
#include "api/queries.h"
#include "core/authmode.h"
#include "core/capabilities.h"
#include "core/exchange.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

class QNetworkReply;
class QTimer;

namespace kd {

class KimaiClient;

struct RequestSpec
{
    enum class On404 { Error, PastEnd, Unavailable };

    QByteArray method = "GET";
    QString endpoint;           // below /api/, e.g. "timesheets/active"
    QueryItems query;
    QByteArray body;            // JSON; sent when hasBody
    bool hasBody = false;
    On404 on404 = On404::Error; // PastEnd: pagination end; Unavailable: endpoint not offered (i18n on 2.x)
    bool unavailableOn405 = false;  // a 405 means "not offered" (a route of another method took the path)
    bool expectJson = true;     // false: 204 No Content is the answer (DELETE)
    // The endpoint exists only where the server has this capability: not sent where the client
    // knows the server's version and it lacks it (finishes ok() with notOffered()); a "not offered"
    // answer drops the capability.
    std::optional<Capability> needs;
    // A 403 {"code":403,"message":"Forbidden"} for a list filtered by these (Kimai 2.53+: a filter id
    // the user may not see) is explained as such.
    ApiError::FilterSubject deniedFilter = ApiError::FilterSubject::None;
};

// One API call: owns its QNetworkReply, the timeouts, the size cap, the redirect and TLS policy, the
// error mapping and the JSON parsing, and ends in exactly one `finished()` (from `finish()`).
// Deletes itself after `finished()` unless setAutoDelete(false).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const Exchange &exchange() const { return m_exchange; }   // the last attempt
    const RequestSpec &spec() const { return m_spec; }
    PageInfo pageInfo() const { return m_pageInfo; }
    bool notOffered() const { return m_notOffered; }         // 404/405 mapped to "not offered by this server"
    AuthScheme usedScheme() const { return m_scheme; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QSslCertificate peerCertificate() const { return m_peerCertificate.value_or(QSslCertificate()); }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Cancels the call; `finished()` follows with a Cancelled error (if not finished already).
    void abort();

Q_SIGNALS:
    void finished();

protected:
    ApiReply(KimaiClient *client, RequestSpec spec);
    // Parse a successful body; call finishParsed() exactly once (now or later).
    virtual void parse(const QByteArray &body) = 0;
    virtual void clearResult() = 0;
    void finishParsed(const QString &parseError);

private:
    friend class KimaiClient;
    void start();
    void sendAttempt(AuthScheme scheme);
    void onReadyRead();
    void onMetaData();
    void onRedirected(const QUrl &url);
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void onStall();
    void onDeadline();
    void finish(const ApiError &error);
    void abortAttempt();

    QPointer<KimaiClient> m_client;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_stallTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QByteArray m_body;
    Exchange m_exchange;
    PageInfo m_pageInfo;
    ApiError m_error;
    ApiError m_firstAttemptError;
    ApiError::Facts m_facts;
    QList<QSslError> m_sslErrors;
    // Optional, so that plain-http calls never touch the TLS library (it costs start-up time and memory).
    std::optional<QSslCertificate> m_peerCertificate;
    AuthScheme m_scheme = AuthScheme::None;
    qint64 m_attemptStartMs = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_notOffered = false;
    bool m_triedFallback = false;
    int m_redirects = 0;
    QList<QUrl> m_visited;
    QUrl m_currentUrl;
};

template<typename T>
class TypedReply final : public ApiReply
{
public:
    using Parser = Parse::Result<T> (*)(const QByteArray &);

    TypedReply(KimaiClient *client, RequestSpec spec, Parser parser)
        : ApiReply(client, std::move(spec))
        , m_parser(parser)
    {
    }

    // Valid once finished() was emitted with ok().
    const T &result() const { return m_result; }

protected:
    void parse(const QByteArray &body) override
    {
        if (!m_parser) {
            finishParsed({});
            return;
        }
        // Big answers are parsed off the GUI thread; the parser is a pure function.
        if (body.size() < kOffThreadBytes) {
            apply(m_parser(body));
            return;
        }
        auto *watcher = new QFutureWatcher<Parse::Result<T>>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            apply(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(m_parser, body));
    }

    void clearResult() override { m_result = T{}; }

private:
    static constexpr qsizetype kOffThreadBytes = 256 * 1024;

    void apply(Parse::Result<T> r)
    {
        if (r.value)
            m_result = std::move(*r.value);
        finishParsed(r.ok() ? QString() : r.error);
    }

    Parser m_parser = nullptr;
    T m_result{};
};

// Convenience for callers: connect to finished with a context object.
template<typename Reply, typename Fn>
void onFinished(Reply *reply, QObject *context, Fn &&fn)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, f = std::forward<Fn>(fn)]() mutable { f(reply); });
}

} // namespace kd
