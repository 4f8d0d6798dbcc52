// Each error kind, produced for real over loopback (the demo server with scripted faults, closed
// ports, a server that never answers), and what the client makes of it.

#include "support/demofixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestClientErrors : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;

    template<typename R>
    ApiError errorOf(R *reply)
    {
        if (!waitFor(reply))
            return ApiError(ApiError::Kind::None, ApiError::Cause::None, QStringLiteral("test timed out"));
        const ApiError e = reply->error();
        delete reply;
        return e;
    }

    QPair<int, int> firstProjectAndActivity()
    {
        auto *p = f->client->projects();
        waitFor(p);
        const int project = p->result().value(0).id;
        delete p;
        ActivityQuery q;
        q.projects = {project};
        auto *a = f->client->activities(q);
        waitFor(a);
        const int activity = a->result().value(0).id;
        delete a;
        return {project, activity};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<DemoFixture>();
        QVERIFY(f->started);
    }
    void cleanup() { f.reset(); }

    void wrongBearerToken()
    {
        f->client->setCredentials(QString(), QStringLiteral("not-the-token"), AuthMode::Bearer);
        QSignalSpy failed(f->client.get(), &KimaiClient::authenticationFailed);
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(e.cause(), ApiError::Cause::BearerRejected);
        QCOMPARE(e.httpStatus(), 401);
        QCOMPARE(failed.count(), 1);
    }

    void wrongLegacyPassword()
    {
        f->client->setCredentials(f->server->username(), QStringLiteral("wrong"), AuthMode::Legacy);
        const ApiError e = errorOf(f->client->ping());
        QCOMPARE(e.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(e.cause(), ApiError::Cause::LegacyRejected);
    }

    void autoWithNothingRightReportsTheTokenError()
    {
        f->useAuto(QStringLiteral("wrong-both-ways"));
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(e.cause(), ApiError::Cause::BearerRejected);
        QCOMPARE(f->server->requests().size(), 2);   // one try each way, no more
    }

    void noCredentials()
    {
        f->client->clearCredentials();
        const ApiError e = errorOf(f->client->ping());
        QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(e.cause(), ApiError::Cause::NoCredentials);
        QVERIFY(f->server->requests().first().header("Authorization").isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();   // nothing listens there now
        f->client->setServer(ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(e.cause(), ApiError::Cause::ConnectionRefused);
    }

    void transferTimeout()
    {
        // A server that accepts and then never says anything.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        f->client->setServer(ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        f->client->setTransferTimeoutMs(300);
        QElapsedTimer t;
        t.start();
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Timeout);
        QCOMPARE(e.cause(), ApiError::Cause::TransferTimeout);
        QVERIFY(t.elapsed() < 5000);
    }

    void slowAnswerWithinTimeoutIsFine()
    {
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/ping$");
        fault.action = demo::Fault::Action::Delay;
        fault.delayMs = 150;
        f->server->addFault(fault);
        f->client->setTransferTimeoutMs(2000);
        auto *r = f->client->ping();
        QVERIFY(waitFor(r));
        QVERIFY(r->ok());
        QVERIFY(r->exchange().elapsedMs >= 100);
        delete r;
    }

    void totalDeadline()
    {
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/ping$");
        fault.action = demo::Fault::Action::Delay;
        fault.delayMs = 3000;
        f->server->addFault(fault);
        f->client->setTransferTimeoutMs(10'000);
        f->client->setDeadlineMs(400);
        const ApiError e = errorOf(f->client->ping());
        QCOMPARE(e.kind(), ApiError::Kind::Timeout);
        QCOMPARE(e.cause(), ApiError::Cause::DeadlineExceeded);
    }

    // What the client makes of every kind of answer a server, a proxy or the wrong web site can give:
    // status × body → the error's kind and cause (one row each, all over real HTTP).
    void scriptedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");    // ApiError::Kind
        QTest::addColumn<int>("cause");   // ApiError::Cause
        using K = ApiError::Kind;
        using C = ApiError::Cause;
        const QByteArray json = "application/json";
        const QByteArray html = "text/html; charset=UTF-8";
        const QByteArray page = "<!DOCTYPE html><html><head><title>My blog</title></head><body>Hello</body></html>";
        QTest::newRow("200 html page") << 200 << html << page << int(K::InvalidResponse) << int(C::HtmlInsteadOfJson);
        QTest::newRow("200 broken json") << 200 << json << QByteArray(R"({"version":"2.28.0","versionId":)")
                                         << int(K::InvalidResponse) << int(C::NotJson);
        QTest::newRow("200 required field missing") << 200 << json << QByteArray(R"({"version":"2.28.0","copyright":"x"})")
                                                    << int(K::InvalidResponse) << int(C::UnexpectedJson);
        QTest::newRow("200 array, not object") << 200 << json << QByteArray("[1,2,3]") << int(K::InvalidResponse) << int(C::UnexpectedJson);
        QTest::newRow("200 plain text") << 200 << QByteArray("text/plain") << QByteArray("OK") << int(K::InvalidResponse) << int(C::NotJson);
        QTest::newRow("400 validation")
            << 400 << json
            << QByteArray(R"({"code":400,"message":"Validation Failed","errors":{"children":{"project":{"errors":["This value is not valid."]}}}})")
            << int(K::Validation) << int(C::FormInvalid);
        QTest::newRow("400 bad request") << 400 << json << QByteArray(R"({"code":400,"message":"Bad Request"})") << int(K::Validation)
                                         << int(C::BadRequest);
        QTest::newRow("400 html") << 400 << html << page << int(K::Validation) << int(C::BadRequest);
        QTest::newRow("401 json, token sent") << 401 << json << QByteArray(R"({"code":401,"message":"Unauthorized"})")
                                              << int(K::Unauthorized) << int(C::AuthHeaderStripped);
        QTest::newRow("401 html") << 401 << html << page << int(K::Unauthorized) << int(C::NoKimaiHere);
        QTest::newRow("403 forbidden") << 403 << json << QByteArray(R"({"code":403,"message":"Forbidden"})") << int(K::Forbidden)
                                       << int(C::AccessDenied);
        QTest::newRow("403 invalid credentials") << 403 << json << QByteArray(R"({"message":"Invalid credentials"})")
                                                 << int(K::Forbidden) << int(C::LegacyRejected);
        QTest::newRow("403 legacy header missing")
            << 403 << json << QByteArray(R"({"message":"Authentication required, missing user header: X-AUTH-USER"})")
            << int(K::Forbidden) << int(C::LegacyHeaderMissing);
        QTest::newRow("404 json") << 404 << json << QByteArray(R"({"code":404,"message":"Not Found"})") << int(K::NotFound)
                                  << int(C::EntityNotFound);
        QTest::newRow("404 html") << 404 << html << page << int(K::NotFound) << int(C::NoKimaiHere);
        QTest::newRow("404 empty") << 404 << QByteArray("text/plain") << QByteArray() << int(K::NotFound) << int(C::NoKimaiHere);
        QTest::newRow("405 json") << 405 << json << QByteArray(R"({"code":405,"message":"Method Not Allowed"})") << int(K::Server)
                                  << int(C::MethodNotAllowed);
        QTest::newRow("429") << 429 << json << QByteArray(R"({"code":429,"message":"Too Many Requests"})") << int(K::Server)
                             << int(C::RateLimited);
        QTest::newRow("500 json") << 500 << json << QByteArray(R"({"code":500,"message":"Internal Server Error"})") << int(K::Server)
                                  << int(C::ServerFailure);
        QTest::newRow("502 html") << 502 << html << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << int(K::Server)
                                  << int(C::ServerFailure);
        QTest::newRow("503 html") << 503 << html << QByteArray("<html><body>Maintenance</body></html>") << int(K::Server)
                                  << int(C::ServerFailure);
        QTest::newRow("504 empty") << 504 << QByteArray("text/plain") << QByteArray() << int(K::Server) << int(C::ServerFailure);
        QTest::newRow("418") << 418 << json << QByteArray(R"({"code":418,"message":"Teapot"})") << int(K::Server)
                             << int(C::UnexpectedStatus);
        QTest::newRow("300 without location") << 300 << html << page << int(K::Network) << int(C::RedirectRefused);
    }

    void scriptedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, cause);
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/version$");
        fault.action = demo::Fault::Action::Status;
        fault.status = status;
        fault.body = body;
        fault.contentType = contentType;
        f->server->addFault(fault);
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(int(e.cause()), cause);
        if (kind != int(ApiError::Kind::InvalidResponse))   // a body that cannot be read is not about the status
            QCOMPARE(e.httpStatus(), status);
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(f->server->requests().size(), 1);   // never sent twice
    }

    void brokenJsonInAList()
    {
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/timesheets$");
        fault.action = demo::Fault::Action::Status;
        fault.status = 200;
        fault.body = R"([{"id":1,"begin":"2026-11-29T09:02:41+0000","activity":1,)";
        f->server->addFault(fault);
        const ApiError e = errorOf(f->client->timesheets());
        QCOMPARE(e.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(e.cause(), ApiError::Cause::NotJson);
    }

    void responseSizeCap()
    {
        f->client->setMaxResponseBytes(10 * 1024);
        TimesheetQuery q;
        q.size = 500;
        const ApiError e = errorOf(f->client->timesheets(q));
        QCOMPARE(e.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(e.cause(), ApiError::Cause::ResponseTooLarge);
    }

    void validationCarriesFieldMessages()
    {
        TimesheetForm form;
        form.project = 999999;
        form.activity = 999999;
        const ApiError e = errorOf(f->client->createTimesheet(form));
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.cause(), ApiError::Cause::FormInvalid);
        QVERIFY(!e.fieldErrors().messagesFor(QStringLiteral("project")).isEmpty());
        QVERIFY(!e.fieldErrors().messagesFor(QStringLiteral("activity")).isEmpty());
        QCOMPARE(f->server->runningCount(), 0);
    }

    void punchModeRefusesBeginButNotAStart()
    {
        f->server->setTrackingMode(QStringLiteral("punch"));
        const auto [project, activity] = firstProjectAndActivity();
        TimesheetForm form;
        form.project = project;
        form.activity = activity;
        form.begin = QDateTime::currentDateTimeUtc().addSecs(-600);
        const ApiError e = errorOf(f->client->createTimesheet(form));
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QVERIFY(e.fieldErrors().global.join(QLatin1Char(' ')).contains(QStringLiteral("extra fields")));
        QVERIFY(!e.fieldErrors().acceptedFields.contains(QStringLiteral("begin")));
        form.begin.reset();
        auto *ok = f->client->createTimesheet(form);
        QVERIFY(waitFor(ok));
        QVERIFY2(ok->ok(), qPrintable(ok->error().message()));
        delete ok;
    }

    void cancelled()
    {
        demo::Fault fault;
        fault.pathRegex = QStringLiteral("^/api/ping$");
        fault.action = demo::Fault::Action::Delay;
        fault.delayMs = 2000;
        f->server->addFault(fault);
        auto *r = f->client->ping();
        r->setAutoDelete(false);
        QSignalSpy spy(r, &ApiReply::finished);
        QTimer::singleShot(50, r, &ApiReply::abort);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(r->error().kind(), ApiError::Kind::Cancelled);
        delete r;
    }

    // A start whose answer never arrives is not sent again behind our back (Qt would resend it on
    // its own if the body could be replayed): exactly one record is created.
    void droppedPostIsNotResent()
    {
        const auto [project, activity] = firstProjectAndActivity();
        demo::Fault fault;
        fault.method = "POST";
        fault.pathRegex = QStringLiteral("^/api/timesheets$");
        fault.action = demo::Fault::Action::DropAfterHandling;
        fault.times = 1;
        f->server->addFault(fault);
        const int before = f->server->timesheetCount();
        TimesheetForm form;
        form.project = project;
        form.activity = activity;
        f->server->clearRequests();
        const ApiError e = errorOf(f->client->createTimesheet(form));
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(e.cause(), ApiError::Cause::ConnectionClosed);
        int posts = 0;
        for (const auto &r : f->server->requests())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        QCOMPARE(f->server->timesheetCount(), before + 1);
        QCOMPARE(f->server->runningCount(), 1);
    }

    void droppedRestartIsNotResent()
    {
        demo::Fault fault;
        fault.method = "PATCH";
        fault.pathRegex = QStringLiteral("/restart$");
        fault.action = demo::Fault::Action::DropAfterHandling;
        f->server->addFault(fault);
        auto *list = f->client->timesheets();
        QVERIFY(waitFor(list));
        const int id = list->result().first().id;
        delete list;
        const int before = f->server->timesheetCount();
        const ApiError e = errorOf(f->client->restartTimesheet(id, false));
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(f->server->timesheetCount(), before + 1);
    }

    // GET requests may be retried by Qt on a stale kept-alive connection; that is harmless and makes
    // the dropped GET succeed.
    void droppedGetMayBeRetried()
    {
        demo::Fault fault;
        fault.method = "GET";
        fault.pathRegex = QStringLiteral("^/api/ping$");
        fault.action = demo::Fault::Action::DropBeforeHandling;
        fault.times = 1;
        f->server->addFault(fault);
        auto *r = f->client->ping();
        QVERIFY(waitFor(r));
        QVERIFY(r->ok());
        delete r;
    }

    void redirectToAnotherHostIsRefused()
    {
        // A tiny server that redirects every request to another host.
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost, 0));
        QByteArray seenAuth;
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = redirector.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, &seenAuth] {
                const QByteArray req = s->readAll();
                const qsizetype at = req.indexOf("Authorization:");
                if (at >= 0)
                    seenAuth = req.mid(at, req.indexOf('\n', at) - at);
                s->write("HTTP/1.1 302 Found\r\nLocation: http://evil.invalid/api/version\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        f->client->setServer(ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort())));
        const ApiError e = errorOf(f->client->version());
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QCOMPARE(e.cause(), ApiError::Cause::RedirectRefused);
        QVERIFY(e.message().contains(QStringLiteral("evil.invalid")));
        QVERIFY(!seenAuth.isEmpty());   // it went to the configured host only
    }

    // A redirect on the same server (say, a moved sub-path) is followed for GET, never for PATCH.
    void sameOriginRedirect()
    {
        QTcpServer mover;
        QVERIFY(mover.listen(QHostAddress::LocalHost, 0));
        int patches = 0;
        connect(&mover, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = mover.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &patches] {
                    const QByteArray req = s->readAll();
                    const QByteArray line = req.left(req.indexOf('\r'));
                    if (line.startsWith("PATCH"))
                        ++patches;
                    if (line.contains(" /new/api/")) {
                        const QByteArray body = R"({"version":"2.28.0","versionId":22800,"copyright":"moved"})";
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    } else {
                        const QByteArray path = line.split(' ').value(1);
                        s->write("HTTP/1.1 301 Moved Permanently\r\nLocation: /new" + path
                                 + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    }
                    s->disconnectFromHost();
                });
            }
        });
        f->client->setServer(ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1:%1").arg(mover.serverPort())));
        auto *v = f->client->version();
        QVERIFY(waitFor(v));
        QVERIFY2(v->ok(), qPrintable(v->error().message()));
        QCOMPARE(v->result().copyright, QStringLiteral("moved"));
        delete v;
        const ApiError e = errorOf(f->client->stopTimesheet(5));
        QCOMPARE(e.cause(), ApiError::Cause::RedirectRefused);
        QCOMPARE(patches, 1);   // the redirect was not followed with a GET or a second PATCH
    }
};

QTEST_GUILESS_MAIN(TestClientErrors)
#include "tst_clienterrors.moc"
