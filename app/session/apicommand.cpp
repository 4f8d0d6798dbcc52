#include "session/apicommand.h"

#include "session/apiconsole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace kd {

ApiCommand::ApiCommand(ApiConsole *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{
}

QByteArray ApiCommand::failure(const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("status"), 0);
    o.insert(QStringLiteral("message"), message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ApiCommand::answerLine(const ConsoleAnswer &answer)
{
    const Exchange &ex = answer.exchange;
    QJsonObject o;
    o.insert(QStringLiteral("ok"), answer.ok());
    o.insert(QStringLiteral("status"), ex.status);
    if (ex.status > 0)
        o.insert(QStringLiteral("statusText"), ex.statusText());
    if (!answer.error.isEmpty())
        o.insert(QStringLiteral("message"), answer.error);
    if (!ex.responseBody.isEmpty()) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject())
            o.insert(QStringLiteral("body"), doc.object());
        else if (pe.error == QJsonParseError::NoError && doc.isArray())
            o.insert(QStringLiteral("body"), doc.array());
        else
            o.insert(QStringLiteral("bodyText"), QString::fromUtf8(ex.responseBody));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ApiCommand::finish(const QByteArray &line)
{
    if (!m_active)
        return;
    m_active = false;
    ++m_generation;
    disconnect(m_connection);
    Q_EMIT finished(line);
}

void ApiCommand::run(const CommandLine &command)
{
    m_active = true;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(kTimeoutMs, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_console->cancel();
        finish(failure(tr("Kimai did not answer in time.")));
    });
    ConsoleRequest request;
    request.method = command.apiMethod.toUpper();
    request.path = command.apiPath;
    request.body = command.apiData;
    const QString problem = request.problem();
    if (!problem.isEmpty() || m_console->isBusy()) {
        const QString message = !problem.isEmpty() ? problem : tr("Another API request is running.");
        QTimer::singleShot(0, this, [this, message] { finish(failure(message)); });
        return;
    }
    disconnect(m_connection);
    m_connection = connect(m_console, &ApiConsole::answered, this,
                           [this](const ConsoleAnswer &answer) { finish(answerLine(answer)); });
    if (!m_console->send(request, false)) {
        // Finish asynchronously like every other path.
        QTimer::singleShot(0, this, [this] { finish(failure(tr("Not logged in."))); });
    }
}

ApiCommand::Output ApiCommand::output(const QByteArray &line, bool pretty)
{
    Output out;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QJsonDocument::JsonFormat format = pretty ? QJsonDocument::Indented : QJsonDocument::Compact;
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (body.isObject())
        out.out = QJsonDocument(body.toObject()).toJson(format);
    else if (body.isArray())
        out.out = QJsonDocument(body.toArray()).toJson(format);
    else if (o.contains(QStringLiteral("bodyText")))
        out.out = o.value(QStringLiteral("bodyText")).toString().toUtf8();
    if (!out.out.isEmpty() && !out.out.endsWith('\n'))
        out.out += '\n';
    const bool ok = o.value(QStringLiteral("ok")).toBool();
    out.exitCode = ok ? 0 : 1;
    if (!ok) {
        const QString status = o.value(QStringLiteral("statusText")).toString();
        const QString message = o.value(QStringLiteral("message")).toString();
        out.err = status.isEmpty() ? message
                                   : message.isEmpty() ? tr("HTTP %1").arg(status)
                                                       : tr("HTTP %1: %2").arg(status, message);
        if (out.err.isEmpty())
            out.err = tr("The request failed.");
    }
    return out;
}

} // namespace kd
