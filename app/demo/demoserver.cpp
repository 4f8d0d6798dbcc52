#include "demo/demoserver.h"

#include "core/clock.h"
#include "demo/demoapi.h"
#include "demo/httpdate.h"
#include "demo/httpserver.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace kd::demo {

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

QString randomHex(int chars)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(chars);
    for (int i = 0; i < chars; ++i)
        out += QLatin1Char(digits[QRandomGenerator::system()->bounded(16)]);
    return out;
}

QString resolveTimezone(const QString &wanted)
{
    if (!wanted.isEmpty() && QTimeZone(wanted.toUtf8()).isValid())
        return wanted;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone(system).isValid())
        return QString::fromUtf8(system);
    return u"UTC"_s;
}

} // namespace

struct DemoServer::Private
{
    DemoOptions options;
    const DemoProfile *profile = nullptr;
    SystemClock systemClock;
    const Clock *clock = nullptr;

    mutable QMutex mutex;               // guards everything below
    Store store;
    std::unique_ptr<DemoApi> api;
    QList<ReceivedRequest> requests;
    QList<Fault> faults;
    QString timezone;
    QString token;
    QString password;
    quint16 port = 0;

    bool listenOk = false;              // the worker's listen() result, for start()
    QString listenError;

    // Owned by start()/stop(), which run in the owner's thread.
    std::unique_ptr<QThread> thread;
    QSemaphore listening;

    std::optional<Fault> takeFault(const http::Request &request);
    http::Reply handle(const http::Request &request);
    http::Response statusReply(const Fault &fault) const;
};

std::optional<Fault> DemoServer::Private::takeFault(const http::Request &request)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Fault &f = faults[i];
        if (!f.method.isEmpty() && f.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.pathRegex.isEmpty() && !QRegularExpression(f.pathRegex).match(request.path).hasMatch())
            continue;
        const Fault hit = f;
        if (f.times > 0 && --f.times == 0)
            faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

http::Response DemoServer::Private::statusReply(const Fault &fault) const
{
    http::Response r;
    r.status = fault.status;
    r.setHeader("Date", http::formatHttpDate(clock->now()));
    r.setHeader("Cache-Control", "no-cache, private");
    if (!fault.contentType.isEmpty())
        r.setHeader("Content-Type", fault.contentType);
    r.setHeader("X-Robots-Tag", "noindex");
    r.body = fault.body;
    return r;
}

http::Reply DemoServer::Private::handle(const http::Request &request)
{
    QMutexLocker lock(&mutex);
    ReceivedRequest received;
    received.method = request.method;
    received.path = request.path;
    received.query = request.query.query(QUrl::FullyDecoded);
    received.headers = request.headers;
    received.body = request.body;
    requests.append(received);
    // A long --demo session must not grow without bound: keep the most recent requests only.
    if (requests.size() > 4000)
        requests.remove(0, requests.size() - 2000);

    http::Reply reply;
    const std::optional<Fault> fault = takeFault(request);
    if (!fault) {
        reply.response = api->handle(request, &reply.delayMs);
        return reply;
    }
    int ignored = 0;
    switch (fault->action) {
    case Fault::Action::DropAfterHandling:
        api->handle(request, &ignored);   // the state changes happen, the answer is lost
        [[fallthrough]];
    case Fault::Action::DropBeforeHandling:
        reply.kind = http::Reply::Kind::TakeOver;
        reply.takeOver = [](QTcpSocket *socket) { socket->abort(); };
        return reply;
    case Fault::Action::Delay:
        reply.response = api->handle(request, &reply.delayMs);
        reply.delayMs += fault->delayMs;
        return reply;
    case Fault::Action::Status:
        reply.response = statusReply(*fault);
        return reply;
    }
    return reply;
}

DemoServer::DemoServer(DemoOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->clock = d->options.clock ? d->options.clock : &d->systemClock;
    d->timezone = resolveTimezone(d->options.timezone);
    if (d->options.version.isEmpty())
        d->profile = &newestDemoProfile();
    else
        d->profile = findDemoProfile(d->options.version);
    d->token = d->options.token.isEmpty() ? randomHex(40) : d->options.token;
    // Without API tokens the demo login (which passes the token) must work with the password.
    const bool tokens = !d->profile || d->profile->bearerAuth;
    d->password = !d->options.legacyPassword.isEmpty() ? d->options.legacyPassword : tokens ? randomHex(24) : d->token;
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start(QString *error)
{
    if (d->thread)
        return true;
    if (!d->profile) {
        if (error) {
            *error = u"unknown Kimai version \"%1\" (the demo speaks %2)"_s.arg(
                d->options.version, demoVersionNames().join(u", "_s));
        }
        return false;
    }
    {
        QMutexLocker lock(&d->mutex);
        generateSampleData(d->store, d->options, d->timezone, d->clock->now());
        d->api = std::make_unique<DemoApi>(&d->store, d->clock);
        ApiSettings &s = d->api->settings;
        s.username = d->options.username;
        s.token = d->token;
        s.legacyPassword = d->password;
        s.timezone = d->timezone;
        s.profile = d->profile;
        s.role = d->options.role;
        s.trackingMode = d->options.trackingMode;
        s.activeEntriesHardLimit = d->options.activeEntriesHardLimit;
        s.allowOverlapping = d->options.allowOverlapping;
        s.allowFutureTimes = d->options.allowFutureTimes;
        s.breakTimeActive = d->options.breakTimeActive;
        s.mayCreateTags = d->options.mayCreateTags;
        s.legacyDelayMinMs = d->options.legacyDelayMinMs;
        s.legacyDelayMaxMs = d->options.legacyDelayMaxMs;
    }

    d->thread = std::make_unique<QThread>();
    d->thread->setObjectName(u"kd-demo-server"_s);
    // The context object lives in the worker thread and owns the HTTP server there; it is deleted
    // in that thread when the thread finishes (QThread runs deferred deletes on its way out).
    auto *context = new QObject;
    context->moveToThread(d->thread.get());
    Private *p = d.get();
    connect(d->thread.get(), &QThread::started, context, [p, context] {
        auto *server = new http::Server([p](const http::Request &r) { return p->handle(r); }, context);
        QString listenError;
        const bool ok = server->listen(p->options.address, p->options.port, &listenError);
        {
            QMutexLocker lock(&p->mutex);
            p->port = ok ? server->port() : 0;
            p->listenOk = ok;
            p->listenError = listenError;
        }
        p->listening.release();   // start() waits for this
    });
    connect(d->thread.get(), &QThread::finished, context, &QObject::deleteLater);
    d->thread->start();
    d->listening.acquire();

    bool ok = false;
    {
        QMutexLocker lock(&d->mutex);
        ok = d->listenOk;
        if (!ok && error)
            *error = d->listenError;
    }
    if (!ok)
        stop();
    return ok;
}

void DemoServer::stop()
{
    if (!d->thread)
        return;
    d->thread->quit();
    d->thread->wait();
    d->thread.reset();
    QMutexLocker lock(&d->mutex);
    d->port = 0;
}

bool DemoServer::isRunning() const
{
    QMutexLocker lock(&d->mutex);
    return d->port != 0;
}

QUrl DemoServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->options.address.toString());
    url.setPort(port());
    return url;
}

