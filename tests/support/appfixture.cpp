#include "support/appfixture.h"

#include <QFile>
#include <QSignalSpy>

namespace kd::test {

AppFixture::AppFixture(demo::DemoOptions options)
    : demo(std::move(options))
{
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
    appSettings = std::make_unique<AppSettings>(settings.get());
    client = std::make_unique<KimaiClient>(&demo.nam, &clock);
    store.setPersistent(true);
    profiles = std::make_unique<ProfileStore>(settings.get());
    session = std::make_unique<Session>(client.get());
    login = std::make_unique<LoginController>(client.get(), &store, profiles.get(), session.get());
    catalog = std::make_unique<Catalog>(client.get());
    timesheets = std::make_unique<TimesheetLoader>(session.get(), catalog.get(), &clock);
    ping = std::make_unique<PingLoader>(session.get());
    version = std::make_unique<VersionLoader>(session.get());
    i18n = std::make_unique<I18nLoader>(session.get());
    timer = std::make_unique<TimerController>(session.get(), catalog.get(), &clock);
    timer->setRefreshIntervalSeconds(0);
    QObject::connect(client.get(), &KimaiClient::exchangeFinished, &exchanges, &ExchangeLogModel::append);
    QObject::connect(session.get(), &Session::ended, catalog.get(), [this] {
        catalog->reset();
        timesheets->reset();
        ping->reset();
        version->reset();
        i18n->reset();
    });
    MainWindow::Parts parts;
    parts.session = session.get();
    parts.login = login.get();
    parts.catalog = catalog.get();
    parts.timesheets = timesheets.get();
    parts.ping = ping.get();
    parts.version = version.get();
    parts.i18n = i18n.get();
    parts.timer = timer.get();
    parts.exchanges = &exchanges;
    parts.settings = appSettings.get();
    parts.prompter = &prompter;
    window = std::make_unique<MainWindow>(parts);
    window->resize(1280, 800);
}

AppFixture::~AppFixture()
{
    window.reset();
    session->end();
}

bool AppFixture::logIn()
{
    LoginController::Request r;
    r.server = demo.server->url().toString();
    r.username = demo.server->username();
    r.token = demo.server->token();
    QSignalSpy spy(login.get(), &LoginController::loggedIn);
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
