#include "api/apireply.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "core/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace kd {

namespace {
constexpr qsizetype kKeepOfOversizeBody = 64 * 1024;
constexpr int kMaxRedirects = 5;

// A body that can be read once. QNetworkAccessManager silently resends a request when the connection
// closes before the answer starts, POST included; with an unbuffered, non-rewindable body it cannot,
// and reports the failure instead, so that a start or restart is never sent twice behind our back.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool seek(qint64) override { return false; }   // cannot rewind: that is the point
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "DELETE" || method == "PUT" || method == "OPTIONS";
}

} // namespace

ApiReply::ApiReply(KimaiClient *client, RequestSpec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_stallTimer = new QTimer(this);
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, &ApiReply::onStall);
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ApiReply::onDeadline);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    if (!m_client || !m_client->nam() || !m_client->server().isValid()) {
        // Finish asynchronously so that callers can connect first.
        QTimer::singleShot(0, this, [this] {
            finish(ApiError(ApiError::Kind::Network, ApiError::Cause::OtherNetwork,
                            ApiError::tr("No server address is set."), QStringLiteral("no server")));
        });
        return;
    }
    const Capabilities &caps = m_client->capabilities();
    if (m_spec.needs && caps.isKnown() && !caps.has(*m_spec.needs)) {
        // This server does not offer it (by its version, or it said so before): nothing to send.
        QTimer::singleShot(0, this, [this] {
            m_notOffered = true;
            clearResult();
            finish(ApiError());
        });
        return;
    }
    m_deadlineTimer->start(m_client->deadlineMs());
    sendAttempt(m_client->firstScheme());
}

void ApiReply::sendAttempt(AuthScheme scheme)
{
    m_scheme = scheme;
    m_body.clear();
    m_facts = ApiError::Facts{};
    m_facts.sentBearer = scheme == AuthScheme::Bearer;
    m_facts.sentLegacy = scheme == AuthScheme::Legacy;
    const Capabilities &caps = m_client->capabilities();
    m_facts.legacyMayBeThrottled = !caps.isKnown() || caps.has(Capability::LegacyThrottled);
    m_facts.sizeCap = m_client->maxResponseBytes();
    m_sslErrors.clear();
    m_redirects = 0;
    m_visited.clear();

    QString endpoint = m_spec.endpoint;
    if (!m_spec.query.isEmpty())
        endpoint += QLatin1Char('?') + m_spec.query.encoded();
    const QUrl url = m_client->server().apiUrl(endpoint);
    m_facts.url = url.toString(QUrl::RemoveQuery);
    m_currentUrl = url;

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "KimaiDesk/" KD_VERSION);
    if (m_spec.hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setMaximumRedirectsAllowed(kMaxRedirects + 1);   // we count and stop ourselves
    // Our own stall timer measures inactivity precisely; Qt's transfer timeout stays off.
    m_client->applyAuth(request, scheme);

    Exchange ex;
    ex.id = m_client->nextExchangeId();
    ex.startedAt = m_client->clock()->now();
    ex.method = m_spec.method;
    ex.url = url;
    HeaderList headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    ex.requestHeaders = redactHeaders(headers);
    ex.requestBody = m_spec.body;
    m_exchange = ex;
    m_attemptStartMs = m_client->clock()->monotonicMs();

    QNetworkAccessManager *nam = m_client->nam();
    QNetworkReply *reply = nullptr;
    if (m_spec.method == "GET") {
        reply = nam->get(request);
    } else if (m_spec.method == "DELETE" && !m_spec.hasBody) {
        reply = nam->deleteResource(request);
    } else if (!isIdempotent(m_spec.method)) {
        // Never resent by Qt (see OneShotBody); an empty body still goes through the device.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        auto *body = new OneShotBody(m_spec.body, this);
        reply = nam->sendCustomRequest(request, m_spec.method, body);
        connect(reply, &QObject::destroyed, body, &QObject::deleteLater);
    } else {
        reply = nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    }
    m_reply = reply;

    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaData);
    connect(reply, &QNetworkReply::redirected, this, &ApiReply::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiReply::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, m_stallTimer, [this] { m_stallTimer->start(); });
    connect(reply, &QNetworkReply::downloadProgress, m_stallTimer, [this] { m_stallTimer->start(); });
    m_stallTimer->start(m_client->transferTimeoutMs());
}

