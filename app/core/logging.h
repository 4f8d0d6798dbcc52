#pragma once

// The app's logging categories. Only warnings are shown by default; turn on more with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="kd.*.debug=true" or "kd.api.info=true" (see README).
// Never log a token, a password or a response body.

#include <QLoggingCategory>

namespace kd {

Q_DECLARE_LOGGING_CATEGORY(lcApi)       // kd.api: requests (method, path, status, time)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)      // kd.auth: keychain and profiles
Q_DECLARE_LOGGING_CATEGORY(lcSession)   // kd.session: login, session, timer, commands
Q_DECLARE_LOGGING_CATEGORY(lcDemo)      // kd.demo: the embedded demo server
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // kd.ui: windows and dialogs

} // namespace kd
