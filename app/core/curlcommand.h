#pragma once

// An exchange as a curl command line to paste into a shell: the same method, URL, headers and body,
// with the credential replaced by $KIMAI_TOKEN (the exchange's headers are redacted already; the
// token never was in it). User-Agent is left to curl.

#include "core/exchange.h"

#include <QString>

namespace kd {

QString curlCommand(const Exchange &exchange);

} // namespace kd
