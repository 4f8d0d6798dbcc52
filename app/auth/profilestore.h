#pragma once

// Server profiles in QSettings. No secret is ever stored here: tokens live in the CredentialStore;
// the profile only remembers *that* a token was stored (so no keychain round trip is needed to know).
// Writes are not synced by hand: QSettings writes them from the event loop and when it is destroyed
// (three synchronous syncs cost up to tens of milliseconds between the login and the first data).

#include "core/authmode.h"
#include "core/serverurl.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace kd {

struct ServerProfile
{
    QString id;                         // stable id (a UUID without braces)
    QString displayName;                // "Work", defaults to the host name
    QString serverUrl;                  // normalised
    QString username;
    AuthMode authMode = AuthMode::Auto;
    bool httpConfirmed = false;         // the person accepted plain http to a non-loopback host
    bool tokenStored = false;           // a token for this profile is in the keychain
    int versionId = 0;                  // the Kimai version seen at the last login (0: not yet)
    bool suggestBearer = false;         // logged in with an API password where Kimai is removing them:
                                        // the login form offers the API token method next time
    QHash<QString, QByteArray> pinnedCertificates;   // "host:port" -> SHA-256 hex

    ServerUrl server() const { return ServerUrl::fromUserInput(serverUrl); }
    QString credentialKey() const;      // username@server
    QString title() const;              // displayName, or user@host
};

class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &id) const;
    // By id, display name, or server URL (as typed on the command line).
    std::optional<ServerProfile> find(const QString &idOrName) const;
    // Same server and username.
    std::optional<ServerProfile> findByServer(const ServerUrl &server, const QString &username) const;

    // Inserts or updates; assigns an id when empty and returns it.
    QString save(ServerProfile profile);
    void remove(const QString &id);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);
    // Off after "Log out" until the next explicit login, so a deliberate logout sticks.
    bool autoLoginEnabled() const;
    void setAutoLoginEnabled(bool enabled);

private:
    QSettings *m_settings;
};

} // namespace kd
