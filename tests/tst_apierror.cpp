// The one mapping from HTTP/network facts to ApiError, case by case.

#include "api/apierror.h"

#include <QNetworkReply>
#include <QTest>

using namespace kd;
using Kind = ApiError::Kind;
using Cause = ApiError::Cause;

Q_DECLARE_METATYPE(ApiError::Facts)

class TestApiError : public QObject
{
    Q_OBJECT

    static ApiError::Facts http(int status, QByteArray body = {}, QByteArray type = "application/json")
    {
        ApiError::Facts f;
        f.httpStatus = status;
        f.body = std::move(body);
        f.contentType = std::move(type);
        f.sentBearer = true;
        f.url = QStringLiteral("https://kimai.example.com/api/version");
        return f;
    }
    static ApiError::Facts net(QNetworkReply::NetworkError e)
    {
        ApiError::Facts f;
        f.networkError = int(e);
        f.networkErrorString = QStringLiteral("low-level text");
        return f;
    }

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<ApiError::Facts>("facts");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");

        QTest::newRow("200") << http(200, "{}") << int(Kind::None) << int(Cause::None);
        QTest::newRow("204") << http(204) << int(Kind::None) << int(Cause::None);
        QTest::newRow("host not found") << net(QNetworkReply::HostNotFoundError) << int(Kind::Network) << int(Cause::HostNotFound);
        QTest::newRow("refused") << net(QNetworkReply::ConnectionRefusedError) << int(Kind::Network) << int(Cause::ConnectionRefused);
        QTest::newRow("closed") << net(QNetworkReply::RemoteHostClosedError) << int(Kind::Network) << int(Cause::ConnectionClosed);
        QTest::newRow("qt timeout") << net(QNetworkReply::TimeoutError) << int(Kind::Timeout) << int(Cause::TransferTimeout);
        QTest::newRow("proxy") << net(QNetworkReply::ProxyAuthenticationRequiredError) << int(Kind::Network) << int(Cause::ProxyError);
        QTest::newRow("tls handshake") << net(QNetworkReply::SslHandshakeFailedError) << int(Kind::Tls) << int(Cause::TlsHandshake);
        {
            auto f = net(QNetworkReply::SslHandshakeFailedError);
            f.sslErrors = QStringLiteral("The certificate is self-signed, and untrusted");
            QTest::newRow("tls cert") << f << int(Kind::Tls) << int(Cause::TlsCertificate);
        }
        QTest::newRow("protocol failure") << net(QNetworkReply::ProtocolFailure) << int(Kind::Network) << int(Cause::OtherNetwork);
        {
            auto f = net(QNetworkReply::OperationCanceledError);
            f.timedOut = true;
            QTest::newRow("stall") << f << int(Kind::Timeout) << int(Cause::TransferTimeout);
            f.timedOut = false;
            f.deadline = true;
            QTest::newRow("deadline") << f << int(Kind::Timeout) << int(Cause::DeadlineExceeded);
            f.deadline = false;
            f.cancelled = true;
            QTest::newRow("cancelled") << f << int(Kind::Cancelled) << int(Cause::UserCancelled);
            f.cancelled = false;
            f.tooLarge = true;
            f.sizeCap = 64 * 1024 * 1024;
            QTest::newRow("too large") << f << int(Kind::InvalidResponse) << int(Cause::ResponseTooLarge);
            f.tooLarge = false;
            f.redirectRefused = true;
            f.redirectTarget = QStringLiteral("https://evil.example.net/api/version");
            QTest::newRow("redirect") << f << int(Kind::Network) << int(Cause::RedirectRefused);
            f.redirectRefused = false;
            f.pinMismatch = true;
            QTest::newRow("pin") << f << int(Kind::Tls) << int(Cause::TlsPinMismatch);
        }
        {
            auto f = http(401, R"({"code":401,"message":"Unauthorized"})");
            QTest::newRow("401 stripped header") << f << int(Kind::Unauthorized) << int(Cause::AuthHeaderStripped);
            f.sentBearer = false;
            QTest::newRow("401 no credentials") << f << int(Kind::Unauthorized) << int(Cause::NoCredentials);
            auto g = http(401, {});
            g.wwwAuthenticate = R"(Bearer error="invalid_token",error_description="Invalid credentials.")";
            QTest::newRow("401 bad token") << g << int(Kind::Unauthorized) << int(Cause::BearerRejected);
            QTest::newRow("401 html") << http(401, "<html><body>Login</body></html>", "text/html")
                                      << int(Kind::Unauthorized) << int(Cause::NoKimaiHere);
        }
        QTest::newRow("403 forbidden") << http(403, R"({"code":403,"message":"Forbidden"})")
                                       << int(Kind::Forbidden) << int(Cause::AccessDenied);
        QTest::newRow("403 legacy") << http(403, R"({"message":"Invalid credentials"})")
                                    << int(Kind::Forbidden) << int(Cause::LegacyRejected);
        QTest::newRow("403 1.x") << http(403, R"({"message":"Authentication required, missing user header: X-AUTH-USER"})")
                                 << int(Kind::Forbidden) << int(Cause::LegacyHeaderMissing);
        QTest::newRow("404 json") << http(404, R"({"code":404,"message":"Not Found"})")
                                  << int(Kind::NotFound) << int(Cause::EntityNotFound);
        QTest::newRow("404 html") << http(404, "<!DOCTYPE html><html>nope</html>", "text/html; charset=UTF-8")
                                  << int(Kind::NotFound) << int(Cause::NoKimaiHere);
        QTest::newRow("404 empty") << http(404, {}, {}) << int(Kind::NotFound) << int(Cause::NoKimaiHere);
        QTest::newRow("400 plain") << http(400, R"({"code":400,"message":"Bad Request"})")
                                   << int(Kind::Validation) << int(Cause::BadRequest);
        QTest::newRow("400 form") << http(400, R"({"code":400,"message":"Validation Failed","errors":{"errors":["This form should not contain extra fields."],"children":{"project":{}}}})")
                                  << int(Kind::Validation) << int(Cause::FormInvalid);
        QTest::newRow("405") << http(405, R"({"code":405,"message":"Method Not Allowed"})")
                             << int(Kind::Server) << int(Cause::MethodNotAllowed);
        QTest::newRow("429") << http(429) << int(Kind::Server) << int(Cause::RateLimited);
        QTest::newRow("500") << http(500, R"({"code":500,"message":"Internal Server Error"})")
                             << int(Kind::Server) << int(Cause::ServerFailure);
        QTest::newRow("502 html") << http(502, "<html><h1>Bad Gateway</h1></html>", "text/html")
                                  << int(Kind::Server) << int(Cause::ServerFailure);
        QTest::newRow("302") << http(302) << int(Kind::Network) << int(Cause::RedirectRefused);
        QTest::newRow("418") << http(418) << int(Kind::Server) << int(Cause::UnexpectedStatus);
    }
    void classify()
    {
        QFETCH(ApiError::Facts, facts);
        QFETCH(int, kind);
        QFETCH(int, cause);
        const ApiError e = ApiError::classify(facts);
        QCOMPARE(ApiError::kindName(e.kind()), ApiError::kindName(Kind(kind)));
        QCOMPARE(int(e.cause()), cause);
        if (e.isError()) {
            QVERIFY(!e.message().isEmpty());
            QVERIFY(!ApiError::kindTitle(e.kind()).isEmpty());
        }
    }

    void formErrorsKeepFieldMessages()
    {
        auto f = http(400, R"({"code":400,"message":"Validation Failed","errors":{"errors":["End date must not be earlier then start date."],"children":{"begin":{},"activity":{"errors":["This value is not valid."]}}}})");
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.fieldErrors().global, QStringList{QStringLiteral("End date must not be earlier then start date.")});
        QCOMPARE(e.fieldErrors().messagesFor(QStringLiteral("activity")), QStringList{QStringLiteral("This value is not valid.")});
        QVERIFY(e.message().contains(QStringLiteral("This value is not valid.")));
    }

    void detailNeverHoldsRequestHeaders()
    {
        auto f = http(500, "boom");
        const ApiError e = ApiError::classify(f);
        QVERIFY(e.detail().contains(QStringLiteral("https://kimai.example.com/api/version")));
        QVERIFY(e.detail().contains(QStringLiteral("boom")));
    }

    void htmlDetection()
    {
        QVERIFY(ApiError::looksLikeHtml("  <!DOCTYPE html>", {}));
        QVERIFY(ApiError::looksLikeHtml("{}", "text/html"));
        QVERIFY(!ApiError::looksLikeHtml(R"({"a":"<html>"})", "application/json"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
