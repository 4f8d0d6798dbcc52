#include "support/shellfixture.h"

#include "session/logincontroller.h"
#include "session/session.h"

#include <QDBusConnection>
#include <QSignalSpy>

namespace kd::test {

ShellFixture::ShellFixture(Desktop desktop, demo::DemoOptions options)
    : demo(std::move(options))
{
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
    core = std::make_unique<AppCore>(&demo.nam, &store, settings.get());
    core->timer()->setRefreshIntervalSeconds(0);
    if (desktop == Desktop::Buses)
        core->connectDesktop(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
    shell = std::make_unique<Shell>(core.get(), &prompter);
    if (demo.started)
        demo.client->setUserTimeZone(QTimeZone(demo.server->timezone().toUtf8()));
}

ShellFixture::~ShellFixture()
{
    shell.reset();
    core.reset();
}

bool ShellFixture::logIn()
{
    LoginController::Request r;
    r.server = demo.server->url().toString();
    r.username = demo.server->username();
    r.token = demo.server->token();
    QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
    core->login()->login(r);
    if (!loggedIn.wait(15000))
        return false;
    return QTest::qWaitFor([this] { return core->timer()->activeKnown(); }, 10000);
}

QPair<int, int> ShellFixture::work(int index) const
{
    // Sample entries are valid work; the newest of distinct projects.
    QList<int> seenProjects;
    // The demo user's sample entries (or, without them, another user's: the same catalog).
        QList<int> ids = demo.server->timesheetIds(2) + demo.server->timesheetIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const auto t = demo.server->timesheet(*it);
        if (!t || seenProjects.contains(t->project))
            continue;
        if (seenProjects.size() == index)
            return {t->project, t->activity};
        seenProjects.append(t->project);
    }
    return {0, 0};
}

int ShellFixture::startElsewhere(int minutesAgo, int index)
{
    const auto [project, activity] = work(index);
    TimesheetForm form;
    form.project = project;
    form.activity = activity;
    form.begin = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    form.description = QStringLiteral("started elsewhere");
    auto *reply = demo.client->createTimesheet(form);
    if (!waitFor(reply) || !reply->ok()) {
        delete reply;
        return 0;
    }
    const int id = reply->result().id;
    delete reply;
    return id;
}

bool ShellFixture::stopElsewhere(int id)
{
    auto *reply = demo.client->stopTimesheet(id);
    const bool ok = waitFor(reply) && reply->ok();
    delete reply;
    return ok;
}

} // namespace kd::test
