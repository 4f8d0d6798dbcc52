#pragma once

// Advice about how a session authenticates, for the banner and the login form: Kimai deprecated API
// passwords in 2.14, slows them down and rate-limits them from 2.54 and removes them in 3.0.

#include <QUrl>

namespace kd {

class Session;

namespace authadvice {

// The session logged in with an API password on a Kimai that slows them down and is removing them.
bool suggestApiToken(const Session &session);

// The session logged in with an API password on a Kimai that deprecated them (2.14 and later).
bool apiPasswordDeprecated(const Session &session);

// The page of the user's API tokens in Kimai's web interface (where "Create" makes one):
// <server>/<language>/profile/<username>/api-token. Invalid without a session.
QUrl apiTokenPage(const Session &session);

} // namespace authadvice
} // namespace kd
