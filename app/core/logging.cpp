#include "core/logging.h"

namespace kd {

Q_LOGGING_CATEGORY(lcApi, "kd.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "kd.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "kd.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "kd.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "kd.ui", QtWarningMsg)

} // namespace kd
