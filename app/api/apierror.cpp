#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace kd {

bool ApiError::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("text/html"))
        return true;
    const QByteArray head = body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || head.startsWith("<head") || head.startsWith("<body");
}

namespace {

QString sample(const QByteArray &body)
{
    if (body.isEmpty())
        return QStringLiteral("(empty body)");
    QString s = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        s += QStringLiteral(" …");
    return s;
}

} // namespace

ApiError::ApiError(Kind kind, Cause cause, QString message, QString detail)
    : m_kind(kind)
    , m_cause(cause)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::Network: return QStringLiteral("Network");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Tls: return QStringLiteral("Tls");
    case Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case Kind::Forbidden: return QStringLiteral("Forbidden");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::Validation: return QStringLiteral("Validation");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::InvalidResponse: return QStringLiteral("InvalidResponse");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    }
    return {};
}

QString ApiError::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Network: return tr("Cannot reach the server");
    case Kind::Timeout: return tr("The server did not answer in time");
    case Kind::Tls: return tr("Secure connection failed");
    case Kind::Unauthorized: return tr("Not signed in");
    case Kind::Forbidden: return tr("Access denied");
    case Kind::NotFound: return tr("Not found");
    case Kind::Validation: return tr("Kimai refused the data");
    case Kind::Server: return tr("Server error");
    case Kind::InvalidResponse: return tr("Unexpected answer");
    case Kind::Cancelled: return tr("Cancelled");
    }
    return {};
}

