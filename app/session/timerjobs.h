#pragma once

// What the time-keeping decisions ask of the timer, carried out one after the other through
// TimerController (which does one operation at a time): stop now; cut (the entry ends at a given
// moment: a PATCH of its end, not /stop); cut and start the same again; cut and book the span on
// other work (a new entry from the cut to the given end). A job waits while the timer is busy with
// something else, and is dropped when its entry no longer runs by the time it is due. Everything
// belongs to the session: when it ends, the queue is emptied.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace kd {

class KimaiClient;
class Session;
class TimerController;

class TimerJobs : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        enum class Kind { Stop, Cut, CutAndRestart, BookElsewhere };
        Kind kind = Kind::Stop;
        int entryId = 0;
        QDateTime at;          // the cut (not for Stop)
        QDateTime to;          // BookElsewhere: the booked span is at .. to
        int project = 0;       // BookElsewhere
        int activity = 0;
        QString description;
    };

    TimerJobs(KimaiClient *client, Session *session, TimerController *timer, QObject *parent = nullptr);

    void add(const Job &job);
    // Nothing queued and nothing on its way.
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }
    int pending() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

Q_SIGNALS:
    // The last job is done (whatever its outcome), or the session ended with jobs left.
    void drained();
    // A job could not be carried out as asked; in words for people.
    void problem(const QString &message);
    // An entry was created for a booked span.
    void booked(int timesheetId);

private:
    enum class Step { Idle, Stopping, Cutting, Restarting, Booking };

    void next();
    void begin(const Job &job);
    void onTimerFree();
    void afterCut();
    void book();
    void finishCurrent();
    void clear();
    bool runs(int entryId) const;

    KimaiClient *m_client;
    Session *m_session;
    TimerController *m_timer;
    QList<Job> m_queue;
    std::optional<Job> m_current;
    Step m_step = Step::Idle;
    bool m_busy = false;   // work added since the last drained()
};

} // namespace kd
