#pragma once

// Shared pieces of the benchmark programs that watch the app: a QNetworkAccessManager that records
// every request's timing, and a driver that runs a measured child process and collects its metrics.

#include "benchcore.h"

#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace kdbench {

// A QNetworkAccessManager that records, for every request, when it was created, when it went out on
// the wire (QNetworkReply::requestSent; a request waiting for a free connection goes out later) and
// when its answer finished.
class CountingNam final : public QNetworkAccessManager
{
public:
    struct Record
    {
        QByteArray method;
        QString path;          // with the query
        qint64 createdNs = 0;
        qint64 sentNs = 0;     // 0 until sent
        qint64 finishedNs = 0; // 0 until finished
        int status = 0;
        qint64 bytes = 0;
        qint64 startNs() const { return sentNs ? sentNs : createdNs; }
    };

    using QNetworkAccessManager::QNetworkAccessManager;
    const std::vector<Record> &records() const { return m_records; }

    // Requests created before `untilNs` (0: all).
    int requestCount(qint64 untilNs = 0) const;
    // The longest chain of requests, among those finished by `untilNs`, where each one went out only
    // after the previous one had finished: the number of sequential round trips.
    int sequentialRoundTrips(qint64 untilNs) const;
    // The chain itself, for the log ("GET /api/version -> GET /api/timesheets").
    QStringList longestChain(qint64 untilNs) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    std::vector<Record> m_records;
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
    void run(const QString &program, const QStringList &args, std::function<void(bool ok, MetricMap metrics)> done,
             int timeoutMs = 300'000);
    // Extra environment for every child (e.g. QT_QPA_PLATFORM).
    QProcessEnvironment &environment() { return m_env; }

private:
    QProcessEnvironment m_env;
    QString m_root;
    int m_counter = 0;
};

} // namespace kdbench