bool ApiError::meansUnreachable() const
{
    switch (m_kind) {
    case Kind::Network:
        // A refused redirect is a wrong address, not a missing network.
        return m_cause != Cause::RedirectRefused && m_cause != Cause::TooManyRedirects;
    case Kind::Timeout:
        return true;
    case Kind::Server:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

ApiError::ErrorBody ApiError::parseErrorBody(const QByteArray &body)
{
    ErrorBody out;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    out.isJson = true;
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    if (code.isDouble())
        out.code = code.toInt();
    else if (code.isString())
        out.code = code.toString().toInt();
    out.message = o.value(QLatin1String("message")).toString();

    const QJsonObject errors = o.value(QLatin1String("errors")).toObject();
    const auto collect = [](const QJsonValue &v) {
        QStringList list;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &e : arr) {
            if (e.isString())
                list.append(e.toString());
        }
        return list;
    };
    out.fields.global = collect(errors.value(QLatin1String("errors")));
    const QJsonObject children = errors.value(QLatin1String("children")).toObject();
    for (auto it = children.constBegin(); it != children.constEnd(); ++it) {
        out.fields.acceptedFields.append(it.key());
        const QStringList msgs = collect(it.value().toObject().value(QLatin1String("errors")));
        if (!msgs.isEmpty())
            out.fields.fields.append({it.key(), msgs});
    }
    return out;
}

ApiError ApiError::invalidResponse(const QString &what, const QString &url)
{
    return ApiError(Kind::InvalidResponse, Cause::UnexpectedJson,
                    tr("The server's answer is not what Kimai sends (%1). Is this a Kimai server, and is it "
                       "a supported version?").arg(what),
                    url + QStringLiteral(": ") + what);
}

ApiError ApiError::classify(const Facts &f)
{
    const QString where = f.url;
    auto make = [&](Kind k, Cause c, const QString &msg, const QString &detail) {
        ApiError e(k, c, msg, detail.isEmpty() ? where : where + QStringLiteral(": ") + detail);
        e.setHttpStatus(f.httpStatus);
        return e;
    };

    if (f.cancelled)
        return make(Kind::Cancelled, Cause::UserCancelled, tr("The request was cancelled."), QStringLiteral("cancelled"));
    if (f.tooLarge) {
        return make(Kind::InvalidResponse, Cause::ResponseTooLarge,
                    tr("The server's answer is larger than %1 MB and was not loaded. Narrow the request (for example a "
                       "shorter date range) or raise the limit in the settings.")
                        .arg(f.sizeCap / (1024 * 1024)),
                    QStringLiteral("response exceeds %1 bytes").arg(f.sizeCap));
    }
    if (f.redirectRefused) {
        return make(Kind::Network, Cause::RedirectRefused,
                    tr("The server redirected to %1. Kimai Desk does not follow redirects to another address or "
                       "to plain http, to keep your token safe. If that address is right, use it as the server "
                       "address.")
                        .arg(f.redirectTarget),
                    QStringLiteral("redirect refused: ") + f.redirectTarget);
    }
    if (f.deadline) {
        return make(Kind::Timeout, Cause::DeadlineExceeded,
                    tr("The server took too long to send its answer. Try again later or check the connection."),
                    QStringLiteral("total deadline exceeded"));
    }
    if (f.timedOut) {
        return make(Kind::Timeout, Cause::TransferTimeout,
                    tr("The server did not answer in time. Check that the address is right and the server is "
                       "running, then try again."),
                    QStringLiteral("transfer timeout"));
    }
    if (f.pinMismatch) {
        return make(Kind::Tls, Cause::TlsPinMismatch,
                    tr("The server presented a different certificate than the one you trusted for it. This can "
                       "mean someone is intercepting the connection. Nothing was sent. If the server's "
                       "certificate was replaced on purpose, remove the saved server in the login form (Remove) "
                       "and connect again."),
                    QStringLiteral("pinned certificate mismatch; ") + f.sslErrors);
    }

    // Transport failures that can come with a status line already received.
    if (f.tooManyRedirects || f.networkError == QNetworkReply::TooManyRedirectsError)
        return make(Kind::Network, Cause::TooManyRedirects, tr("The server keeps redirecting. Check the server address."),
                    f.networkErrorString);
    if (f.networkError == QNetworkReply::InsecureRedirectError)
        return make(Kind::Network, Cause::RedirectRefused,
                    tr("The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token "
                       "safe."),
                    f.networkErrorString);
    if (f.httpStatus >= 200 && f.httpStatus < 300
        && (f.incompleteBody || f.networkError == QNetworkReply::RemoteHostClosedError || f.networkError == QNetworkReply::ProtocolFailure
            || f.networkError == QNetworkReply::TemporaryNetworkFailureError || f.networkError == QNetworkReply::UnknownNetworkError)) {
        return make(Kind::Network, Cause::ConnectionClosed,
                    tr("The connection broke before the whole answer arrived. Try again; if it keeps happening, the "
                       "server or a proxy in between has a problem."),
                    f.networkErrorString);
    }

    if (f.httpStatus == 0) {
        const QString net = f.networkErrorString;
        switch (QNetworkReply::NetworkError(f.networkError)) {
        case QNetworkReply::NoError:
            return make(Kind::Network, Cause::OtherNetwork,
                        tr("The connection ended without an answer from the server."), net);
        case QNetworkReply::HostNotFoundError:
            return make(Kind::Network, Cause::HostNotFound,
                        tr("The server's name could not be found. Check the address for typing errors and that "
                           "this computer is online."),
                        net);
        case QNetworkReply::ConnectionRefusedError:
            return make(Kind::Network, Cause::ConnectionRefused,
                        tr("The server refused the connection. Check the address and port, and that Kimai is "
                           "running."),
                        net);
        case QNetworkReply::ContentReSendError:   // closed before answering a request we do not resend
        case QNetworkReply::RemoteHostClosedError:
            return make(Kind::Network, Cause::ConnectionClosed,
                        tr("The server closed the connection before answering. Try again; if it keeps happening, "
                           "the server or a proxy in between has a problem."),
                        net);
        case QNetworkReply::TimeoutError:
            return make(Kind::Timeout, Cause::TransferTimeout,
                        tr("The server did not answer in time. Check that the address is right and the server is "
                           "running, then try again."),
                        net);
        case QNetworkReply::OperationCanceledError:
            return make(Kind::Cancelled, Cause::UserCancelled, tr("The request was cancelled."), net);
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownServerError:
            if (!f.sslErrors.isEmpty()) {
                return make(Kind::Tls, Cause::TlsCertificate,
                            tr("The server's certificate is not trusted (%1). If you know this server uses its own "
                               "certificate, check its fingerprint and trust it for this server.")
                                .arg(f.sslErrors),
                            net);
            }
            if (f.networkError == QNetworkReply::SslHandshakeFailedError) {
                return make(Kind::Tls, Cause::TlsHandshake,
                            tr("A secure connection could not be set up. Does the server speak https on this port?"),
                            net);
            }
            break;
        case QNetworkReply::TooManyRedirectsError:
            return make(Kind::Network, Cause::TooManyRedirects,
                        tr("The server keeps redirecting. Check the server address."), net);
        case QNetworkReply::InsecureRedirectError:
            return make(Kind::Network, Cause::RedirectRefused,
                        tr("The server redirected from https to plain http. Kimai Desk does not follow it, to keep "
                           "your token safe."),
                        net);
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::BackgroundRequestNotAllowedError:
            return make(Kind::Network, Cause::NetworkUnreachable,
                        tr("The network is not available. Check that this computer is online."), net);
        default:
            break;
        }
        if (f.networkError >= QNetworkReply::ProxyConnectionRefusedError
            && f.networkError <= QNetworkReply::UnknownProxyError) {
            return make(Kind::Network, Cause::ProxyError,
                        tr("The proxy server failed (%1). Check the proxy settings of this computer.").arg(net), net);
        }
        return make(Kind::Network, Cause::OtherNetwork,
                    tr("The connection to the server failed: %1").arg(net), net);
    }

    const int s = f.httpStatus;
    if (s >= 200 && s < 300)
        return {};
    if (s < 200) {
        // An informational status as the final answer: the exchange went wrong at the HTTP level.
        return make(Kind::Network, Cause::OtherNetwork,
                    tr("The server's answer could not be understood (HTTP %1). Try again; a proxy in between may be "
                       "misbehaving.")
                        .arg(s),
                    QStringLiteral("final status %1").arg(s));
    }

    const ErrorBody body = parseErrorBody(f.body);
    const bool html = !body.isJson && looksLikeHtml(f.body, f.contentType);
    const QString bodySample = QStringLiteral("HTTP %1, %2").arg(s).arg(sample(f.body));

    if (s == 400) {
        ApiError e;
        if (!body.fields.isEmpty() || body.message == QLatin1String("Validation Failed")) {
            QStringList lines = body.fields.global;
            for (const auto &field : body.fields.fields)
                lines.append(field.first + QStringLiteral(": ") + field.second.join(QLatin1Char(' ')));
            e = make(Kind::Validation, Cause::FormInvalid,
                     lines.isEmpty() ? tr("Kimai refused the data.")
                                     : tr("Kimai refused the data: %1").arg(lines.join(QStringLiteral("; "))),
                     bodySample);
        } else {
            const QString m = body.message.isEmpty() || body.message == QLatin1String("Bad Request")
                ? tr("Kimai refused the request as invalid (400 Bad Request).")
                : tr("Kimai refused the request: %1").arg(body.message);
            e = make(Kind::Validation, Cause::BadRequest, m, bodySample);
        }
        e.setFieldErrors(body.fields);
        return e;
    }
    if (s == 401) {
        if (f.body.trimmed().isEmpty() && f.wwwAuthenticate.contains("invalid_token")) {
            return make(Kind::Unauthorized, Cause::BearerRejected,
                        tr("Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in "
                           "Kimai (your profile → API access) and enter it here."),
                        bodySample);
        }
        if (html) {
            return make(Kind::Unauthorized, Cause::NoKimaiHere,
                        tr("The server asks for a different login (an HTML page answered, not Kimai). Is a proxy "
                           "protecting this address, or is Kimai somewhere else?"),
                        bodySample);
        }
        if (f.sentBearer) {
            return make(Kind::Unauthorized, Cause::AuthHeaderStripped,
                        tr("Kimai did not receive the API token. A web server or proxy in front of Kimai may drop "
                           "the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try "
                           "the \"API password (legacy X-AUTH)\" method."),
                        bodySample);
        }
        if (!f.sentLegacy) {
            return make(Kind::Unauthorized, Cause::NoCredentials,
                        tr("Kimai wants a login: enter your username and API token."), bodySample);
        }
        return make(Kind::Unauthorized, Cause::LegacyRejected,
                    tr("Kimai refused the username or API password."), bodySample);
    }
    if (s == 403) {
        if (body.message == QLatin1String("Invalid credentials")) {
            return make(Kind::Forbidden, Cause::LegacyRejected,
                        tr("Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an "
                           "API token with the \"API token (Bearer, Kimai 2.14+)\" method instead."),
                        bodySample);
        }
        if (body.message.startsWith(QLatin1String("Authentication required"))) {
            return make(Kind::Forbidden, Cause::LegacyHeaderMissing,
                        tr("This server only accepts a username with an API password (Kimai 1.x or an older 2.x). "
                           "Enter your username and choose the \"API password (legacy X-AUTH)\" method."),
                        bodySample);
        }
        return make(Kind::Forbidden, Cause::AccessDenied,
                    tr("You are signed in, but Kimai does not allow this. Your account may lack the permission (or "
                       "API access was turned off for your role)."),
                    bodySample);
    }
    if (s == 404) {
        if (body.isJson && body.code == 404) {
            return make(Kind::NotFound, Cause::EntityNotFound,
                        tr("Kimai says this does not exist (any more). It may have been deleted."), bodySample);
        }
        return make(Kind::NotFound, Cause::NoKimaiHere,
                    tr("There is no Kimai API at this address. Check the server address, including a sub-path "
                       "such as https://example.com/kimai."),
                    bodySample);
    }
    if (s == 405) {
        return make(Kind::Server, Cause::MethodNotAllowed,
                    tr("The server refused the request method (405). A proxy or a redirect (for example http → "
                       "https or a missing sub-path) may have changed the request. Use the exact https address of "
                       "Kimai."),
                    bodySample);
    }
    if (s == 429) {
        return make(Kind::Server, Cause::RateLimited,
                    tr("Kimai is limiting the number of requests. Wait a minute and try again."), bodySample);
    }
    if (s >= 500) {
        return make(Kind::Server, Cause::ServerFailure,
                    html ? tr("The server had an internal error (%1) and answered with an error page. Try again "
                              "later; if it persists, the Kimai administrator can find details in the server log.")
                               .arg(s)
                         : tr("The server had an internal error (%1). Try again later; if it persists, the Kimai "
                              "administrator can find details in the server log.")
                               .arg(s),
                    bodySample);
    }
    if (s >= 300 && s < 400) {
        return make(Kind::Network, Cause::RedirectRefused,
                    tr("The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address "
                       "it redirects to as the server address.")
                        .arg(s),
                    bodySample);
    }
    return make(Kind::Server, Cause::UnexpectedStatus,
                tr("The server answered with an unexpected status %1.").arg(s),
                bodySample + (f.networkErrorString.isEmpty() ? QString() : QStringLiteral(" (") + f.networkErrorString + QLatin1Char(')'))
                    + QStringLiteral(" [%1]").arg(f.networkError));
}

} // namespace kd
