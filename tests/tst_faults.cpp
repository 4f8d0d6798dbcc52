// Every fault a network or a broken server can produce, over real loopback HTTP, and what the user
// gets: a clear error (never a crash, never an endless wait), bounded memory, and a token that
// never goes to another host or over a downgraded connection.

#include "support/demofixture.h"
#include "support/faultserver.h"
#include "support/tlsresponder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kd;
using namespace kd::test;

Q_DECLARE_METATYPE(kd::test::FaultSpec)

namespace {

const QByteArray kTimesheetJson = QByteArrayLiteral(
    "[{\"id\":1,\"begin\":\"2026-11-29T09:02:41+0000\",\"end\":null,\"duration\":0,\"activity\":1,\"project\":1,"
    "\"user\":1,\"tags\":[],\"description\":\"x\",\"exported\":false,\"billable\":true}]");

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<KimaiClient> client;

    void point(const QString &url)
    {
        client->setServer(ServerUrl::fromUserInput(url));
    }

    template<typename R>
    ApiError run(R *reply, qint64 *ms = nullptr)
    {
        QElapsedTimer t;
        t.start();
        if (!waitFor(reply, 30000))
            return ApiError(ApiError::Kind::None, ApiError::Cause::None, QStringLiteral("no answer within 30 s"));
        if (ms)
            *ms = t.elapsed();
        const ApiError e = reply->error();
        delete reply;
        return e;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FaultServer>();
        QVERIFY(server->start());
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<KimaiClient>(nam.get());
        point(server->url());
        client->setCredentials(QStringLiteral("anna"), QString::fromLatin1(kToken), AuthMode::Bearer);
        client->setTransferTimeoutMs(1500);
        client->setDeadlineMs(6000);
    }
    void cleanup()
    {
        client.reset();
        nam.reset();
        server.reset();
    }

