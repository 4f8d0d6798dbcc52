#include "support/appfixture.h"

#include <QFile>
#include <QSignalSpy>

namespace kd::test {

namespace {

demo::DemoOptions onClock(demo::DemoOptions options, const Clock *clock)
{
    options.clock = clock;
    return options;
}

} // namespace

AppFixture::AppFixture(demo::DemoOptions options, const QString &settingsFile)
    : appClock(options.clock ? options.clock : &clock)
    , demo(onClock(std::move(options), appClock))
{
    settings = std::make_unique<QSettings>(settingsFile.isEmpty() ? dir.filePath(QStringLiteral("kimai-desk.conf")) : settingsFile,
                                           QSettings::IniFormat);
    store.setPersistent(true);
    core = std::make_unique<AppCore>(&demo.nam, &store, settings.get(), appClock);
    client = core->client();
    session = core->session();
    login = core->login();
    catalog = core->catalog();
    timesheets = core->timesheets();
    ping = core->ping();
    version = core->version();
    i18n = core->i18n();
    timer = core->timer();
    exchanges = core->exchanges();
    appSettings = core->settings();
    timer->setRefreshIntervalSeconds(0);
    shell = std::make_unique<Shell>(core.get(), &prompter);
    window = shell->window();
    window->resize(1280, 800);
}

AppFixture::~AppFixture()
{
    window = nullptr;
    shell.reset();
    core.reset();
}

bool AppFixture::logIn()
{
    LoginController::Request r;
    r.server = demo.server->url().toString();
    r.username = demo.server->username();
    r.token = demo.server->token();
    QSignalSpy spy(login, &LoginController::loggedIn);
    login->login(r);
    return spy.wait(15000);
}

QString AppFixture::settingsText() const
{
    settings->sync();
    QFile f(settings->fileName());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace kd::test
