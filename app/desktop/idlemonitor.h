#pragma once

// Where the desktop says how long the user has not touched keyboard or mouse. It only reports:
// what to do about idleness is decided in session/ (IdlePolicy). A clock-driven fake stands in for
// it in unit tests.

#include <QDateTime>
#include <QObject>
#include <QString>

namespace kd {

class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether idle time can be read here at all (false until a source has answered).
    virtual bool available() const = 0;
    // The interface in use ("org.gnome.Mutter.IdleMonitor", "org.freedesktop.ScreenSaver",
    // "XScreenSaver"); empty when there is none. Technical, not translated.
    virtual QString sourceName() const = 0;

    // Watch until stop(): idleBegan() once the user has been idle for thresholdMs, then
    // activeAgain() when they are back. Calling start() again changes the threshold. Sources
    // without a signal poll only between start() and stop().
    virtual void start(qint64 thresholdMs) = 0;
    virtual void stop() = 0;
    virtual bool isWatching() const = 0;

    // One reading of the current idle time, answered by idleTimeReported().
    virtual void queryIdleTime() = 0;

Q_SIGNALS:
    // `since`: the moment idleness began (now - reported idle time), not when it was noticed.
    void idleBegan(const QDateTime &since);
    // The user is back; `back` is their first (polling sources: last) input after the idle span.
    void activeAgain(const QDateTime &idleSince, const QDateTime &back);
    // The answer to queryIdleTime(): milliseconds, or -1 when it cannot be read.
    void idleTimeReported(qint64 ms);
    void availableChanged(bool available);
};

} // namespace kd
