#include "benchsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
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
    r.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
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
            if (done[j]->finishedNs <= done[i]->createdNs && length[j] + 1 > length[i]) {
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

// --- WireRecorder ----------------------------------------------------------------------------

namespace {

class Relay final : public QObject
{
public:
    Relay(QHostAddress upstream, quint16 upstreamPort, QMutex *mutex, QList<WireRecorder::Exchange> *log, int *connections)
        : m_upstream(std::move(upstream))
        , m_upstreamPort(upstreamPort)
        , m_mutex(mutex)
        , m_log(log)
        , m_connections(connections)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &Relay::onNewConnection);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    struct Pair
    {
        int id = 0;
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray pending;      // client bytes before the upstream connection is up
        bool inRequest = false;  // the client is sending; the next server byte begins the answer
        qsizetype current = -1;  // index of this connection's current exchange in the log
    };

    void onNewConnection()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto pair = std::make_shared<Pair>();
            pair->client = client;
            pair->server = new QTcpSocket(this);
            {
                QMutexLocker lock(m_mutex);
                pair->id = ++*m_connections;
            }
            client->setParent(this);
            pair->client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pair->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(client, &QTcpSocket::readyRead, this, [this, pair] { fromClient(*pair); });
            connect(pair->server, &QTcpSocket::connected, this, [pair] {
                if (!pair->pending.isEmpty())
                    pair->server->write(std::exchange(pair->pending, {}));
            });
            connect(pair->server, &QTcpSocket::readyRead, this, [this, pair] { fromServer(*pair); });
            auto close = [pair] {
                pair->client->disconnectFromHost();
                pair->server->disconnectFromHost();
                pair->client->deleteLater();
                pair->server->deleteLater();
            };
            connect(client, &QTcpSocket::disconnected, this, close);
            connect(pair->server, &QTcpSocket::disconnected, this, close);
            pair->server->connectToHost(m_upstream, m_upstreamPort);
        }
    }

    void fromClient(Pair &p)
    {
        const QByteArray data = p.client->readAll();
        if (data.isEmpty())
            return;
        if (!p.inRequest) {
            WireRecorder::Exchange e;
            e.connection = p.id;
            e.requestLine = data.left(data.indexOf('\r'));
            e.startNs = nowNs();
            QMutexLocker lock(m_mutex);
            m_log->append(e);
            p.current = m_log->size() - 1;
            p.inRequest = true;
        }
        if (p.server->state() == QAbstractSocket::ConnectedState)
            p.server->write(data);
        else
            p.pending += data;
    }

    void fromServer(Pair &p)
    {
        const QByteArray data = p.server->readAll();
        if (data.isEmpty())
            return;
        p.client->write(data);
        p.inRequest = false;
        if (p.current >= 0) {
            QMutexLocker lock(m_mutex);
            if (p.current < m_log->size())
                (*m_log)[p.current].answerEndNs = nowNs();
        }
    }

    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    QMutex *m_mutex;
    QList<WireRecorder::Exchange> *m_log;
    int *m_connections;
    QTcpServer *m_server = nullptr;
};

} // namespace

struct WireRecorder::Private
{
    mutable QMutex mutex;
    QList<Exchange> log;
    int connections = 0;
    QThread thread;
    Relay *relay = nullptr;
};

WireRecorder::WireRecorder()
    : d(std::make_unique<Private>())
{
}

WireRecorder::~WireRecorder()
{
    if (d->relay)
        QMetaObject::invokeMethod(d->relay, &QObject::deleteLater);
    d->thread.quit();
    d->thread.wait();
}

QUrl WireRecorder::start(const QUrl &target, QString *error)
{
    d->relay = new Relay(QHostAddress(target.host()), quint16(target.port()), &d->mutex, &d->log, &d->connections);
    d->relay->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("WireRecorder"));
    d->thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(d->relay, [this, &port] { port = d->relay->listen(); }, Qt::BlockingQueuedConnection);
    if (!port) {
        if (error)
            *error = QStringLiteral("the wire recorder cannot listen");
        return {};
    }
    QUrl url = target;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

QList<WireRecorder::Exchange> WireRecorder::exchanges() const
{
    QMutexLocker lock(&d->mutex);
    return d->log;
}

int WireRecorder::connections() const
{
    QMutexLocker lock(&d->mutex);
    return d->connections;
}

