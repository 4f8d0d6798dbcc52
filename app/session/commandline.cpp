#include "session/commandline.h"


#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {

namespace {

QString commandName(CommandLine::Command c)
{
    switch (c) {
    case CommandLine::Command::Start: return QStringLiteral("start");
    case CommandLine::Command::Stop: return QStringLiteral("stop");
    case CommandLine::Command::RestartLast: return QStringLiteral("restart-last");
    case CommandLine::Command::Status: return QStringLiteral("status");
    case CommandLine::Command::Show: return QStringLiteral("show");
    case CommandLine::Command::Api: return QStringLiteral("api");
    case CommandLine::Command::Add: return QStringLiteral("add");
    case CommandLine::Command::Export: return QStringLiteral("export");
    case CommandLine::Command::None: break;
    }
    return {};
}

// The body of --api travels to a running instance in one line of the control channel (64 KB).
constexpr qint64 kMaxApiData = 32 * 1024;

// --api METHOD PATH [--data JSON|@FILE]
void parseApiArguments(const QStringList &positional, const std::optional<QString> &data, CommandLine *c, QString *problem)
{
    if (positional.size() != 2) {
        *problem = QCoreApplication::translate("kd::CommandLine", "--api needs a method and a path, e.g. --api GET /api/version.");
        return;
    }
    c->apiMethod = positional.at(0).toUpper();
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    if (!methods.contains(c->apiMethod)) {
        *problem = QCoreApplication::translate("kd::CommandLine", "Unknown method \"%1\"; use GET, POST, PATCH or DELETE.").arg(positional.at(0));
        return;
    }
    c->apiPath = positional.at(1).trimmed();
    if (!c->apiPath.startsWith(QLatin1String("/api/"))) {
        *problem = QCoreApplication::translate("kd::CommandLine", "The path of --api starts with /api/, e.g. /api/version.");
        return;
    }
    if (!data)
        return;
    if (c->apiMethod == QLatin1String("GET")) {
        *problem = QCoreApplication::translate("kd::CommandLine", "--data needs POST, PATCH or DELETE.");
        return;
    }
    if (data->startsWith(QLatin1Char('@'))) {
        const QString path = data->mid(1);
        QFile f;
        const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                       : (f.setFileName(path), f.open(QIODevice::ReadOnly));
        if (!opened) {
            *problem = QCoreApplication::translate("kd::CommandLine", "Cannot read the data file %1: %2").arg(path, f.errorString());
            return;
        }
        c->apiData = f.read(kMaxApiData + 1);
    } else {
        c->apiData = data->toUtf8();
    }
    if (c->apiData.size() > kMaxApiData) {
        *problem = QCoreApplication::translate("kd::CommandLine", "--data is larger than %1 KB.").arg(kMaxApiData / 1024);
        return;
    }
    QJsonParseError pe{};
    QJsonDocument::fromJson(c->apiData, &pe);
    if (pe.error != QJsonParseError::NoError)
        *problem = QCoreApplication::translate("kd::CommandLine", "--data is not valid JSON: %1 (at character %2).").arg(pe.errorString()).arg(pe.offset);
}

} // namespace

