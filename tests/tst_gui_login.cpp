// The login form, driven headless with key clicks, through success and every failure a person can
// meet: wrong token, wrong password, refused, unknown host, silence, an HTML page, a missing sub-path,
// garbage, a server error, a self-signed certificate, plain http. After each test the settings file
// and every log line are searched for the token.

#include "support/appfixture.h"
#include "support/faultserver.h"
#include "support/tlsresponder.h"
#include "ui/loginpage.h"
#include "ui/prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestGuiLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;
    LoginPage *page = nullptr;

    void fill(const QString &server, const QString &user, const QString &token)
    {
        page->serverEdit()->clear();
        page->usernameEdit()->clear();
        page->tokenEdit()->clear();
        QTest::keyClicks(page->serverEdit(), server);
        QTest::keyClicks(page->usernameEdit(), user);
        QTest::keyClicks(page->tokenEdit(), token);
    }

    // Clicks "Log in" and waits until the form is idle again.
    void submit()
    {
        QTest::mouseClick(page->loginButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app->login->isBusy(), 20000);
    }

    // A fresh app whose window is shown with the login deferred to after the first frame, as main() does
    // for --demo, the command-line login and the automatic login; checks the first frame's state.
    // An empty server or token means the new fixture's demo server and token.
    void showWithDeferredLogin(const QString &server, const QString &token)
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        MainWindow *w = app->window;
        LoginController::Request r;
        r.server = server.isEmpty() ? app->demo.server->url().toString() : server;
        r.username = app->demo.server->username();
        r.token = token.isEmpty() ? app->demo.server->token() : token;
        r.displayName = QStringLiteral("Deferred Kimai");
        AppFixture *fixture = app.get();
        w->loginAfterFirstFrame(r.displayName, [fixture, w, r] {
            w->loginPage()->setValues(r.server, r.username, r.authMode);
            fixture->login->login(r);
        });
        w->show();
        // Before the first frame: the light card, no login form yet, nothing sent.
        auto *stack = w->findChild<QStackedWidget *>();
        QWidget *card = w->findChild<QWidget *>(QStringLiteral("startCard"));
        QVERIFY(stack && card);
        QCOMPARE(stack->currentWidget(), card);
        QVERIFY(!w->findChild<LoginPage *>());
        QVERIFY(!app->login->isBusy());
        QVERIFY(card->findChild<QLabel *>()->text().contains(QStringLiteral("Deferred Kimai")));
        QVERIFY(QTest::qWaitForWindowExposed(w));
        // After it: the attempt runs, followed by a login form that exists already.
        QTRY_VERIFY(app->login->isBusy() || app->session->isActive() || w->findChild<LoginPage *>());
        page = w->findChild<LoginPage *>();
        QVERIFY(page);
    }

