// LoginController against the demo server (and an HTTPS server with a self-signed certificate),
// with an in-memory credential store. The settings file is searched for the token after each test.

#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "support/demofixture.h"
#include "support/tlsresponder.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestLoginController : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<MemoryCredentialStore> store;
    std::unique_ptr<KimaiClient> client;
    std::unique_ptr<Session> session;
    std::unique_ptr<LoginController> login;

    void rebuildController()
    {
        login.reset();
        session.reset();
        client = std::make_unique<KimaiClient>(&f->nam);
        session = std::make_unique<Session>(client.get());
        login = std::make_unique<LoginController>(client.get(), store.get(), profiles.get(), session.get());
    }

    LoginController::Request request(const QString &token = QString::fromLatin1(kToken)) const
    {
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = token;
        r.remember = true;
        return r;
    }

    bool settingsContain(const QString &needle)
    {
        settings->sync();
        QFile file(settings->fileName());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        return file.readAll().contains(needle.toUtf8());
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<DemoFixture>();
        QVERIFY(f->started);
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        profiles = std::make_unique<ProfileStore>(settings.get());
        store = std::make_unique<MemoryCredentialStore>();
        store->setPersistent(true);   // stands in for the system keychain (tst_keychain uses the real one)
        rebuildController();
    }

    void cleanup()
    {
        // Whatever a test did: no token in the settings file.
        if (settings) {
            QVERIFY(!settingsContain(QString::fromLatin1(kToken)));
            QVERIFY(!settingsContain(QString::fromLatin1(kLegacyPassword)));
        }
        login.reset();
        session.reset();
        client.reset();
        store.reset();
        profiles.reset();
        settings.reset();
        dir.reset();
        f.reset();
    }

    void logsInWithOneRoundTrip()
    {
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        QSignalSpy progress(login.get(), &LoginController::progress);
        f->server->clearRequests();
        LoginController::Request bearer = request();
        bearer.authMode = AuthMode::Bearer;   // Auto asks the version first (aFailedAutoLoginTriesOnePassword)
        login->login(bearer);
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(login->state(), LoginController::State::LoggedIn);
        QVERIFY(session->isActive());
        const SessionInfo &info = session->info();
        QCOMPARE(info.version.versionId, 22800);
        QCOMPARE(info.user.username, f->server->username());
        QCOMPARE(info.timesheetConfig.trackingMode, QStringLiteral("default"));
        QVERIFY(info.tokenInKeychain);
        QCOMPARE(client->userTimeZone().id(), QByteArray("Europe/Berlin"));
        // version, users/me and config/timesheet, sent together.
        QStringList paths;
        for (const auto &r : f->server->requests())
            paths.append(r.path);
        std::sort(paths.begin(), paths.end());
        QCOMPARE(paths, (QStringList{QStringLiteral("/api/config/timesheet"), QStringLiteral("/api/users/me"),
                                     QStringLiteral("/api/version")}));
        QCOMPARE(progress.count(), 3);
        QVERIFY(progress.at(0).first().toString().contains(QStringLiteral("200")));
        // The profile is saved, with no secret; the token is in the store.
        const auto profile = profiles->profile(profiles->lastProfileId());
        QVERIFY(profile);
        QVERIFY(profile->tokenStored);
        QCOMPARE(profile->authMode, AuthMode::Bearer);
        QCOMPARE(store->size(), 1);
    }

    // Automatic may send an API password: the version call goes alone first, so a wrong secret costs
    // one refused token and one refused password (Kimai 2.54+ counts the password failures), not three.
    void aFailedAutoLoginTriesOnePassword()
    {
        QSignalSpy failed(login.get(), &LoginController::failed);
        f->server->clearRequests();
        login->login(request(QStringLiteral("neither-token-nor-password")));
        QVERIFY(failed.wait(10000));
        const auto requests = f->server->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto &r : requests)
            QCOMPARE(r.path, QStringLiteral("/api/version"));
        QVERIFY(!requests.at(0).header("Authorization").isEmpty());
        QVERIFY(!requests.at(1).header("X-AUTH-TOKEN").isEmpty());
        // With the right token, Auto then sends users/me and config/timesheet after the version.
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        f->server->clearRequests();
        login->login(request());
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(f->server->requests().first().path, QStringLiteral("/api/version"));
        QCOMPARE(f->server->requests().size(), 3);
        QCOMPARE(profiles->profile(profiles->lastProfileId())->authMode, AuthMode::Bearer);   // what worked
    }

    void autoModeRemembersWhatWorked()
    {
        LoginController::Request r = request(QString::fromLatin1(kLegacyPassword));
        r.authMode = AuthMode::Auto;
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->login(r);
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(profiles->profile(profiles->lastProfileId())->authMode, AuthMode::Legacy);
    }

    void logsInAgainFromTheStore()
    {
        QSignalSpy first(login.get(), &LoginController::loggedIn);
        login->login(request());
        QVERIFY(first.wait(10000));
        // A new start of the app: same settings and store, no token typed.
        rebuildController();
        QVERIFY(login->canAutoLogin());
        QSignalSpy again(login.get(), &LoginController::loggedIn);
        QVERIFY(login->autoLogin());
        QCOMPARE(login->state(), LoginController::State::ReadingToken);
        QVERIFY(again.wait(10000));
        QCOMPARE(f->server->requests().last().header("Authorization"), QByteArray("Bearer ") + kToken);
    }

    void logoutKeepsTokenAndStopsAutoLogin()
    {
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->login(request());
        QVERIFY(loggedIn.wait(10000));
        login->logout();
        QVERIFY(!session->isActive());
        QCOMPARE(store->size(), 1);
        QVERIFY(!login->canAutoLogin());   // a deliberate logout sticks
        QVERIFY(!client->hasToken());
        // Logging in again with the stored token still works without typing it.
        LoginController::Request r = request(QString());
        r.profileId = profiles->lastProfileId();
        QSignalSpy again(login.get(), &LoginController::loggedIn);
        login->login(r);
        QVERIFY(again.wait(10000));
        QVERIFY(login->canAutoLogin());
    }

    void forgetTokenRemovesIt()
    {
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->login(request());
        QVERIFY(loggedIn.wait(10000));
        QSignalSpy forgotten(login.get(), &LoginController::tokenForgotten);
        login->forgetToken();
        QVERIFY(forgotten.wait(5000));
        QVERIFY(forgotten.first().first().toBool());
        QCOMPARE(store->size(), 0);
        QVERIFY(!profiles->profile(profiles->lastProfileId())->tokenStored);
        QVERIFY(!login->canAutoLogin());
    }

    void notRememberingStoresNothing()
    {
        LoginController::Request r = request();
        r.remember = false;
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->login(r);
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(store->size(), 0);
        QVERIFY(!session->info().tokenInKeychain);
        QVERIFY(!profiles->profile(profiles->lastProfileId())->tokenStored);
    }

    void noKeychainKeepsTokenForTheSession()
    {
        store->setFailure(CredentialJob::Status::NoBackend);
        QSignalSpy notice(login.get(), &LoginController::notice);
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->login(request());
        QVERIFY(loggedIn.wait(10000));
        QCOMPARE(notice.count(), 1);
        QVERIFY(notice.first().first().toString().contains(QStringLiteral("this session only")));
        QVERIFY(!session->info().tokenInKeychain);
        QVERIFY(!profiles->profile(profiles->lastProfileId())->tokenStored);
        QVERIFY(client->hasToken());
    }

    void probeReportsMissingKeychain()
    {
        store->setFailure(CredentialJob::Status::NoBackend);
        QSignalSpy probed(login.get(), &LoginController::keychainProbed);
        login->probeKeychain();
        QVERIFY(probed.count() == 1 || probed.wait(5000));
        QCOMPARE(login->keychainAvailable(), std::optional<bool>(false));
        QVERIFY(!login->keychainProblem().isEmpty());
    }

    void wrongTokenFailsWithAClearError()
    {
        QSignalSpy failed(login.get(), &LoginController::failed);
        login->login(request(QStringLiteral("wrong")));
        QVERIFY(failed.wait(10000));
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(e.cause(), ApiError::Cause::BearerRejected);
        QCOMPARE(login->state(), LoginController::State::Failed);
        QVERIFY(!session->isActive());
        QCOMPARE(store->size(), 0);
        QVERIFY(profiles->profiles().isEmpty());
    }

    void inputErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty server") << QString() << QStringLiteral("demo") << QStringLiteral("t") << int(AuthMode::Auto)
                                      << QStringLiteral("server");
        QTest::newRow("ftp") << QStringLiteral("ftp://x") << QStringLiteral("demo") << QStringLiteral("t")
                             << int(AuthMode::Auto) << QStringLiteral("server");
        QTest::newRow("legacy without user") << QStringLiteral("https://kimai.example.com") << QString() << QStringLiteral("t")
                                             << int(AuthMode::Legacy) << QStringLiteral("username");
        QTest::newRow("no token") << QStringLiteral("https://kimai.example.com") << QStringLiteral("demo") << QString()
                                  << int(AuthMode::Auto) << QStringLiteral("token");
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://kimai.example.com") << QStringLiteral("demo")
                                              << QStringLiteral("t") << int(AuthMode::Auto) << QStringLiteral("server");
    }
    void inputErrorsNameTheField()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, token);
        QFETCH(int, mode);
        QFETCH(QString, field);
        QSignalSpy failed(login.get(), &LoginController::failed);
        LoginController::Request r;
        r.server = server;
        r.username = username;
        r.token = token;
        r.authMode = AuthMode(mode);
        login->login(r);
        QCOMPARE(failed.count(), 1);
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.fieldErrors().fields.value(0).first, field);
        QVERIFY(!e.message().isEmpty());
        QVERIFY(f->server->requests().isEmpty());   // nothing was sent
    }

    void plainHttpNeedsConfirmationOnce()
    {
        QVERIFY(LoginController::needsHttpConfirmation(QStringLiteral("http://kimai.lan"), std::nullopt));
        QVERIFY(!LoginController::needsHttpConfirmation(QStringLiteral("http://127.0.0.1:8080"), std::nullopt));
        QVERIFY(!LoginController::needsHttpConfirmation(QStringLiteral("https://kimai.lan"), std::nullopt));
        ServerProfile p;
        p.serverUrl = QStringLiteral("http://kimai.lan");
        p.httpConfirmed = true;
        QVERIFY(!LoginController::needsHttpConfirmation(QStringLiteral("http://kimai.lan"), p));
        QVERIFY(LoginController::needsHttpConfirmation(QStringLiteral("http://other.lan"), p));
    }

    void testConnectionChangesNothing()
    {
        LoginController::Request r = request();
        r.testOnly = true;
        QSignalSpy ok(login.get(), &LoginController::testSucceeded);
        QSignalSpy exchanges(client.get(), &KimaiClient::exchangeFinished);
        login->login(r);
        QVERIFY(ok.wait(10000));
        QCOMPARE(ok.first().at(0).value<Version>().versionId, 22800);
        QVERIFY(!session->isActive());
        QVERIFY(profiles->profiles().isEmpty());
        QCOMPARE(store->size(), 0);
        QVERIFY(!client->hasToken());
        QCOMPARE(exchanges.count(), 3);   // shown in the Exchanges list all the same
    }

    void cancelWhileConnecting()
    {
        demo::Fault slow;
        slow.pathRegex = QStringLiteral("^/api/version$");
        slow.action = demo::Fault::Action::Delay;
        slow.delayMs = 3000;
        f->server->addFault(slow);
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        QSignalSpy failed(login.get(), &LoginController::failed);
        LoginController::Request bearer = request();
        bearer.authMode = AuthMode::Bearer;   // all three calls at once (Auto asks the version first)
        login->login(bearer);
        QCOMPARE(login->state(), LoginController::State::Connecting);
        QCOMPARE(client->findChildren<ApiReply *>().size(), 3);   // version, users/me, config/timesheet
        QTRY_VERIFY(!f->server->requests().isEmpty());   // on their way
        login->cancel();
        QCOMPARE(login->state(), LoginController::State::Idle);
        // The aborted calls are deleted (no leak), so nothing of this attempt can answer any more.
        QTRY_COMPARE(client->findChildren<ApiReply *>().size(), 0);
        QCOMPARE(loggedIn.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!session->isActive());
    }

    // `kimai-desk --auth legacy --token-file … --status` (no --remember) after a remembered login: the
    // one-off login must leave the remembered one usable (its token, its method, the last profile).
    void oneOffLoginLeavesWhatWasRemembered()
    {
        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        LoginController::Request remembered = request();
        remembered.authMode = AuthMode::Bearer;
        login->login(remembered);
        QVERIFY(loggedIn.wait(10000));
        const QString id = profiles->lastProfileId();
        QCOMPARE(store->size(), 1);

        rebuildController();   // a later run of the command line
        QSignalSpy loggedIn2(login.get(), &LoginController::loggedIn);
        LoginController::Request oneOff = request(QString::fromLatin1(kLegacyPassword));
        oneOff.authMode = AuthMode::Legacy;
        oneOff.remember = false;
        oneOff.oneOff = true;
        login->login(oneOff);
        QVERIFY(loggedIn2.wait(10000));
        QVERIFY(!session->info().tokenInKeychain);
        QCOMPARE(client->resolvedScheme(), AuthScheme::Legacy);

        rebuildController();   // and the next: the remembered login still works
        QCOMPARE(store->size(), 1);
        QCOMPARE(profiles->lastProfileId(), id);
        const auto profile = profiles->profile(id);
        QVERIFY(profile && profile->tokenStored);
        QCOMPARE(profile->authMode, AuthMode::Bearer);
        QVERIFY(login->canAutoLogin());
        QSignalSpy loggedIn3(login.get(), &LoginController::loggedIn);
        QVERIFY(login->autoLogin());
        QVERIFY(loggedIn3.wait(10000));
        QCOMPARE(client->resolvedScheme(), AuthScheme::Bearer);
    }

    void untrustedCertificateCanBePinned()
    {
        TlsResponder tls(QStringLiteral("server-a"));
        QVERIFY(tls.start());
        QSignalSpy failed(login.get(), &LoginController::failed);
        QSignalSpy untrusted(login.get(), &LoginController::certificateUntrusted);
        LoginController::Request r;
        r.server = tls.url();
        r.username = QStringLiteral("susan_super");
        r.token = QString::fromLatin1(kToken);
        login->login(r);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Tls);
        QCOMPARE(untrusted.count(), 1);
        const QSslCertificate cert = untrusted.first().first().value<QSslCertificate>();
        QCOMPARE(cert, tls.certificate());
        QCOMPARE(tls.requestsServed(), 0);   // nothing was sent before the certificate was accepted

        QSignalSpy loggedIn(login.get(), &LoginController::loggedIn);
        login->trustCertificateAndRetry(cert);
        QVERIFY(loggedIn.wait(10000));
        const auto profile = profiles->profile(profiles->lastProfileId());
        QCOMPARE(profile->pinnedCertificates.size(), 1);
        QCOMPARE(profile->pinnedCertificates.constBegin().value(), KimaiClient::fingerprint(tls.certificate()));

        // The server's certificate changes: refused, with the pinned-mismatch warning.
        login->logout();
        tls.setCertificate(QStringLiteral("server-b"));
        failed.clear();
        untrusted.clear();
        LoginController::Request again = r;
        again.profileId = profile->id;
        login->login(again);
        QVERIFY(failed.wait(10000));
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.cause(), ApiError::Cause::TlsPinMismatch);
        QCOMPARE(untrusted.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
