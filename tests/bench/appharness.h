#pragma once

// The app as app/main.cpp composes it — one AppCore and one Shell (window, tray, notifications) —
// so that a benchmark can watch it from the inside. What differs from `kimai-desk --demo`: the
// QNetworkAccessManager is a CountingNam (which records every request's timing), the credential
// store is given (in memory, or the real keychain), and the demo server runs in another process, as
// a real Kimai would. The login runs as main.cpp runs it: after the first frame.

#include "benchsupport.h"

#include "api/kimaiclient.h"
#include "models/exchangelogmodel.h"
#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "ui/prompter.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QApplication;
class QSettings;

namespace kd {
class Catalog;
class CredentialStore;
class ExchangeLogModel;
class KimaiClient;
class LoginController;
class MainWindow;
class Session;
class Shell;
class TimerController;
class TimesheetLoader;
class TimesheetsTab;
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

    // `credentials`: where the token is read from (nullptr: in memory, as `--demo`).
    explicit AppHarness(QSettings *settings, kd::CredentialStore *credentials = nullptr);
    ~AppHarness();

    // Composition::runGui() up to app.exec(): builds, restores and shows the window, logs in (with the
    // token given, or with the stored one when login.token is empty and a profile is saved).
    // `beforeShow` runs once the window exists, just before it is shown.
    void startGui(const Login &login, const QString &tab, const std::function<void()> &beforeShow = {});

    // Called with a label at each stage of startGui() (for --trace).
    std::function<void(const char *stage)> trace;

    kd::MainWindow *window() const;
    kd::Shell *shell() const { return m_shell.get(); }
    kd::TimesheetsTab *timesheetsTab() const;
    CountingNam *nam() { return &m_nam; }
    kd::AppCore *core() { return m_core.get(); }
    kd::KimaiClient *client() { return m_core->client(); }
    kd::Session *session() { return m_core->session(); }
    kd::LoginController *login() const { return m_core->login(); }
    kd::Catalog *catalog() { return m_core->catalog(); }
    kd::TimesheetLoader *timesheets() { return m_core->timesheets(); }
    kd::TimerController *timer() { return m_core->timer(); }
    kd::ExchangeLogModel *exchanges() { return m_core->exchanges(); }

    // The first tab's data is on screen: logged in, workspace shown, the Timesheets tab loaded with
    // its rows and the catalog names they refer to.
    bool timesheetsShown() const;
    // Also what --screenshot waits for: the running timer is known and the inspector is idle.
    bool settled() const;

private:
    CountingNam m_nam;
    std::unique_ptr<kd::CredentialStore> m_ownStore;
    std::unique_ptr<kd::AppCore> m_core;
    kd::Prompter m_prompter;
    std::unique_ptr<kd::Shell> m_shell;
};

} // namespace kdbench
