#pragma once

#include "core/entities.h"
#include "core/exchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace kd {

// The one error type of the API layer: a small kind for program logic, a finer cause for
// precise messages, a translated message for people and a technical detail for the inspector.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,
        Timeout,
        Tls,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation,
        Server,
        InvalidResponse,
        Cancelled,
    };

    enum class Cause {
        None,
        // Network
        HostNotFound,
        ConnectionRefused,
        ConnectionClosed,
        NetworkUnreachable,
        ProxyError,
        RedirectRefused,      // a redirect we do not follow (other host, https->http, non-GET)
        TooManyRedirects,
        OtherNetwork,
        // Timeout
        TransferTimeout,      // no data for the transfer timeout
        DeadlineExceeded,     // the whole request took too long
        // Tls
        TlsHandshake,
        TlsCertificate,       // untrusted / expired / wrong host
        TlsPinMismatch,       // pinned certificate changed
        // Unauthorized / Forbidden
        NoCredentials,        // 401 {"code":401,"message":"Unauthorized"} without us sending any
        BearerRejected,       // 401 empty body + WWW-Authenticate: invalid_token
        AuthHeaderStripped,   // 401 JSON body although a Bearer token was sent (proxy ate the header)
        LegacyRejected,       // 403 {"message":"Invalid credentials"}
        LegacyHeaderMissing,  // 403 "Authentication required, missing user header"
        AccessDenied,         // 403 {"code":403,"message":"Forbidden"}
        // NotFound
        NoKimaiHere,          // 404 or HTML page: Kimai is not at this address
        EntityNotFound,       // 404 JSON for an entity
        // Validation
        FormInvalid,          // 400 Validation Failed with field messages
        BadRequest,           // 400 without field messages
        InputCheck,           // refused by a check made here, before anything was sent
        // Server
        ServerFailure,        // 5xx
        MethodNotAllowed,     // 405: a proxy or redirect changed the method
        RateLimited,          // 429
        UnexpectedStatus,
        // InvalidResponse
        HtmlInsteadOfJson,
        NotJson,
        UnexpectedJson,       // parsed, but a required field is missing or has the wrong type
        ResponseTooLarge,
        // Cancelled
        UserCancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, Cause cause, QString message, QString detail = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    Cause cause() const { return m_cause; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }   // translated: what happened and what to do
    QString detail() const { return m_detail; }     // technical, for the inspector
    const FieldErrors &fieldErrors() const { return m_fields; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setFieldErrors(FieldErrors fields) { m_fields = std::move(fields); }

    static QString kindName(Kind kind);   // untranslated id ("Unauthorized")
    static QString kindTitle(Kind kind);
    // Kimai could not be reached (no network, no answer, a gateway or maintenance page): trying again
    // later may work. Not a refusal (401, 403, 400), not a wrong address.
    bool meansUnreachable() const;  // translated short title ("Not signed in")

    // Facts about a finished HTTP attempt, gathered by ApiReply; `classify` maps them to an error in
    // one place (None when the attempt succeeded at the HTTP level).
    struct Facts
    {
        int networkError = 0;          // QNetworkReply::NetworkError
        QString networkErrorString;
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray wwwAuthenticate;
        QByteArray body;
        bool sentBearer = false;
        bool sentLegacy = false;
        bool timedOut = false;         // transfer timeout
        bool deadline = false;         // total deadline
        bool cancelled = false;
        bool tooLarge = false;
        qint64 sizeCap = 0;
        bool redirectRefused = false;
        bool tooManyRedirects = false;
        bool incompleteBody = false;   // fewer bytes than Content-Length announced
        QString redirectTarget;
        bool pinMismatch = false;
        QString sslErrors;             // joined texts
        QString url;                   // without query, for the detail
    };
    static ApiError classify(const Facts &facts);

    // Kimai's error body: `message` and, for 400, `errors.errors` / `errors.children.*.errors`.
    // Tolerates `code` as a string. Never fails: unknown shapes give an empty result.
    struct ErrorBody
    {
        bool isJson = false;
        int code = 0;
        QString message;
        FieldErrors fields;
    };
    static ErrorBody parseErrorBody(const QByteArray &body);

    // An HTML page (or XML) where JSON was expected: Kimai is probably not at this address.
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);

    // For parse failures of a 2xx answer.
    static ApiError invalidResponse(const QString &what, const QString &url);

private:
    Kind m_kind = Kind::None;
    Cause m_cause = Cause::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_detail;
    FieldErrors m_fields;
};

} // namespace kd

Q_DECLARE_METATYPE(kd::ApiError)
