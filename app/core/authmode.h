#pragma once

#include <QString>

#include <optional>

namespace kd {

// How the client authenticates: an API token (`Authorization: Bearer`, Kimai >= 2.14), the legacy
// `X-AUTH-USER` + `X-AUTH-TOKEN` pair (Kimai 1.x and 2.x, removed in 3.0), or Auto (Bearer first; on
// 401/403 with a username, legacy; remember what worked).
enum class AuthMode { Auto, Bearer, Legacy };

// What a request actually carried (Auto resolves to one of the two).
enum class AuthScheme { None, Bearer, Legacy };

QString authModeId(AuthMode mode);                        // "auto" | "bearer" | "legacy"
std::optional<AuthMode> authModeFromId(const QString &id);

} // namespace kd
