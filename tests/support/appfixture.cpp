#include "support/appfixture.h"

#include <QFile>
#include <QSignalSpy>

namespace kd::test {

AppFixture::AppFixture(demo::DemoOptions options)
    : demo(std::move(options))
{
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
    store.setPersistent(true);
    core = std::make_unique<AppCore>(&demo.nam, &store, settings.get());
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
    window = std::make_unique<MainWindow>(core.get(), &prompter);
    window->resize(1280, 800);
}

AppFixture::~AppFixture()
{
    window.reset();
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