    void faults_data()
    {
        QTest::addColumn<QString>("endpoint");   // which call: timesheets | version
        QTest::addColumn<FaultSpec>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");

        using K = FaultSpec::Kind;
        auto row = [](const char *name, const char *endpoint, FaultSpec f, ApiError::Kind k, ApiError::Cause c) {
            QTest::newRow(name) << QString::fromLatin1(endpoint) << f << int(k) << int(c);
        };
        FaultSpec delay = FaultSpec::respond(200, kTimesheetJson);
        delay.kind = K::Delay;
        delay.delayMs = 4000;
        row("delay beyond the timeout", "timesheets", delay, ApiError::Kind::Timeout, ApiError::Cause::TransferTimeout);
        row("hang", "timesheets", FaultSpec::of(K::Hang), ApiError::Kind::Timeout, ApiError::Cause::TransferTimeout);
        row("close before any byte", "version", FaultSpec::of(K::CloseBeforeAnyByte), ApiError::Kind::Network,
            ApiError::Cause::ConnectionClosed);
        FaultSpec mid = FaultSpec::of(K::CloseMidBody);
        mid.body = QByteArray(4000, 'x');
        row("close mid-body", "timesheets", mid, ApiError::Kind::Network, ApiError::Cause::ConnectionClosed);
        row("connection reset", "version", FaultSpec::of(K::Reset), ApiError::Kind::Network, ApiError::Cause::ConnectionClosed);
        row("500 with HTML", "version", FaultSpec::respond(500, "<html><body><h1>Internal Server Error</h1></body></html>", "text/html"),
            ApiError::Kind::Server, ApiError::Cause::ServerFailure);
        row("502 with HTML", "version", FaultSpec::respond(502, "<html><body>Bad Gateway</body></html>", "text/html"),
            ApiError::Kind::Server, ApiError::Cause::ServerFailure);
        row("503 with HTML", "version", FaultSpec::respond(503, "<html><body>Maintenance</body></html>", "text/html"),
            ApiError::Kind::Server, ApiError::Cause::ServerFailure);
        row("wrong content type, HTML body", "version",
            FaultSpec::respond(200, "<!DOCTYPE html><html><body>Welcome</body></html>", "text/html"),
            ApiError::Kind::InvalidResponse, ApiError::Cause::HtmlInsteadOfJson);
        row("wrong content type, JSON body", "version",
            FaultSpec::respond(200, R"({"version":"2.28.0","versionId":22800,"copyright":"x"})", "text/plain"), ApiError::Kind::None,
            ApiError::Cause::None);
        row("malformed JSON", "timesheets", FaultSpec::respond(200, "[{\"id\":1,,}]"), ApiError::Kind::InvalidResponse,
            ApiError::Cause::NotJson);
        row("truncated JSON", "timesheets", FaultSpec::respond(200, kTimesheetJson.left(60)), ApiError::Kind::InvalidResponse,
            ApiError::Cause::NotJson);
        FaultSpec huge = FaultSpec::of(K::Huge);
        huge.hugeBytes = 50LL * 1024 * 1024;
        row("50 MB body (under the 64 MB cap)", "timesheets", huge, ApiError::Kind::None, ApiError::Cause::None);
        huge.hugeBytes = 80LL * 1024 * 1024;
        row("80 MB body (over the cap)", "timesheets", huge, ApiError::Kind::InvalidResponse, ApiError::Cause::ResponseTooLarge);
        FaultSpec drip = FaultSpec::respond(200, kTimesheetJson);
        drip.kind = K::Drip;
        drip.dripMs = 100;
        // Headers dripping byte by byte never complete within the inactivity timeout; either timeout is right.
        row("slow drip", "timesheets", drip, ApiError::Kind::Timeout, ApiError::Cause::None);
        row("string where a number belongs", "timesheets",
            FaultSpec::respond(200, QByteArray(kTimesheetJson).replace("\"id\":1", "\"id\":\"1\"")), ApiError::Kind::InvalidResponse,
            ApiError::Cause::UnexpectedJson);
        row("object where an array belongs", "timesheets", FaultSpec::respond(200, R"({"items":[]})"),
            ApiError::Kind::InvalidResponse, ApiError::Cause::UnexpectedJson);
        row("missing required field", "timesheets",
            FaultSpec::respond(200, QByteArray(kTimesheetJson).replace("\"begin\":\"2026-11-29T09:02:41+0000\",", "")),
            ApiError::Kind::InvalidResponse, ApiError::Cause::UnexpectedJson);
        row("unexpected fields", "timesheets",
            FaultSpec::respond(200, QByteArray(kTimesheetJson).replace("\"id\":1", "\"id\":1,\"newField\":{\"a\":[1,2,3]}")),
            ApiError::Kind::None, ApiError::Cause::None);
        row("emoji, RTL and NUL", "timesheets",
            FaultSpec::respond(200, QByteArray(kTimesheetJson).replace("\"x\"", "\"😀 مرحبا \\u0000 end\"")), ApiError::Kind::None,
            ApiError::Cause::None);
        // Qt's JSON parser refuses invalid UTF-8: a clear "not valid JSON".
        row("invalid UTF-8", "timesheets",
            FaultSpec::respond(200, QByteArray(kTimesheetJson).replace("\"x\"", "\"\xff\xfe\xc3\x28\"")),
            ApiError::Kind::InvalidResponse, ApiError::Cause::NotJson);
        FaultSpec loop = FaultSpec::of(K::Redirect);
        loop.location = "/api/version";
        row("redirect loop", "version", loop, ApiError::Kind::Network, ApiError::Cause::TooManyRedirects);
    }
    void faults()
    {
        QFETCH(QString, endpoint);
        QFETCH(FaultSpec, fault);
        QFETCH(int, kind);
        QFETCH(int, cause);
        const QString path = endpoint == QLatin1String("version") ? QStringLiteral("^/api/version$") : QStringLiteral("^/api/timesheets$");
        server->script(path, fault);
        qint64 ms = 0;
        const ApiError e = endpoint == QLatin1String("version") ? run(client->version(), &ms) : run(client->timesheets(), &ms);
        QVERIFY2(ApiError::kindName(e.kind()) == ApiError::kindName(ApiError::Kind(kind)),
                 qPrintable(ApiError::kindName(e.kind()) + QStringLiteral(": ") + e.message() + QStringLiteral(" / ") + e.detail()));
        if (kind != int(ApiError::Kind::None)) {
            if (cause != int(ApiError::Cause::None))
                QCOMPARE(int(e.cause()), cause);
            QVERIFY(!e.message().isEmpty());
            QVERIFY(!ApiError::kindTitle(e.kind()).isEmpty());
        }
        QVERIFY2(ms < 10000, "every fault ends in an answer within the deadline");
    }

