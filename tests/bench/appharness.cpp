#include "appharness.h"

#include "ui/jsoninspector.h"
#include "ui/icons.h"
#include "ui/loginpage.h"
#include "ui/mainwindow.h"
#include "ui/tabpage.h"
#include "ui/timesheetstab.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kdbench {

using namespace kd;

void setUpApplication(QApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("KimaiDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kimaidesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("kimai-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kimai Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(KD_APP_ID));
    QGuiApplication::setWindowIcon(kd::icons::app());
}

std::unique_ptr<QSettings> demoSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("KimaiDesk"),
                                       QStringLiteral("kimai-desk-demo"));
}

void installTranslations(QApplication &app, const QString &override)
{
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
    if (QLocale(language).textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

AppHarness::AppHarness(QSettings *settings)
    : m_settings(settings)
    , m_appSettings(settings)
    , m_client(&m_nam, &m_clock)
    , m_profiles(settings)
    , m_session(&m_client)
    , m_catalog(&m_client)
    , m_timesheets(&m_session, &m_catalog, &m_clock)
    , m_ping(&m_session)
    , m_version(&m_session)
    , m_i18n(&m_session)
    , m_timer(&m_session, &m_catalog, &m_clock)
    , m_runner(&m_session, &m_catalog, &m_timer)
{
    m_client.setTransferTimeoutMs(m_appSettings.transferTimeoutSeconds() * 1000);
    m_client.setMaxResponseBytes(qint64(m_appSettings.maxResponseMegabytes()) * 1024 * 1024);
    m_store = std::make_unique<MemoryCredentialStore>();   // --demo: the throw-away token stays in memory
    m_login = std::make_unique<LoginController>(&m_client, m_store.get(), &m_profiles, &m_session);
    m_timer.setRefreshIntervalSeconds(m_appSettings.activeRefreshSeconds());
    QObject::connect(&m_client, &KimaiClient::exchangeFinished, &m_exchanges, &ExchangeLogModel::append);
    QObject::connect(&m_session, &Session::ended, &m_catalog, [this] {
        m_catalog.reset();
        m_timesheets.reset();
        m_ping.reset();
        m_version.reset();
        m_i18n.reset();
    });
    QObject::connect(&m_runner, &CommandRunner::timerStarted, &m_catalog, [this](const QString &title) {
        m_notifier.notify(QCoreApplication::translate("Main", "Timer started"), title);
    });
    QObject::connect(&m_runner, &CommandRunner::timerStopped, &m_catalog, [this](const QString &title) {
        m_notifier.notify(QCoreApplication::translate("Main", "Timer stopped"), title);
    });
    m_notifier.setEnabled(m_appSettings.notifications());
}

AppHarness::~AppHarness()
{
    m_session.end();
}

void AppHarness::startGui(const Login &login, const QString &tab, const std::function<void()> &beforeShow)
{
    MainWindow::Parts parts;
    parts.session = &m_session;
    parts.login = m_login.get();
    parts.catalog = &m_catalog;
    parts.timesheets = &m_timesheets;
    parts.ping = &m_ping;
    parts.version = &m_version;
    parts.i18n = &m_i18n;
    parts.timer = &m_timer;
    parts.exchanges = &m_exchanges;
    parts.settings = &m_appSettings;
    parts.prompter = &m_prompter;
    if (trace)
        trace("startGui");
    m_window = std::make_unique<MainWindow>(parts);
    if (trace)
        trace("MainWindow constructed");
    MainWindow *window = m_window.get();
    QObject::connect(window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    window->restoreWindowState();
    if (!tab.isEmpty())
        window->showTab(tab);
    if (trace)
        trace("window state restored");

    m_tray = std::make_unique<TrayIcon>(&m_timer, &m_session);
    m_notifier = Notifier(m_tray.get());
    m_notifier.setEnabled(m_appSettings.notifications());
    if (m_tray->isAvailable()) {
        m_tray->setVisible(true);
        QApplication::setQuitOnLastWindowClosed(false);
    }
    QObject::connect(m_tray.get(), &TrayIcon::showWindowRequested, window, [window] {
        window->show();
        window->raise();
        window->activateWindow();
    });
    QObject::connect(m_tray.get(), &TrayIcon::startRequested, window, [window] {
        window->show();
        window->raise();
        window->openStartDialog();
    });
    QObject::connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    QObject::connect(&m_timer, &TimerController::started, window, [this, window](const Timesheet &t) {
        if (!window->isActiveWindow())
            m_notifier.notify(QCoreApplication::translate("Main", "Timer started"), m_timer.titleOf(t));
    });
    QObject::connect(&m_timer, &TimerController::stopped, window, [this, window](const Timesheet &t) {
        if (!window->isActiveWindow())
            m_notifier.notify(QCoreApplication::translate("Main", "Timer stopped"), m_timer.titleOf(t));
    });

    if (trace)
        trace("tray icon");
    m_login->probeKeychain();
    LoginController::Request request;
    request.server = login.server.toString();
    request.username = login.username;
    request.token = login.token;
    request.displayName = QStringLiteral("Demo");
    request.remember = false;
    // As main(): the login starts after the first frame, with the login form built then.
    MainWindow *w = window;
    window->loginAfterFirstFrame(request.displayName, [this, w, request] {
        w->loginPage()->setValues(request.server, request.username, request.authMode);
        m_login->login(request);
        if (trace)
            trace("login requests created");
    });

    if (beforeShow)
        beforeShow();
    window->show();
    if (trace)
        trace("window->show() returned");
}

TimesheetsTab *AppHarness::timesheetsTab() const
{
    return m_window ? qobject_cast<TimesheetsTab *>(m_window->tab(QStringLiteral("timesheets"))) : nullptr;
}

bool AppHarness::timesheetsShown() const
{
    if (!m_window || !m_session.isActive() || !m_window->isShowingWorkspace())
        return false;
    if (m_timesheets.state() != Loader::State::Ready || !m_catalog.isComplete())
        return false;
    const TimesheetModel *model = m_timesheets.model();
    return model->rowCount() > 0 || !model->hasMore();
}

bool AppHarness::settled() const
{
    return timesheetsShown() && m_timer.activeKnown() && !m_window->inspector()->isBusy();
}

} // namespace kdbench
