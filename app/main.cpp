// Kimai Desk: the composition root. Builds the one QNetworkAccessManager, the credential store, the
// client, the controllers and the window, wires them, and runs the command line.

#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "demo/demoserver.h"
#include "demo/demoversion.h"
#include "demo/serveonly.h"
#include "session/apicommand.h"
#include "desktop/desktopnotifications.h"
#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/commandline.h"
#include "session/commandrunner.h"
#include "session/controlchannel.h"
#include "session/logincontroller.h"
#include "session/notices.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "ui/icons.h"
#include "ui/jsoninspector.h"
#include "ui/loginpage.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/screenshotter.h"
#include "ui/shell.h"
#include "ui/tabpage.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace kd;

namespace {

// A scripted command without a window notifies through D-Bus asynchronously; it waits for the
// notification server's answer before the process exits, but no longer than this.
constexpr int kNotificationCapMs = 2000;

// Translation context for the strings of this file.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &text)
{
    std::fputs(text.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The answer of --api: its JSON on stdout (indented on a terminal), the status on stderr; the exit code.
int printApiAnswer(const QByteArray &answerLine)
{
    const ApiCommand::Output out = ApiCommand::output(answerLine, isatty(fileno(stdout)) == 1);
    std::fputs(out.out.constData(), stdout);
    std::fflush(stdout);
    if (!out.err.isEmpty())
        printErr(out.err);
    return out.exitCode;
}

// A command's answer: its JSON line, or for an export to standard output the file's text itself.
void printAnswer(const QByteArray &json)
{
    const QJsonValue text = QJsonDocument::fromJson(json).object().value(QLatin1String("stdout"));
    if (!text.isString()) {
        printOut(json);
        return;
    }
    const QByteArray bytes = text.toString().toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void installTranslations(QCoreApplication &app, const QString &override)
{
    // The language follows the system (LANGUAGE, LC_MESSAGES, LANG), unless the settings override it;
    // with an override, dates and numbers follow that language too.
    const QLocale system;
    const QLocale ui = override.isEmpty() ? system : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(ui);
    auto *qt = new QTranslator(&app);
    if (qt->load(ui, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(ui, QStringLiteral("kimaidesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    const QString language = ui.uiLanguages().value(0, ui.name());
    if (QLocale(language).textDirection() == Qt::RightToLeft && qobject_cast<QGuiApplication *>(&app))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

demo::DemoOptions demoOptions(const CommandLine &cli)
{
    demo::DemoOptions options;
    options.port = quint16(cli.port);
    options.timesheetCount = cli.demoTimesheets;
    options.token = cli.demoToken;
    options.timezone = cli.demoTimezone;
    options.version = cli.demoVersion;
    if (!cli.demoTrackingMode.isEmpty())
        options.trackingMode = cli.demoTrackingMode;
    return options;
}

std::unique_ptr<CredentialStore> credentialStore(bool demoMode)
{
    // The demo's throw-away token never goes into the real keychain.
    if (demoMode)
        return std::make_unique<MemoryCredentialStore>();
    return std::make_unique<KeychainCredentialStore>(QStringLiteral(KD_APP_ID));
}

// Everything the app is made of, built once: the AppCore (no widgets) and, for the GUI, the window,
// the tray and the notifications.
class Composition
{
public:
    Composition(const CommandLine &cli, QSettings *settings, bool demoMode)
        : m_cli(cli)
        , m_store(credentialStore(demoMode))
        , m_core(&m_nam, m_store.get(), settings)
    {
    }

    ~Composition()
    {
        m_core.session()->end();
        if (m_demo)
            m_demo->stop();
    }

    bool startDemo()
    {
        if (!m_cli.demo)
            return true;
        m_demo = std::make_unique<demo::DemoServer>(demoOptions(m_cli));
        QString error;
        if (!m_demo->start(&error)) {
            printErr(Main::tr("The demo server could not start: %1").arg(error));
            return false;
        }
        return true;
    }

    // The login the command line asks for; false with a message on a usage problem.
    bool loginRequest(LoginController::Request *request, bool *have, QString *error)
    {
        *have = false;
        if (m_demo) {
            request->server = m_demo->url().toString();
            request->username = m_demo->username();
            request->token = m_demo->token();
            request->displayName = Main::tr("Demo");
            request->remember = false;
            *have = true;
            return true;
        }
        if (m_cli.server.isEmpty() && m_cli.profile.isEmpty() && m_cli.tokenFile.isEmpty())
            return true;
        ProfileStore *profiles = m_core.profiles();
        std::optional<ServerProfile> profile;
        if (!m_cli.profile.isEmpty()) {
            profile = profiles->find(m_cli.profile);
            if (!profile) {
                *error = Main::tr("There is no saved server called \"%1\".").arg(m_cli.profile);
                return false;
            }
        }
        request->server = !m_cli.server.isEmpty() ? m_cli.server : profile ? profile->serverUrl : QString();
        request->username = !m_cli.username.isEmpty() ? m_cli.username : profile ? profile->username : QString();
        request->authMode = m_cli.auth.value_or(profile ? profile->authMode : AuthMode::Auto);
        request->profileId = profile ? profile->id : QString();
        if (!profile) {
            if (const auto known = profiles->findByServer(ServerUrl::fromUserInput(request->server), request->username))
                request->profileId = known->id;
        }
        if (!m_cli.tokenFile.isEmpty()) {
            request->token = readTokenFile(m_cli.tokenFile, error);
            if (!error->isEmpty())
                return false;
        }
        request->remember = m_cli.remember;
        request->oneOff = !m_cli.remember;   // leaves what was remembered as it is
        request->httpConfirmed = !m_cli.server.isEmpty();   // the script named this address on purpose
        *have = true;
        return true;
    }

    // Answers a command forwarded by a second invocation.
    void handleForwarded(const QByteArray &line, const std::function<void(const QByteArray &)> &reply)
    {
        QString error;
        const auto command = CommandLine::fromCommandJson(line, &error);
        if (!command) {
            reply(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("message"), error}}).toJson(QJsonDocument::Compact));
            return;
        }
        if (command->command == CommandLine::Command::Show) {
            if (m_shell)
                m_shell->bringToFront();
            reply(m_core.commands()->statusJson(true, QString()));
            return;
        }
        if (command->command == CommandLine::Command::Api) {
            ApiCommand *api = m_core.apiCommand();
            if (api->isRunning()) {
                reply(ApiCommand::failure(Main::tr("Another command is still running.")));
                return;
            }
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(api, &ApiCommand::finished, api, [once, reply](const QByteArray &answer) {
                QObject::disconnect(*once);
                reply(answer);
            });
            api->run(*command);
            return;
        }
        CommandRunner *runner = m_core.commands();
        if (runner->isRunning()) {
            reply(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("message"), Main::tr("Another command is still running.")}})
                      .toJson(QJsonDocument::Compact));
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(runner, &CommandRunner::finished, runner,
                                 [once, reply](int, const QByteArray &json, const QString &) {
                                     QObject::disconnect(*once);
                                     reply(json);
                                 });
        runner->run(*command);
    }

    int runGui(QApplication &app)
    {
        if (!startDemo())
            return 1;
        const bool screenshotRun = !m_cli.screenshot.isEmpty();
        // Idle time, screen lock, sleep and notifications (a screenshot run leaves the desktop alone).
        if (!screenshotRun)
            m_core.connectDesktop(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
        m_shell = std::make_unique<Shell>(&m_core, &m_prompter);
        MainWindow *window = m_shell->window();
        QObject::connect(m_shell.get(), &Shell::quitRequested, &app, &QCoreApplication::quit);
        window->restoreWindowState();
        if (!m_cli.tab.isEmpty())
            window->showTab(m_cli.tab);
        const bool haveTray = !screenshotRun && m_shell->showTray();

        LoginController *login = m_core.login();
        login->probeKeychain();
        LoginController::Request request;
        bool haveRequest = false;
        QString error;
        if (!loginRequest(&request, &haveRequest, &error)) {
            printErr(error);
            return 2;
        }
        // The login starts right after the window's first frame, which shows a light "Logging in to …"
        // card; the login form is built then (it is the heaviest part of the window).
        auto startLogin = [window, login, haveRequest, request] {
            if (haveRequest) {
                window->loginPage()->setValues(request.server, request.username, request.authMode);
                login->login(request);
            } else {
                login->autoLogin();
            }
        };
        const bool startHidden = m_cli.minimized && haveTray;
        const bool deferLogin = !startHidden && (haveRequest || login->canAutoLogin());
        if (deferLogin)
            window->loginAfterFirstFrame(loginTarget(request, haveRequest), startLogin);

        int exitCode = 0;
        if (screenshotRun) {
            auto *shot = new Screenshotter(window, m_cli.screenshot, &app);
            auto loginError = std::make_shared<QString>();
            QObject::connect(login, &LoginController::failed, &app,
                             [loginError](const ApiError &e) { *loginError = e.message(); });
            shot->failed = [this, loginError, window]() -> QString {
                if (!loginError->isEmpty())
                    return Main::tr("Login failed: %1").arg(*loginError);
                TabPage *tab = window->currentTab();
                if (m_core.session()->isActive() && tab && !tab->errorText().isEmpty())
                    return Main::tr("Loading the %1 tab failed: %2").arg(tab->title(), tab->errorText());
                return {};
            };
            shot->ready = [this, window, haveRequest]() -> bool {
                if (!haveRequest && !m_core.login()->canAutoLogin())
                    return true;   // nothing to log in to: the login form is the picture
                if (!m_core.session()->isActive() || !window->isShowingWorkspace() || !m_core.timer()->activeKnown())
                    return false;
                TabPage *tab = window->currentTab();
                if (!tab || !tab->isLoaded() || window->inspector()->isBusy())
                    return false;
                return !(tab == window->tab(QStringLiteral("timesheets")) && !m_core.catalog()->isComplete());
            };
            QObject::connect(shot, &Screenshotter::done, &app, [&exitCode](int code, const QString &message) {
                exitCode = code;
                if (code == 0)
                    printOut(Main::tr("Screenshot written to %1").arg(message).toUtf8());
                else
                    printErr(message);
                QCoreApplication::exit(code);
            });
            shot->start();
        }

        if (startHidden)
            window->hide();
        else
            window->show();
        if (!deferLogin)
            startLogin();
        const int rc = app.exec();
        return screenshotRun ? exitCode : rc;
    }

    // What the start-up card names: the given login's display name or server, or the saved profile.
    QString loginTarget(const LoginController::Request &request, bool haveRequest) const
    {
        if (haveRequest)
            return request.displayName.isEmpty() ? request.server : request.displayName;
        const ProfileStore *profiles = m_core.profiles();
        const auto profile = profiles->profile(profiles->lastProfileId());
        return profile ? profile->title() : QString();
    }

    // A command with no instance running: log in without a window, run it, print, exit.
    int runHeadless(QCoreApplication &app)
    {
        if (!startDemo())
            return 1;
        LoginController::Request request;
        bool haveRequest = false;
        QString error;
        if (!loginRequest(&request, &haveRequest, &error)) {
            printErr(error);
            return 2;
        }
        LoginController *login = m_core.login();
        CommandRunner *runner = m_core.commands();
        // Without a window, starts and stops are told through the desktop's notifications.
        m_core.connectNotifications(QDBusConnection::sessionBus());
        const bool notify = m_core.settings()->notifications();
        bool noticeOnItsWay = false;
        bool done = false;
        int exitCode = 1;
        QObject scope;   // these connections end with this run
        auto tell = [this, notify, &noticeOnItsWay](const QString &title, const QString &text) {
            if (!notify)
                return;
            Notices::Notice n;
            n.kind = Notices::timerKind();
            n.title = title;
            n.body = text;
            const DesktopNotifications *desktop = m_core.desktopNotifications();
            noticeOnItsWay = !desktop->isReady() || desktop->available();   // else nothing to wait for
            m_core.notices()->show(n);
        };
        QObject::connect(runner, &CommandRunner::timerStarted, &scope,
                         [tell](const QString &title) { tell(Main::tr("Timer started"), title); });
        QObject::connect(runner, &CommandRunner::timerStopped, &scope,
                         [tell](const QString &title) { tell(Main::tr("Timer stopped"), title); });
        // The notice has gone out (or cannot): nothing keeps the process any more.
        auto noticeSettled = [&noticeOnItsWay, &done, &exitCode] {
            noticeOnItsWay = false;
            if (done)
                QCoreApplication::exit(exitCode);
        };
        QObject::connect(m_core.desktopNotifications(), &DesktopNotifications::shown, &scope, noticeSettled);
        QObject::connect(m_core.desktopNotifications(), &DesktopNotifications::failed, &scope, noticeSettled);
        const bool api = m_cli.command == CommandLine::Command::Api;
        if (!haveRequest && !login->canAutoLogin()) {
            printErr(Main::tr("Kimai Desk has no saved login with a token in the keychain. Log in once in the window "
                        "(with \"Remember the token in the system keychain\"), or give --server, --username and --token-file."));
            if (!api)
                printOut(runner->statusJson(false, Main::tr("Not logged in.")));
            return 1;
        }
        QObject::connect(login, &LoginController::failed, &app, [runner, api, &exitCode](const ApiError &e) {
            printErr(Main::tr("Login failed: %1").arg(e.message()));
            if (!api)
                printOut(runner->statusJson(false, e.message()));
            exitCode = 1;
            QCoreApplication::exit(1);
        });
        // Kimai could not be reached, and the session started from what was known (changes are journalled).
        QObject::connect(login, &LoginController::notice, &app, [](const QString &text) { printErr(text); });
        QObject::connect(m_core.apiCommand(), &ApiCommand::finished, &app, [&exitCode](const QByteArray &line) {
            exitCode = printApiAnswer(line);
            QCoreApplication::exit(exitCode);
        });
        QObject::connect(login, &LoginController::loggedIn, &app, [this, runner, api] {
            if (api)
                m_core.apiCommand()->run(m_cli);
            else
                runner->run(m_cli);
        });
        QObject::connect(runner, &CommandRunner::finished, &app,
                         [&exitCode, &done, &noticeOnItsWay](int code, const QByteArray &json, const QString &message) {
                             printAnswer(json);
                             if (code != 0 && !message.isEmpty())
                                 printErr(message);
                             exitCode = code;
                             done = true;
                             if (!noticeOnItsWay) {
                                 QCoreApplication::exit(code);
                                 return;
                             }
                             // Let the desktop notification (an asynchronous D-Bus call) go out first.
                             QTimer::singleShot(kNotificationCapMs, QCoreApplication::instance(),
                                                [code] { QCoreApplication::exit(code); });
                         });
        if (haveRequest)
            login->login(request);
        else
            login->autoLogin();
        app.exec();
        return exitCode;
    }

private:
    CommandLine m_cli;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CredentialStore> m_store;
    AppCore m_core;
    Prompter m_prompter;
    std::unique_ptr<demo::DemoServer> m_demo;
    std::unique_ptr<Shell> m_shell;
};

} // namespace

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *n : names) {
            const QByteArray arg(argv[i]);
            if (arg == n || arg.startsWith(QByteArray(QByteArray(n) + '=')))   // "--export=csv"
                return true;
        }
    }
    return false;
}

int run(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("KimaiDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kimaidesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("kimai-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    auto *gui = qobject_cast<QApplication *>(&app);
    if (gui) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Kimai Desk"));
        QGuiApplication::setDesktopFileName(QStringLiteral(KD_APP_ID));
        QGuiApplication::setWindowIcon(icons::app());
    }

    // The demo keeps its own settings so that trying it never touches real profiles.
    const bool demoMode = app.arguments().contains(QStringLiteral("--demo"));
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("KimaiDesk"),
                       demoMode ? QStringLiteral("kimai-desk-demo") : QStringLiteral("kimai-desk"));
    installTranslations(app, AppSettings(&settings).language());

