#pragma once

// The running timer(s): start, stop, restart and edit, with the server's record as the truth.
// After a failure that leaves the outcome in doubt (no answer, dropped connection, a gateway error)
// it never retries a POST/PATCH: it re-reads /api/timesheets/active and reports what is true.

#include "api/apierror.h"
#include "core/entities.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace kd {

class ApiReply;
class Catalog;
class Clock;
class Session;

class TimerController : public QObject
{
    Q_OBJECT
public:
    struct StartRequest
    {
        int project = 0;
        int activity = 0;
        QString description;
        QStringList tags;
        std::optional<QDateTime> begin;   // only honoured where the tracking mode allows it
    };

    enum class Operation { None, Start, Stop, Restart, Update, Refresh };
    Q_ENUM(Operation)

    TimerController(Session *session, Catalog *catalog, const Clock *clock, QObject *parent = nullptr);

    const QList<Timesheet> &active() const { return m_active; }
    const QList<Timesheet> &recent() const { return m_recent; }
    bool isRunning() const { return !m_active.isEmpty(); }
    bool isBusy() const { return m_busy != Operation::None; }
    Operation busyWith() const { return m_busy; }
    bool activeKnown() const { return m_activeKnown; }

    // Server time (local clock corrected by the server's Date header).
    QDateTime serverNow() const;
    qint64 elapsedSeconds(const Timesheet &t) const;
    // Stopped today + running so far, in the user's timezone's today.
    qint64 todaySeconds() const;

    void refreshActive();
    void refreshRecent();
    void refreshToday();
    // Re-reads the active entries at most every `minGapMs` (window activation).
    void refreshActiveThrottled(qint64 minGapMs = 10'000);
    void setRefreshIntervalSeconds(int seconds);   // 0: off; default 60

    void start(const StartRequest &request);
    void stop(int timesheetId);
    void stopAll();
    void restart(int timesheetId, bool copyAll = true);
    void updateRunning(int timesheetId, const QString &description, const QStringList &tags);
    void reset();

    // A label like "Acme · Website relaunch · Development".
    QString titleOf(const Timesheet &t) const;

Q_SIGNALS:
    void activeChanged();
    void recentChanged();
    void todayChanged();
    void busyChanged(bool busy);
    void started(const kd::Timesheet &timesheet);
    void stopped(const kd::Timesheet &timesheet);
    void updated(const kd::Timesheet &timesheet);
    // The operation failed (validation errors carry per-field messages).
    void operationFailed(kd::TimerController::Operation operation, const kd::ApiError &error);
    // After a doubtful failure: what the server really shows now, in words for people.
    void reconciled(kd::TimerController::Operation operation, const QString &message);

private:
    void setBusy(Operation op);
    static bool isDoubtful(const ApiError &error);
    void reconcile(Operation op, int timesheetId, const StartRequest &request, const QDateTime &startedAt);
    void setActive(const QList<Timesheet> &list);
    void addActive(const Timesheet &t);
    void afterChange();

    Session *m_session;
    Catalog *m_catalog;
    const Clock *m_clock;
    QList<Timesheet> m_active;
    QList<Timesheet> m_recent;
    bool m_activeKnown = false;
    Operation m_busy = Operation::None;
    QTimer m_refreshTimer;
    qint64 m_lastActiveRefreshMs = -1'000'000;
    qint64 m_todayStoppedSeconds = 0;
    QDate m_todayDate;
    QPointer<ApiReply> m_activeReply;
};

} // namespace kd
