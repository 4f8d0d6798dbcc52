#include "ui/loginpage.h"

#include "ui/headline.h"
#include "ui/prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kd {

namespace {

// A form label whose mnemonic (Alt+letter) moves the focus to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x1e));
    l->setPalette(p);
    l->hide();
    return l;
}

} // namespace

LoginPage::LoginPage(LoginController *controller, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_prompter(prompter)
{
    // The form scrolls when the window is small (a 1024×640 screen, large fonts) instead of cutting it.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(24, 18, 24, 18);
    auto *title = new Headline(1.5, this, tr("Log in to Kimai"));
    outer->addWidget(title);
    auto *intro = new QLabel(tr("Enter the address of your Kimai and an API token. Create a token in Kimai under your "
                                "profile → API access."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *profileRow = new QHBoxLayout();
    m_profile = new QComboBox(this);
    m_profile->setAccessibleName(tr("Saved server"));
    profileRow->addWidget(m_profile, 1);
    m_removeProfile = new QPushButton(tr("Remove"), this);
    m_removeProfile->setToolTip(tr("Remove this saved server and its stored token"));
    profileRow->addWidget(m_removeProfile);
    form->addRow(buddyLabel(tr("&Saved server:"), m_profile, this), profileRow);

    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("https://kimai.example.com"));
    m_server->setAccessibleName(tr("Server address"));
    m_serverError = errorLabel(this);
    auto *serverBox = new QVBoxLayout();
    serverBox->setSpacing(2);
    serverBox->addWidget(m_server);
    serverBox->addWidget(m_serverError);
    form->addRow(buddyLabel(tr("Server &address:"), m_server, this), serverBox);

    m_username = new QLineEdit(this);
    m_username->setPlaceholderText(tr("needed for the API password method"));
    m_username->setAccessibleName(tr("Username"));
    m_usernameError = errorLabel(this);
    auto *userBox = new QVBoxLayout();
    userBox->setSpacing(2);
    userBox->addWidget(m_username);
    userBox->addWidget(m_usernameError);
    form->addRow(buddyLabel(tr("&Username:"), m_username, this), userBox);

    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    QAction *reveal = m_token->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show token"));
    reveal->setToolTip(tr("Show or hide the token"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool on) {
        m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(on ? tr("Hide token") : tr("Show token"));
    });
    m_tokenError = errorLabel(this);
    auto *tokenBox = new QVBoxLayout();
    tokenBox->setSpacing(2);
    tokenBox->addWidget(m_token);
    tokenBox->addWidget(m_tokenError);
    form->addRow(buddyLabel(tr("API &token:"), m_token, this), tokenBox);

    m_auth = new QComboBox(this);
    m_auth->addItem(tr("Automatic"), int(AuthMode::Auto));
    m_auth->addItem(tr("API token (Bearer, Kimai 2.14+)"), int(AuthMode::Bearer));
    m_auth->addItem(tr("API password (legacy X-AUTH)"), int(AuthMode::Legacy));
    m_auth->setAccessibleName(tr("Authentication method"));
    form->addRow(tr("&Method:"), m_auth);

    m_remember = new QCheckBox(tr("&Remember the token in the system keychain"), this);
    m_remember->setChecked(true);
    m_rememberNote = new QLabel(this);
    m_rememberNote->setWordWrap(true);
    m_rememberNote->hide();
    auto *rememberBox = new QVBoxLayout();
    rememberBox->addWidget(m_remember);
    rememberBox->addWidget(m_rememberNote);
    form->addRow(QString(), rememberBox);
    outer->addLayout(form);

    auto *buttons = new QHBoxLayout();
    m_test = new QPushButton(tr("Test &connection"), this);
    m_login = new QPushButton(tr("&Log in"), this);
    m_login->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login);
    outer->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_message);

    auto *logBox = new QGroupBox(tr("Connection log"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    m_log = new QPlainTextEdit(logBox);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    m_log->setPlaceholderText(tr("Each request of Test connection and Log in appears here with its status and time."));
    logLayout->addWidget(m_log);
    outer->addWidget(logBox, 1);

    connect(m_login, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_test, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_cancel, &QPushButton::clicked, m_controller, &LoginController::cancel);
    for (QLineEdit *e : {m_server, m_username, m_token})
        connect(e, &QLineEdit::returnPressed, this, [this] { submit(false); });
    // A hint about a field goes once the field is edited.
    const std::pair<QLineEdit *, QLabel *> hints[] = {{m_server, m_serverError}, {m_username, m_usernameError}, {m_token, m_tokenError}};
    for (const auto &[edit, hint] : hints) {
        connect(edit, &QLineEdit::textEdited, hint, [hint = hint] {
            hint->clear();
            hint->hide();
        });
    }
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        // "New server…" chosen by hand starts from nothing: no address or user of the previous one,
        // the automatic method.
        if (index == 0)
            setValues(QString(), QString(), AuthMode::Auto);
        onProfileChosen();
    });
    connect(m_removeProfile, &QPushButton::clicked, this, &LoginPage::removeProfile);
    connect(m_controller, &LoginController::stateChanged, this, &LoginPage::onStateChanged);
    connect(m_controller, &LoginController::progress, this, &LoginPage::appendLog);
    connect(m_controller, &LoginController::failed, this, &LoginPage::onFailed);
    connect(m_controller, &LoginController::certificateUntrusted, this, &LoginPage::onCertificate);
    connect(m_controller, &LoginController::testSucceeded, this, [this](const Version &v, const User &u) {
        setMessage(tr("Connection works: Kimai %1, signed in as %2.").arg(v.version, u.displayName()), false);
        appendLog(tr("✔ Test passed."));
    });
    // The typed token is dropped from the form once it is in use (and kept after a failure, to retry).
    connect(m_controller, &LoginController::loggedIn, m_token, &QLineEdit::clear);
    connect(m_controller, &LoginController::notice, this, &LoginPage::appendLog);
    connect(m_controller, &LoginController::keychainProbed, this, &LoginPage::updateRememberState);
    connect(m_controller, &LoginController::tokenForgotten, this, [this](bool, const QString &text) {
        setMessage(text, false);
        reloadProfiles();
    });

    reloadProfiles();
    updateRememberState();
}

