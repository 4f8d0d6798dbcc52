#pragma once

// The whole app as main.cpp composes it (an AppCore and a Shell, minus the command line),
// against a demo server, with an in-memory credential store, temporary settings and a scripted
// prompter. For headless GUI tests. The pointers below are the AppCore's parts, for brevity.

#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "models/exchangelogmodel.h"
#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/i18nloader.h"
#include "session/logincontroller.h"
#include "session/pingloader.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "session/versionloader.h"
#include "support/demofixture.h"
#include "support/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/shell.h"

#include <QSettings>
#include <QTemporaryDir>

namespace kd::test {

struct AppFixture
{
    // `settingsFile`: the settings of an earlier run to start with (a restart); empty: fresh ones.
    explicit AppFixture(demo::DemoOptions options = DemoFixture::defaultOptions(), const QString &settingsFile = {});
    ~AppFixture();

    // Logs in with the demo token (through the controller, as the form would) and waits.
    bool logIn();
    QString settingsText() const;   // the whole settings file, to search for secrets
    // The sample data lies in the past, mostly in working hours: early on the first day of a week
    // "This week" is empty. When the server has fewer than `count` entries this week, adds short
    // stopped ones at the start of today "elsewhere" (the demo's own client), with the project and
    // activity of the latest sample entry. Call after logIn(), before the Timesheets tab loads.
    bool ensureEntriesThisWeek(int count);

    DemoFixture demo;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    ScriptedPrompter prompter;
    std::unique_ptr<AppCore> core;
    KimaiClient *client = nullptr;
    Session *session = nullptr;
    LoginController *login = nullptr;
    Catalog *catalog = nullptr;
    TimesheetLoader *timesheets = nullptr;
    PingLoader *ping = nullptr;
    VersionLoader *version = nullptr;
    I18nLoader *i18n = nullptr;
    TimerController *timer = nullptr;
    ExchangeLogModel *exchanges = nullptr;
    AppSettings *appSettings = nullptr;
    std::unique_ptr<Shell> shell;
    MainWindow *window = nullptr;   // the Shell's
};

} // namespace kd::test
