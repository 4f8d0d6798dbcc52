// Contract tests against Kimai's own OpenAPI document, through Prism (tests/contract/README.md).
//
// mock:  Prism mocks the document and validates every REQUEST the client can send (every KimaiClient
//        method, with representative filters and bodies); any violation fails the test.
// proxy: Prism sits between the client and the in-process demo server and validates the same requests
//        and every ANSWER of the demo server; any violation fails the test. Once per Kimai version of
//        the demo server: 2.0 against Kimai's 2.0.x document (API passwords), 2.28 and the 2.41+
//        versions (2.45, 2.58, 2.66, 3.0) against the 2.41 document.
// The negative controls prove that the validator is live: broken requests and broken answers must be
// reported, each as the kind of violation it is.
//
// The document: $KIMAI_OPENAPI_SPEC, else tests/contract/openapi-kimai-2.41.0.json, validated as the
// relaxed copy that relax-openapi.mjs writes into the build tree (and the same for the 2.0.x one).

#include "contractpass.h"
#include "prismharness.h"

#include "support/demofixture.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <utility>

using namespace kd;
using namespace kd::contract;
using namespace kd::test;

namespace {

constexpr int kStartTimeoutMs = 60'000;
constexpr int kReplyTimeoutMs = 30'000;
constexpr auto kMockToken = "contract-test-token";

// Bodies for the negative controls (file scope: moc and quotes inside raw strings do not mix).
constexpr auto kMissingActivity = "{\"project\":1,\"begin\":\"2026-11-02T09:00:00\"}";
constexpr auto kZonedBegin = "{\"project\":1,\"activity\":1,\"begin\":\"2026-11-02T09:00:00Z\"}";
constexpr auto kProjectAsString = "{\"project\":\"1\",\"activity\":1}";
constexpr auto kExtraField = "{\"project\":1,\"activity\":1,\"duration\":3600}";
constexpr auto kBadCopy = "{\"copy\":\"everything\"}";
constexpr auto kGermanEnd = "{\"end\":\"02.11.2026 10:00\"}";
constexpr auto kVersionWrongTypes = "{\"version\":2,\"versionId\":\"twenty\",\"copyright\":\"Kimai\"}";
constexpr auto kActiveWithoutBegin = "[{\"id\":1,\"description\":\"no begin, user, project or activity\"}]";
constexpr auto kMeWithoutUsername = "{\"id\":1,\"alias\":null,\"memberships\":[],\"enabled\":\"yes\"}";

demo::DemoOptions demoOptions(const QString &version)
{
    demo::DemoOptions options = DemoFixture::optionsFor(version);
    options.role = demo::DemoRole::Admin;
    options.timesheetCount = 300;
    return options;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

    Tools m_tools;
    QString m_document;
    DocumentIndex m_index;
    DocumentIndex m_legacyIndex;   // the 2.0.x document
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<PrismProcess> m_mock;
    std::unique_ptr<PrismProcess> m_proxy;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KimaiClient> m_mockClient;
    std::unique_ptr<KimaiClient> m_proxyClient;

    void report(const Pass &pass, const QString &name);
    QString failureReport(const Pass &pass, const PrismProcess *prism, qsizetype logFrom, const QString &what,
                          bool legacyDocument = false) const;
    Exchange raw(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                 bool withToken = true);

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyClientMethodIsDriven();
    void mockChecksEveryRequest();
    void mockCatchesBrokenRequests_data();
    void mockCatchesBrokenRequests();
    void undeclaredQueryParametersAreCaught();
    void proxyChecksEveryRequestAndAnswer_data();
    void proxyChecksEveryRequestAndAnswer();
    void proxyCatchesBrokenAnswers_data();
    void proxyCatchesBrokenAnswers();
};

void TestContract::initTestCase()
{
    m_tools = Tools::find();
    QString log;
    QString error = checkNode(m_tools, &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkPrismInstalled(m_tools, &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString fromEnv = qEnvironmentVariable("KIMAI_OPENAPI_SPEC");
    m_document = QFileInfo(fromEnv.isEmpty() ? m_tools.bundledDocument() : fromEnv).absoluteFilePath();
    log += QStringLiteral("\nKimai OpenAPI document: %1 (%2)\n")
               .arg(m_document, fromEnv.isEmpty() ? QStringLiteral("bundled; set KIMAI_OPENAPI_SPEC for another")
                                                  : QStringLiteral("from KIMAI_OPENAPI_SPEC"));
    error = relaxDocument(m_tools, m_document, m_tools.relaxedDocument(), &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    log += QStringLiteral("Validating against the RELAXED copy: ") + m_tools.relaxedDocument();
    error = m_index.load(m_tools.relaxedDocument());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    log += QStringLiteral("\nKimai 2.0.x OpenAPI document (the demo's 2.0): ") + m_tools.bundledLegacyDocument() + QLatin1Char('\n');
    error = relaxDocument(m_tools, m_tools.bundledLegacyDocument(), m_tools.relaxedLegacyDocument(), &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_legacyIndex.load(m_tools.relaxedLegacyDocument());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        qInfo("%s", qPrintable(line));

    m_demo = std::make_unique<DemoFixture>(demoOptions(QStringLiteral("2.28")));
    QVERIFY(m_demo->started);
    m_mock = std::make_unique<PrismProcess>();
    m_mock->start(m_tools, Mode::Mock, m_tools.relaxedDocument());
    m_proxy = std::make_unique<PrismProcess>();
    m_proxy->start(m_tools, Mode::Proxy, m_tools.relaxedDocument(), m_demo->server->url());
    QTRY_VERIFY2_WITH_TIMEOUT((m_mock->isListening() || m_mock->hasExited()) && (m_proxy->isListening() || m_proxy->hasExited()),
                              "Prism did not start", kStartTimeoutMs);
    QVERIFY2(m_mock->isListening(), qPrintable(QStringLiteral("Prism mock did not start:\n") + m_mock->log()));
    QVERIFY2(m_proxy->isListening(), qPrintable(QStringLiteral("Prism proxy did not start:\n") + m_proxy->log()));
    qInfo("Prism %s on %s", qPrintable(m_mock->version()), qPrintable(m_mock->url().toString()));
    qInfo("Prism %s on %s -> demo server %s", qPrintable(m_proxy->version()), qPrintable(m_proxy->url().toString()),
          qPrintable(m_demo->server->url().toString()));

    m_mockClient = std::make_unique<KimaiClient>(&m_nam);
    m_mockClient->setServer(ServerUrl::fromUserInput(m_mock->url().toString()));
    m_mockClient->setCredentials(QStringLiteral("contract"), QString::fromLatin1(kMockToken), AuthMode::Bearer);
    m_mockClient->setUserTimeZone(QTimeZone("Europe/Berlin"));
    m_proxyClient = std::make_unique<KimaiClient>(&m_nam);
    m_proxyClient->setServer(ServerUrl::fromUserInput(m_proxy->url().toString()));
    m_proxyClient->setCredentials(m_demo->server->username(), m_demo->server->token(), AuthMode::Bearer);
}

void TestContract::cleanupTestCase()
{
    m_mockClient.reset();
    m_proxyClient.reset();
    m_mock.reset();
    m_proxy.reset();
    m_demo.reset();
}

void TestContract::report(const Pass &pass, const QString &name)
{
    for (const QString &line : pass.lines())
        qInfo("%s %s", qPrintable(name), qPrintable(line));
    qInfo("%s: %d requests checked, %d with violations", qPrintable(name), pass.checked(), int(pass.failures().size()));
}

// A new request in KimaiClient must get its place in Pass::run() (and in Pass::drivenMethods()).
void TestContract::everyClientMethodIsDriven()
{
    QFile header(m_tools.sourceDir + QStringLiteral("/../../app/api/kimaiclient.h"));
    QVERIFY2(header.open(QIODevice::ReadOnly), qPrintable(header.fileName()));
    const QString text = QString::fromUtf8(header.readAll());
    const qsizetype from = text.indexOf(QLatin1String("// --- Endpoints"));
    const qsizetype to = text.indexOf(QLatin1String("Q_SIGNALS:"), from);
    QVERIFY2(from >= 0 && to > from, "kimaiclient.h: the endpoint section moved; update this test");
    static const QRegularExpression method(QStringLiteral("TypedReply<.*>\\s*\\*\\s*(\\w+)\\("));
    QStringList declared;
    auto it = method.globalMatch(text.mid(from, to - from));
    while (it.hasNext())
        declared.append(it.next().captured(1));
    QStringList driven = Pass::drivenMethods();
    declared.sort();
    driven.sort();
    QCOMPARE(declared, driven);
}

// Each failure goes out as its own warning (QTest cuts long failure messages); the failure names the count.
QString TestContract::failureReport(const Pass &pass, const PrismProcess *prism, qsizetype logFrom, const QString &what,
                                    bool legacyDocument) const
{
    for (const QString &failure : pass.failures())
        qWarning("VIOLATION %s", qPrintable(failure));
    const QStringList said = prism->complaintsSince(logFrom);
    for (const QString &line : said)
        qWarning("%s", qPrintable(line.left(1000)));
    return QStringLiteral("%1 of %2 %3 %4 (relaxed copy %5); the VIOLATION warnings above say which and how")
        .arg(pass.failures().size())
        .arg(pass.checked())
        .arg(what, legacyDocument ? m_tools.bundledLegacyDocument() : m_document,
             legacyDocument ? m_tools.relaxedLegacyDocument() : m_tools.relaxedDocument());
}

void TestContract::mockChecksEveryRequest()
{
    Pass pass(Mode::Mock, m_mockClient.get(), &m_index);
    const qsizetype logFrom = m_mock->logSize();
    pass.run();
    report(pass, QStringLiteral("mock"));
    if (!pass.failures().isEmpty())
        QFAIL(qPrintable(failureReport(pass, m_mock.get(), logFrom, QStringLiteral("requests break the document"))));
}

void TestContract::proxyChecksEveryRequestAndAnswer_data()
{
    QTest::addColumn<QString>("version");
    for (const char *version : {"2.0", "2.28", "2.45", "2.58", "2.66", "3.0"})
        QTest::newRow(version) << QString::fromLatin1(version);
}

// The demo server as each Kimai version, behind a Prism proxy with that version's document. The
// demo user is an admin (as in recorded-2.28), so that every field the client may send is accepted;
// what a plain user sees on 2.66+ (no rates, no budgets) is newer than these documents and is
// checked in tst_demoversions.
void TestContract::proxyChecksEveryRequestAndAnswer()
{
    QFETCH(QString, version);
    const bool legacy = version == QLatin1String("2.0");   // API passwords only; the 2.0.x document
    DemoFixture *demo = m_demo.get();
    PrismProcess *proxy = m_proxy.get();
    KimaiClient *client = m_proxyClient.get();
    std::unique_ptr<DemoFixture> ownDemo;
    std::unique_ptr<PrismProcess> ownProxy;
    std::unique_ptr<KimaiClient> ownClient;
    if (version != QLatin1String("2.28")) {   // 2.28 is the proxy of initTestCase
        ownDemo = std::make_unique<DemoFixture>(demoOptions(version));
        QVERIFY(ownDemo->started);
        demo = ownDemo.get();
        ownProxy = std::make_unique<PrismProcess>();
        ownProxy->start(m_tools, Mode::Proxy, legacy ? m_tools.relaxedLegacyDocument() : m_tools.relaxedDocument(),
                        demo->server->url());
        proxy = ownProxy.get();
        QTRY_VERIFY2_WITH_TIMEOUT(proxy->isListening() || proxy->hasExited(), "Prism did not start", kStartTimeoutMs);
        QVERIFY2(proxy->isListening(), qPrintable(QStringLiteral("Prism proxy did not start:\n") + proxy->log()));
        ownClient = std::make_unique<KimaiClient>(&m_nam);
        ownClient->setServer(ServerUrl::fromUserInput(proxy->url().toString()));
        ownClient->setCredentials(demo->server->username(), legacy ? demo->server->legacyPassword() : demo->server->token(),
                                  legacy ? AuthMode::Legacy : AuthMode::Bearer);
        client = ownClient.get();
    }
    QCOMPARE(QString::fromLatin1(demo->server->profile()->name), version);
    qInfo("demo server as Kimai %s behind Prism %s with %s", demo->server->profile()->version,
          qPrintable(proxy->url().toString()), qPrintable(legacy ? m_tools.relaxedLegacyDocument() : m_tools.relaxedDocument()));

    Pass pass(Mode::Proxy, client, legacy ? &m_legacyIndex : &m_index, !legacy);
    const qsizetype logFrom = proxy->logSize();
    pass.run();
    report(pass, QStringLiteral("proxy ") + version);
    QCOMPARE(demo->server->runningCount(), 0);   // everything the pass created was deleted again
    if (!pass.failures().isEmpty())
        QFAIL(qPrintable(failureReport(pass, proxy, logFrom, QStringLiteral("requests or demo answers break the document"),
                                       legacy)));
}

// A request the client would never send, straight through the NAM, as an Exchange for verdict().
Exchange TestContract::raw(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           bool withToken)
{
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    request.setRawHeader("Accept", "application/json");
    if (withToken)
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kMockToken);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, body);
    std::unique_ptr<QNetworkReply> owner(reply);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(kReplyTimeoutMs))
        return {};
    Exchange ex;
    ex.id = 1;
    ex.method = method;
    ex.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        ex.requestHeaders.append({name, request.rawHeader(name)});
    ex.requestBody = body;
    ex.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ex.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &h : reply->rawHeaderPairs())
        ex.responseHeaders.append({h.first, h.second});
    ex.responseBody = reply->readAll();
    return ex;
}

void TestContract::mockCatchesBrokenRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("expected");   // a piece of what Prism must say
    const auto row = [](const char *name, const QByteArray &method, const char *path, const char *body, const char *expected,
                        bool withToken = true) {
        QTest::newRow(name) << method << QString::fromUtf8(path) << QByteArray(body) << withToken << QString::fromUtf8(expected);
    };
    row("page not a number", "GET", "/api/timesheets?page=first", "", "query.page");
    row("customers[] not an id", "GET", "/api/timesheets?customers%5B%5D=acme", "", "query.customers[].*");
    row("begin date only", "GET", "/api/timesheets?begin=2026-11-02", "", "query.begin");
    row("begin with offset", "GET", "/api/timesheets?begin=2026-11-02T09:00:00%2B01:00", "", "query.begin");
    row("recent begin with Z", "GET", "/api/timesheets/recent?begin=2026-11-02T09:00:00Z", "", "query.begin");
    row("order lower case", "GET", "/api/timesheets?order=desc", "", "query.order");
    row("visible 13 (patterns are whole)", "GET", "/api/customers?visible=13", "", "query.visible");
    row("projects start in German", "GET", "/api/projects?start=02.11.2026", "", "query.start");
    row("id not a number", "GET", "/api/timesheets/abc", "", "path.id");
    row("body misses activity", "POST", "/api/timesheets", kMissingActivity, "activity");
    row("body begin with Z", "POST", "/api/timesheets", kZonedBegin, "body.begin");
    row("body project as string", "POST", "/api/timesheets", kProjectAsString, "body.project");
    row("body extra field", "POST", "/api/timesheets", kExtraField, "additional properties");
    row("restart copy not all", "PATCH", "/api/timesheets/1/restart", kBadCopy, "body.copy");
    row("PATCH end in German", "PATCH", "/api/timesheets/1", kGermanEnd, "body.end");
    row("no Bearer token", "GET", "/api/ping", "", "UNAUTHORIZED", false);
}