QByteArray CommandLine::commandJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("command"), commandName(command));
    if (!project.isEmpty())
        o.insert(QStringLiteral("project"), project);
    if (!activity.isEmpty())
        o.insert(QStringLiteral("activity"), activity);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!favorite.isEmpty())
        o.insert(QStringLiteral("favorite"), favorite);
    for (const auto &[key, value] : {std::pair{"entry", &entry}, std::pair{"format", &exportFormat}, std::pair{"from", &from},
                                     std::pair{"to", &to}, std::pair{"output", &output}}) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    if (command == Command::Api) {
        o.insert(QStringLiteral("method"), apiMethod);
        o.insert(QStringLiteral("path"), apiPath);
        if (!apiData.isEmpty())
            o.insert(QStringLiteral("data"), QString::fromUtf8(apiData));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CommandLine> CommandLine::fromCommandJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    CommandLine c;
    const QString name = o.value(QLatin1String("command")).toString();
    for (Command cmd : {Command::Start, Command::Stop, Command::RestartLast, Command::Status, Command::Show, Command::Add,
                        Command::Export, Command::Api}) {
        if (commandName(cmd) == name)
            c.command = cmd;
    }
    if (c.command == Command::None) {
        *error = QStringLiteral("unknown command");
        return std::nullopt;
    }
    c.project = o.value(QLatin1String("project")).toString();
    c.activity = o.value(QLatin1String("activity")).toString();
    c.description = o.value(QLatin1String("description")).toString();
    const QJsonArray tags = o.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &t : tags)
        c.tags.append(t.toString());
    c.favorite = o.value(QLatin1String("favorite")).toString();
    c.apiMethod = o.value(QLatin1String("method")).toString();
    c.apiPath = o.value(QLatin1String("path")).toString();
    c.apiData = o.value(QLatin1String("data")).toString().toUtf8();
    c.entry = o.value(QLatin1String("entry")).toString();
    c.exportFormat = o.value(QLatin1String("format")).toString();
    c.from = o.value(QLatin1String("from")).toString();
    c.to = o.value(QLatin1String("to")).toString();
    c.output = o.value(QLatin1String("output")).toString();
    if (!c.output.isEmpty() && !QFileInfo(c.output).isAbsolute()) {
        *error = QStringLiteral("output is not an absolute path");
        return std::nullopt;
    }
    return c;
}

