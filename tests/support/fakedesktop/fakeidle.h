#pragma once

// The fake desktop's idle sources: one "user" whose last input the test sets, seen through
// org.gnome.Mutter.IdleMonitor (watches that fire like Mutter's) and org.freedesktop.ScreenSaver
// (GetSessionIdleTime in milliseconds, like KDE's), or through a ScreenSaver stub that only
// inhibits (like GNOME's gsd-screensaver-proxy), so GetSessionIdleTime is an unknown method.

#include <QDateTime>
#include <QHash>
#include <QObject>

class QTimer;

namespace kd::test {

class UserActivity : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    qint64 idleMs() const;
    // The user's last input was `ms` ago; a later last input than before is new input.
    void setIdleMs(qint64 ms);
    int queries = 0;   // how often an idle time was read (GetIdletime, GetSessionIdleTime)

Q_SIGNALS:
    void changed(bool input);

private:
    QDateTime m_lastInput = QDateTime::currentDateTimeUtc();
};

class FakeMutter : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    explicit FakeMutter(UserActivity *activity, QObject *parent = nullptr);
    int watchCount() const { return int(m_watches.size()); }

public Q_SLOTS:
    quint64 GetIdletime();
    uint AddIdleWatch(quint64 interval);
    uint AddUserActiveWatch();
    void RemoveWatch(uint id);

Q_SIGNALS:
    void WatchFired(uint id);

private:
    struct Watch
    {
        quint64 interval = 0;   // 0: a user-active watch
        bool fired = false;
        QTimer *timer = nullptr;
    };
    void onChanged(bool input);
    void arm(uint id);
    void fire(uint id);

    UserActivity *m_activity;
    QHash<uint, Watch> m_watches;
    uint m_nextId = 0;
};

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    explicit FakeScreenSaver(UserActivity *activity, QObject *parent = nullptr);

public Q_SLOTS:
    uint GetSessionIdleTime();
    uint Inhibit(const QString &application, const QString &reason);
    void UnInhibit(uint cookie);

private:
    UserActivity *m_activity;
};

class ScreenSaverStub : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    using QObject::QObject;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason);
    void UnInhibit(uint cookie);
};

} // namespace kd::test
