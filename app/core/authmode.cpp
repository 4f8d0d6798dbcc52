#include "core/authmode.h"

namespace kd {

QString authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::Auto: return QStringLiteral("auto");
    case AuthMode::Bearer: return QStringLiteral("bearer");
    case AuthMode::Legacy: return QStringLiteral("legacy");
    }
    return QStringLiteral("auto");
}

std::optional<AuthMode> authModeFromId(const QString &id)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("auto"))
        return AuthMode::Auto;
    if (s == QLatin1String("bearer") || s == QLatin1String("token"))
        return AuthMode::Bearer;
    if (s == QLatin1String("legacy") || s == QLatin1String("password") || s == QLatin1String("x-auth"))
        return AuthMode::Legacy;
    return std::nullopt;
}

} // namespace kd
