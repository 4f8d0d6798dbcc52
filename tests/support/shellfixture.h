#pragma once

// The whole GUI app as main.cpp composes it — an AppCore (with the desktop's parts on the current
// buses, where asked) and a Shell (window, tray, time-keeping windows, quit guard) — against a demo
// server, with in-memory credentials, temporary settings and a scripted prompter. The demo's own
// client stands for "elsewhere" (Kimai's web UI, the phone).

#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"
#include "support/scriptedprompter.h"
#include "ui/shell.h"

#include <QSettings>
#include <QTemporaryDir>

namespace kd::test {

struct ShellFixture
{
    enum class Desktop { None, Buses };   // Buses: connectDesktop() on the session and system buses
    explicit ShellFixture(Desktop desktop = Desktop::None, demo::DemoOptions options = DemoFixture::defaultOptions());
    ~ShellFixture();

    // Logs in with the demo token and waits until the running entries are known.
    bool logIn();

    // A running entry begun `minutesAgo` minutes ago, started "elsewhere" (the demo's own client,
    // not the app); its id, or 0. `work`: which sample work (0, 1, … distinct projects).
    int startElsewhere(int minutesAgo, int work = 0);
    // The project and activity of distinct sample works.
    QPair<int, int> work(int index) const;
    bool stopElsewhere(int id);

    DemoFixture demo;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    ScriptedPrompter prompter;
    std::unique_ptr<AppCore> core;
    std::unique_ptr<Shell> shell;
};

} // namespace kd::test