void ApiReply::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_facts.sizeCap) {
        m_facts.tooLarge = true;
        abortAttempt();
    }
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    m_stallTimer->start();
    const QByteArray chunk = m_reply->readAll();
    if (m_body.size() + chunk.size() > m_facts.sizeCap) {
        m_facts.tooLarge = true;
        m_exchange.size = m_body.size() + chunk.size();
        abortAttempt();
        return;
    }
    m_body += chunk;
}

void ApiReply::onRedirected(const QUrl &url)
{
    if (!m_reply || !m_client)
        return;
    const QUrl target = m_currentUrl.resolved(url);
    // A redirect back to where we have been is a loop; so is a long chain.
    m_visited.append(m_currentUrl);
    const bool seen = m_visited.contains(target);
    if (seen || ++m_redirects > kMaxRedirects) {
        m_facts.tooManyRedirects = true;
        abortAttempt();
        return;
    }
    const bool safeMethod = m_spec.method == "GET";
    if (safeMethod && m_client->server().sameOrigin(target)) {
        m_currentUrl = target;
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_facts.redirectRefused = true;
    m_facts.redirectTarget = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    abortAttempt();
}

void ApiReply::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply || !m_client)
        return;
    m_sslErrors = errors;
    QStringList texts;
    for (const QSslError &e : errors)
        texts.append(e.errorString());
    m_facts.sslErrors = texts.join(QStringLiteral("; "));
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    m_peerCertificate = peer;

    const QByteArray pinned = m_client->pinnedCertificates().value(m_client->pinKey());
    if (pinned.isEmpty())
        return;   // not trusted: the handshake fails and the error is reported as Tls
    if (!peer.isNull() && KimaiClient::fingerprint(peer) == pinned) {
        // Ignore exactly these errors for exactly this certificate.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_facts.pinMismatch = true;
    abortAttempt();
}

void ApiReply::onStall()
{
    m_facts.timedOut = true;
    abortAttempt();
}

void ApiReply::onDeadline()
{
    m_facts.deadline = true;
    abortAttempt();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_facts.cancelled = true;
    if (m_reply) {
        abortAttempt();
    } else {
        finish(ApiError::classify(m_facts));
    }
}

void ApiReply::abortAttempt()
{
    // QNetworkReply::abort() emits finished() synchronously; onReplyFinished() takes it from there.
    if (m_reply)
        m_reply->abort();
}

void ApiReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || !m_client)
        return;
    m_reply.clear();
    m_stallTimer->stop();
    if (!m_facts.tooLarge && reply->isReadable())
        m_body += reply->readAll();
    m_body.squeeze();   // the exchange log keeps this buffer: no spare capacity
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_facts.httpStatus = status;
    // Qt 6.4 reports a connection closed in the middle of a body as success: compare with the length
    // the server announced (unless the body was compressed, where the lengths differ).
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && !m_facts.tooLarge && reply->rawHeader("Content-Encoding").isEmpty()
        && m_body.size() < announced.toLongLong())
        m_facts.incompleteBody = true;
    m_facts.networkError = int(reply->error());
    m_facts.networkErrorString = reply->errorString();
    m_facts.contentType = reply->rawHeader("Content-Type");
    m_facts.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    m_facts.retryAfter = reply->rawHeader("Retry-After");
    m_facts.body = m_body;

    // Complete the exchange for the inspector.
    m_exchange.status = status;
    m_exchange.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        m_exchange.responseHeaders.append({p.first, p.second});
    m_exchange.elapsedMs = m_client->clock()->monotonicMs() - m_attemptStartMs;
    if (m_facts.tooLarge) {
        m_exchange.bodyTruncated = true;
        m_exchange.responseBody = m_body.left(kKeepOfOversizeBody);
        if (m_exchange.size == 0) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            m_exchange.size = length.isValid() ? length.toLongLong() : m_body.size();
        }
    } else {
        m_exchange.responseBody = m_body;
        m_exchange.size = m_body.size();
    }
    if (status > 0)
        m_client->noteServerDate(reply->rawHeader("Date"));
    m_pageInfo = Parse::pageInfo(reply->rawHeader("X-Page"), reply->rawHeader("X-Total-Count"),
                                 reply->rawHeader("X-Total-Pages"), reply->rawHeader("X-Per-Page"));

    ApiError error = ApiError::classify(m_facts);

    // Auto mode: Bearer first; if refused and a username is known, try the legacy headers once.
    const bool authRefused = error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden;
    if (authRefused && m_scheme == AuthScheme::Bearer && !m_triedFallback && m_client->canFallBackToLegacy()) {
        m_triedFallback = true;
        m_firstAttemptError = error;
        m_exchange.error = ApiError::kindTitle(error.kind());
        m_client->recordExchange(m_exchange);
        sendAttempt(AuthScheme::Legacy);
        return;
    }
    if (authRefused && m_triedFallback && m_firstAttemptError.isError()
        && m_firstAttemptError.cause() != ApiError::Cause::LegacyHeaderMissing
        && m_firstAttemptError.cause() != ApiError::Cause::AuthHeaderStripped) {
        // Both ways failed: the token answer is the more useful one on Kimai 2.x.
        error = m_firstAttemptError;
    }

    if (!error.isError() && (m_scheme == AuthScheme::Bearer || m_scheme == AuthScheme::Legacy))
        m_client->noteResolved(m_scheme);

    const bool notFoundMeansNotOffered = error.kind() == ApiError::Kind::NotFound && m_spec.on404 == RequestSpec::On404::Unavailable;
    const bool methodMeansNotOffered = error.cause() == ApiError::Cause::MethodNotAllowed && m_spec.unavailableOn405;
    if (notFoundMeansNotOffered || methodMeansNotOffered
        || (error.cause() == ApiError::Cause::EntityNotFound && m_spec.on404 == RequestSpec::On404::PastEnd)) {
        m_notOffered = notFoundMeansNotOffered || methodMeansNotOffered;
        m_pageInfo.pastEnd = !m_notOffered;
        if (m_notOffered && m_spec.needs)
            m_client->noteNotOffered(*m_spec.needs);
        clearResult();
        finish(ApiError());
        return;
    }
    if (error.cause() == ApiError::Cause::AccessDenied && m_spec.deniedFilter != ApiError::FilterSubject::None)
        error = ApiError::filterDenied(error, m_spec.deniedFilter);
    if (error.isError()) {
        if (authRefused)
            Q_EMIT m_client->authenticationFailed(error);
        finish(error);
        return;
    }
    if (!m_spec.expectJson) {
        parse(m_body);   // the parser of a body-less answer ignores the body
        return;
    }
    if (ApiError::looksLikeHtml(m_body, m_facts.contentType)) {
        finish(ApiError(ApiError::Kind::InvalidResponse, ApiError::Cause::HtmlInsteadOfJson,
                        ApiError::tr("The server answered with a web page instead of Kimai's JSON. Is Kimai at this "
                                     "address? Check the server address, including a sub-path such as "
                                     "https://example.com/kimai."),
                        m_facts.url + QStringLiteral(": HTML answer")));
        return;
    }
    parse(m_body);
}

void ApiReply::finishParsed(const QString &parseError)
{
    if (parseError.isEmpty()) {
        finish(ApiError());
        return;
    }
    const bool notJson = parseError.startsWith(QLatin1String("not valid JSON"));
    if (notJson) {
        finish(ApiError(ApiError::Kind::InvalidResponse, ApiError::Cause::NotJson,
                        ApiError::tr("The server's answer is not valid JSON. Is Kimai at this address, and is nothing "
                                     "in between (a proxy or a security filter) changing the answers?"),
                        m_facts.url + QStringLiteral(": ") + parseError));
        return;
    }
    finish(ApiError::invalidResponse(parseError, m_facts.url));
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_stallTimer->stop();
    m_deadlineTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    if (m_exchange.isValid()) {
        if (error.isError())
            m_exchange.error = error.message();
        qCInfo(lcApi).noquote() << m_exchange.method << m_exchange.url.path() << m_exchange.statusText() << m_exchange.elapsedMs
                                << "ms" << (error.isError() ? ApiError::kindTitle(error.kind()) : QString());
        if (m_client)
            m_client->recordExchange(m_exchange);
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace kd
