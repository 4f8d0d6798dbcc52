#pragma once

#include <QByteArray>
#include <QDateTime>

namespace kd::http {

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), always in English and GMT.
QByteArray formatHttpDate(const QDateTime &when);

} // namespace kd::http
