#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace kd {

class LoginController;

// The window's first frame while it logs in: "Logging in to …" with Cancel. A deferred login
// (deferLogin()) starts in the event-loop turn after the card's first paint, so the window appears
// before any of the login's work is done.
class StartCard final : public QWidget
{
    Q_OBJECT
public:
    StartCard(LoginController *login, QWidget *parent = nullptr);

    // Shows "Logging in to <target>…"; `start` runs after the first paint. Call before the window is
    // shown.
    void deferLogin(const QString &target, std::function<void()> start);
    // A deferred login waits to start, or was started and is still running.
    bool standsInForLogin() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // Right before the deferred login starts (the login form is built then, to follow it).
    void loginStarting();
    // The card has nothing to stand in for any more: cancelled, or the attempt ended without a
    // session. The window shows the login form.
    void loginFormWanted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void startLogin();
    void onLoginStateChanged();

    LoginController *m_login;
    QLabel *m_text;
    QPushButton *m_cancel;
    std::function<void()> m_pending;
    bool m_started = false;
};

} // namespace kd