void WireRecorder::clear()
{
    QMutexLocker lock(&d->mutex);
    d->log.clear();
    d->connections = 0;
}

QList<WireRecorder::AppSide> WireRecorder::parseAppSide(const QByteArray &childOutput)
{
    QList<AppSide> out;
    const QList<QByteArray> lines = childOutput.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("# request "))
            continue;
        const QList<QByteArray> f = line.mid(10).split(' ');
        if (f.size() < 4)
            continue;
        AppSide a;
        a.createdNs = f.at(0).toLongLong();
        a.finishedNs = f.at(1).toLongLong();
        a.requestLine = f.at(2) + ' ' + f.at(3);
        out.append(a);
    }
    return out;
}

QStringList WireRecorder::longestChain(const QList<Exchange> &exchanges, const QList<AppSide> &app, qint64 untilNs)
{
    // Pair each exchange with the app's record of it: the n-th "GET /x" on the wire is the n-th the
    // app created.
    QHash<QByteArray, int> seen;
    struct Item
    {
        const Exchange *wire;
        const AppSide *app;
    };
    std::vector<Item> done;
    for (const Exchange &e : exchanges) {
        const QByteArray line = e.requestLine.left(e.requestLine.lastIndexOf(' '));
        const int nth = seen[line]++;
        const AppSide *match = nullptr;
        int k = 0;
        for (const AppSide &a : app) {
            if (a.requestLine == line && k++ == nth) {
                match = &a;
                break;
            }
        }
        // Counted when the app had processed the answer by `untilNs` (the GUI thread's view).
        const qint64 processed = match && match->finishedNs ? match->finishedNs : e.answerEndNs;
        if (e.answerEndNs && processed && processed <= untilNs)
            done.push_back({&e, match});
    }
    std::sort(done.begin(), done.end(), [](const Item &a, const Item &b) { return a.wire->answerEndNs < b.wire->answerEndNs; });
    auto waited = [](const Item &before, const Item &after) {
        if (after.wire->startNs < before.wire->answerEndNs || !after.app || !before.app)
            return false;
        // The app asked for it only once it had the answer (GUI thread: created after finished) ...
        if (before.app->finishedNs && after.app->createdNs >= before.app->finishedNs)
            return true;
        // ... or it was asked for while that one was on the wire, and went out on its connection
        // after it: it waited in Qt's queue for a free connection.
        return after.wire->connection == before.wire->connection && after.app->createdNs < before.wire->answerEndNs;
    };
    const size_t n = done.size();
    std::vector<int> length(n, 1);
    std::vector<int> previous(n, -1);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (waited(done[j], done[i]) && length[j] + 1 > length[i]) {
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
    for (int i = best; i >= 0; i = previous[size_t(i)]) {
        const QList<QByteArray> parts = done[size_t(i)].wire->requestLine.split(' ');
        chain.prepend(QString::fromLatin1(parts.value(0) + ' ' + parts.value(1).split('?').value(0)));
    }
    return chain;
}

int WireRecorder::requestCount(const QList<Exchange> &exchanges, qint64 untilNs)
{
    return int(std::count_if(exchanges.begin(), exchanges.end(), [untilNs](const Exchange &e) { return e.startNs <= untilNs; }));
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

void ChildRunner::run(const QString &program, const QStringList &args,
                      std::function<void(bool, MetricMap, const QByteArray &)> done, int timeoutMs)
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
    if (!m_configTemplate.isEmpty()) {
        QDirIterator files(m_configTemplate, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString from = files.next();
            if (files.fileInfo().isDir())
                continue;
            const QString to = home + QStringLiteral("/config/") + QDir(m_configTemplate).relativeFilePath(from);
            QDir().mkpath(QFileInfo(to).absolutePath());
            QFile::copy(from, to);
        }
    }

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
        done(ok, parseMetrics(out), out);
    });
    connect(process, &QProcess::errorOccurred, this, [process, program, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        std::fprintf(stderr, "bench: cannot start %s: %s\n", qPrintable(program), qPrintable(process->errorString()));
        process->deleteLater();
        done(false, {}, {});
    });
    watchdog->start(timeoutMs);
    env.insert(QLatin1String(kT0Env), QString::number(nowNs()));
    process->setProcessEnvironment(env);
    process->start(program, args);
}

} // namespace kdbench
