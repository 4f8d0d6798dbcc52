#pragma once

#include "api/apierror.h"
#include "api/apireply.h"
#include "auth/profilestore.h"
#include "core/authmode.h"
#include "core/entities.h"
#include "session/session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <functional>
#include <optional>

namespace kd {

class CredentialJob;
class CredentialStore;
class KimaiClient;

// Logs in: validates what was typed, reads the token from the keychain when none is given, runs the
// login calls in parallel (version, users/me, config/timesheet), stores the token in the keychain
// (verified by reading it back) and the profile (never a secret) in QSettings.
class LoginController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, ReadingToken, Connecting, StoringToken, LoggedIn, Failed };
    Q_ENUM(State)

    struct Request
    {
        QString server;          // as typed
        QString username;
        QString token;           // empty: use the token stored for this profile
        AuthMode authMode = AuthMode::Auto;
        bool remember = true;    // store the typed token in the keychain (false: and remove one stored before)
        // A one-off login (the command line without --remember): the typed token is used for this
        // session only, and what was remembered (the stored token, the profile's method, the last
        // profile) is left as it was.
        bool oneOff = false;
        QString profileId;       // the profile chosen in the form, if any
        QString displayName;
        bool testOnly = false;   // "Test connection": check, but do not log in or store anything
        bool httpConfirmed = false;   // the person accepted plain http to another computer
    };

    LoginController(KimaiClient *client, CredentialStore *store, ProfileStore *profiles, Session *session,
                    QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isBusy() const;

    void login(const Request &request);
    // Logs in with the last profile when its token is in the keychain; returns false if there is none.
    bool autoLogin();
    bool canAutoLogin() const;
    void cancel();
    void logout();
    // Deletes the current (or given) profile's token from the keychain.
    void forgetToken(const QString &profileId = {});

    // Starting without Kimai: when the login calls cannot reach Kimai (network errors, timeouts,
    // 502/503/504) and `fallback` knows the profile from an earlier login, the session starts from
    // that (SessionInfo::offline) instead of failing, and notice() says so. OfflineStart sets it.
    using OfflineFallback = std::function<std::optional<SessionInfo>(const ServerProfile &)>;
    void setOfflineFallback(OfflineFallback fallback) { m_offlineFallback = std::move(fallback); }
    // In a session started offline: asks Kimai again (version, users/me, config/timesheet) with the
    // session's credentials. When it answers, the session's info is Kimai's (Session::reconnect); a
    // refused token ends the session (failed()); otherwise it stays offline. Nothing in other sessions.
    void reconnect();

    // Plain http to another computer sends the token unencrypted: the form must ask first.
    static bool needsHttpConfirmation(const QString &serverText, const std::optional<ServerProfile> &profile);
    // After certificateUntrusted(): trust this certificate for this server and try again.
    void trustCertificateAndRetry(const QSslCertificate &certificate);

    // Whether a persistent keychain works here (probed once, asynchronously; see keychainProbed).
    void probeKeychain();
    std::optional<bool> keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

    const Request &lastRequest() const { return m_request; }
    // The profile being logged in to or logged in (for "Logging in to …").
    const ServerProfile &currentProfile() const { return m_profile; }
    ProfileStore *profiles() const { return m_profiles; }

Q_SIGNALS:
    void stateChanged(kd::LoginController::State state);
    void progress(const QString &line);            // one line per request, for the form's log
    void loggedIn();
    void testSucceeded(const kd::Version &version, const kd::User &user);
    void failed(const kd::ApiError &error);
    void certificateUntrusted(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void notice(const QString &text);              // non-fatal: e.g. token kept for this session only,
                                                   // or the API password method is deprecated
    void tokenForgotten(bool ok, const QString &text);
    void keychainProbed(bool available, const QString &problem);

private:
    void setState(State state);
    void fail(const ApiError &error);
    void connectWithToken(const QString &token, bool tokenFromKeychain);
    void onCallFinished();
    void saveProfile(bool inKeychain);
    void finishLogin();
    // Kimai out of reach and an earlier session of this profile known: the session starts from that.
    bool startOfflineIfKnown(const ApiError &error);
    // Wipes the typed or read token once it is in the client (or no longer needed).
    void wipeToken();
    void startOffline(SessionInfo info, const ApiError &why);
    void startLoginCalls(KimaiClient *client);   // users/me and config/timesheet
    // The checks before anything is sent: API passwords on a server known to have dropped them, a
    // server that refused the last attempts for too many requests.
    std::optional<ApiError> refusedBeforeSending() const;
    void noteRateLimit(const ApiError &error);
    KimaiClient *activeClient() const;
    void abortCalls();

    KimaiClient *m_client;
    CredentialStore *m_store;
    ProfileStore *m_profiles;
    Session *m_session;
    State m_state = State::Idle;
    Request m_request;
    ServerProfile m_profile;          // the profile being logged in to (id may be empty: new)
    QString m_token;                  // in memory during the flow only
    QString m_retryToken;             // a typed token, kept while a certificate question is open
    bool m_tokenFromKeychain = false;
    QPointer<KimaiClient> m_testClient;
    // The three login calls; owned here (not auto-deleted) until all have answered or are aborted.
    QPointer<TypedReply<Version>> m_versionCall;
    QPointer<TypedReply<User>> m_meCall;
    QPointer<TypedReply<TimesheetConfig>> m_configCall;
    QPointer<CredentialJob> m_job;
    Version m_version;
    User m_user;
    TimesheetConfig m_config;
    std::optional<bool> m_keychainAvailable;
    QString m_keychainProblem;
    quint64 m_generation = 0;
    QMetaObject::Connection m_progressConnection;
    OfflineFallback m_offlineFallback;
    bool m_reconnecting = false;
    // After a rate-limit answer nothing is sent to that server until this moment (monotonic ms).
    QString m_rateLimitedServer;
    qint64 m_rateLimitedUntilMs = 0;
    bool m_rateLimitedAllMethods = false;   // 429: every method; 400 to API passwords: only those
};

} // namespace kd
