#include "prismharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QVersionNumber>

#include <utility>

namespace kd::contract {

namespace {

constexpr int kNodeTimeoutMs = 60 * 1000;
const QString kStampName = QStringLiteral(".kd-installed");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a tool to the end (this is test code: blocking is fine). Returns its exit code, -1 if it did not run.
int run(const QString &program, const QStringList &args, const QString &dir, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForStarted(kNodeTimeoutMs)) {
        *output += p.errorString();
        return -1;
    }
    p.closeWriteChannel();
    const bool done = p.waitForFinished(timeoutMs);
    *output += QString::fromUtf8(p.readAll());
    if (!done) {
        p.kill();
        p.waitForFinished(5000);
        *output += QStringLiteral("\n(stopped after %1 s)").arg(timeoutMs / 1000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Prism lists one violation per array element and, for the nullable wrappers of the relaxed copy,
// also the failed `null` branch and the anyOf around it. Collapse that: element indices become `*`,
// companion messages go when a location has a real one, repeats are counted.
QString violationsText(const QJsonArray &list)
{
    static const QRegularExpression index(QStringLiteral("(?<=\\.|^)\\d+(?=\\.|$)"));
    static const QRegularExpression element(QStringLiteral("(?<=property |\\.)\\d+(?=[ .])"));
    const auto companion = [](const QString &m) {
        return m.contains(QLatin1String("must match a schema in anyOf"))
            || m.contains(QLatin1String("must be equal to one of the allowed values"));
    };
    QList<QPair<QString, QString>> items;   // (location, message), in order
    QHash<QString, int> seen;
    QSet<QString> realAt;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QStringList parts;
        const QJsonArray location = o.value(QStringLiteral("location")).toArray();
        for (const QJsonValue &part : location)
            parts.append(part.isDouble() ? QString::number(part.toInt()) : part.toString());
        const QString where = parts.join(QLatin1Char('.')).replace(index, QStringLiteral("*"));
        QString message = o.value(QStringLiteral("message")).toString();
        message.replace(element, QStringLiteral("*"));
        if (!companion(message))
            realAt.insert(where);
        message += QStringLiteral(" [") + o.value(QStringLiteral("severity")).toString() + QLatin1Char(']');
        const QString key = where + QLatin1Char('\n') + message;
        if (seen.contains(key)) {
            ++seen[key];
            continue;
        }
        seen.insert(key, 1);
        items.append({where, message});
    }
    QStringList out;
    for (const auto &[where, message] : std::as_const(items)) {
        if (companion(message) && realAt.contains(where))
            continue;
        const int n = seen.value(where + QLatin1Char('\n') + message);
        out.append(QStringLiteral("%1: %2%3").arg(where, message, n > 1 ? QStringLiteral(" (x%1)").arg(n) : QString()));
    }
    constexpr qsizetype kShown = 12;
    if (out.size() > kShown) {
        const qsizetype more = out.size() - kShown;
        out = out.mid(0, kShown);
        out.append(QStringLiteral("... and %1 more").arg(more));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

Tools Tools::find()
{
    Tools t;
    t.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (t.node.isEmpty())
        t.node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    t.sourceDir = QStringLiteral(KD_CONTRACT_SOURCE_DIR);
    t.workDir = QStringLiteral(KD_CONTRACT_WORK_DIR);
    return t;
}

QString checkNode(const Tools &tools, QString *log)
{
    if (tools.node.isEmpty())
        return QStringLiteral("Node.js (node) is not on PATH: the contract tests run Prism on Node. "
                              "Install nodejs and npm (packaging/install-deps.sh).");
    QString out;
    if (run(tools.node, {QStringLiteral("--version")}, {}, kNodeTimeoutMs, &out) != 0)
        return QStringLiteral("`node --version` failed: ") + out;
    *log += QStringLiteral("node ") + out.trimmed() + QLatin1Char('\n');
    const QVersionNumber have = QVersionNumber::fromString(out.trimmed().mid(1));
    const QJsonObject package = QJsonDocument::fromJson(readFile(tools.sourceDir + QStringLiteral("/package.json"))).object();
    const QString engines = package.value(QStringLiteral("engines")).toObject().value(QStringLiteral("node")).toString();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(">=\\s*([0-9.]+)")).match(engines);
    const QVersionNumber need = m.hasMatch() ? QVersionNumber::fromString(m.captured(1)) : QVersionNumber();
    if (!need.isNull() && have < need)
        return QStringLiteral("Node.js %1 is too old for the pinned Prism (package.json engines: %2).")
            .arg(have.toString(), engines);
    return {};
}

QString checkPrismInstalled(const Tools &tools, QString *log)
{
    const QByteArray package = readFile(tools.sourceDir + QStringLiteral("/package.json"));
    const QByteArray lock = readFile(tools.sourceDir + QStringLiteral("/package-lock.json"));
    if (package.isEmpty() || lock.isEmpty())
        return QStringLiteral("package.json or package-lock.json is missing in ") + tools.sourceDir;
    const QByteArray stamp = QCryptographicHash::hash(QByteArray(package + lock), QCryptographicHash::Sha256).toHex();
    const QString modules = tools.prismDir() + QStringLiteral("/node_modules");
    if (!QFileInfo::exists(modules + QStringLiteral("/@stoplight/prism-http-server/package.json")))
        return QStringLiteral("Prism is not installed in %1: run `make deps` (tests/contract/install-prism.sh).").arg(modules);
    if (readFile(modules + QLatin1Char('/') + kStampName).trimmed() != stamp)
        return QStringLiteral("Prism in %1 does not match package-lock.json: run `make deps` again.").arg(modules);
    *log += QStringLiteral("Prism is installed in ") + modules;
    return {};
}

QString relaxDocument(const Tools &tools, const QString &document, const QString &relaxed, QString *log)
{
    if (!QFileInfo::exists(document))
        return QStringLiteral("the OpenAPI document %1 does not exist (KIMAI_OPENAPI_SPEC)").arg(document);
    QString out;
    const int code = run(tools.node, {tools.sourceDir + QStringLiteral("/relax-openapi.mjs"), document, relaxed},
                         {}, kNodeTimeoutMs, &out);
    *log += out;
    if (code != 0)
        return QStringLiteral("relax-openapi.mjs failed (exit %1): %2").arg(code).arg(out.trimmed());
    return {};
}

PrismProcess::PrismProcess(QObject *parent)
    : QObject(parent)
{
}

PrismProcess::~PrismProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();   // prism-run.cjs exits when its stdin closes
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

void PrismProcess::start(const Tools &tools, Mode mode, const QString &document, const QUrl &upstream)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &PrismProcess::onOutput);
    connect(m_process.get(), &QProcess::finished, this, &PrismProcess::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        m_log += QStringLiteral("[prism process] ") + m_process->errorString() + QLatin1Char('\n');
        if (m_process->state() == QProcess::NotRunning)
            m_exited = true;
    });
    QStringList args{tools.sourceDir + QStringLiteral("/prism-run.cjs"), QStringLiteral("--prism-dir"), tools.prismDir(),
                     mode == Mode::Mock ? QStringLiteral("mock") : QStringLiteral("proxy"), document};
    if (mode == Mode::Proxy)
        args.append(upstream.toString());
    m_process->start(tools.node, args);
}

void PrismProcess::onOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline));
        m_pending.remove(0, newline + 1);
        m_log += line + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("PRISM_LISTENING ")))
            m_url = QUrl(line.mid(16).trimmed());
        else if (line.startsWith(QLatin1String("PRISM_VERSION ")))
            m_version = line.mid(14).trimmed();
    }
}

void PrismProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onOutput();
    m_log += QStringLiteral("[prism process] exited (%1, code %2)\n")
                 .arg(status == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"))
                 .arg(exitCode);
    m_exited = true;
    m_url = QUrl();
}

QStringList PrismProcess::complaintsSince(qsizetype from) const
{
    QStringList out;
    const QStringList lines = m_log.mid(from).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("Violation")) || line.contains(QLatin1String(" error:"))
            || line.contains(QLatin1String(" warn:")) || line.contains(QLatin1String(" fatal:")))
            out.append(line);
    }
    return out;
}

QString DocumentIndex::load(const QString &path)
{
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(readFile(path), &parseError).object();
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    if (paths.isEmpty())
        return QStringLiteral("cannot read the paths of %1: %2").arg(path, parseError.errorString());
    const QJsonObject shared = doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("parameters")).toObject();
    const auto names = [&shared](const QJsonArray &parameters, QSet<QString> *into) {
        for (const QJsonValue &v : parameters) {
            QJsonObject p = v.toObject();
            const QString ref = p.value(QStringLiteral("$ref")).toString();
            if (ref.startsWith(QLatin1String("#/components/parameters/")))
                p = shared.value(ref.section(QLatin1Char('/'), -1)).toObject();
            if (p.value(QStringLiteral("in")).toString() == QLatin1String("query"))
                into->insert(p.value(QStringLiteral("name")).toString());
        }
    };
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[^}]*\\\\\\}"));
    m_operations.clear();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        QSet<QString> common;
        names(item.value(QStringLiteral("parameters")).toArray(), &common);
        QString pattern = QRegularExpression::escape(it.key());
        const int templated = int(pattern.count(placeholder));
        pattern.replace(placeholder, QStringLiteral("[^/]+"));
        for (auto m = item.begin(); m != item.end(); ++m) {
            if (!m.value().isObject() || m.key() == QLatin1String("parameters"))
                continue;
            Operation op;
            op.method = m.key().toUpper().toLatin1();
            op.path = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
            op.templated = templated;
            op.query = common;
            names(m.value().toObject().value(QStringLiteral("parameters")).toArray(), &op.query);
            m_operations.append(op);
        }
    }
    std::stable_sort(m_operations.begin(), m_operations.end(),
                     [](const Operation &a, const Operation &b) { return a.templated < b.templated; });
    return {};
}

