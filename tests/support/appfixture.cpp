#include "support/appfixture.h"

#include "api/queries.h"
#include "models/weeksummarymodel.h"

#include <QFile>
#include <QSignalSpy>

namespace kd::test {

AppFixture::AppFixture(demo::DemoOptions options, const QString &settingsFile)
    : demo(std::move(options))
{
    settings = std::make_unique<QSettings>(settingsFile.isEmpty() ? dir.filePath(QStringLiteral("kimai-desk.conf")) : settingsFile,
                                           QSettings::IniFormat);
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

bool AppFixture::ensureEntriesThisWeek(int count)
{
    const QTimeZone zone = session->userZone();
    const QDate today = session->userToday();
    const QDate first = WeekSummaryModel::weekStart(today, session->firstDayOfWeek());
    const QList<int> ids = demo.server->timesheetIds();   // oldest first
    int thisWeek = 0;
    int latest = 0;
    for (const int id : ids) {
        const auto t = demo.server->timesheet(id);
        thisWeek += QDateTime::fromSecsSinceEpoch(t->begin, zone).date() >= first;
        if (!t->running)
            latest = id;
    }
    if (thisWeek >= count)
        return true;
    const auto model = demo.server->timesheet(latest);
    if (!model)
        return false;
    demo.client->setUserTimeZone(zone);   // the form's times are the user's wall-clock times
    for (int i = thisWeek; i < count; ++i) {
        TimesheetForm form;
        form.project = model->project;
        form.activity = model->activity;
        form.begin = QDateTime(today, QTime(0, i), zone);
        form.end = form.begin->addSecs(60);
        form.description = QStringLiteral("Early on the first day");
        auto *reply = demo.client->createTimesheet(form);
        const bool ok = waitFor(reply) && reply->ok();
        delete reply;
        if (!ok)
            return false;
    }
    return true;
}

QString AppFixture::settingsText() const
{
    settings->sync();
    QFile f(settings->fileName());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace kd::test
