#include "session/logincontroller.h"

#include "api/kimaiclient.h"
#include "auth/credentialstore.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/serverurl.h"
#include "session/session.h"
#include "session/sync.h"

#include <QLocale>

namespace kd {

namespace {

// A check made here, before anything was sent: not something Kimai refused.
ApiError inputError(const QString &field, const QString &message)
{
    ApiError e(ApiError::Kind::Validation, ApiError::Cause::InputCheck, message, field + QStringLiteral(": input"));
    FieldErrors fe;
    fe.fields.append({field, {message}});
    e.setFieldErrors(fe);
    return e;
}

QString progressLine(const Exchange &ex)
{
    const QString path = ex.url.path();
    if (ex.status == 0)
        return LoginController::tr("%1 %2 → no answer: %3").arg(QString::fromLatin1(ex.method), path, ex.error);
    return LoginController::tr("%1 %2 → %3 · %4 ms")
        .arg(QString::fromLatin1(ex.method), path, ex.statusText())
        .arg(ex.elapsedMs);
}

// Kimai counts failed API-password attempts per minute (2.54+); a 429 may say how long to wait.
constexpr int kRateLimitHoldSeconds = 60;

} // namespace

LoginController::LoginController(KimaiClient *client, CredentialStore *store, ProfileStore *profiles, Session *session,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profiles(profiles)
    , m_session(session)
{
}

bool LoginController::isBusy() const
{
    return m_state == State::ReadingToken || m_state == State::Connecting || m_state == State::StoringToken;
}

void LoginController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool LoginController::needsHttpConfirmation(const QString &serverText, const std::optional<ServerProfile> &profile)
{
    const ServerUrl url = ServerUrl::fromUserInput(serverText);
    if (!url.isValid() || url.isHttps() || url.isLoopback())
        return false;
    return !(profile && profile->httpConfirmed && profile->server() == url);
}

KimaiClient *LoginController::activeClient() const
{
    return m_request.testOnly ? m_testClient.data() : m_client;
}

void LoginController::abortCalls()
{
    disconnect(m_progressConnection);
    for (ApiReply *r : std::initializer_list<ApiReply *>{m_versionCall, m_meCall, m_configCall}) {
        if (!r)
            continue;
        r->disconnect(this);   // no onCallFinished() for an aborted call
        r->abort();
        r->deleteLater();
    }
    m_versionCall.clear();
    m_meCall.clear();
    m_configCall.clear();
    if (m_testClient) {
        m_testClient->deleteLater();
        m_testClient.clear();
    }
}

void LoginController::wipeToken()
{
    m_token.fill(QLatin1Char('\0'));   // no copy of the secret left in this object's memory
    m_token.clear();
}

void LoginController::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    abortCalls();
    wipeToken();
    setState(State::Idle);
}

void LoginController::fail(const ApiError &error)
{
    abortCalls();
    noteRateLimit(error);
    // After an untrusted certificate the person may choose to trust it: keep a typed token until then.
    m_retryToken.clear();
    if (error.kind() == ApiError::Kind::Tls && !m_tokenFromKeychain)
        m_retryToken = m_token;
    wipeToken();
    setState(State::Failed);
    Q_EMIT failed(error);
}

bool LoginController::canAutoLogin() const
{
    if (!m_profiles->autoLoginEnabled())
        return false;
    const auto p = m_profiles->profile(m_profiles->lastProfileId());
    return p && p->tokenStored && p->server().isValid();
}

bool LoginController::autoLogin()
{
    if (!canAutoLogin())
        return false;
    const ServerProfile p = *m_profiles->profile(m_profiles->lastProfileId());
    Request r;
    r.server = p.serverUrl;
    r.username = p.username;
    r.authMode = p.authMode;
    r.remember = true;
    r.profileId = p.id;
    r.httpConfirmed = p.httpConfirmed;
    login(r);
    return true;
}

void LoginController::login(const Request &request)
{
    if (isBusy())
        cancel();
    ++m_generation;
    m_request = request;
    m_request.token.clear();   // the token lives in m_token only

    ServerUrl::Problem problem = ServerUrl::Problem::None;
    const ServerUrl server = ServerUrl::fromUserInput(request.server, &problem);
    if (!server.isValid()) {
        fail(inputError(QStringLiteral("server"), ServerUrl::problemText(problem)));
        return;
    }
    const QString username = request.username.trimmed();
    if (request.authMode == AuthMode::Legacy && username.isEmpty()) {
        fail(inputError(QStringLiteral("username"), tr("The API password method needs your Kimai username.")));
        return;
    }

    // The profile: the one chosen, else the one for this server and user, else a new one.
    std::optional<ServerProfile> existing;
    if (!request.profileId.isEmpty())
        existing = m_profiles->profile(request.profileId);
    if (!existing)
        existing = m_profiles->findByServer(server, username);
    m_profile = existing.value_or(ServerProfile{});
    const bool serverChanged = existing && (existing->server() != server || existing->username != username);
    m_profile.serverUrl = server.toString();
    m_profile.username = username;
    m_profile.authMode = request.authMode;
    if (!request.displayName.trimmed().isEmpty())
        m_profile.displayName = request.displayName.trimmed();
    else if (m_profile.displayName.isEmpty())
        m_profile.displayName = server.host();
    if (serverChanged) {
        // A stored token belongs to the old address and user.
        m_profile.tokenStored = false;
        m_profile.httpConfirmed = false;
    }
    if (request.httpConfirmed)
        m_profile.httpConfirmed = true;
    if (needsHttpConfirmation(server.toString(), m_profile.httpConfirmed ? std::optional(m_profile) : std::nullopt)) {
        fail(inputError(QStringLiteral("server"),
                        tr("This address uses plain http: your API token would travel unencrypted over the network. "
                           "Use https, or confirm that you accept this for this server.")));
        return;
    }

    if (const std::optional<ApiError> refused = refusedBeforeSending()) {
        fail(*refused);
        return;
    }

    const QString typed = request.token.trimmed();
    if (!typed.isEmpty()) {
        connectWithToken(typed, false);
        return;
    }
    if (request.testOnly && !m_profile.tokenStored) {
        fail(inputError(QStringLiteral("token"), tr("Enter your API token.")));
        return;
    }
    if (!m_profile.tokenStored) {
        fail(inputError(QStringLiteral("token"),
                        tr("Enter your API token (create one in Kimai under your profile → API access).")));
        return;
    }
    setState(State::ReadingToken);
    Q_EMIT progress(tr("Reading the token from the keychain…"));
    const quint64 generation = m_generation;
    CredentialJob *job = m_store->read(m_profile.credentialKey());
    m_job = job;
    connect(job, &CredentialJob::finished, this, [this, generation](CredentialJob *done) {
        if (generation != m_generation)
            return;
        switch (done->status()) {
        case CredentialJob::Status::Ok:
            connectWithToken(done->secret(), true);
            return;
        case CredentialJob::Status::NotFound:
            fail(inputError(QStringLiteral("token"),
                            tr("No token is stored in the keychain for this server any more. Enter your API token.")));
            return;
        case CredentialJob::Status::NoBackend:
            fail(inputError(QStringLiteral("token"),
                            tr("The system keychain is not available, so the stored token cannot be read. Enter "
                               "your API token; it will be kept for this session only.")));
            return;
        case CredentialJob::Status::Denied:
            fail(inputError(QStringLiteral("token"),
                            tr("Access to the keychain was refused (or it is locked). Unlock it, or enter your API "
                               "token.")));
            return;
        case CredentialJob::Status::Pending:
        case CredentialJob::Status::Failed:
            break;
        }
        fail(inputError(QStringLiteral("token"), done->errorText()));
    });
}

void LoginController::connectWithToken(const QString &token, bool tokenFromKeychain)
{
    m_token = token;
    m_tokenFromKeychain = tokenFromKeychain;
    setState(State::Connecting);

    KimaiClient *client = m_client;
    if (m_request.testOnly) {
        m_testClient = new KimaiClient(m_client->nam(), m_client->clock(), this);
        m_testClient->setTransferTimeoutMs(m_client->transferTimeoutMs());
        m_testClient->setDeadlineMs(m_client->deadlineMs());
        m_testClient->setMaxResponseBytes(m_client->maxResponseBytes());
        // The test's exchanges appear in the Exchanges list like all others.
        connect(m_testClient, &KimaiClient::exchangeFinished, m_client, &KimaiClient::exchangeFinished);
        client = m_testClient;
    } else if (m_session->isActive()) {
        m_session->end();
    }
    client->setServer(m_profile.server());
    client->setCredentials(m_profile.username, m_token, m_profile.authMode);
    client->setPinnedCertificates(m_profile.pinnedCertificates);
    // What the server offered at the last login decides how to authenticate until /api/version
    // answers (no API password is tried where Kimai removed them).
    client->setCapabilities(Capabilities::forVersion(m_profile.versionId));

    // Every HTTP attempt goes to the form's log (Auto mode may try two ways per call).
    disconnect(m_progressConnection);
    m_progressConnection = connect(client, &KimaiClient::exchangeFinished, this,
                                   [this](const Exchange &ex) { Q_EMIT progress(progressLine(ex)); });
    // Where an API password may be sent, the version call goes alone first: a wrong password then
    // costs one failed attempt, not three (Kimai 2.54+ refuses API passwords after five a minute).
    const bool mayUseLegacy = m_profile.authMode == AuthMode::Legacy
        || (m_profile.authMode == AuthMode::Auto && client->capabilities().has(Capability::LegacyAuth));
    m_versionCall = client->version();
    m_versionCall->setAutoDelete(false);
    connect(m_versionCall, &ApiReply::finished, this, &LoginController::onCallFinished);
    if (!mayUseLegacy)
        startLoginCalls(client);
}

void LoginController::startLoginCalls(KimaiClient *client)
{
    m_meCall = client->me();
    m_configCall = client->timesheetConfig();
    for (ApiReply *r : std::initializer_list<ApiReply *>{m_meCall, m_configCall}) {
        r->setAutoDelete(false);
        connect(r, &ApiReply::finished, this, &LoginController::onCallFinished);
    }
}

std::optional<ApiError> LoginController::refusedBeforeSending() const
{
    const Capabilities known = Capabilities::forVersion(m_profile.versionId);
    if (m_request.authMode == AuthMode::Legacy && known.isKnown() && !known.has(Capability::LegacyAuth))
        return ApiError::legacyRemoved(QStringLiteral("Kimai %1 (seen at the last login): no API passwords").arg(
            Capabilities::versionName(m_profile.versionId)));
    const bool mayUseLegacy = m_request.authMode != AuthMode::Bearer;
    if (m_rateLimitedServer == m_profile.server().toString() && (m_rateLimitedAllMethods || mayUseLegacy)) {
        const qint64 leftMs = m_rateLimitedUntilMs - m_client->clock()->monotonicMs();
        if (leftMs > 0)
            return ApiError::rateLimitedFor(int((leftMs + 999) / 1000), QStringLiteral("held after a rate-limit answer"));
    }
    return std::nullopt;
}

void LoginController::noteRateLimit(const ApiError &error)
{
    if (error.cause() != ApiError::Cause::RateLimited || error.httpStatus() == 0)
        return;   // not an answer of the server (a hold refused here has no status)
    const int seconds = error.retryAfterSeconds() > 0 ? error.retryAfterSeconds() : kRateLimitHoldSeconds;
    m_rateLimitedServer = m_profile.server().toString();
    m_rateLimitedUntilMs = m_client->clock()->monotonicMs() + seconds * 1000LL;
    m_rateLimitedAllMethods = error.httpStatus() == 429;
    qCInfo(lcSession) << "rate-limited by the server; no login to it for" << seconds << "s";
}

void LoginController::onCallFinished()
{
    if (m_versionCall && m_versionCall->isFinished() && !m_meCall && !m_configCall) {
        // The version went first: on to the others once it worked.
        if (!m_versionCall->ok()) {
            const ApiError error = m_versionCall->error();
            const bool tls = error.kind() == ApiError::Kind::Tls;
            const std::optional<QSslCertificate> cert = tls ? std::optional(m_versionCall->peerCertificate()) : std::nullopt;
            const QList<QSslError> sslErrors = tls ? m_versionCall->sslErrors() : QList<QSslError>();
            if (startOfflineIfKnown(error))
                return;
            fail(error);
            if (error.cause() == ApiError::Cause::TlsCertificate && cert && !cert->isNull())
                Q_EMIT certificateUntrusted(*cert, sslErrors);
            return;
        }
        KimaiClient *client = activeClient();
        client->setCapabilities(Capabilities::forVersion(m_versionCall->result().versionId));
        startLoginCalls(client);
        return;
    }
    const std::initializer_list<ApiReply *> calls{m_versionCall, m_meCall, m_configCall};
    for (ApiReply *r : calls) {
        if (!r || !r->isFinished())
            return;
    }
    // All three are done: the first error wins (version, then users/me, then config).
    disconnect(m_progressConnection);
    ApiError error;
    ApiReply *failedReply = nullptr;
    for (ApiReply *r : calls) {
        if (!r->ok() && !error.isError()) {
            error = r->error();
            failedReply = r;
        }
    }
    if (!error.isError()) {
        m_version = m_versionCall->result();
        m_user = m_meCall->result();
        m_config = m_configCall->result();
        activeClient()->setCapabilities(Capabilities::forVersion(m_version.versionId));
    }
    // Certificates only for TLS failures: plain-http logins never load the TLS library.
    const bool tls = failedReply && error.kind() == ApiError::Kind::Tls;
    const std::optional<QSslCertificate> cert = tls ? std::optional(failedReply->peerCertificate()) : std::nullopt;
    const QList<QSslError> sslErrors = tls ? failedReply->sslErrors() : QList<QSslError>();
    for (ApiReply *r : calls)
        r->deleteLater();
    m_versionCall.clear();
    m_meCall.clear();
    m_configCall.clear();
    if (error.isError()) {
        if (startOfflineIfKnown(error))
            return;
        fail(error);
        if (error.cause() == ApiError::Cause::TlsCertificate && cert && !cert->isNull())
            Q_EMIT certificateUntrusted(*cert, sslErrors);
        return;
    }
    finishLogin();
}

void LoginController::finishLogin()
{
    const KimaiClient *client = activeClient();
    const Capabilities &caps = client->capabilities();
    const bool legacy = client->resolvedScheme() == AuthScheme::Legacy;
    if (legacy && caps.has(Capability::LegacyDeprecated)) {
        Q_EMIT notice(tr("Logged in with an API password. Kimai deprecated API passwords in version 2.14, answers "
                         "every request made with one 200 to 500 ms late since 2.54, and removes them in 3.0. Create "
                         "an API token in Kimai (your profile → API access → Create) and log in with the method "
                         "\"API token (Bearer)\"."));
    }
    if (m_request.testOnly) {
        if (m_testClient) {
            m_testClient->deleteLater();
            m_testClient.clear();
        }
        wipeToken();
        setState(State::Idle);
        Q_EMIT testSucceeded(m_version, m_user);
        return;
    }

    // What worked in Auto mode is remembered in the profile.
    if (m_profile.authMode == AuthMode::Auto) {
        if (m_client->resolvedScheme() == AuthScheme::Legacy)
            m_profile.authMode = AuthMode::Legacy;
        else if (m_client->resolvedScheme() == AuthScheme::Bearer)
            m_profile.authMode = AuthMode::Bearer;
    }
    m_profile.versionId = m_version.versionId;
    // Where Kimai is removing API passwords (2.54+), the form offers the token method next time.
    m_profile.suggestBearer = legacy && caps.has(Capability::LegacyThrottled);

    auto complete = [this](bool inKeychain) {
        saveProfile(inKeychain);
        SessionInfo info;
        info.profile = m_profile;
        info.version = m_version;
        info.user = m_user;
        info.timesheetConfig = m_config;
        info.tokenInKeychain = inKeychain;
        wipeToken();
        m_session->start(info);
        setState(State::LoggedIn);
        qCInfo(lcSession) << "logged in; token in keychain:" << inKeychain;
        Q_EMIT loggedIn();
    };

    if (m_tokenFromKeychain) {
        complete(true);
        return;
    }
    const QString key = m_profile.credentialKey();
    const quint64 generation = m_generation;
    if (!m_request.remember) {
        if (m_profile.tokenStored && !m_request.oneOff) {
            // The person chose not to keep the token: remove the one stored earlier.
            CredentialJob *job = m_store->remove(key);
            connect(job, &CredentialJob::finished, this, [this, generation, complete](CredentialJob *) {
                if (generation == m_generation)
                    complete(false);
            });
            return;
        }
        complete(false);
        return;
    }
    if (!m_store->isPersistent() || m_keychainAvailable == false) {
        Q_EMIT notice(tr("No system keychain is available: the token is kept for this session only and you will "
                         "need to enter it again next time."));
        complete(false);
        return;
    }
    setState(State::StoringToken);
    CredentialJob *job = m_store->write(key, m_token);
    m_job = job;
    connect(job, &CredentialJob::finished, this, [this, generation, complete](CredentialJob *done) {
        if (generation != m_generation)
            return;
        if (!done->ok()) {
            Q_EMIT notice(tr("The token could not be stored in the keychain (%1). It is kept for this session only.")
                              .arg(done->errorText()));
            complete(false);
            return;
        }
        complete(true);
    });
}

bool LoginController::startOfflineIfKnown(const ApiError &error)
{
    if (m_request.testOnly || !m_offlineFallback || !Sync::isUnreachable(error))
        return false;
    const std::optional<SessionInfo> known = m_offlineFallback(m_profile);
    if (!known)
        return false;
    abortCalls();
    startOffline(*known, error);
    return true;
}

void LoginController::startOffline(SessionInfo info, const ApiError &why)
{
    // The client keeps the credentials: what is journalled goes out with them once Kimai answers.
    info.profile = m_profile;
    info.offline = true;
    info.tokenInKeychain = m_tokenFromKeychain;
    wipeToken();
    m_session->start(info);
    setState(State::LoggedIn);
    qCInfo(lcSession) << "Kimai cannot be reached: the session starts offline";
    Q_EMIT notice(tr("Kimai cannot be reached (%1). Working offline with what was known on %2: changes are kept "
                     "on this computer and sent when Kimai answers.")
                      .arg(why.message(), QLocale().toString(info.knownAt.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT loggedIn();
}

void LoginController::reconnect()
{
    if (m_reconnecting || isBusy() || !m_session->isActive() || !m_session->info().offline)
        return;
    m_reconnecting = true;
    auto *version = m_client->version();
    auto *me = m_client->me();
    auto *config = m_client->timesheetConfig();
    auto left = std::make_shared<int>(3);
    const auto answered = [this, version, me, config, left] {
        if (--*left > 0)
            return;
        m_reconnecting = false;
        ApiError error;
        for (ApiReply *r : std::initializer_list<ApiReply *>{version, me, config}) {
            if (!r->ok() && !error.isError())
                error = r->error();
            r->deleteLater();
        }
        if (!error.isError() && m_session->isActive() && m_session->info().offline) {
            SessionInfo info = m_session->info();
            info.version = version->result();
            info.user = me->result();
            info.timesheetConfig = config->result();
            // What this Kimai offers, as a login would know it (the offline start had the last login's).
            m_client->setCapabilities(Capabilities::forVersion(info.version.versionId));
            m_session->reconnect(info);
        } else if (error.kind() == ApiError::Kind::Unauthorized || error.cause() == ApiError::Cause::LegacyRejected) {
            m_session->end();
            setState(State::Failed);
            Q_EMIT failed(error);
        }
    };
    for (ApiReply *r : std::initializer_list<ApiReply *>{version, me, config}) {
        r->setAutoDelete(false);
        connect(r, &ApiReply::finished, this, answered);
    }
}

void LoginController::saveProfile(bool inKeychain)
{
    if (m_request.oneOff) {
        // What was remembered stays: an existing profile keeps its stored token, its method and its
        // place as the last profile; a new server is saved (without a token) to be offered next time.
        const auto stored = m_profile.id.isEmpty() ? std::nullopt : m_profiles->profile(m_profile.id);
        if (!stored)
            m_profile.id = m_profiles->save(m_profile);
        else
            m_profile.tokenStored = stored->tokenStored;
        if (m_profiles->lastProfileId().isEmpty())
            m_profiles->setLastProfileId(m_profile.id);
        return;
    }
    m_profile.tokenStored = inKeychain;
    m_profile.id = m_profiles->save(m_profile);
    m_profiles->setLastProfileId(m_profile.id);
    m_profiles->setAutoLoginEnabled(true);
}

void LoginController::logout()
{
    cancel();
    m_session->end();
    m_profiles->setAutoLoginEnabled(false);
    setState(State::Idle);
}

void LoginController::forgetToken(const QString &profileId)
{
    const QString id = profileId.isEmpty() ? m_profile.id : profileId;
    auto profile = m_profiles->profile(id);
    if (!profile) {
        Q_EMIT tokenForgotten(false, tr("There is no saved server to forget a token for."));
        return;
    }
    CredentialJob *job = m_store->remove(profile->credentialKey());
    connect(job, &CredentialJob::finished, this, [this, id](CredentialJob *done) {
        auto p = m_profiles->profile(id);
        const bool ok = done->ok() || done->status() == CredentialJob::Status::NotFound;
        if (ok && p) {
            p->tokenStored = false;
            m_profiles->save(*p);
            if (m_profile.id == id)
                m_profile.tokenStored = false;
        }
        Q_EMIT tokenForgotten(ok, ok ? tr("The token was removed from the keychain.")
                                     : tr("The token could not be removed: %1").arg(done->errorText()));
    });
}

void LoginController::trustCertificateAndRetry(const QSslCertificate &certificate)
{
    const ServerUrl server = m_profile.server();
    m_profile.pinnedCertificates.insert(server.host() + QLatin1Char(':') + QString::number(server.port()),
                                        KimaiClient::fingerprint(certificate));
    if (!m_profile.id.isEmpty() || !m_request.testOnly)
        m_profile.id = m_profiles->save(m_profile);
    Request r = m_request;
    r.profileId = m_profile.id;
    r.token = m_retryToken;
    m_retryToken.clear();
    login(r);
}

void LoginController::probeKeychain()
{
    if (!m_store->isPersistent()) {
        m_keychainAvailable = false;
        m_keychainProblem = tr("No system keychain is configured.");
        Q_EMIT keychainProbed(false, m_keychainProblem);
        return;
    }
    CredentialJob *job = m_store->read(QStringLiteral("kimai-desk/keychain-probe"));
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *done) {
        const bool available = done->ok() || done->status() == CredentialJob::Status::NotFound;
        m_keychainAvailable = available;
        m_keychainProblem = available ? QString()
                                      : (done->errorText().isEmpty() ? tr("No system keychain (Secret Service) answers on this computer.")
                                                                     : done->errorText());
        Q_EMIT keychainProbed(available, m_keychainProblem);
    });
}

} // namespace kd
