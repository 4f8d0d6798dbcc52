#pragma once

#include "core/entities.h"
#include "session/logincontroller.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kd {

class Prompter;

// The login form: server, username, token (masked, show/hide), method, "remember in the keychain",
// Test connection / Log in, and a log of every request with status and time. Errors appear next to
// the field they concern.
class LoginPage final : public QWidget
{
    Q_OBJECT
public:
    LoginPage(LoginController *controller, Prompter *prompter, QWidget *parent = nullptr);

    void reloadProfiles();
    void selectProfile(const QString &id);
    void setValues(const QString &server, const QString &username, AuthMode mode);
    void focusFirstEmpty();
    QString logText() const;
    QString messageText() const;   // the summary under the buttons

    // For tests and screenshots.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *tokenEdit() const { return m_token; }
    QComboBox *authBox() const { return m_auth; }
    QComboBox *profileBox() const { return m_profile; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString fieldError(const QString &field) const;

private:
    void submit(bool testOnly);
    void proceed(LoginController::Request request);
    void onStateChanged(LoginController::State state);
    void onFailed(const ApiError &error);
    void onCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void onProfileChosen();
    void clearFieldErrors();
    void setFieldError(const QString &field, const QString &text);
    void setMessage(const QString &text, bool error);
    void appendLog(const QString &line);
    void updateRememberState();
    void removeProfile();

    LoginController *m_controller;
    Prompter *m_prompter;
    QComboBox *m_profile;
    QPushButton *m_removeProfile;
    QLineEdit *m_server;
    QLabel *m_serverError;
    QLineEdit *m_username;
    QLabel *m_usernameError;
    QLineEdit *m_token;
    QLabel *m_tokenError;
    QComboBox *m_auth;
    QCheckBox *m_remember;
    QLabel *m_rememberNote;
    QPushButton *m_test;
    QPushButton *m_login;
    QPushButton *m_cancel;
    QLabel *m_message;
    QPlainTextEdit *m_log;
    bool m_tokenStoredForProfile = false;
};

} // namespace kd