void LoginPage::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("New server…"));
    const QList<ServerProfile> profiles = m_controller->profiles()->profiles();
    for (const ServerProfile &p : profiles)
        m_profile->addItem(p.title() + QStringLiteral("  —  ") + p.username + QLatin1Char('@') + p.server().host(), p.id);
    const int idx = m_profile->findData(current.isEmpty() ? m_controller->profiles()->lastProfileId() : current);
    m_profile->setCurrentIndex(idx >= 0 ? idx : 0);
    m_removeProfile->setEnabled(m_profile->currentIndex() > 0);
    onProfileChosen();
}

void LoginPage::selectProfile(const QString &id)
{
    const int idx = m_profile->findData(id);
    if (idx >= 0)
        m_profile->setCurrentIndex(idx);
}

void LoginPage::setValues(const QString &server, const QString &username, AuthMode mode)
{
    m_server->setText(server);
    m_username->setText(username);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(mode))));
}

void LoginPage::focusFirstEmpty()
{
    for (QLineEdit *e : {m_server, m_username, m_token}) {
        if (e->text().isEmpty() && !(e == m_token && m_tokenStoredForProfile) && !(e == m_username)) {
            e->setFocus();
            return;
        }
    }
    m_login->setFocus();
}

void LoginPage::onProfileChosen()
{
    const auto profile = m_controller->profiles()->profile(m_profile->currentData().toString());
    m_removeProfile->setEnabled(profile.has_value());
    m_token->clear();
    clearFieldErrors();
    if (!profile) {
        m_tokenStoredForProfile = false;
        m_token->setPlaceholderText(tr("paste your API token"));
        return;
    }
    setValues(profile->serverUrl, profile->username, profile->authMode);
    m_tokenStoredForProfile = profile->tokenStored;
    m_token->setPlaceholderText(profile->tokenStored ? tr("stored in the system keychain — leave empty to use it")
                                                     : tr("paste your API token"));
}

void LoginPage::removeProfile()
{
    const QString id = m_profile->currentData().toString();
    if (id.isEmpty())
        return;
    if (const auto p = m_controller->profiles()->profile(id); p && p->tokenStored)
        m_controller->forgetToken(id);
    m_controller->profiles()->remove(id);
    reloadProfiles();
    setMessage(tr("The saved server was removed."), false);
}

void LoginPage::updateRememberState()
{
    const auto available = m_controller->keychainAvailable();
    if (available.has_value() && !*available) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_rememberNote->setText(tr("No system keychain is available, so the token will be kept for this session "
                                   "only — Kimai Desk never writes it to a file."));
        m_rememberNote->setToolTip(m_controller->keychainProblem());
        m_rememberNote->show();
        return;
    }
    m_remember->setEnabled(true);
    m_rememberNote->hide();
}

void LoginPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
    // The newest line is the one to read, whatever the view showed before.
    m_log->moveCursor(QTextCursor::End);
    m_log->ensureCursorVisible();
}

QString LoginPage::logText() const
{
    return m_log->toPlainText();
}

QString LoginPage::messageText() const
{
    return m_message->text();
}

QString LoginPage::fieldError(const QString &field) const
{
    if (field == QLatin1String("server"))
        return m_serverError->isVisibleTo(this) ? m_serverError->text() : QString();
    if (field == QLatin1String("username"))
        return m_usernameError->isVisibleTo(this) ? m_usernameError->text() : QString();
    if (field == QLatin1String("token"))
        return m_tokenError->isVisibleTo(this) ? m_tokenError->text() : QString();
    return {};
}

