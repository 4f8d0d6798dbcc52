// The real system keychain (gnome-keyring's Secret Service in a private D-Bus session, see
// tests/scripts/with-keyring.sh): write, read back, find it with secret-tool, remove.

#include "auth/keychaincredentialstore.h"
#include "auth/profilestore.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "support/demofixture.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

const QString kService = QStringLiteral("org.kimaidesk.KimaiDesk.test");

// secret-tool's view of what QtKeychain stored (its libsecret schema: server = service, user = key).
QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/scripts/with-keyring.sh (a private D-Bus session with gnome-keyring)");
    }

    void writeReadRemove()
    {
        KeychainCredentialStore store(kService);
        const QString key = QStringLiteral("alice@https://kimai.example.com");
        const QString secret = QStringLiteral("s3cret-τoken-✓");
        // Status and secret are read inside the slot: the job deletes itself afterwards.
        CredentialJob::Status status = CredentialJob::Status::Pending;
        QString got;
        auto capture = [&](CredentialJob *job) {
            connect(job, &CredentialJob::finished, this, [&](CredentialJob *j) {
                status = j->status();
                got = j->secret();
            });
        };

        capture(store.write(key, secret));
        QTRY_VERIFY_WITH_TIMEOUT(status != CredentialJob::Status::Pending, 15000);
        QCOMPARE(status, CredentialJob::Status::Ok);
        QCOMPARE(secretToolLookup(key), secret);

        status = CredentialJob::Status::Pending;
        capture(store.read(key));
        QTRY_VERIFY_WITH_TIMEOUT(status != CredentialJob::Status::Pending, 15000);
        QCOMPARE(status, CredentialJob::Status::Ok);
        QCOMPARE(got, secret);

        status = CredentialJob::Status::Pending;
        capture(store.remove(key));
        QTRY_VERIFY_WITH_TIMEOUT(status != CredentialJob::Status::Pending, 15000);
        QCOMPARE(status, CredentialJob::Status::Ok);
        QVERIFY(secretToolLookup(key).isEmpty());

        status = CredentialJob::Status::Pending;
        capture(store.read(key));
        QTRY_VERIFY_WITH_TIMEOUT(status != CredentialJob::Status::Pending, 15000);
        QCOMPARE(status, CredentialJob::Status::NotFound);
    }

    // The whole flow with the real keychain: log in and remember, log in again from the keychain,
    // forget the token.
    void loginRemembersAndForgets()
    {
        DemoFixture f;
        QVERIFY(f.started);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        KeychainCredentialStore store(kService);
        KimaiClient client(&f.nam);
        Session session(&client);
        LoginController login(&client, &store, &profiles, &session);

        QSignalSpy probed(&login, &LoginController::keychainProbed);
        login.probeKeychain();
        QVERIFY(probed.wait(15000));
        QCOMPARE(login.keychainAvailable(), std::optional<bool>(true));

        LoginController::Request r;
        r.server = f.server->url().toString();
        r.username = f.server->username();
        r.token = f.server->token();
        r.remember = true;
        QSignalSpy loggedIn(&login, &LoginController::loggedIn);
        login.login(r);
        QVERIFY(loggedIn.wait(15000));
        QVERIFY(session.info().tokenInKeychain);
        const ServerProfile profile = *profiles.profile(profiles.lastProfileId());
        QCOMPARE(secretToolLookup(profile.credentialKey()), f.server->token());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(f.server->token().toUtf8()));

        // Next start: no token typed, read from the keychain.
        login.logout();
        KimaiClient client2(&f.nam);
        Session session2(&client2);
        LoginController login2(&client2, &store, &profiles, &session2);
        r.token.clear();
        r.profileId = profile.id;
        QSignalSpy loggedIn2(&login2, &LoginController::loggedIn);
        login2.login(r);
        QVERIFY(loggedIn2.wait(15000));
        QCOMPARE(f.server->requests().last().header("Authorization"), QByteArray("Bearer ") + f.server->token().toUtf8());

        QSignalSpy forgotten(&login2, &LoginController::tokenForgotten);
        login2.forgetToken();
        QVERIFY(forgotten.wait(15000));
        QVERIFY(forgotten.first().first().toBool());
        QVERIFY(secretToolLookup(profile.credentialKey()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
