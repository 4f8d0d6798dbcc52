#pragma once

// Runs one scripted command (--start, --stop, --restart-last, --status) against a logged-in session
// and answers with one JSON line: {"ok":true|false,"message":"…","running":[…],"waiting":n}. While
// Kimai cannot be reached, starts and stops go to the offline journal: the answer says "queued":true
// (and ok, exit 0). Changes waiting from before are sent first.

#include "session/commandline.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace kd {

class ApiError;
class Catalog;
class Favorites;
class OfflineWork;
class Session;
class TimerController;
struct Timesheet;

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    // Whatever happens, a command ends within this time (no endless wait in a script).
    static constexpr int kTimeoutMs = 90'000;

    CommandRunner(Session *session, Catalog *catalog, TimerController *timer, OfflineWork *offline,
                  Favorites *favorites = nullptr,
                  QObject *parent = nullptr);

    // Starts the command; `finished` follows exactly once.
    void run(const CommandLine &command);
    bool isRunning() const { return m_active; }

    // The running entries as the JSON `--status` prints, with the changes not yet in Kimai.
    QByteArray statusJson(bool ok, const QString &message, bool queued = false) const;

Q_SIGNALS:
    void finished(int exitCode, const QByteArray &json, const QString &message);
    // For desktop notifications.
    void timerStarted(const QString &title);
    void timerStopped(const QString &title);

private:
    void finish(bool ok, const QString &message);
    // After a start or restart: finish once the running entries were read back (the server may
    // have stopped older ones; the read carries the names), and notify.
    void finishWhenReadBack(int startedId, const QString &message);
    // After a start that went to the offline journal.
    void finishQueued(const Timesheet &started, bool restart);
    void runStart();
    void runStartFavorite();
    void stopNext();
    void whenReady(std::function<void()> next);
    std::optional<int> resolve(const QString &text, bool project, QString *error) const;

    Session *m_session;
    Catalog *m_catalog;
    TimerController *m_timer;
    OfflineWork *m_offline;
    Favorites *m_favorites;
    CommandLine m_command;
    bool m_active = false;
    bool m_queued = false;   // the command's change went to the offline journal
    QList<QMetaObject::Connection> m_connections;
    int m_stopped = 0;
    quint64 m_generation = 0;
};

} // namespace kd
