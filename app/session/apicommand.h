#pragma once

// `kimai-desk --api METHOD PATH [--data JSON|@file]`: one request through the session's API console
// (not kept in the console's history). The instance that runs it answers with one JSON line,
//   {"ok":true|false,"status":200,"statusText":"200 OK","message":"…","body":<the answer's JSON>}
// ("bodyText" instead of "body" when the answer is not JSON), and the invoking process prints it
// with output(): the answer's JSON on stdout (indented on a terminal, compact otherwise), the status
// and the message on stderr when it is not a 2xx, and the exit code (0 for 2xx, else 1).

#include "session/commandline.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace kd {

class ApiConsole;
struct ConsoleAnswer;

class ApiCommand : public QObject
{
    Q_OBJECT
public:
    // Whatever happens, the command ends within this time (as CommandRunner::kTimeoutMs).
    static constexpr int kTimeoutMs = 90'000;

    explicit ApiCommand(ApiConsole *console, QObject *parent = nullptr);

    // Sends the request of an --api command line; finished() follows exactly once.
    void run(const CommandLine &command);
    bool isRunning() const { return m_active; }

    struct Output
    {
        int exitCode = 1;
        QByteArray out;   // for stdout (ends with a newline unless empty)
        QString err;      // for stderr (empty for a 2xx)
    };
    static Output output(const QByteArray &answerLine, bool pretty);
    static QByteArray failure(const QString &message);

Q_SIGNALS:
    void finished(const QByteArray &answerLine);

private:
    void finish(const QByteArray &answerLine);
    static QByteArray answerLine(const ConsoleAnswer &answer);

    ApiConsole *m_console;
    bool m_active = false;
    quint64 m_generation = 0;
    QMetaObject::Connection m_connection;
};

} // namespace kd