    const CommandLine cli = parseCommandLine(app.arguments(), demo::demoVersionNames());
    if (!cli.error.isEmpty()) {
        printErr(cli.error);
        return 2;
    }
    if (cli.serveOnly)
        return demo::serveOnly(app, demoOptions(cli));

    Composition composition(cli, &settings, demoMode);
    // A screenshot run is a one-off: it neither forwards to nor stands in for the user's instance.
    if (!cli.screenshot.isEmpty() && gui)
        return composition.runGui(*gui);

    // One instance per user session: hand the command (or "show") to a running one if there is one.
    const QString socket = ControlServer::defaultName(demoMode);
    CommandLine forward = cli;
    if (!cli.hasCommand())
        forward.command = CommandLine::Command::Show;
    int exitCode = 0;
    bool primary = false;
    ControlClient probe;
    QObject::connect(&probe, &ControlClient::answered, &app, [&exitCode, &cli](const QByteArray &answer) {
        if (cli.command == CommandLine::Command::Api) {
            exitCode = printApiAnswer(answer);
            QCoreApplication::exit(exitCode);
            return;
        }
        printAnswer(answer);
        const QJsonObject o = QJsonDocument::fromJson(answer).object();
        exitCode = o.value(QStringLiteral("ok")).toBool() ? 0 : 1;
        if (exitCode != 0)
            printErr(o.value(QStringLiteral("message")).toString());
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&probe, &ControlClient::noInstance, &app, [&primary] {
        primary = true;
        QCoreApplication::exit(0);
    });
    QObject::connect(&probe, &ControlClient::notAnswered, &app, [&exitCode] {
        // It has the command and may still carry it out: never run it a second time here.
        printErr(Main::tr("The running Kimai Desk did not answer in time. Check the timer in the window before "
                          "trying again."));
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    probe.send(socket, forward.commandJson());
    app.exec();
    if (!primary)
        return exitCode;

    if (!gui)
        return composition.runHeadless(app);

    ControlServer control([&composition](const QByteArray &line, std::function<void(const QByteArray &)> reply) {
        composition.handleForwarded(line, reply);
    });
    QString error;
    if (!control.listen(socket, &error))
        printErr(Main::tr("Scripted control is not available: %1").arg(error));
    return composition.runGui(*gui);
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a window, no display is needed: --help, --version, --serve-only and the scripted
    // commands (forwarded to a running instance, or run headless).
    if (hasArgument(argc, argv, {"--help", "-h", "--help-all", "--version", "-v", "--serve-only", "--start", "--stop",
                                 "--restart-last", "--status", "--add", "--export", "--api"})) {
        QCoreApplication app(argc, argv);
        return run(app);
    }
    QApplication app(argc, argv);
    return run(app);
}
