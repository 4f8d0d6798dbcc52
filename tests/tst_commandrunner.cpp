// The scripted commands (--start, --restart-last, …) as a headless run carries them out: an AppCore
// logged in to the demo server, the command, and the JSON line it prints.

#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/commandline.h"
#include "session/commandrunner.h"
#include "session/logincontroller.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestCommandRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    std::unique_ptr<AppCore> core;

    void logIn(demo::DemoOptions options = DemoFixture::defaultOptions())
    {
        f = std::make_unique<DemoFixture>(options);
        QVERIFY(f->started);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        core = std::make_unique<AppCore>(&f->nam, &store, settings.get());
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = f->server->token();
        r.remember = false;
        r.oneOff = true;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        QVERIFY(loggedIn.wait(10000));
    }

    QJsonObject run(CommandLine command)
    {
        QSignalSpy finished(core->commands(), &CommandRunner::finished);
        core->commands()->run(command);
        if (!finished.wait(20000))
            return {};
        return QJsonDocument::fromJson(finished.first().at(1).toByteArray()).object();
    }

    // A stopped entry of the demo user (the server's newest), to restart or to start again.
    Timesheet newestStopped()
    {
        TimesheetQuery q;
        q.size = 1;
        q.active = false;
        auto *reply = f->client->timesheets(q);
        if (!waitFor(reply) || !reply->ok() || reply->result().isEmpty())
            return {};
        const Timesheet t = reply->result().first();
        delete reply;
        return t;
    }

private Q_SLOTS:
    void cleanup()
    {
        core.reset();
        settings.reset();
        f.reset();
    }

    // --restart-last without a window: the catalog was never loaded, yet the printed entry has its
    // names (from the read-back of the running entries).
    void restartLastPrintsTheNames()
    {
        logIn();
        CommandLine command;
        command.command = CommandLine::Command::RestartLast;
        const QJsonObject answer = run(command);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(answer.value(QStringLiteral("message")).toString()));
        const QJsonArray running = answer.value(QStringLiteral("running")).toArray();
        QCOMPARE(running.size(), 1);
        const QJsonObject entry = running.first().toObject();
        for (const char *key : {"project", "activity", "customer"})
            QVERIFY2(!entry.value(QLatin1String(key)).toString().isEmpty(), key);
    }

    // "Last" is the entry that ended last: two entries began in the same minute, the one created
    // later ended earlier; --restart-last restarts the one that ended last.
    void restartLastIsTheLastEnded()
    {
        auto options = DemoFixture::defaultOptions();
        options.timesheetCount = 0;   // only the two entries below
        logIn(options);
        Timesheet template_;
        {
            auto *projects = f->client->projects();
            QVERIFY(waitFor(projects) && projects->ok() && !projects->result().isEmpty());
            ActivityQuery q;
            q.projects = {projects->result().first().id};
            auto *activities = f->client->activities(q);
            QVERIFY(waitFor(activities) && activities->ok() && !activities->result().isEmpty());
            template_.projectId = projects->result().first().id;
            template_.activityId = activities->result().first().id;
            delete projects;
            delete activities;
        }
        const QDateTime begin = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        auto create = [&](const QString &description, int minutes) {
            TimesheetForm form;
            form.project = template_.projectId;
            form.activity = template_.activityId;
            form.description = description;
            form.begin = begin;
            form.end = begin.addSecs(minutes * 60);
            auto *reply = f->client->createTimesheet(form);
            const bool ok = waitFor(reply) && reply->ok();
            delete reply;
            return ok;
        };
        QVERIFY(create(QStringLiteral("ended last"), 45));
        QVERIFY(create(QStringLiteral("ended first"), 30));   // a higher id, the same begin
        CommandLine command;
        command.command = CommandLine::Command::RestartLast;
        const QJsonObject answer = run(command);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(answer.value(QStringLiteral("message")).toString()));
        const QJsonArray running = answer.value(QStringLiteral("running")).toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().toObject().value(QStringLiteral("description")).toString(), QStringLiteral("ended last"));
    }

    // Kimai stops the older running entry beyond the hard limit within the start: "Started." lists
    // what the server holds after the start, not what the app knew before it.
    void startReportsWhatTheServerHolds()
    {
        logIn();
        const Timesheet template_ = newestStopped();
        QVERIFY(template_.id);
        TimesheetForm form;
        form.project = template_.projectId;
        form.activity = template_.activityId;
        auto *earlier = f->client->createTimesheet(form);   // running before the command, elsewhere
        QVERIFY(waitFor(earlier) && earlier->ok());
        const int earlierId = earlier->result().id;
        delete earlier;
        QTRY_VERIFY(core->timer()->activeKnown());
        core->timer()->refreshActive();
        QTRY_COMPARE(core->timer()->active().size(), 1);

        CommandLine command;
        command.command = CommandLine::Command::Start;
        command.project = QString::number(template_.projectId);
        command.activity = QString::number(template_.activityId);
        const QJsonObject answer = run(command);
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());
        const QJsonArray running = answer.value(QStringLiteral("running")).toArray();
        QCOMPARE(f->server->runningCount(), 1);
        QCOMPARE(running.size(), 1);
        QVERIFY(running.first().toObject().value(QStringLiteral("id")).toInt() != earlierId);
        QVERIFY(!running.first().toObject().value(QStringLiteral("project")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
