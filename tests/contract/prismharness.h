#pragma once

// Prism for the contract tests: installing the pinned version, making the relaxed document, running
// Prism as a validating mock or proxy, and reading its verdict on one exchange.

#include "core/exchange.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace kd::contract {

struct Tools
{
    QString node;          // absolute paths; empty when not found
    QString sourceDir;     // tests/contract in the source tree
    QString workDir;       // tests/contract in the build tree
    // Where `make deps` (tests/contract/install-prism.sh) installed Prism: node_modules beside package.json.
    QString prismDir() const { return sourceDir; }
    QString relaxedDocument() const { return workDir + QStringLiteral("/openapi-relaxed.json"); }
    QString bundledDocument() const { return sourceDir + QStringLiteral("/openapi-kimai-2.41.0.json"); }
    // The Kimai 2.0.x document (API passwords only), for the demo server's 2.0 profile.
    QString relaxedLegacyDocument() const { return workDir + QStringLiteral("/openapi-relaxed-2.0.x.json"); }
    QString bundledLegacyDocument() const { return sourceDir + QStringLiteral("/openapi-kimai-2.0.x.json"); }
    static Tools find();
};

// Each returns an error text for the test failure, or an empty string; `log` gets what the tools said.
// Node must be recent enough for the pinned Prism (package.json "engines").
QString checkNode(const Tools &tools, QString *log);
// Checks that Prism is installed in tools.prismDir() and matches package-lock.json (installed by
// `make deps`; the test never downloads).
QString checkPrismInstalled(const Tools &tools, QString *log);
// node relax-openapi.mjs <document> <relaxed>
QString relaxDocument(const Tools &tools, const QString &document, const QString &relaxed, QString *log);

enum class Mode { Mock, Proxy };

// One Prism server (prism-run.cjs) on a free loopback port. Wait with QTRY_VERIFY on
// isListening() || hasExited(); it stops when this object dies (its stdin closes).
class PrismProcess : public QObject
{
    Q_OBJECT
public:
    explicit PrismProcess(QObject *parent = nullptr);
    ~PrismProcess() override;

    void start(const Tools &tools, Mode mode, const QString &document, const QUrl &upstream = {});
    bool isListening() const { return m_url.isValid(); }
    bool hasExited() const { return m_exited; }
    QUrl url() const { return m_url; }
    QString version() const { return m_version; }
    QString log() const { return m_log; }
    qsizetype logSize() const { return m_log.size(); }
    // Log lines since `from` (a logSize()) that tell of violations or errors.
    QStringList complaintsSince(qsizetype from) const;

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    std::unique_ptr<QProcess> m_process;
    QString m_log;
    QByteArray m_pending;
    QUrl m_url;
    QString m_version;
    bool m_exited = false;
};

enum class Expect {
    Answer,          // the path is in the document: a 2xx answer with no violation
    NotInDocument,   // the operation is not in the document: Prism's own 404 NO_PATH_MATCHED_ERROR
                     // (or 405 NO_METHOD_MATCHED_ERROR where the path matches a template)
};

// What Prism found wrong with one exchange (empty: nothing). Request violations come back as 422
// UNPROCESSABLE_ENTITY, missing or wrong credentials as 401 UNAUTHORIZED, answer violations (with
// --errors) as 500 VIOLATIONS; warnings and every violation are also listed in the `sl-violations`
// header. Each is reported, and so is an answer that is not 2xx, or a request without credentials
// (an `Authorization: Bearer` header, or X-AUTH-USER and X-AUTH-TOKEN for the 2.0.x document).
QStringList verdict(const Exchange &exchange, Expect expect = Expect::Answer);

// The operations of the document, to find query parameters it does not declare. Prism lets an unknown
// query parameter through (and Kimai ignores it silently), so a misspelt filter would go unnoticed.
class DocumentIndex
{
public:
    QString load(const QString &path);   // error text, empty when fine
    qsizetype size() const { return m_operations.size(); }
    // The query parameters of the exchange that its operation does not declare (none when the path is
    // not in the document: Prism reports that itself).
    QStringList undeclaredQueryParameters(const Exchange &exchange) const;

private:
    struct Operation
    {
        QByteArray method;
        QRegularExpression path;
        int templated = 0;         // literal paths win over templates, as in Prism's router
        QSet<QString> query;
    };
    QList<Operation> m_operations;
};

// "GET /api/timesheets?size=5 -> 200" for messages.
QString describe(const Exchange &exchange);

} // namespace kd::contract
