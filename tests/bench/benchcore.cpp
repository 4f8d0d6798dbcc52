#include "benchcore.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace kdbench {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 processStartNs()
{
    static const qint64 start = [] {
        bool ok = false;
        const qint64 stamped = qEnvironmentVariable(kT0Env).toLongLong(&ok);
        return ok && stamped > 0 ? stamped : nowNs();
    }();
    return start;
}

void metric(const QByteArray &name, double value, int decimals)
{
    std::printf("%s %.*f\n", name.constData(), decimals, value);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

qint64 mainThreadSwitches()
{
    QFile status(QStringLiteral("/proc/self/task/%1/status").arg(QCoreApplication::applicationPid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:"))
            total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    return total;
}

void countWakeups(int settleMs, int seconds, std::function<void(double)> done)
{
    QTimer::singleShot(settleMs, QCoreApplication::instance(), [seconds, done] {
        const qint64 before = mainThreadSwitches();
        const qint64 startNs = nowNs();
        QTimer::singleShot(seconds * 1000, QCoreApplication::instance(), [before, startNs, done] {
            // The end timer's own wake-up is not the app's: leave it out.
            const qint64 switches = mainThreadSwitches() - before - 1;
            const double minutes = double(nowNs() - startNs) / 60e9;
            done(minutes > 0 ? double(switches) / minutes : 0);
        });
    });
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// --- Steps ------------------------------------------------------------------------------------

void Steps::start()
{
    QTimer::singleShot(0, this, [this] { next(); });
}

void Steps::next()
{
    if (m_steps.empty()) {
        if (finished)
            finished();
        else
            QCoreApplication::quit();
        return;
    }
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    step([this] { QTimer::singleShot(0, this, [this] { next(); }); });
}

// --- StallMeter -------------------------------------------------------------------------------

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double gap = double(m_clock.nsecsElapsed()) / 1e6;
        m_max = std::max(m_max, gap);
        if (m_keepOver > 0 && gap > m_keepOver)
            m_gaps.push_back({nowNs(), gap});
        m_clock.restart();
    });
}

void StallMeter::start()
{
    m_max = 0;
    m_gaps.clear();
    m_clock.start();
    m_timer.start();
}

double StallMeter::stop()
{
    m_max = std::max(m_max, double(m_clock.nsecsElapsed()) / 1e6);
    m_timer.stop();
    return m_max;
}

double StallMeter::current() const
{
    return std::max(m_max, m_timer.isActive() ? double(m_clock.nsecsElapsed()) / 1e6 : 0.0);
}

// --- BenchApplication -------------------------------------------------------------------------

struct BenchApplication::Probe
{
    QPointer<QWidget> widget;
    Scope scope = Scope::Widget;
    std::function<bool()> condition;
    std::function<void(qint64)> done;
    bool painted = false;
    bool fired = false;
};

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_guiThread(QThread::currentThread())
{
}

BenchApplication::~BenchApplication() = default;

void BenchApplication::whenPainted(QWidget *widget, Scope scope, std::function<bool()> condition, std::function<void(qint64)> done)
{
    auto probe = std::make_unique<Probe>();
    probe->widget = widget;
    probe->scope = scope;
    probe->condition = std::move(condition);
    probe->done = std::move(done);
    m_probes.push_back(std::move(probe));
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() runs in every thread that delivers events (the network thread, the thread pool);
    // only the GUI thread's dispatches are counted.
    if (QThread::currentThread() != m_guiThread)
        return QApplication::notify(receiver, event);
    if (event->type() == QEvent::Paint && receiver->isWidgetType()) {
        auto *w = static_cast<QWidget *>(receiver);
        for (const auto &p : m_probes) {
            if (p->fired || p->painted || !p->widget)
                continue;
            const bool ours = p->scope == Scope::Widget ? w == p->widget : w->window() == p->widget;
            if (ours && (!p->condition || p->condition()))
                p->painted = true;
        }
    }
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    if (--m_depth == 0) {
        qint64 ns = 0;
        for (const auto &p : m_probes) {
            if (!p->painted || p->fired)
                continue;
            if (!ns)
                ns = nowNs();
            p->fired = true;
            // Report from the event loop, not from inside notify().
            QTimer::singleShot(0, this, [done = p->done, ns] { done(ns); });
        }
    }
    return result;
}

namespace {
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void quietOffscreenWarnings()
{
    g_previousHandler = qInstallMessageHandler(quietHandler);
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace kdbench