CommandLine parseCommandLine(const QStringList &arguments, const QStringList &demoVersions)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("kd::CommandLine", "Kimai Desk — a native desktop client for the Kimai time-tracking server.")
        + QLatin1Char('\n')
        + QCoreApplication::translate("kd::CommandLine", "In the window: Ctrl+N adds an entry, Ctrl+T starts a timer, Ctrl+Shift+S stops it."));
    p.addHelpOption();
    p.addVersionOption();

    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("kd::CommandLine", "Start the embedded Kimai demo server and log in to it."));
    const QCommandLineOption serveOnly(QStringLiteral("serve-only"),
                                       QCoreApplication::translate("kd::CommandLine", "With --demo: only serve the demo API (print URL, user and token) until stopped."));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("kd::CommandLine", "Port of the demo server (default: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption demoTimesheets(QStringLiteral("demo-timesheets"),
                                            QCoreApplication::translate("kd::CommandLine", "Number of sample timesheets of the demo server (default 2000)."),
                                            QStringLiteral("N"));
    const QCommandLineOption demoToken(QStringLiteral("demo-token"),
                                       QCoreApplication::translate("kd::CommandLine", "API token of the demo server (default: random)."), QStringLiteral("TOKEN"));
    const QCommandLineOption demoTimezone(QStringLiteral("demo-timezone"),
                                          QCoreApplication::translate("kd::CommandLine", "Timezone of the demo user (default: this computer's)."),
                                          QStringLiteral("ZONE"));
    const QStringList &versions = demoVersions;
    const QCommandLineOption demoVersion(
        QStringLiteral("demo-version"),
        QCoreApplication::translate("kd::CommandLine", "Kimai version the demo server behaves like: %1 (default: %2).")
            .arg(versions.join(QStringLiteral(", ")), versions.constLast()),
        QStringLiteral("V"));
    const QCommandLineOption demoTracking(QStringLiteral("demo-tracking-mode"),
                                          QCoreApplication::translate("kd::CommandLine", "Tracking mode of the demo server: default, punch or duration_fixed_begin."),
                                          QStringLiteral("MODE"));
    const QCommandLineOption server(QStringLiteral("server"), QCoreApplication::translate("kd::CommandLine", "Address of the Kimai server."), QStringLiteral("URL"));
    const QCommandLineOption username(QStringLiteral("username"), QCoreApplication::translate("kd::CommandLine", "Kimai username."), QStringLiteral("NAME"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QCoreApplication::translate("kd::CommandLine", "Read the API token from this file (- reads standard input)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption auth(QStringLiteral("auth"), QCoreApplication::translate("kd::CommandLine", "Authentication: auto, bearer or legacy."),
                                  QStringLiteral("MODE"));
    const QCommandLineOption remember(QStringLiteral("remember"),
                                      QCoreApplication::translate("kd::CommandLine", "Store the given token in the system keychain."));
    const QCommandLineOption profile(QStringLiteral("profile"), QCoreApplication::translate("kd::CommandLine", "Use the saved server profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QCoreApplication::translate("kd::CommandLine", "Open this tab: ping, version, timesheets, activities, projects, customers or i18n."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("kd::CommandLine", "When the visible tab has loaded, save a PNG of the window and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption minimized(QStringLiteral("minimized"), QCoreApplication::translate("kd::CommandLine", "Start in the tray (if there is one)."));
    const QCommandLineOption start(QStringLiteral("start"), QCoreApplication::translate("kd::CommandLine", "Start a timer (with --project and --activity)."));
    const QCommandLineOption stop(QStringLiteral("stop"), QCoreApplication::translate("kd::CommandLine", "Stop the running timer(s)."));
    const QCommandLineOption restartLast(QStringLiteral("restart-last"), QCoreApplication::translate("kd::CommandLine", "Restart the most recent timesheet."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QCoreApplication::translate("kd::CommandLine", "Print the running timers as one JSON line."));
    const QCommandLineOption show(QStringLiteral("show"), QCoreApplication::translate("kd::CommandLine", "Show the window of the running instance."));
    const QCommandLineOption add(QStringLiteral("add"),
                                 QCoreApplication::translate("kd::CommandLine", "Add a finished entry, e.g. \"yesterday 9-12:30\" or \"mon 14:00 1h30\" "
                                                                                "(with --project and --activity); prints it as one JSON line."),
                                 QStringLiteral("WHEN"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QCoreApplication::translate("kd::CommandLine", "Export the timesheets of a range (default: this week, all pages) in "
                                                                                         "FORMAT (csv) to standard output or --output."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("kd::CommandLine", "First day for --export (e.g. 2026-12-01, mon, yesterday)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("kd::CommandLine", "Last day for --export."), QStringLiteral("DATE"));
    const QCommandLineOption output(QStringLiteral("output"), QCoreApplication::translate("kd::CommandLine", "File for --export (default: standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption project(QStringLiteral("project"), QCoreApplication::translate("kd::CommandLine", "Project for --start and --add (ID or name)."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption activity(QStringLiteral("activity"), QCoreApplication::translate("kd::CommandLine", "Activity for --start and --add (ID or name)."),
                                      QStringLiteral("ID|NAME"));
    const QCommandLineOption description(QStringLiteral("description"), QCoreApplication::translate("kd::CommandLine", "Description for --start and --add."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption tags(QStringLiteral("tags"), QCoreApplication::translate("kd::CommandLine", "Comma-separated tags for --start and --add (missing tags are created where you may)."),
                                  QStringLiteral("a,b"));
    const QCommandLineOption favorite(QStringLiteral("favorite"),
                                      QCoreApplication::translate("kd::CommandLine", "With --start: start a favourite, by its number (from 1, as in the Favourites menu) or its name."),
                                      QStringLiteral("NAME|N"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QCoreApplication::translate("kd::CommandLine", "Send one request to Kimai's API with the remembered login and print the answer's JSON: --api GET /api/version (also POST, PATCH, DELETE)."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("kd::CommandLine", "With --api: the JSON body, or @FILE to read it from a file (@- reads standard input)."),
                                  QStringLiteral("JSON|@FILE"));
    p.addOptions({demo, serveOnly, port, demoTimesheets, demoToken, demoTimezone, demoVersion, demoTracking, server, username, tokenFile,
                  auth, remember, profile, tab, screenshot, minimized, start, stop, restartLast, status, show, add, exportOption, from, to,
                  output, project, activity, description, tags, favorite, api, data});
    p.addPositionalArgument(QStringLiteral("METHOD PATH"),
                            QCoreApplication::translate("kd::CommandLine", "With --api: the request, e.g. GET /api/timesheets?size=5."),
                            QStringLiteral("[METHOD PATH]"));
    p.process(arguments);   // --help / --version exit here; unknown options print an error and exit 1

    CommandLine c;
    auto fail = [&c](const QString &e) {
        if (c.error.isEmpty())
            c.error = e;
    };
    c.demo = p.isSet(demo);
    c.serveOnly = p.isSet(serveOnly);
    if (c.serveOnly && !c.demo)
        fail(QCoreApplication::translate("kd::CommandLine", "--serve-only needs --demo."));
    if (p.isSet(port)) {
        bool ok = false;
        c.port = p.value(port).toInt(&ok);
        if (!ok || c.port < 1 || c.port > 65535)
            fail(QCoreApplication::translate("kd::CommandLine", "--port must be a number from 1 to 65535."));
    }
    if (p.isSet(demoTimesheets)) {
        bool ok = false;
        c.demoTimesheets = p.value(demoTimesheets).toInt(&ok);
        if (!ok || c.demoTimesheets < 0 || c.demoTimesheets > 1'000'000)
            fail(QCoreApplication::translate("kd::CommandLine", "--demo-timesheets must be a number from 0 to 1000000."));
    }
    c.demoToken = p.value(demoToken);
    c.demoTimezone = p.value(demoTimezone);
    if (p.isSet(demoVersion)) {
        c.demoVersion = p.value(demoVersion);
        if (!versions.contains(c.demoVersion)) {
            fail(QCoreApplication::translate("kd::CommandLine", "Unknown demo version \"%1\"; use one of: %2.")
                     .arg(c.demoVersion, versions.join(QStringLiteral(", "))));
        }
        if (!c.demo)
            fail(QCoreApplication::translate("kd::CommandLine", "--demo-version needs --demo."));
    }
    c.demoTrackingMode = p.value(demoTracking);
    c.server = p.value(server);
    c.username = p.value(username);
    c.tokenFile = p.value(tokenFile);
    if (p.isSet(auth)) {
        c.auth = authModeFromId(p.value(auth));
        if (!c.auth)
            fail(QCoreApplication::translate("kd::CommandLine", "--auth must be auto, bearer or legacy."));
    }
    c.remember = p.isSet(remember);
    c.profile = p.value(profile);
    c.tab = p.value(tab).toLower();
    static const QStringList tabs = {QStringLiteral("ping"),     QStringLiteral("version"),  QStringLiteral("timesheets"),
                                     QStringLiteral("activities"), QStringLiteral("projects"), QStringLiteral("customers"),
                                     QStringLiteral("i18n")};
    if (!c.tab.isEmpty() && !tabs.contains(c.tab))
        fail(QCoreApplication::translate("kd::CommandLine", "Unknown tab \"%1\"; use one of: %2.").arg(c.tab, tabs.join(QStringLiteral(", "))));
    c.screenshot = p.value(screenshot);
    c.minimized = p.isSet(minimized);

    int commands = 0;
    for (const auto &[opt, cmd] : {std::pair{&start, CommandLine::Command::Start}, std::pair{&stop, CommandLine::Command::Stop},
                                   std::pair{&restartLast, CommandLine::Command::RestartLast},
                                   std::pair{&status, CommandLine::Command::Status}, std::pair{&show, CommandLine::Command::Show},
                                   std::pair{&add, CommandLine::Command::Add}, std::pair{&exportOption, CommandLine::Command::Export},
                                   std::pair{&api, CommandLine::Command::Api}}) {
        if (p.isSet(*opt)) {
            c.command = cmd;
            ++commands;
        }
    }
    if (commands > 1)
        fail(QCoreApplication::translate("kd::CommandLine", "Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api."));
    const QStringList positional = p.positionalArguments();
    if (c.command == CommandLine::Command::Api) {
        QString problem;
        parseApiArguments(positional, p.isSet(data) ? std::optional(p.value(data)) : std::nullopt, &c, &problem);
        if (!problem.isEmpty())
            fail(problem);
    } else if (!positional.isEmpty()) {
        fail(QCoreApplication::translate("kd::CommandLine", "Unexpected argument \"%1\".").arg(positional.first()));
    } else if (p.isSet(data)) {
        fail(QCoreApplication::translate("kd::CommandLine", "--data belongs to --api."));
    }
    c.favorite = p.value(favorite).trimmed();
    c.project = p.value(project);
    c.activity = p.value(activity);
    c.description = p.value(description);
    for (const QString &t : p.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            c.tags.append(t.trimmed());
    }
    c.entry = p.value(add).trimmed();
    const bool startOrAdd = c.command == CommandLine::Command::Start || c.command == CommandLine::Command::Add;
    if (!c.favorite.isEmpty() && c.command != CommandLine::Command::Start)
        fail(QCoreApplication::translate("kd::CommandLine", "--favorite belongs to --start."));
    if (!c.favorite.isEmpty() && (!c.project.isEmpty() || !c.activity.isEmpty()))
        fail(QCoreApplication::translate("kd::CommandLine", "--favorite says what to start: leave out --project and --activity."));
    if (c.command == CommandLine::Command::Start && c.favorite.isEmpty() && (c.project.isEmpty() || c.activity.isEmpty()))
        fail(QCoreApplication::translate("kd::CommandLine", "--start needs --project and --activity, or --favorite."));
    if (c.command == CommandLine::Command::Add && (c.project.isEmpty() || c.activity.isEmpty()))
        fail(QCoreApplication::translate("kd::CommandLine", "--add needs --project and --activity."));
    if (c.command == CommandLine::Command::Add && c.entry.isEmpty())
        fail(QCoreApplication::translate("kd::CommandLine", "--add needs the time of the entry, e.g. --add \"yesterday 9-12:30\"."));
    if (!startOrAdd && (!c.project.isEmpty() || !c.activity.isEmpty() || !c.description.isEmpty() || !c.tags.isEmpty()))
        fail(QCoreApplication::translate("kd::CommandLine", "--project, --activity, --description and --tags belong to --start and --add."));
    c.exportFormat = p.value(exportOption).trimmed().toLower();
    if (c.command == CommandLine::Command::Export && c.exportFormat != QLatin1String("csv"))
        fail(QCoreApplication::translate("kd::CommandLine", "--export knows one format: csv."));
    c.from = p.value(from).trimmed();
    c.to = p.value(to).trimmed();
    if (p.isSet(output))
        c.output = QFileInfo(p.value(output)).absoluteFilePath();   // a running instance has another directory
    if (c.command != CommandLine::Command::Export && (p.isSet(from) || p.isSet(to) || p.isSet(output)))
        fail(QCoreApplication::translate("kd::CommandLine", "--from, --to and --output belong to --export."));
    if (!c.screenshot.isEmpty() && c.serveOnly)
        fail(QCoreApplication::translate("kd::CommandLine", "--screenshot cannot be combined with --serve-only."));
    return c;
}

QString readTokenFile(const QString &path, QString *error)
{
    QFile f;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = f.open(stdin, QIODevice::ReadOnly);
    } else {
        f.setFileName(path);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QCoreApplication::translate("kd::CommandLine", "Cannot read the token file %1: %2").arg(path, f.errorString());
        return {};
    }
    const QString token = QString::fromUtf8(f.read(64 * 1024)).trimmed();
    if (token.isEmpty())
        *error = QCoreApplication::translate("kd::CommandLine", "The token file %1 is empty.").arg(path);
    return token;
}

} // namespace kd
