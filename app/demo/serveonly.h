#pragma once

#include "demo/demoserver.h"

class QCoreApplication;

namespace kd::demo {

// `kimai-desk --demo --serve-only`: serves the demo API, prints the URL, the user and a token (so it
// can be tried with curl), and runs until Ctrl+C or SIGTERM. Returns the exit code.
int serveOnly(QCoreApplication &app, const DemoOptions &options);

} // namespace kd::demo