void TestContract::mockCatchesBrokenRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, withToken);
    QFETCH(QString, expected);
    const Exchange ex = raw(m_mock->url(), method, path, body, withToken);
    QVERIFY2(ex.status != 0, "no answer from Prism");
    const QStringList problems = verdict(ex);
    const QString said = problems.join(QStringLiteral(" | "));
    qInfo("%s\n    Prism: %s", qPrintable(describe(ex)), qPrintable(said));
    QVERIFY2(!problems.isEmpty(), qPrintable(QStringLiteral("not caught: ") + describe(ex)));
    QCOMPARE(ex.status, withToken ? 422 : 401);
    QVERIFY2(said.contains(expected, Qt::CaseInsensitive), qPrintable(said));
}

// Prism lets unknown query parameters through (so does Kimai, silently): the document index catches them.
void TestContract::undeclaredQueryParametersAreCaught()
{
    const Exchange ex = raw(m_mock->url(), "GET", QStringLiteral("/api/timesheets?customer%5B%5D=1&user_id=5&size=5"));
    QCOMPARE(ex.status, 200);
    QVERIFY(verdict(ex).isEmpty());
    QCOMPARE(m_index.undeclaredQueryParameters(ex), (QStringList{QStringLiteral("customer[]"), QStringLiteral("user_id")}));
    const Exchange known = raw(m_mock->url(), "GET", QStringLiteral("/api/timesheets/active"));
    QVERIFY(m_index.undeclaredQueryParameters(known).isEmpty());
}

