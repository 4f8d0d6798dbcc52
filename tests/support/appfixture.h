#pragma once

// The whole app as main.cpp composes it (minus the command line), against a demo server, with an
// in-memory credential store, temporary settings and a scripted prompter. For headless GUI tests.

#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "models/exchangelogmodel.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/simpleloaders.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "support/demofixture.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include <QSettings>
#include <QTemporaryDir>

namespace kd::test {

struct AppFixture
{
    explicit AppFixture(demo::DemoOptions options = DemoFixture::defaultOptions());
    ~AppFixture();

    // Logs in with the demo token (through the controller, as the form would) and waits.
    bool logIn();
    QString settingsText() const;   // the whole settings file, to search for secrets

    DemoFixture demo;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppSettings> appSettings;
    SystemClock clock;
    std::unique_ptr<KimaiClient> client;
    MemoryCredentialStore store;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<Session> session;
    std::unique_ptr<LoginController> login;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<TimesheetLoader> timesheets;
    std::unique_ptr<PingLoader> ping;
    std::unique_ptr<VersionLoader> version;
    std::unique_ptr<I18nLoader> i18n;
    std::unique_ptr<TimerController> timer;
    ExchangeLogModel exchanges;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;
};

} // namespace kd::test
