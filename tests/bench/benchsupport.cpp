#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace kdbench {

// --- CountingNam ------------------------------------------------------------------------------

QNetworkReply *CountingNam::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    Record r;
    switch (op) {
    case GetOperation: r.method = "GET"; break;
    case PostOperation: r.method = "POST"; break;
    case PutOperation: r.method = "PUT"; break;
    case DeleteOperation: r.method = "DELETE"; break;
    case HeadOperation: r.method = "HEAD"; break;
    case CustomOperation: r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    case UnknownOperation: r.method = "?"; break;
    }
    const QUrl url = request.url();
    r.path = url.path() + (url.hasQuery() ? QLatin1Char('?') + url.query() : QString());
    r.createdNs = nowNs();
    const size_t index = m_records.size();
    m_records.push_back(r);
    connect(reply, &QNetworkReply::requestSent, this, [this, index] {
        if (!m_records[index].sentNs)
            m_records[index].sentNs = nowNs();
    });
    connect(reply, &QNetworkReply::finished, this, [this, index, reply] {
        Record &rec = m_records[index];
        rec.finishedNs = nowNs();
        rec.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        rec.bytes = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    });
    return reply;
}

int CountingNam::requestCount(qint64 untilNs) const
{
    return int(std::count_if(m_records.begin(), m_records.end(),
                             [untilNs](const Record &r) { return untilNs == 0 || r.createdNs <= untilNs; }));
}

QStringList CountingNam::longestChain(qint64 untilNs) const
{
    // Longest chain of intervals [start, finished] where each starts after the previous finished.
    std::vector<const Record *> done;
    for (const Record &r : m_records) {
        if (r.finishedNs && (untilNs == 0 || r.finishedNs <= untilNs))
            done.push_back(&r);
    }
    std::sort(done.begin(), done.end(), [](const Record *a, const Record *b) { return a->finishedNs < b->finishedNs; });
    const size_t n = done.size();
    std::vector<int> length(n, 1);
    std::vector<int> previous(n, -1);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (done[j]->finishedNs <= done[i]->startNs() && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = int(j);
            }
        }
    }
    int best = -1;
    for (size_t i = 0; i < n; ++i) {
        if (best < 0 || length[i] > length[size_t(best)])
            best = int(i);
    }
    QStringList chain;
    for (int i = best; i >= 0; i = previous[size_t(i)])
        chain.prepend(QString::fromLatin1(done[size_t(i)]->method) + QLatin1Char(' ') + done[size_t(i)]->path.section(QLatin1Char('?'), 0, 0));
    return chain;
}

int CountingNam::sequentialRoundTrips(qint64 untilNs) const
{
    return int(longestChain(untilNs).size());
}

// --- Child processes --------------------------------------------------------------------------

MetricMap parseMetrics(const QByteArray &output)
{
    MetricMap map;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        bool ok = false;
        const double value = parts.value(1).toDouble(&ok);
        if (parts.size() == 2 && ok)
            map.insert(parts.at(0), value);
    }
    return map;
}

namespace {
std::unique_ptr<QTemporaryDir> &scratchRoot()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}
} // namespace

ChildRunner::ChildRunner(QObject *parent)
    : QObject(parent)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    if (!scratchRoot())
        scratchRoot() = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kd-bench-XXXXXX"));
    m_root = scratchRoot()->path();
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (!m_env.contains(QStringLiteral("QT_LOGGING_RULES")))
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
}

ChildRunner::~ChildRunner() = default;

void ChildRunner::run(const QString &program, const QStringList &args, std::function<void(bool, MetricMap)> done, int timeoutMs)
{
    // Fresh settings and a private runtime directory (the single-instance socket) for every run;
    // the font cache (XDG_CACHE_HOME) is shared so that every run finds it warm.
    const QString home = m_root + QStringLiteral("/run-%1").arg(++m_counter);
    QProcessEnvironment env = m_env;
    for (const auto &[var, sub] : {std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
                                   std::pair{"XDG_RUNTIME_DIR", "runtime"}}) {
        const QString path = home + QLatin1Char('/') + QLatin1String(sub);
        QDir().mkpath(path);
        env.insert(QLatin1String(var), path);
    }
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    auto *watchdog = new QTimer(process);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, process, [process] {
        std::fprintf(stderr, "bench: child timed out, killing it\n");
        process->kill();
    });
    connect(process, &QProcess::finished, this, [process, done](int code, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        process->deleteLater();
        const bool ok = status == QProcess::NormalExit && code == 0;
        if (!ok)
            std::fprintf(stderr, "bench: child failed (exit %d)\n%s", code, out.constData());
        done(ok, parseMetrics(out));
    });
    connect(process, &QProcess::errorOccurred, this, [process, program, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        std::fprintf(stderr, "bench: cannot start %s: %s\n", qPrintable(program), qPrintable(process->errorString()));
        process->deleteLater();
        done(false, {});
    });
    watchdog->start(timeoutMs);
    env.insert(QLatin1String(kT0Env), QString::number(nowNs()));
    process->setProcessEnvironment(env);
    process->start(program, args);
}

} // namespace kdbench
