#include "appharness.h"

#include "auth/memorycredentialstore.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "ui/icons.h"
#include "ui/jsoninspector.h"
#include "ui/loginpage.h"
#include "ui/mainwindow.h"
#include "ui/shell.h"
#include "ui/tabpage.h"
#include "ui/timesheetstab.h"

#include <QApplication>
#include <QDBusConnection>
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

AppHarness::AppHarness(QSettings *settings, CredentialStore *credentials)
    : m_ownStore(credentials ? nullptr : std::make_unique<MemoryCredentialStore>())
    , m_core(std::make_unique<AppCore>(&m_nam, credentials ? credentials : m_ownStore.get(), settings))
{
}

AppHarness::~AppHarness()
{
    m_shell.reset();
    m_core.reset();
}

MainWindow *AppHarness::window() const
{
    return m_shell ? m_shell->window() : nullptr;
}

void AppHarness::startGui(const Login &login, const QString &tab, const std::function<void()> &beforeShow)
{
    if (trace)
        trace("startGui");
    // As main(): idle time, screen lock, sleep and notifications from the desktop's buses.
    m_core->connectDesktop(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
    m_shell = std::make_unique<Shell>(m_core.get(), &m_prompter);
    MainWindow *window = m_shell->window();
    if (trace)
        trace("MainWindow constructed");
    QObject::connect(m_shell.get(), &Shell::quitRequested, qApp, &QCoreApplication::quit);
    window->restoreWindowState();
    if (!tab.isEmpty())
        window->showTab(tab);
    if (trace)
        trace("window state restored");
    m_shell->showTray();
    if (trace)
        trace("tray icon");

    LoginController *controller = m_core->login();
    controller->probeKeychain();
    LoginController::Request request;
    request.server = login.server.toString();
    request.username = login.username;
    request.token = login.token;
    request.displayName = QStringLiteral("Demo");
    request.remember = false;
    request.oneOff = true;
    const bool useStored = login.token.isEmpty();
    // As main(): the login starts after the first frame, with the login form built then.
    window->loginAfterFirstFrame(request.displayName, [this, window, controller, request, useStored] {
        if (useStored) {
            if (!controller->autoLogin())
                note(QStringLiteral("no saved login with a stored token in %1").arg(m_core->settings()->settings()->fileName()));
        } else {
            window->loginPage()->setValues(request.server, request.username, request.authMode);
            controller->login(request);
        }
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
    return m_shell ? qobject_cast<TimesheetsTab *>(m_shell->window()->tab(QStringLiteral("timesheets"))) : nullptr;
}

bool AppHarness::timesheetsShown() const
{
    if (!m_shell || !m_core->session()->isActive() || !m_shell->window()->isShowingWorkspace())
        return false;
    if (m_core->timesheets()->state() != Loader::State::Ready || !m_core->catalog()->isComplete())
        return false;
    const TimesheetModel *model = m_core->timesheets()->model();
    return model->rowCount() > 0 || !model->hasMore();
}

bool AppHarness::settled() const
{
    return timesheetsShown() && m_core->timer()->activeKnown() && !m_shell->window()->inspector()->isBusy();
}

} // namespace kdbench
