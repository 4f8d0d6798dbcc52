#pragma once

// Kimai Desk's command line (QCommandLineParser, with --help and --version).

#include "core/authmode.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace kd {

struct CommandLine
{
    // Demo server
    bool demo = false;
    bool serveOnly = false;
    int port = 0;
    int demoTimesheets = 2000;
    QString demoToken;
    QString demoTimezone;
    QString demoVersion;           // --demo-version: a Kimai version of the demo server; empty: the newest
    QString demoTrackingMode;

    // Login
    QString server;
    QString username;
    QString tokenFile;             // "-" = stdin
    std::optional<AuthMode> auth;
    bool remember = false;
    QString profile;

    // Window
    QString tab;
    QString screenshot;
    bool minimized = false;

    // Scripted control (forwarded to a running instance, or run without a window)
    enum class Command { None, Start, Stop, RestartLast, Status, Show, Add, Export, Api };
    Command command = Command::None;
    QString project;               // id or name
    QString activity;              // id or name
    QString description;
    QStringList tags;
    QString favorite;              // --start --favorite: a favourite's number (from 1) or name

    // --api METHOD PATH [--data JSON|@file]: one request to Kimai's API
    QString apiMethod;             // GET, POST, PATCH or DELETE
    QString apiPath;               // "/api/version", with a query if any
    QByteArray apiData;            // the JSON body (read from the file for @file)

    QString entry;                 // --add: "yesterday 9-12:30" (read with TimeInput when it runs)
    QString exportFormat;          // --export: "csv"
    QString from;                  // --export: first day (TimeInput date: ISO, "mon", "yesterday", ...)
    QString to;                    // --export: last day
    QString output;                // --export: an absolute file path; empty: standard output

    QString error;                 // a usage problem, for stderr; exit code 2

    bool hasCommand() const { return command != Command::None; }
    // The command as sent to a running instance (one JSON line).
    QByteArray commandJson() const;
    static std::optional<CommandLine> fromCommandJson(const QByteArray &json, QString *error);
};

// Parses the arguments; handles --help and --version itself (prints and exits).
// `demoVersions`: the Kimai versions the demo server can behave like (the newest last), for
// --demo-version (the composition root passes the demo's table; session/ does not know it).
CommandLine parseCommandLine(const QStringList &arguments, const QStringList &demoVersions);

// Reads an API token from a file (or standard input for "-"): at most 64 KB, trimmed. On failure
// returns "" and a message in `error`. The token itself never appears in the message.
QString readTokenFile(const QString &path, QString *error);

} // namespace kd
