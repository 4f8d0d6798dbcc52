#pragma once

// The app as app/main.cpp composes it (its Composition class and main()), rebuilt from the same
// libraries so that a benchmark can watch it from the inside. Only two things differ from
// `kimai-desk --demo`: the QNetworkAccessManager is a CountingNam (which records every request's
// timing), and the demo server runs in another process, as a real Kimai would.
//
// KEEP IN STEP WITH app/main.cpp: every object main.cpp builds at start-up is built here, in the
// same order, with the same wiring (the dialogs opened from menus are left out: they are built only
// when opened).

#include "benchsupport.h"

#include "api/kimaiclient.h"
#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "core/clock.h"
#include "models/exchangelogmodel.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/commandrunner.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/simpleloaders.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "ui/notifier.h"
#include "ui/prompter.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QApplication;
class QSettings;

namespace kd {
class MainWindow;
class TimesheetsTab;
class TrayIcon;
}

namespace kdbench {

// What main() does before it builds the composition: names, window icon, settings, translations.
void setUpApplication(QApplication &app);
std::unique_ptr<QSettings> demoSettings();
void installTranslations(QApplication &app, const QString &override);

class AppHarness
{
public:
    struct Login
    {
        QUrl server;
        QString username;
        QString token;
    };

    explicit AppHarness(QSettings *settings);
    ~AppHarness();

    // Composition::runGui() up to app.exec(): builds, restores and shows the window, logs in.
    // `beforeShow` runs once the window exists, just before it is shown.
    void startGui(const Login &login, const QString &tab, const std::function<void()> &beforeShow = {});

    // Called with a label at each stage of startGui() (for --trace).
    std::function<void(const char *stage)> trace;

    kd::MainWindow *window() const { return m_window.get(); }
    kd::TimesheetsTab *timesheetsTab() const;
    CountingNam *nam() { return &m_nam; }
    kd::KimaiClient *client() { return &m_client; }
    kd::Session *session() { return &m_session; }
    kd::LoginController *login() const { return m_login.get(); }
    kd::Catalog *catalog() { return &m_catalog; }
    kd::TimesheetLoader *timesheets() { return &m_timesheets; }
    kd::TimerController *timer() { return &m_timer; }
    kd::ExchangeLogModel *exchanges() { return &m_exchanges; }

    // The first tab's data is on screen: logged in, workspace shown, the Timesheets tab loaded with
    // its rows and the catalog names they refer to.
    bool timesheetsShown() const;
    // Also what --screenshot waits for: the running timer is known and the inspector is idle.
    bool settled() const;

private:
    QSettings *m_settings;
    kd::AppSettings m_appSettings;
    kd::SystemClock m_clock;
    CountingNam m_nam;
    kd::KimaiClient m_client;
    std::unique_ptr<kd::CredentialStore> m_store;
    kd::ProfileStore m_profiles;
    kd::Session m_session;
    std::unique_ptr<kd::LoginController> m_login;
    kd::Catalog m_catalog;
    kd::TimesheetLoader m_timesheets;
    kd::PingLoader m_ping;
    kd::VersionLoader m_version;
    kd::I18nLoader m_i18n;
    kd::TimerController m_timer;
    kd::CommandRunner m_runner;
    kd::ExchangeLogModel m_exchanges;
    kd::Prompter m_prompter;
    kd::Notifier m_notifier;
    std::unique_ptr<kd::TrayIcon> m_tray;
    std::unique_ptr<kd::MainWindow> m_window;
};

} // namespace kdbench