quint16 DemoServer::port() const
{
    QMutexLocker lock(&d->mutex);
    return d->port;
}

QString DemoServer::username() const { return d->options.username; }
QString DemoServer::token() const { return d->token; }
QString DemoServer::legacyPassword() const { return d->password; }
QString DemoServer::timezone() const { return d->timezone; }
const DemoProfile *DemoServer::profile() const { return d->profile; }

QList<ReceivedRequest> DemoServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests;
}

void DemoServer::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->requests.clear();
}

void DemoServer::addFault(const Fault &fault)
{
    QMutexLocker lock(&d->mutex);
    if (fault.times != 0)
        d->faults.append(fault);
}

void DemoServer::clearFaults()
{
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

void DemoServer::setTrackingMode(const QString &mode)
{
    QMutexLocker lock(&d->mutex);
    d->options.trackingMode = mode;
    if (d->api)
        d->api->settings.trackingMode = mode;
}

void DemoServer::setActiveEntriesHardLimit(int limit)
{
    QMutexLocker lock(&d->mutex);
    d->options.activeEntriesHardLimit = limit;
    if (d->api)
        d->api->settings.activeEntriesHardLimit = limit;
}

void DemoServer::setAllowOverlapping(bool allow)
{
    QMutexLocker lock(&d->mutex);
    d->options.allowOverlapping = allow;
    if (d->api)
        d->api->settings.allowOverlapping = allow;
}

void DemoServer::setAllowFutureTimes(bool allow)
{
    QMutexLocker lock(&d->mutex);
    d->options.allowFutureTimes = allow;
    if (d->api)
        d->api->settings.allowFutureTimes = allow;
}

void DemoServer::setBreakTimeActive(bool active)
{
    QMutexLocker lock(&d->mutex);
    d->options.breakTimeActive = active;
    if (d->api)
        d->api->settings.breakTimeActive = active;
}

void DemoServer::setMayCreateTags(bool may)
{
    QMutexLocker lock(&d->mutex);
    d->options.mayCreateTags = may;
    if (d->api)
        d->api->settings.mayCreateTags = may;
}

void DemoServer::setRole(DemoRole role)
{
    QMutexLocker lock(&d->mutex);
    d->options.role = role;
    if (d->api)
        d->api->settings.role = role;
}

std::optional<Timesheet> DemoServer::timesheet(int id) const
{
    QMutexLocker lock(&d->mutex);
    const qsizetype index = d->store.indexOfTimesheet(id);
    if (index < 0)
        return std::nullopt;
    return d->store.timesheets[size_t(index)];
}

QList<int> DemoServer::timesheetIds(int userId) const
{
    QMutexLocker lock(&d->mutex);
    QList<int> ids;
    for (const Timesheet &t : d->store.timesheets) {
        if (t.user == userId)
            ids.append(t.id);
    }
    return ids;
}

QList<int> DemoServer::favoriteIds() const
{
    QMutexLocker lock(&d->mutex);
    return d->store.favorites;
}

QStringList DemoServer::tagNames() const
{
    QMutexLocker lock(&d->mutex);
    QStringList names;
    for (const Tag &t : d->store.tags)
        names.append(t.name);
    return names;
}

QStringList DemoServer::tagsOf(int timesheetId) const
{
    QMutexLocker lock(&d->mutex);
    const qsizetype index = d->store.indexOfTimesheet(timesheetId);
    return index < 0 ? QStringList() : d->store.tagNames(d->store.timesheets[size_t(index)].tags);
}

int DemoServer::timesheetCount() const
{
    QMutexLocker lock(&d->mutex);
    return int(std::count_if(d->store.timesheets.begin(), d->store.timesheets.end(),
                             [](const Timesheet &t) { return t.user == kDemoUserId; }));
}

int DemoServer::runningCount() const
{
    return int(runningIds().size());
}

QList<int> DemoServer::runningIds() const
{
    QMutexLocker lock(&d->mutex);
    QList<int> ids;
    for (const Timesheet &t : d->store.timesheets) {
        if (t.user == kDemoUserId && t.running)
            ids.append(t.id);
    }
    return ids;
}

} // namespace kd::demo
