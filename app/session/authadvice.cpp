#include "session/authadvice.h"

#include "session/session.h"

namespace kd::authadvice {

bool suggestApiToken(const Session &session)
{
    return session.isActive() && session.authScheme() == AuthScheme::Legacy
        && session.capabilities().has(Capability::LegacyThrottled);
}

bool apiPasswordDeprecated(const Session &session)
{
    return session.isActive() && session.authScheme() == AuthScheme::Legacy
        && session.capabilities().has(Capability::LegacyDeprecated);
}

QUrl apiTokenPage(const Session &session)
{
    if (!session.isActive())
        return {};
    const SessionInfo &info = session.info();
    // Kimai's routes start with the locale; the user's language is one Kimai knows.
    const QString language = info.user.language.isEmpty() ? QStringLiteral("en") : info.user.language;
    const QString username = info.user.username.isEmpty() ? info.profile.username : info.user.username;
    QUrl url = info.profile.server().url();
    url.setPath(url.path() + QLatin1Char('/') + language + QStringLiteral("/profile/") + username + QStringLiteral("/api-token"));
    return url;
}

} // namespace kd::authadvice
