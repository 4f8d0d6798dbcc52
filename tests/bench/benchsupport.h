#pragma once

// Shared pieces of the benchmark programs that watch the app: a QNetworkAccessManager that records
// every request's timing, and a driver that runs a measured child process and collects its metrics.

#include "benchcore.h"

#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

namespace kdbench {

// A QNetworkAccessManager that records, for every request, when the app created it and when its
// answer finished (both as seen by the GUI thread). QNetworkReply::requestSent is recorded too, but it
// is not reliable: on a reused connection it reaches the GUI thread together with the answer. For
// what happened on the wire, see WireRecorder.
class CountingNam final : public QNetworkAccessManager
{
public:
    struct Record
    {
        QByteArray method;
        QString path;          // with the query
        QByteArray target;     // as on the request line
        qint64 createdNs = 0;
        qint64 sentNs = 0;     // 0 until reported sent (see above)
        qint64 finishedNs = 0; // 0 until finished
        int status = 0;
        qint64 bytes = 0;
    };

    using QNetworkAccessManager::QNetworkAccessManager;
    const std::vector<Record> &records() const { return m_records; }

    // Requests created before `untilNs` (0: all).
    int requestCount(qint64 untilNs = 0) const;
    // The longest chain of requests, among those finished by `untilNs`, where the app created each one
    // only after the previous one had finished: the round trips the app's logic makes sequential
    // (waiting for a free connection comes on top; WireRecorder sees that).
    int sequentialRoundTrips(qint64 untilNs) const;
    // The chain itself, for the log ("GET /api/version -> GET /api/timesheets").
    QStringList longestChain(qint64 untilNs) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    std::vector<Record> m_records;
};

// A TCP relay in front of the demo server that stamps, on the wire, when each HTTP request begins and
// when its answer ends (HTTP/1.1 without pipelining: one request at a time per connection, which is
// how Qt sends). It runs in its own thread, so the stamps do not wait for anybody's event loop. This
// is what the sequential round trips are counted from: QNetworkReply::requestSent reaches the GUI
// thread late on a reused connection, so the client cannot see it by itself.
class WireRecorder final
{
public:
    struct Exchange
    {
        int connection = 0;
        QByteArray requestLine;   // "GET /api/version HTTP/1.1"
        qint64 startNs = 0;       // first byte of the request
        qint64 answerEndNs = 0;   // last byte of the answer so far (0: none yet)
    };

    WireRecorder();
    ~WireRecorder();
    // Listens on 127.0.0.1 (any port) and relays to `target`. Returns the address to give clients.
    QUrl start(const QUrl &target, QString *error = nullptr);
    QList<Exchange> exchanges() const;
    int connections() const;
    void clear();

    // What the app said about a request (from CountingNam, passed on by the child as
    // "# request <createdNs> <finishedNs> <METHOD> <target>" lines).
    struct AppSide
    {
        QByteArray requestLine;   // "GET /api/version"
        qint64 createdNs = 0;
        qint64 finishedNs = 0;
    };
    static QList<AppSide> parseAppSide(const QByteArray &childOutput);

    // The longest chain of exchanges whose answers the app had processed by `untilNs` in which each one had to wait for the
    // one before: it began on the wire after that one's answer ended, and either the app created
    // it only after it had processed that answer (it waited for the result), or the app had created
    // it while that one was still on the wire and it then went out on that same connection (it
    // waited for a free connection). Two independent requests that merely follow each other on an
    // idle connection are not a chain. Returns the chain.
    static QStringList longestChain(const QList<Exchange> &exchanges, const QList<AppSide> &app, qint64 untilNs);
    static int requestCount(const QList<Exchange> &exchanges, qint64 untilNs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Metric lines ("name value") read back from a child's output.
using MetricMap = QMap<QByteArray, double>;
MetricMap parseMetrics(const QByteArray &output);

// Runs `program args` as a measured child (stamped with kT0Env just before start), with its own
// fresh XDG config/data/runtime directories, and hands back its metric lines. Errors go to stderr.
class ChildRunner final : public QObject
{
public:
    explicit ChildRunner(QObject *parent = nullptr);
    ~ChildRunner() override;
    void run(const QString &program, const QStringList &args,
             std::function<void(bool ok, MetricMap metrics, const QByteArray &output)> done,
             int timeoutMs = 300'000);
    // Extra environment for every child (e.g. QT_QPA_PLATFORM).
    QProcessEnvironment &environment() { return m_env; }
    // Files copied into every child's fresh XDG_CONFIG_HOME (e.g. a saved login), before it starts.
    void setConfigTemplate(const QString &dir) { m_configTemplate = dir; }

private:
    QProcessEnvironment m_env;
    QString m_configTemplate;
    QString m_root;
    int m_counter = 0;
};

} // namespace kdbench