QStringList DocumentIndex::undeclaredQueryParameters(const Exchange &exchange) const
{
    const QString path = exchange.url.path();
    for (const Operation &op : m_operations) {
        if (op.method != exchange.method || !op.path.match(path).hasMatch())
            continue;
        QStringList unknown;
        const auto items = QUrlQuery(exchange.url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!op.query.contains(item.first) && !unknown.contains(item.first))
                unknown.append(item.first);
        }
        return unknown;
    }
    return {};
}

QString describe(const Exchange &exchange)
{
    QString url = exchange.url.path();
    if (exchange.url.hasQuery())
        url += QLatin1Char('?') + exchange.url.query(QUrl::FullyDecoded);
    QString text = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + url;
    if (!exchange.requestBody.isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(exchange.requestBody);
    return text + QStringLiteral(" -> ") + exchange.statusText();
}

QStringList verdict(const Exchange &exchange, Expect expect)
{
    QStringList problems;
    bool bearer = false;
    int legacy = 0;
    for (const auto &h : exchange.requestHeaders) {
        bearer = bearer || (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 && h.second.startsWith("Bearer "));
        if (h.first.compare("X-AUTH-USER", Qt::CaseInsensitive) == 0 || h.first.compare("X-AUTH-TOKEN", Qt::CaseInsensitive) == 0)
            legacy += h.second.isEmpty() ? 0 : 1;
    }
    if (!bearer && legacy < 2)
        problems.append(QStringLiteral("the request had no credentials (`Authorization: Bearer`, or X-AUTH-USER and X-AUTH-TOKEN)"));
    if (exchange.status == 0) {
        problems.append(QStringLiteral("no HTTP answer: ") + exchange.error);
        return problems;
    }

    QJsonObject problem;
    if (exchange.responseHeader("Content-Type").startsWith("application/problem+json"))
        problem = QJsonDocument::fromJson(exchange.responseBody).object();
    const QString type = problem.value(QStringLiteral("type")).toString();
    // Every violation (warnings too) is listed in this header, unless it would be too long
    // ("Too many violations! ..."); the problem body of a 422 or 500 then has the whole list.
    const QByteArray header = exchange.responseHeader("sl-violations");
    if (!header.isEmpty() && !problem.contains(QStringLiteral("validation"))) {
        const QJsonArray list = QJsonDocument::fromJson(header).array();
        problems.append(QStringLiteral("sl-violations: ")
                        + (list.isEmpty() ? QString::fromUtf8(header.left(2000)) : violationsText(list)));
    }

    // Not in the document: no such path, or (a literal segment taken for a template such as
    // /api/tags/{id}) no such method there.
    const bool notInDocument = type.endsWith(QLatin1String("#NO_PATH_MATCHED_ERROR"))
        || type.endsWith(QLatin1String("#NO_METHOD_MATCHED_ERROR"));
    if (notInDocument && expect == Expect::NotInDocument)
        return problems;
    if (expect == Expect::NotInDocument)
        problems.append(QStringLiteral("expected Prism's 404 NO_PATH_MATCHED_ERROR (the path is not in the document), got ")
                        + exchange.statusText());
    if (!type.isEmpty()) {
        QString text = QStringLiteral("Prism answered %1 %2 (%3)")
                           .arg(exchange.status)
                           .arg(problem.value(QStringLiteral("title")).toString(), type.section(QLatin1Char('#'), -1));
        const QJsonArray validation = problem.value(QStringLiteral("validation")).toArray();
        if (!validation.isEmpty())
            text += QStringLiteral(": ") + violationsText(validation);
        else if (problem.contains(QStringLiteral("detail")))
            text += QStringLiteral(": ") + problem.value(QStringLiteral("detail")).toString();
        problems.append(text);
    } else if (expect == Expect::Answer && (exchange.status < 200 || exchange.status > 299)) {
        problems.append(QStringLiteral("the answer is not 2xx: ") + exchange.statusText());
    }
    return problems;
}

} // namespace kd::contract
