#pragma once

// Shared pieces of the benchmark programs that need only Qt Widgets (the bare-window floor uses
// them too): a system-wide clock, "name value" metric lines, process memory from /proc,
// asynchronous steps on the event loop, a GUI stall meter, and a probe that reports when a widget
// has been painted in a given state.

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QWidget;

namespace kdbench {
// CLOCK_MONOTONIC in nanoseconds: the same clock in every process, so a parent can stamp "process
// start" and the child can measure from it.
qint64 nowNs();
inline double msBetween(qint64 fromNs, qint64 toNs) { return double(toNs - fromNs) / 1e6; }

// The name of the environment variable that carries the parent's stamp taken just before it
// started the process (falls back to the moment main() ran when absent).
inline constexpr char kT0Env[] = "KD_BENCH_T0_NS";
qint64 processStartNs();

// One line per metric: "name value".
void metric(const QByteArray &name, double value, int decimals = 1);
void note(const QString &text);   // a "# ..." comment line

double median(std::vector<double> values);

// From /proc/self/status, in MiB (0 when unknown).
double statusMb(const char *field);   // "VmHWM", "VmRSS", ...
inline double peakRssMb() { return statusMb("VmHWM"); }
inline double rssMb() { return statusMb("VmRSS"); }
// Resets VmHWM to the current RSS (Linux: /proc/self/clear_refs "5").
bool resetPeakRss();
// Context switches of this process's main (GUI) thread so far, voluntary + involuntary: each is a
// wake-up of the thread (from /proc/self/task/<pid>/status).
qint64 mainThreadSwitches();
// Calls `done(wakeupsPerMinute)` after counting the main thread's wake-ups for `seconds`, starting
// `settleMs` from now. Reading the counters costs no wake-up of its own beyond the two timers.
void countWakeups(int settleMs, int seconds, std::function<void(double perMinute)> done);

// Runs asynchronous steps one after the other on the main event loop (no nested loops).
class Steps final : public QObject
{
public:
    using Done = std::function<void()>;
    using Step = std::function<void(Done done)>;
    void add(Step step) { m_steps.push_back(std::move(step)); }
    void start();
    // Called when the last step is done (default: QCoreApplication::quit).
    std::function<void()> finished;

private:
    void next();
    std::deque<Step> m_steps;
};

// The longest gap between the ticks of a 5 ms timer: how long the GUI thread was blocked.
class StallMeter final : public QObject
{
public:
    StallMeter();
    void start();
    double stop();                      // ms
    double current() const;             // longest gap so far
    bool isRunning() const { return m_timer.isActive(); }
    // Gaps longer than `ms` are kept with the moment they ended (nowNs()), for diagnosis.
    void keepGapsOver(double ms) { m_keepOver = ms; }
    struct Gap
    {
        qint64 endNs;
        double ms;
    };
    const std::vector<Gap> &longGaps() const { return m_gaps; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
    double m_keepOver = 0;
    std::vector<Gap> m_gaps;
};

// The QApplication of every measured program. It times frames exactly: whenPainted() calls
// `done(ns)` once, with the moment the outermost event dispatch during which `widget` (Scope::Widget)
// or any widget of its window (Scope::Window) was painted while `condition()` held has returned, i.e.
// when the whole repaint and the flush of the backing store are done (and before anything queued
// meanwhile, such as network replies, is handled).
class BenchApplication final : public QApplication
{
public:
    enum class Scope { Widget, Window };
    BenchApplication(int &argc, char **argv);
    ~BenchApplication() override;
    void whenPainted(QWidget *widget, Scope scope, std::function<bool()> condition, std::function<void(qint64 ns)> done);

protected:
    bool notify(QObject *receiver, QEvent *event) override;

private:
    struct Probe;
    std::vector<std::unique_ptr<Probe>> m_probes;
    QThread *m_guiThread;
    int m_depth = 0;
};

// Drops the offscreen platform's "This plugin does not support propagateSizeHints()" warning (one per
// window) and passes every other message on.
void quietOffscreenWarnings();

// Command-line helper: the value after `name`, or `fallback`.
QString argValue(const QStringList &args, const QString &name, const QString &fallback = {});

} // namespace kdbench