private Q_SLOTS:
    void initTestCase() { g_previous = qInstallMessageHandler(capture); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init()
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        page = app->window->loginPage();
        QVERIFY(page->isVisible());
    }

    void cleanup()
    {
        const QString token = app->demo.server->token();
        QVERIFY2(!app->settingsText().contains(token), "the token must never reach the settings file");
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), "the token must never be logged");
        g_log.clear();
        page = nullptr;
        app.reset();
    }

    void logsIn()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        QCOMPARE(page->tokenEdit()->echoMode(), QLineEdit::Password);
        submit();
        QVERIFY(app->session->isActive());
        QTRY_VERIFY(app->window->isShowingWorkspace());
        QVERIFY(app->window->statusText().contains(QStringLiteral("Kimai 2.28.0")));
        QVERIFY(page->tokenEdit()->text().isEmpty());   // dropped from the form once in use
        QVERIFY(page->logText().contains(QStringLiteral("/api/version")));
        QVERIFY(page->logText().contains(QStringLiteral("200")));
        QCOMPARE(app->store.size(), 1);   // remembered (in the stand-in keychain)
    }

    void showHideToken()
    {
        QTest::keyClicks(page->tokenEdit(), QStringLiteral("abc"));
        const QList<QAction *> actions = page->tokenEdit()->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->trigger();
        QCOMPARE(page->tokenEdit()->echoMode(), QLineEdit::Normal);
        actions.first()->trigger();
        QCOMPARE(page->tokenEdit()->echoMode(), QLineEdit::Password);
    }

    void testConnectionExplainsEachRequest()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("Connection works")), 15000);
        QVERIFY(!app->session->isActive());
        const QString log = page->logText();
        for (const char *path : {"/api/version", "/api/users/me", "/api/config/timesheet"})
            QVERIFY2(log.contains(QString::fromLatin1(path)), path);
        QVERIFY(log.contains(QStringLiteral(" ms")));
    }

    void wrongToken()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), QStringLiteral("wrong-token"));
        submit();
        QVERIFY(!app->session->isActive());
        QVERIFY2(page->fieldError(QStringLiteral("token")).contains(QStringLiteral("refused the API token")),
                 qPrintable(page->fieldError(QStringLiteral("token"))));
        QVERIFY(page->logText().contains(QStringLiteral("401")));
    }

    void wrongLegacyPassword()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), QStringLiteral("wrong-password"));
        page->authBox()->setCurrentIndex(page->authBox()->findData(int(AuthMode::Legacy)));
        submit();
        QVERIFY(page->fieldError(QStringLiteral("token")).contains(QStringLiteral("username or API password")));
    }

    void serverFailures_data()
    {
        QTest::addColumn<int>("kind");       // 0 refused, 1 unknown host, 2 silence, 3 HTML 200, 4 HTML 404, 5 garbage, 6 500
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused") << 0 << QStringLiteral("server") << QStringLiteral("refused the connection");
        QTest::newRow("no such host") << 1 << QStringLiteral("server") << QStringLiteral("could not be found");
        QTest::newRow("silence") << 2 << QStringLiteral("server") << QStringLiteral("did not answer in time");
        QTest::newRow("HTML page") << 3 << QStringLiteral("server") << QStringLiteral("web page instead of Kimai");
        QTest::newRow("wrong sub-path") << 4 << QStringLiteral("server") << QStringLiteral("sub-path");
        QTest::newRow("not JSON") << 5 << QStringLiteral("server") << QStringLiteral("not valid JSON");
        QTest::newRow("server error") << 6 << QString() << QStringLiteral("internal error (500)");
    }
    void serverFailures()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        FaultServer faults;
        QVERIFY(faults.start());
        QTcpServer silent;
        QString url = faults.url();
        switch (kind) {
        case 0: {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
            break;
        }
        case 1:
            url = QStringLiteral("http://kimai-desk-test.invalid");
            app->prompter.httpAnswer = true;
            break;
        case 2:
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            url = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
            app->client->setTransferTimeoutMs(600);
            break;
        case 3:
            faults.script(QStringLiteral("."), FaultSpec::respond(200, "<!DOCTYPE html><html><body>My blog</body></html>", "text/html"));
            break;
        case 4:
            faults.script(QStringLiteral("."), FaultSpec::respond(404, "<html><body>404 Not Found</body></html>", "text/html"));
            break;
        case 5:
            faults.script(QStringLiteral("."), FaultSpec::respond(200, "Hello, world", "text/plain"));
            break;
        case 6:
            faults.script(QStringLiteral("."), FaultSpec::respond(500, R"({"code":500,"message":"Internal Server Error"})"));
            break;
        }
        fill(url, QStringLiteral("anna"), QStringLiteral("some-token"));
        submit();
        QVERIFY(!app->session->isActive());
        const QString shown = field.isEmpty() ? page->messageText() : page->fieldError(field);
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QVERIFY(page->messageText().size() > 10);   // a summary under the buttons too
    }

    void selfSignedCertificateCanBeTrusted()
    {
        TlsResponder tls(QStringLiteral("server-a"));
        QVERIFY(tls.start());
        app->prompter.certificateAnswer = true;
        fill(tls.url(), QStringLiteral("susan_super"), QStringLiteral("some-token"));
        submit();
        QCOMPARE(app->prompter.certificateAsked, 1);
        QCOMPARE(app->prompter.lastFingerprint, QString::fromLatin1(KimaiClient::fingerprint(tls.certificate())));
        QTRY_VERIFY_WITH_TIMEOUT(app->session->isActive(), 15000);
    }

    void selfSignedCertificateRefused()
    {
        TlsResponder tls(QStringLiteral("server-a"));
        QVERIFY(tls.start());
        app->prompter.certificateAnswer = false;
        fill(tls.url(), QStringLiteral("susan_super"), QStringLiteral("some-token"));
        submit();
        QCOMPARE(app->prompter.certificateAsked, 1);
        QVERIFY(!app->session->isActive());
        QVERIFY(page->fieldError(QStringLiteral("server")).contains(QStringLiteral("certificate")));
        QCOMPARE(tls.requestsServed(), 0);
    }

    void plainHttpIsConfirmedFirst()
    {
        app->prompter.httpAnswer = false;
        fill(QStringLiteral("http://kimai.lan"), QStringLiteral("anna"), QStringLiteral("token"));
        submit();
        QCOMPARE(app->prompter.httpAsked, 1);
        QVERIFY(page->fieldError(QStringLiteral("server")).contains(QStringLiteral("https://")));
        QVERIFY(!app->login->isBusy());
        // Loopback http (the demo) is not asked about.
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        submit();
        QCOMPARE(app->prompter.httpAsked, 1);
        QVERIFY(app->session->isActive());
    }

    // The question about plain http is answered after the login form is gone: the answer must not
    // reach the deleted form (the prompter's callback has the form as its context object).
    void anAnswerAfterTheFormIsGoneGoesNowhere()
    {
        Prompter real;
        QWidget top;
        auto *form = new LoginPage(app->login, &real, &top);
        top.resize(600, 500);
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        QTest::keyClicks(form->serverEdit(), QStringLiteral("http://kimai.lan"));
        QTest::keyClicks(form->usernameEdit(), QStringLiteral("anna"));
        QTest::keyClicks(form->tokenEdit(), QStringLiteral("token"));
        QTest::mouseClick(form->loginButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = top.findChild<QMessageBox *>()));
        delete form;
        QAbstractButton *send = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                send = b;
        }
        QVERIFY(send);
        send->click();   // "Send the token unencrypted" — for a form that no longer exists
        QCOMPARE(app->login->state(), LoginController::State::Idle);
        QVERIFY(!app->login->isBusy());
    }

    void noKeychainDisablesRemember()
    {
        app->store.setFailure(CredentialJob::Status::NoBackend);
        app->login->probeKeychain();
        QTRY_VERIFY(app->login->keychainAvailable().has_value());
        QVERIFY(!page->rememberBox()->isEnabled());
        QVERIFY(!page->rememberBox()->isChecked());
        app->store.setFailure(CredentialJob::Status::Pending);
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        submit();
        QVERIFY(app->session->isActive());
        QVERIFY(!app->session->info().tokenInKeychain);
        QCOMPARE(app->store.size(), 0);
        QVERIFY(app->window->statusText().contains(QStringLiteral("this session only")));
    }

    void savedProfileLogsInWithoutRetyping()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        submit();
        QVERIFY(app->session->isActive());
        app->login->logout();
        QTRY_VERIFY(!app->window->isShowingWorkspace());
        // The form now offers the saved server; the token stays empty and comes from the keychain.
        QVERIFY(page->profileBox()->count() >= 2);
        QVERIFY(!page->profileBox()->currentData().toString().isEmpty());
        QCOMPARE(page->serverEdit()->text(), app->demo.server->url().toString());
        QVERIFY(page->tokenEdit()->text().isEmpty());
        QVERIFY(page->tokenEdit()->placeholderText().contains(QStringLiteral("keychain")));
        submit();
        QVERIFY(app->session->isActive());
    }
    // A check made before anything was sent is not "Kimai refused the data"; a field's hint goes as
    // soon as the field is edited.
    void localChecksAreNotKimaiRefusing()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), QString());
        submit();
        QVERIFY(!page->fieldError(QStringLiteral("token")).isEmpty());
        QVERIFY2(!page->messageText().contains(QStringLiteral("refused")), qPrintable(page->messageText()));
        QVERIFY(app->demo.server->requests().isEmpty());   // nothing was sent
        QTest::keyClicks(page->tokenEdit(), QStringLiteral("x"));
        QVERIFY(page->fieldError(QStringLiteral("token")).isEmpty());
    }

    // After logging out, the form shows no stale "Storing the token…" or "Logging in to …".
    void noStaleStatusAfterReLogin()
    {
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        submit();
        QVERIFY(app->session->isActive());
        app->login->logout();
        QTRY_VERIFY(page->isVisible());
        QVERIFY2(page->messageText().isEmpty(), qPrintable(page->messageText()));
    }

    // File → Log in… while logged in shows this login's server, even when another one is the last
    // remembered; "New server…" starts from nothing, with the automatic method.
    void loginMenuShowsTheCurrentServer()
    {
        ServerProfile other;
        other.serverUrl = QStringLiteral("https://kimai.example.com");
        other.username = QStringLiteral("susan");
        other.authMode = AuthMode::Legacy;
        other.displayName = QStringLiteral("Another Kimai");
        const QString otherId = app->login->profiles()->save(other);
        fill(app->demo.server->url().toString(), app->demo.server->username(), app->demo.server->token());
        submit();
        QVERIFY(app->session->isActive());
        const QString current = app->session->info().profile.id;
        app->login->profiles()->setLastProfileId(otherId);
        QAction *loginAction = nullptr;
        for (QAction *a : app->window->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("Log &in…"))
                loginAction = a;
        }
        QVERIFY(loginAction);
        loginAction->trigger();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->profileBox()->currentData().toString(), current);
        QCOMPARE(page->serverEdit()->text(), app->demo.server->url().toString());

        page->profileBox()->setCurrentIndex(page->profileBox()->findData(otherId));
        QCOMPARE(AuthMode(page->authBox()->currentData().toInt()), AuthMode::Legacy);
        page->profileBox()->setCurrentIndex(0);   // New server…
        QCOMPARE(AuthMode(page->authBox()->currentData().toInt()), AuthMode::Auto);
        QVERIFY(page->serverEdit()->text().isEmpty());
    }

    // The connection log shows its newest line.
    void connectionLogFollowsTheNewestLine()
    {
        for (int i = 0; i < 8; ++i) {
            fill(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("anna"), QStringLiteral("token"));
            submit();
        }
        auto *log = page->findChild<QPlainTextEdit *>();
        QVERIFY(log);
        QScrollBar *bar = log->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);   // more lines than it shows
        QCOMPARE(bar->value(), bar->maximum());
    }

    void deferredLoginShowsTheCardFirst()
    {
        showWithDeferredLogin(QString(), QString());
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isShowingWorkspace(), 15000);
        QVERIFY(app->session->isActive());
        QVERIFY(!page->isVisible());
    }

    void deferredLoginFailureShowsTheForm()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        showWithDeferredLogin(url, QStringLiteral("some-token"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 15000);
        QVERIFY(!app->session->isActive());
        QVERIFY2(page->messageText().contains(QStringLiteral("refused the connection")), qPrintable(page->messageText()));
        QCOMPARE(page->serverEdit()->text(), url);
        // The connection log followed the attempt from its first request.
        const QString log = page->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("/api/")), qPrintable(log));
    }

    void failedLoginInTheTrayShowsTheFormLater()
    {
        // Started in the tray: the login runs at once, with no window; it fails; the window then shows
        // the form with the reason, not the start card.
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        LoginController::Request r;
        r.server = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        r.username = QStringLiteral("anna");
        r.token = QStringLiteral("some-token");
        probe.close();
        page = app->window->loginPage();
        page->setValues(r.server, r.username, r.authMode);
        QSignalSpy failed(app->login, &LoginController::failed);
        app->login->login(r);
        QVERIFY(failed.wait(15000));
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(page->isVisible());
        QVERIFY2(page->messageText().contains(QStringLiteral("refused the connection")), qPrintable(page->messageText()));
    }

    void deferredLoginCanBeCancelledFromTheCard()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        showWithDeferredLogin(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("some-token"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(app->login->isBusy());
        auto *cancel = app->window->findChild<QPushButton *>(QStringLiteral("startCardCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!app->login->isBusy());
        QVERIFY(!app->session->isActive());
    }
};

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
