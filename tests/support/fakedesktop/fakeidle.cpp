#include "fakeidle.h"

#include <QTimer>

namespace kd::test {

qint64 UserActivity::idleMs() const
{
    return qMax<qint64>(0, m_lastInput.msecsTo(QDateTime::currentDateTimeUtc()));
}

void UserActivity::setIdleMs(qint64 ms)
{
    const QDateTime lastInput = QDateTime::currentDateTimeUtc().addMSecs(-ms);
    const bool input = lastInput > m_lastInput;
    m_lastInput = lastInput;
    Q_EMIT changed(input);
}

FakeMutter::FakeMutter(UserActivity *activity, QObject *parent)
    : QObject(parent)
    , m_activity(activity)
{
    connect(activity, &UserActivity::changed, this, &FakeMutter::onChanged);
}

quint64 FakeMutter::GetIdletime()
{
    ++m_activity->queries;
    return quint64(m_activity->idleMs());
}

uint FakeMutter::AddIdleWatch(quint64 interval)
{
    const uint id = ++m_nextId;
    Watch w;
    w.interval = qMax<quint64>(1, interval);
    w.timer = new QTimer(this);
    w.timer->setSingleShot(true);
    connect(w.timer, &QTimer::timeout, this, [this, id] { fire(id); });
    m_watches.insert(id, w);
    arm(id);
    return id;
}

uint FakeMutter::AddUserActiveWatch()
{
    const uint id = ++m_nextId;
    m_watches.insert(id, Watch());
    return id;
}

void FakeMutter::RemoveWatch(uint id)
{
    const Watch w = m_watches.take(id);
    delete w.timer;
}

// Like Mutter: input fires (and removes) the user-active watches and re-arms the idle watches.
void FakeMutter::onChanged(bool input)
{
    const QList<uint> ids = m_watches.keys();
    for (uint id : ids) {
        Watch &w = m_watches[id];
        if (w.interval == 0) {
            if (input) {
                m_watches.remove(id);
                Q_EMIT WatchFired(id);
            }
            continue;
        }
        if (input)
            w.fired = false;
        arm(id);
    }
}

// An idle watch fires once the idle time reaches its interval (after the reply that gave its id,
// like Mutter, which fires from its main loop), and again only after new input.
void FakeMutter::arm(uint id)
{
    Watch &w = m_watches[id];
    if (w.fired)
        return;
    const qint64 remaining = qint64(w.interval) - m_activity->idleMs();
    w.timer->start(int(qBound(qint64(0), remaining, qint64(24 * 3600 * 1000))));
}

void FakeMutter::fire(uint id)
{
    auto it = m_watches.find(id);
    if (it == m_watches.end() || it->fired)
        return;
    if (m_activity->idleMs() + 50 < qint64(it->interval)) {
        arm(id);   // input came in between
        return;
    }
    it->fired = true;
    Q_EMIT WatchFired(id);
}

FakeScreenSaver::FakeScreenSaver(UserActivity *activity, QObject *parent)
    : QObject(parent)
    , m_activity(activity)
{
}

uint FakeScreenSaver::GetSessionIdleTime()
{
    ++m_activity->queries;
    return uint(qMin<qint64>(m_activity->idleMs(), std::numeric_limits<uint>::max()));
}

uint FakeScreenSaver::Inhibit(const QString &, const QString &)
{
    return 1;
}

void FakeScreenSaver::UnInhibit(uint)
{
}

uint ScreenSaverStub::Inhibit(const QString &, const QString &)
{
    return 1;
}

void ScreenSaverStub::UnInhibit(uint)
{
}

} // namespace kd::test
