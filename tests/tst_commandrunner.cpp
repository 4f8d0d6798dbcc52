// The scripted commands (--start, --restart-last, …) as a headless run carries them out: an AppCore
// logged in to the demo server, the command, and the JSON line it prints.

#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/commandline.h"
#include "session/commandrunner.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"

#include <QFile>
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

    // --add "yesterday 9-12:30": a finished entry, printed as "entry"; the server has it.
    void addParsesTheEntryAndPrintsIt()
    {
        logIn();
        const Timesheet template_ = newestStopped();
        CommandLine command;
        command.command = CommandLine::Command::Add;
        command.entry = QStringLiteral("yesterday 9-12:30");
        command.project = QString::number(template_.projectId);
        command.activity = QString::number(template_.activityId);
        command.description = QStringLiteral("Added from a script");
        command.tags = {QStringLiteral("brand-new")};
        const QJsonObject answer = run(command);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(answer.value(QStringLiteral("message")).toString()));
        const QJsonObject entry = answer.value(QStringLiteral("entry")).toObject();
        const int id = entry.value(QStringLiteral("id")).toInt();
        const auto stored = f->server->timesheet(id);
        QVERIFY(stored);
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const QDate yesterday = core->session()->userToday().addDays(-1);
        QCOMPARE(stored->begin, QDateTime(yesterday, QTime(9, 0), berlin).toSecsSinceEpoch());
        QCOMPARE(stored->end, QDateTime(yesterday, QTime(12, 30), berlin).toSecsSinceEpoch());
        QCOMPARE(stored->description, QStringLiteral("Added from a script"));
        QCOMPARE(f->server->tagsOf(id), QStringList{QStringLiteral("brand-new")});
        QCOMPARE(entry.value(QStringLiteral("duration")).toInt(), 3 * 3600 + 1800);
        QCOMPARE(entry.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("brand-new"));
        QVERIFY(!answer.contains(QStringLiteral("tagsNotSaved")));
    }

    void addRefusesWhatItCannotRead()
    {
        logIn();
        const Timesheet template_ = newestStopped();
        CommandLine command;
        command.command = CommandLine::Command::Add;
        command.project = QString::number(template_.projectId);
        command.activity = QString::number(template_.activityId);
        const int before = f->server->timesheetCount();
        for (const QString &text : {QStringLiteral("yesterday 9:75-10"), QStringLiteral("yesterday 9"), QStringLiteral("12-9")}) {
            command.entry = text;
            const QJsonObject answer = run(command);
            QVERIFY2(!answer.value(QStringLiteral("ok")).toBool(), qPrintable(text));
            QVERIFY2(answer.value(QStringLiteral("message")).toString().contains(text),
                     qPrintable(text + QStringLiteral(" -> ") + answer.value(QStringLiteral("message")).toString()));
        }
        QCOMPARE(f->server->timesheetCount(), before);   // nothing was sent
    }

    // Kimai refuses (an activity that does not fit): non-zero with Kimai's reason.
    void addReportsKimaisRefusal()
    {
        logIn();
        const Timesheet template_ = newestStopped();
        CommandLine command;
        command.command = CommandLine::Command::Add;
        command.entry = QStringLiteral("yesterday 14:00 1h30");
        command.project = QString::number(template_.projectId);
        command.activity = QStringLiteral("999999");
        const QJsonObject answer = run(command);
        QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
        QVERIFY2(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("activity")),
                 qPrintable(answer.value(QStringLiteral("message")).toString()));
    }

    // --start --tags brand-new: the tag is created first and the entry carries it (issue 17); a tag
    // that cannot be created is named in the answer.
    void startCreatesMissingTagsOrSaysWhichWereLost()
    {
        logIn();
        const Timesheet template_ = newestStopped();
        CommandLine command;
        command.command = CommandLine::Command::Start;
        command.project = QString::number(template_.projectId);
        command.activity = QString::number(template_.activityId);
        command.tags = {QStringLiteral("brand-new")};
        QJsonObject answer = run(command);
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());
        const int id = answer.value(QStringLiteral("running")).toArray().first().toObject().value(QStringLiteral("id")).toInt();
        QCOMPARE(f->server->tagsOf(id), QStringList{QStringLiteral("brand-new")});

        f->server->setMayCreateTags(false);
        command.tags = {QStringLiteral("forbidden-tag")};
        answer = run(command);
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());   // the timer runs, without the tag
        QCOMPARE(answer.value(QStringLiteral("tagsNotSaved")).toArray().first().toString(), QStringLiteral("forbidden-tag"));
        QVERIFY(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("forbidden-tag")));
    }

    // --export csv: this week by default, every page, to "stdout" (printed instead of the line).
    void exportWritesTheRange()
    {
        logIn();
        CommandLine command;
        command.command = CommandLine::Command::Export;
        command.exportFormat = QStringLiteral("csv");
        command.from = QStringLiteral("2000-01-01");
        command.to = core->session()->userToday().toString(Qt::ISODate);
        QJsonObject answer = run(command);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(answer.value(QStringLiteral("message")).toString()));
        const QString csv = answer.value(QStringLiteral("stdout")).toString();
        QVERIFY(!csv.startsWith(QChar(0xFEFF)));   // no byte order mark for pipes
        QCOMPARE(int(csv.count(QStringLiteral("\r\n"))), f->server->timesheetCount() + 1);
        QCOMPARE(answer.value(QStringLiteral("rows")).toInt(), f->server->timesheetCount());

        command.output = dir.filePath(QStringLiteral("out.csv"));
        answer = run(command);
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());
        QCOMPARE(answer.value(QStringLiteral("file")).toString(), command.output);
        QFile file(command.output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

        command.from = QStringLiteral("tomorrow-ish");
        answer = run(command);
        QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
        QVERIFY(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("tomorrow-ish")));
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
