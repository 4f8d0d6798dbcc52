// The API console's session side and `--api`, against the demo server over real HTTP: path
// completion from the OpenAPI document that fits the version, a GET and a PATCH through the
// session's client, the history (50 per profile, nothing secret kept), the checks before sending,
// the --api answer and how it is printed, and "Copy as curl" (run with curl: the token comes from
// $KIMAI_TOKEN and is nowhere in the command).

#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "core/curlcommand.h"
#include "session/apicommand.h"
#include "session/apiconsole.h"
#include "session/appcore.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "support/demofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestApiConsole : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MemoryCredentialStore> store;
    std::unique_ptr<AppCore> core;

    bool logIn(const QString &version = QStringLiteral("2.28"), AuthMode mode = AuthMode::Bearer)
    {
        demo::DemoOptions options = DemoFixture::optionsFor(version);
        options.timesheetCount = 100;
        options.legacyDelayMinMs = 0;
        options.legacyDelayMaxMs = 0;
        f = std::make_unique<DemoFixture>(options);
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        store = std::make_unique<MemoryCredentialStore>();
        core = std::make_unique<AppCore>(&f->nam, store.get(), settings.get());
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = mode == AuthMode::Legacy ? f->server->legacyPassword() : f->server->token();
        r.authMode = mode;
        r.remember = false;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        return f->started && loggedIn.wait(15000);
    }

    ConsoleAnswer send(const ConsoleRequest &request, bool remember = true)
    {
        QSignalSpy answered(core->apiConsole(), &ApiConsole::answered);
        if (!core->apiConsole()->send(request, remember) || !answered.wait(15000))
            return {};
        return answered.first().first().value<ConsoleAnswer>();
    }

    QByteArray runApiCommand(const QString &method, const QString &path, const QByteArray &data = {})
    {
        CommandLine c;
        c.command = CommandLine::Command::Api;
        c.apiMethod = method;
        c.apiPath = path;
        c.apiData = data;
        QSignalSpy finished(core->apiCommand(), &ApiCommand::finished);
        core->apiCommand()->run(c);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().toByteArray();
    }

    // A finished record of the demo user that may be changed (not exported).
    int editableId() const
    {
        const QList<int> ids = f->server->timesheetIds();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            const auto t = f->server->timesheet(*it);
            if (t && !t->exported && !t->running)
                return *it;
        }
        return 0;
    }

    static ConsoleRequest req(const QString &method, const QString &path, const QByteArray &body = {})
    {
        ConsoleRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        return r;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (settings) {
            settings->sync();
            QFile file(settings->fileName());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray text = file.readAll();
                QVERIFY(!text.contains(kToken));
                QVERIFY(!text.contains(kLegacyPassword));
                QVERIFY(!text.contains("hunter2-secret"));
            }
        }
        core.reset();
        settings.reset();
        dir.reset();
        store.reset();
        f.reset();
    }

    void documentForVersion()
    {
        QCOMPARE(ApiConsole::documentFor(11700), QStringLiteral(":/openapi/openapi-kimai-2.0.x.json"));
        QCOMPARE(ApiConsole::documentFor(20035), QStringLiteral(":/openapi/openapi-kimai-2.0.x.json"));
        QCOMPARE(ApiConsole::documentFor(22800), QStringLiteral(":/openapi/openapi-kimai-2.28.0.json"));
        QCOMPARE(ApiConsole::documentFor(24000), QStringLiteral(":/openapi/openapi-kimai-2.28.0.json"));
        QCOMPARE(ApiConsole::documentFor(24500), QStringLiteral(":/openapi/openapi-kimai-2.41.0.json"));
        QCOMPARE(ApiConsole::documentFor(30000), QStringLiteral(":/openapi/openapi-kimai-2.41.0.json"));
        for (int id : {11700, 22800, 24500}) {
            QFile doc(ApiConsole::documentFor(id));
            QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        }
    }

    // Paths for the chosen method; after "?", the query parameters of the endpoint the path matches.
    void completion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("document");
        QTest::newRow("2.0") << QStringLiteral("2.0") << QStringLiteral("openapi-kimai-2.0.x.json");
        QTest::newRow("2.28") << QStringLiteral("2.28") << QStringLiteral("openapi-kimai-2.28.0.json");
        QTest::newRow("2.66") << QStringLiteral("2.66") << QStringLiteral("openapi-kimai-2.41.0.json");
    }
    void completion()
    {
        QFETCH(QString, version);
        QFETCH(QString, document);
        QVERIFY(logIn(version, version == QLatin1String("2.0") ? AuthMode::Legacy : AuthMode::Bearer));
        ApiConsole *console = core->apiConsole();
        QVERIFY(!console->endpointsLoaded());   // nothing is read before the console is used
        QSignalSpy ready(console, &ApiConsole::endpointsReady);
        console->loadEndpoints();
        QVERIFY(ready.wait(10000));
        QCOMPARE(console->documentName(), document);
        QVERIFY(console->endpoints().size() > 40);

        const QStringList get = console->completions(QStringLiteral("/api/time"), QStringLiteral("GET"));
        for (const char *path : {"/api/timesheets", "/api/timesheets/active", "/api/timesheets/recent", "/api/timesheets/{id}"})
            QVERIFY2(get.contains(QLatin1String(path)), path);
        QCOMPARE(get.count(QStringLiteral("/api/timesheets")), 1);
        const QStringList patch = console->completions(QStringLiteral("/api/"), QStringLiteral("PATCH"));
        QVERIFY(patch.contains(QStringLiteral("/api/timesheets/{id}/stop")));
        QVERIFY(!patch.contains(QStringLiteral("/api/timesheets/active")));
        const QStringList query = console->completions(QStringLiteral("/api/timesheets?size=5&"), QStringLiteral("GET"));
        for (const char *c : {"/api/timesheets?size=5&user=", "/api/timesheets?size=5&customers[]=", "/api/timesheets?size=5&page="})
            QVERIFY2(query.contains(QLatin1String(c)), c);
        const QStringList one = console->completions(QStringLiteral("/api/projects/3?"), QStringLiteral("GET"));
        QVERIFY(!one.contains(QStringLiteral("/api/projects/3?customer=")));   // the collection's filters only
        QVERIFY(console->completions(QStringLiteral("/api/projects?"), QStringLiteral("GET")).contains(QStringLiteral("/api/projects?customer=")));
    }

    void getAndPatchOverHttp()
    {
        QVERIFY(logIn());
        const ConsoleAnswer version = send(req(QStringLiteral("GET"), QStringLiteral("/api/version")));
        QVERIFY2(version.ok(), qPrintable(version.error));
        QCOMPARE(version.exchange.status, 200);
        QCOMPARE(QJsonDocument::fromJson(version.exchange.responseBody).object().value(QStringLiteral("versionId")).toInt(), 22800);

        const ConsoleAnswer page = send(req(QStringLiteral("GET"), QStringLiteral("/api/timesheets?size=3&order=ASC")));
        QVERIFY(page.ok());
        QCOMPARE(QJsonDocument::fromJson(page.exchange.responseBody).array().size(), 3);
        QCOMPARE(lastRequest(*f->server, QStringLiteral("/api/timesheets")).query, QStringLiteral("size=3&order=ASC"));

        const int id = editableId();
        QVERIFY(id > 0);
        const ConsoleAnswer patched = send(req(QStringLiteral("PATCH"), QStringLiteral("/api/timesheets/%1").arg(id),
                                               R"({"description": "changed from the console"})"));
        QVERIFY2(patched.ok(), qPrintable(patched.error));
        QCOMPARE(f->server->timesheet(id)->description, QStringLiteral("changed from the console"));
        const demo::ReceivedRequest sent = lastRequest(*f->server, QStringLiteral("/api/timesheets/%1").arg(id));
        QCOMPARE(sent.method, QByteArray("PATCH"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));

        const ConsoleAnswer missing = send(req(QStringLiteral("GET"), QStringLiteral("/api/timesheets/999999")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.exchange.status, 404);
        QVERIFY(!missing.error.isEmpty());
        QCOMPARE(core->apiConsole()->history().first().path, QStringLiteral("/api/timesheets/999999"));
    }

    void checksBeforeSending()
    {
        QVERIFY(!req(QStringLiteral("PUT"), QStringLiteral("/api/version")).problem().isEmpty());
        QVERIFY(!req(QStringLiteral("GET"), QStringLiteral("version")).problem().isEmpty());
        QVERIFY(req(QStringLiteral("GET"), QStringLiteral("/api/version"), "not json, but a GET has no body").problem().isEmpty());
        QVERIFY(req(QStringLiteral("PATCH"), QStringLiteral("/api/timesheets/1/stop")).problem().isEmpty());   // no body is fine
        const QString broken = req(QStringLiteral("POST"), QStringLiteral("/api/timesheets"), "{\n  \"project\": 1,\n  oops\n}").problem();
        QVERIFY2(broken.contains(QStringLiteral("line 3")), qPrintable(broken));
        QVERIFY(logIn());
        f->server->clearRequests();
        QVERIFY(!core->apiConsole()->send(req(QStringLiteral("POST"), QStringLiteral("/api/timesheets"), "{")));
        core->login()->logout();
        QVERIFY(!core->apiConsole()->send(req(QStringLiteral("GET"), QStringLiteral("/api/version"))));
        // Nothing of the console's went out (the session's own reads after the login may).
        for (const kd::demo::ReceivedRequest &r : f->server->requests())
            QVERIFY2(r.method != "POST" && r.path != QLatin1String("/api/version"), r.method.constData());
    }

    // The last 50 per profile, newest first, a repeated request moved to the top; values of keys
    // that name a password, token or secret blanked (in the body and the query).
    void historyKeepsNoSecrets()
    {
        QVERIFY(logIn());
        ApiConsole *console = core->apiConsole();
        for (int i = 1; i <= 52; ++i)
            QVERIFY(send(req(QStringLiteral("GET"), QStringLiteral("/api/ping?n=%1").arg(i))).ok());
        QList<ConsoleRequest> history = console->history();
        QCOMPARE(history.size(), ApiConsole::kHistorySize);
        QCOMPARE(history.first().path, QStringLiteral("/api/ping?n=52"));
        QCOMPARE(history.last().path, QStringLiteral("/api/ping?n=3"));
        send(req(QStringLiteral("GET"), QStringLiteral("/api/ping?n=10")));
        history = console->history();
        QCOMPARE(history.first().path, QStringLiteral("/api/ping?n=10"));
        QCOMPARE(history.count(req(QStringLiteral("GET"), QStringLiteral("/api/ping?n=10"))), 1);

        send(req(QStringLiteral("POST"), QStringLiteral("/api/users?api_token=hunter2-secret&x=1"),
                 R"({"username":"x","plainPassword":"hunter2-secret","nested":{"apiToken":"hunter2-secret"},"title":"kept"})"));
        const ConsoleRequest stored = console->history().first();
        QCOMPARE(stored.path, QStringLiteral("/api/users?api_token=&x=1"));
        const QJsonObject body = QJsonDocument::fromJson(stored.body).object();
        QCOMPARE(body.value(QStringLiteral("plainPassword")).toString(), QString());
        QCOMPARE(body.value(QStringLiteral("nested")).toObject().value(QStringLiteral("apiToken")).toString(), QString());
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("kept"));
        // What went to the server was what was typed.
        QVERIFY(lastRequest(*f->server, QStringLiteral("/api/users")).body.contains("hunter2-secret"));

        // Not remembered (--api), and another profile has its own history.
        send(req(QStringLiteral("GET"), QStringLiteral("/api/version?script=1")), false);
        QVERIFY(console->history().first().path != QStringLiteral("/api/version?script=1"));
        console->clearHistory();
        QVERIFY(console->history().isEmpty());
    }

    // --api: the answer line, and how the invoking process prints it.
    void apiCommand()
    {
        QVERIFY(logIn());
        const QByteArray line = runApiCommand(QStringLiteral("GET"), QStringLiteral("/api/version"));
        ApiCommand::Output compact = ApiCommand::output(line, false);
        QCOMPARE(compact.exitCode, 0);
        QVERIFY(compact.err.isEmpty());
        QCOMPARE(compact.out, QByteArray(R"({"copyright":"Kimai 2.28.0 by Kevin Papst.","version":"2.28.0","versionId":22800})" "\n"));
        ApiCommand::Output pretty = ApiCommand::output(line, true);
        QVERIFY(pretty.out.contains("\n    \"versionId\": 22800"));

        const ApiCommand::Output missing = ApiCommand::output(runApiCommand(QStringLiteral("GET"), QStringLiteral("/api/projects/99999")), false);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith(QStringLiteral("HTTP 404")), qPrintable(missing.err));
        QVERIFY(missing.out.contains("404"));   // Kimai's error body is printed too

        const int id = editableId();
        QVERIFY(id > 0);
        const ApiCommand::Output patched = ApiCommand::output(
            runApiCommand(QStringLiteral("PATCH"), QStringLiteral("/api/timesheets/%1").arg(id), R"({"description":"by --api"})"), false);
        QCOMPARE(patched.exitCode, 0);
        QCOMPARE(f->server->timesheet(id)->description, QStringLiteral("by --api"));
        QVERIFY(core->apiConsole()->history().isEmpty());   // scripts do not fill the console's history

        const ApiCommand::Output deleted = ApiCommand::output(
            runApiCommand(QStringLiteral("DELETE"), QStringLiteral("/api/timesheets/%1").arg(id)), false);
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.isEmpty());   // 204
        QVERIFY(!f->server->timesheet(id));

        core->login()->logout();
        const ApiCommand::Output offline = ApiCommand::output(runApiCommand(QStringLiteral("GET"), QStringLiteral("/api/version")), false);
        QCOMPARE(offline.exitCode, 1);
        QVERIFY(!offline.err.isEmpty());
    }

    // A logout while a request is out ends it at once with a clear answer (an --api command does
    // not wait for its time-out).
    void logoutEndsTheRequest()
    {
        QVERIFY(logIn());
        f->server->addFault({"GET", QStringLiteral("^/api/version$"), demo::Fault::Action::Delay, 20000, 0, {}});
        CommandLine c;
        c.command = CommandLine::Command::Api;
        c.apiMethod = QStringLiteral("GET");
        c.apiPath = QStringLiteral("/api/version");
        QSignalSpy finished(core->apiCommand(), &ApiCommand::finished);
        core->apiCommand()->run(c);
        QVERIFY(core->apiConsole()->isBusy());
        core->login()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);   // well before the server's answer
        QVERIFY(!core->apiConsole()->isBusy());
        const ApiCommand::Output out = ApiCommand::output(finished.first().first().toByteArray(), false);
        QCOMPARE(out.exitCode, 1);
        QVERIFY2(out.err.contains(QStringLiteral("Logged out")), qPrintable(out.err));
    }

    // The console on every Kimai version: a GET with the credentials the version takes (the API
    // password on 1.17 and 2.0, the token after), the answer's version, and Copy as curl without the
    // secret.
    void getOnEveryVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("versionId");
        QTest::addColumn<bool>("tokens");
        QTest::newRow("1.17") << QStringLiteral("1.17") << 11700 << false;
        QTest::newRow("2.0") << QStringLiteral("2.0") << 20035 << false;
        QTest::newRow("2.28") << QStringLiteral("2.28") << 22800 << true;
        QTest::newRow("2.45") << QStringLiteral("2.45") << 24500 << true;
        QTest::newRow("2.58") << QStringLiteral("2.58") << 25800 << true;
        QTest::newRow("2.66") << QStringLiteral("2.66") << 26600 << true;
        QTest::newRow("3.0") << QStringLiteral("3.0") << 30000 << true;
    }
    void getOnEveryVersion()
    {
        QFETCH(QString, version);
        QFETCH(int, versionId);
        QFETCH(bool, tokens);
        QVERIFY(logIn(version, tokens ? AuthMode::Bearer : AuthMode::Legacy));
        const ConsoleAnswer answer = send(req(QStringLiteral("GET"), QStringLiteral("/api/version")));
        QVERIFY2(answer.ok(), qPrintable(answer.error));
        QCOMPARE(QJsonDocument::fromJson(answer.exchange.responseBody).object().value(QStringLiteral("versionId")).toInt(), versionId);
        const demo::ReceivedRequest sent = lastRequest(*f->server, QStringLiteral("/api/version"));
        QCOMPARE(sent.header("Authorization").isEmpty(), !tokens);
        QCOMPARE(sent.header("X-AUTH-TOKEN").isEmpty(), tokens);
        const QString command = curlCommand(answer.exchange);
        QVERIFY(!command.contains(tokens ? f->server->token() : f->server->legacyPassword()));
        QVERIFY2(command.contains(tokens ? QStringLiteral("\"Authorization: Bearer $KIMAI_TOKEN\"")
                                         : QStringLiteral("\"X-AUTH-TOKEN: $KIMAI_TOKEN\"")), qPrintable(command));
    }

    // "Copy as curl": the command does what the app did, with $KIMAI_TOKEN instead of the token.
    void copyAsCurl_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("bearer") << int(AuthMode::Bearer);
        QTest::newRow("api password") << int(AuthMode::Legacy);
    }
    void copyAsCurl()
    {
        QFETCH(int, mode);
        QVERIFY(logIn(QStringLiteral("2.28"), AuthMode(mode)));
        const int id = editableId();
        QVERIFY(id > 0);
        const ConsoleAnswer patched = send(req(QStringLiteral("PATCH"), QStringLiteral("/api/timesheets/%1").arg(id),
                                               "{\"description\":\"it's from curl\"}"));
        QVERIFY(patched.ok());
        const QString command = curlCommand(patched.exchange);
        const QString secret = AuthMode(mode) == AuthMode::Legacy ? f->server->legacyPassword() : f->server->token();
        QVERIFY(!command.contains(secret));
        QVERIFY(!command.contains(QStringLiteral("••")));
        QVERIFY2(command.contains(QStringLiteral("$KIMAI_TOKEN")), qPrintable(command));
        QVERIFY(command.contains(QStringLiteral("-X PATCH")));

        // Run it: a shell, curl, the token from the environment.
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QFAIL("curl is not installed (packaging/install-deps.sh installs it)");
        f->server->clearRequests();
        QString again = command;
        again.replace(QStringLiteral("it'\\''s from curl"), QStringLiteral("sent again by curl"));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KIMAI_TOKEN"), secret);
        shell.setProcessEnvironment(env);
        QSignalSpy done(&shell, &QProcess::finished);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), again + QStringLiteral(" -s")});
        QVERIFY(done.wait(15000));
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), id);
        QCOMPARE(f->server->timesheet(id)->description, QStringLiteral("sent again by curl"));
        // One PATCH: curl's (the session's own reads after the login may come meanwhile).
        int patches = 0;
        for (const kd::demo::ReceivedRequest &r : f->server->requests())
            patches += r.method == "PATCH" ? 1 : 0;
        QCOMPARE(patches, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiConsole)
#include "tst_apiconsole.moc"