void LoginPage::clearFieldErrors()
{
    for (QLabel *l : {m_serverError, m_usernameError, m_tokenError}) {
        l->clear();
        l->hide();
    }
}

void LoginPage::setFieldError(const QString &field, const QString &text)
{
    QLabel *l = field == QLatin1String("server") ? m_serverError
        : field == QLatin1String("username")     ? m_usernameError
        : field == QLatin1String("token")        ? m_tokenError
                                                 : nullptr;
    if (!l)
        return;
    l->setText(text);
    l->show();
}

void LoginPage::setMessage(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x1e));
    m_message->setPalette(p);
    m_message->setText(text);
}

void LoginPage::submit(bool testOnly)
{
    clearFieldErrors();
    setMessage(QString(), false);
    LoginController::Request r;
    r.server = m_server->text();
    r.username = m_username->text();
    r.token = m_token->text();
    r.authMode = AuthMode(m_auth->currentData().toInt());
    r.remember = m_remember->isEnabled() && m_remember->isChecked();
    r.profileId = m_profile->currentData().toString();
    r.testOnly = testOnly;
    appendLog(testOnly ? tr("— Test connection —") : tr("— Log in —"));
    const auto profile = m_controller->profiles()->profile(r.profileId);
    if (LoginController::needsHttpConfirmation(r.server, profile)) {
        const QString host = ServerUrl::fromUserInput(r.server).host();
        m_prompter->confirmPlainHttp(window(), host, this, [this, r](bool yes) mutable {
            if (!yes) {
                setFieldError(QStringLiteral("server"), tr("Use an https:// address to keep your token private."));
                return;
            }
            r.httpConfirmed = true;
            proceed(r);
        });
        return;
    }
    proceed(r);
}

void LoginPage::proceed(LoginController::Request request)
{
    m_controller->login(request);
}

void LoginPage::onStateChanged(LoginController::State state)
{
    const bool busy = m_controller->isBusy();
    for (QWidget *w : std::initializer_list<QWidget *>{m_profile, m_server, m_username, m_token, m_auth, m_test, m_login})
        w->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_controller->keychainAvailable().value_or(true));
    m_cancel->setVisible(busy);
    if (state == LoginController::State::ReadingToken || state == LoginController::State::Connecting) {
        const ServerProfile &p = m_controller->currentProfile();
        setMessage(m_controller->lastRequest().testOnly ? tr("Testing the connection to %1…").arg(p.server().toString())
                                                        : tr("Logging in to %1…").arg(p.title()),
                   false);
    } else if (state == LoginController::State::StoringToken) {
        setMessage(tr("Storing the token in the system keychain…"), false);
    } else if ((state == LoginController::State::Idle && !m_controller->lastRequest().testOnly)
               || state == LoginController::State::LoggedIn) {
        setMessage(QString(), false);   // no "Storing the token…" left over for the next time the form shows
    }
}

void LoginPage::onFailed(const ApiError &error)
{
    bool shownAtField = false;
    for (const auto &field : error.fieldErrors().fields) {
        if (field.first == QLatin1String("server") || field.first == QLatin1String("username")
            || field.first == QLatin1String("token")) {
            setFieldError(field.first, field.second.join(QLatin1Char(' ')));
            shownAtField = true;
        }
    }
    if (!shownAtField) {
        // Point at the field the error is most likely about.
        switch (error.kind()) {
        case ApiError::Kind::Unauthorized:
            setFieldError(QStringLiteral("token"), error.message());
            break;
        case ApiError::Kind::Forbidden:
            if (error.cause() == ApiError::Cause::LegacyRejected || error.cause() == ApiError::Cause::LegacyHeaderMissing)
                setFieldError(QStringLiteral("token"), error.message());
            break;
        case ApiError::Kind::NotFound:
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Tls:
            setFieldError(QStringLiteral("server"), error.message());
            break;
        case ApiError::Kind::InvalidResponse:
            if (error.cause() == ApiError::Cause::HtmlInsteadOfJson || error.cause() == ApiError::Cause::NotJson)
                setFieldError(QStringLiteral("server"), error.message());
            break;
        default:
            break;
        }
    }
    // A check made here (a missing field, an address that is not one) is not "Kimai refused".
    setMessage(error.cause() == ApiError::Cause::InputCheck
                   ? error.message()
                   : QStringLiteral("%1: %2").arg(ApiError::kindTitle(error.kind()), error.message()),
               true);
    appendLog(tr("✘ %1").arg(error.message()));
}

void LoginPage::onCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    const QString host = m_controller->currentProfile().server().host();
    m_prompter->trustCertificate(window(), host, certificate, errors, this, [this, certificate](bool yes) {
        if (yes) {
            appendLog(tr("Trusting the certificate for this server and trying again…"));
            m_controller->trustCertificateAndRetry(certificate);
        }
    });
}

} // namespace kd