    void oversizedBodyIsNotKept()
    {
        FaultSpec huge = FaultSpec::of(FaultSpec::Kind::Huge);
        huge.hugeBytes = 20LL * 1024 * 1024;
        server->script(QStringLiteral("^/api/timesheets$"), huge);
        client->setMaxResponseBytes(1024 * 1024);
        auto *r = client->timesheets();
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().cause(), ApiError::Cause::ResponseTooLarge);
        QVERIFY(r->exchange().bodyTruncated);
        QVERIFY(r->exchange().responseBody.size() <= 64 * 1024);   // what the inspector keeps
        delete r;
    }

    // The token never goes to another host, even when the server redirects there.
    void redirectToAnotherHostKeepsTheToken()
    {
        FaultServer other;
        QVERIFY(other.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        FaultSpec redirect = FaultSpec::of(FaultSpec::Kind::Redirect);
        redirect.location = other.url().toUtf8() + "/api/version";
        server->script(QStringLiteral("^/api/version$"), redirect);
        const ApiError e = run(client->version());
        QCOMPARE(e.cause(), ApiError::Cause::RedirectRefused);
        QCOMPARE(other.requests().size(), 0);
    }

    // An https server that redirects to plain http: refused, the token is not sent over http.
    void httpsToHttpDowngradeIsRefused()
    {
        TlsResponder tls(QStringLiteral("server-a"));
        QVERIFY(tls.start());
        tls.setRedirect(server->url().toUtf8() + "/api/version");
        const ServerUrl url = ServerUrl::fromUserInput(tls.url());
        client->setServer(url);
        client->setPinnedCertificates({{client->pinKey(), KimaiClient::fingerprint(tls.certificate())}});
        const ApiError e = run(client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(e.cause(), ApiError::Cause::RedirectRefused);
        QCOMPARE(server->count(QStringLiteral("/api/version")), 0);   // nothing reached the http server
    }

    // A redirect that would turn PATCH into GET (301/302) is not followed: the stop is not lost in a GET.
    void redirectOfPatchIsNotFollowed()
    {
        FaultSpec redirect = FaultSpec::of(FaultSpec::Kind::Redirect);
        redirect.status = 301;
        redirect.location = "/kimai/api/timesheets/5/stop";
        server->script(QStringLiteral("^/api/timesheets/5/stop$"), redirect);
        const ApiError e = run(client->stopTimesheet(5));
        QCOMPARE(e.cause(), ApiError::Cause::RedirectRefused);
        QCOMPARE(server->count(QStringLiteral("/kimai/api/timesheets/5/stop")), 0);
        const auto reqs = server->requests();
        for (const auto &r : reqs)
            QVERIFY(r.method != "GET");
    }

    // Nothing is retried on its own except what is safe: one POST per start, even when it fails.
    void failedPostIsSentOnce_data()
    {
        QTest::addColumn<FaultSpec>("fault");
        QTest::newRow("close") << FaultSpec::of(FaultSpec::Kind::CloseBeforeAnyByte);
        QTest::newRow("reset") << FaultSpec::of(FaultSpec::Kind::Reset);
        QTest::newRow("500") << FaultSpec::respond(500, "{}");
        QTest::newRow("hang") << FaultSpec::of(FaultSpec::Kind::Hang);
    }
    void failedPostIsSentOnce()
    {
        QFETCH(FaultSpec, fault);
        server->script(QStringLiteral("^/api/timesheets$"), fault, "POST");
        TimesheetForm form;
        form.project = 1;
        form.activity = 1;
        const ApiError e = run(client->createTimesheet(form));
        QVERIFY(e.isError());
        int posts = 0;
        for (const auto &r : server->requests())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
