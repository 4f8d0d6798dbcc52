#include "ui/startcard.h"

#include "session/logincontroller.h"
#include "ui/loginpage.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace kd {

namespace {
// A window that is not painted soon after show() (some window managers map late) still logs in.
constexpr int kUnpaintedStartMs = 1000;
} // namespace

StartCard::StartCard(LoginController *login, QWidget *parent)
    : QWidget(parent)
    , m_login(login)
{
    setObjectName(QStringLiteral("startCard"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_text);
    m_cancel = new QPushButton(LoginPage::tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("startCardCancel"));
    m_cancel->hide();
    layout->addWidget(m_cancel, 0, Qt::AlignCenter);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_started) {
            m_login->cancel();   // the state change below shows the form
            return;
        }
        m_pending = nullptr;
        Q_EMIT loginFormWanted();
    });
    connect(login, &LoginController::stateChanged, this, &StartCard::onLoginStateChanged);
}

void StartCard::deferLogin(const QString &target, std::function<void()> start)
{
    m_pending = std::move(start);
    m_started = false;
    m_text->setText(LoginPage::tr("Logging in to %1…").arg(target));
    m_cancel->show();
    QTimer::singleShot(kUnpaintedStartMs, this, &StartCard::startLogin);
}

bool StartCard::standsInForLogin() const
{
    return m_pending || (m_started && m_login->isBusy());
}

void StartCard::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The frame is flushed before the event loop runs what is queued now.
    if (m_pending && !m_started)
        QTimer::singleShot(0, this, &StartCard::startLogin);
}

void StartCard::startLogin()
{
    if (!m_pending || m_started)
        return;
    Q_EMIT loginStarting();
    m_started = true;
    const std::function<void()> start = std::exchange(m_pending, nullptr);
    start();
    // Nothing started (no stored token, for example): the form.
    if (!m_login->isBusy())
        onLoginStateChanged();
}

void StartCard::onLoginStateChanged()
{
    // An attempt that ends without a session (failure, cancel, no stored token) shows the form with
    // what happened; a successful one shows the workspace (the window's job).
    if (!m_started || m_login->isBusy() || m_login->state() == LoginController::State::LoggedIn)
        return;
    m_started = false;
    Q_EMIT loginFormWanted();
}

} // namespace kd
