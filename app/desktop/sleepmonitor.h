#pragma once

// Suspend and resume, from logind's PrepareForSleep(bool) on the system bus, with a *delay*
// inhibitor so that work that must happen before the machine sleeps (a "stop on sleep" reaching
// the server) gets the chance to finish. Only reports; the app decides what to do.
//
//   setDelayWanted(true)   hold a delay inhibitor from now on (the app wants it while something
//                          might need doing before sleep, e.g. while a timer runs)
//   aboutToSleep(at)       PrepareForSleep(true). A handler that has work to do calls
//                          delaySleep() during this signal, and releaseSleep() when done. If
//                          nobody did, the inhibitor is released at once; in any case after the
//                          cap (5 s, logind's default InhibitDelayMaxSec).
//   resumed(at)            PrepareForSleep(false); the inhibitor is taken again if still wanted.

#include <QDBusConnection>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kd {

class Clock;

namespace dbus {
class LogindManagerProxy;
}

class SleepMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultReleaseCapMs = 5000;

    SleepMonitor(const QDBusConnection &systemBus, const Clock *clock, QObject *parent = nullptr);
    ~SleepMonitor() override;

    // Listens to logind from now on (needs no answer: signals arrive once logind is there).
    void start();
    bool isStarted() const { return m_manager != nullptr; }

    void setDelayWanted(bool wanted);
    bool delayWanted() const { return m_wanted; }
    bool holdsInhibitor() const { return m_fd >= 0; }
    bool preparingForSleep() const { return m_preparing; }

    void delaySleep();
    void releaseSleep();
    void setReleaseCapMs(int ms) { m_cap.setInterval(ms); }

Q_SIGNALS:
    void aboutToSleep(const QDateTime &at);
    void resumed(const QDateTime &at);
    // The delay inhibitor was taken (true) or released (false).
    void inhibitorChanged(bool held);

private:
    void onPrepareForSleep(bool start);
    void takeInhibitor();
    void releaseInhibitor();

    QDBusConnection m_bus;
    const Clock *m_clock;
    dbus::LogindManagerProxy *m_manager = nullptr;
    QTimer m_cap;
    bool m_wanted = false;
    bool m_taking = false;
    bool m_preparing = false;
    int m_holds = 0;
    int m_fd = -1;
};

} // namespace kd