void TestContract::proxyCatchesBrokenAnswers_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version: wrong types") << QStringLiteral("version") << QByteArray(kVersionWrongTypes)
                                          << QStringLiteral("response.body.version");
    QTest::newRow("active: required fields missing") << QStringLiteral("timesheets/active") << QByteArray(kActiveWithoutBegin)
                                                     << QStringLiteral("must have required property 'begin'");
    QTest::newRow("users/me: no username, enabled a string") << QStringLiteral("users/me") << QByteArray(kMeWithoutUsername)
                                                             << QStringLiteral("username");
}

void TestContract::proxyCatchesBrokenAnswers()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, answer);
    QFETCH(QString, expected);
    demo::Fault fault;
    fault.method = "GET";
    fault.pathRegex = QStringLiteral("^/api/") + endpoint + QLatin1Char('$');
    fault.action = demo::Fault::Action::Status;
    fault.status = 200;
    fault.body = answer;
    m_demo->server->addFault(fault);
    ApiReply *reply = nullptr;
    if (endpoint == QLatin1String("version"))
        reply = m_proxyClient->version();
    else if (endpoint == QLatin1String("users/me"))
        reply = m_proxyClient->me();
    else
        reply = m_proxyClient->activeTimesheets();
    QVERIFY(waitFor(reply, kReplyTimeoutMs));
    std::unique_ptr<ApiReply> owner(reply);
    m_demo->server->clearFaults();
    const Exchange &ex = reply->exchange();
    const QStringList problems = verdict(ex);
    const QString said = problems.join(QStringLiteral(" | "));
    qInfo("%s\n    sl-violations: %s\n    Prism: %s", qPrintable(describe(ex)), ex.responseHeader("sl-violations").constData(),
          qPrintable(said));
    QCOMPARE(ex.status, 500);
    QVERIFY(ex.responseBody.contains("VIOLATIONS"));
    QVERIFY(!ex.responseHeader("sl-violations").isEmpty());
    QVERIFY2(said.contains(expected), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
