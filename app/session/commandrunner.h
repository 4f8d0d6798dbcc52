#pragma once

// Runs one scripted command (--start, --stop, --restart-last, --status, --add, --export) against a
// logged-in session and answers with one JSON line: {"ok":true|false,"message":"…","running":[…]};
// --add adds "entry":{…}; tags that could not be saved are listed in "tagsNotSaved":[…]. --export
// to standard output puts the CSV text into "stdout": print that instead of the line. While Kimai
// cannot be reached, starts and stops go to the offline journal: the answer says "queued":true (and
// ok, exit 0) and "waiting":n. Changes waiting from before are sent first.

#include "session/commandline.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace kd {

class ApiError;
class AppCore;
class Catalog;
class EntryController;
class Favorites;
class OfflineWork;
class Session;
class TimerController;
class TimesheetExporter;
struct Timesheet;

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    // Whatever happens, a command ends within this time (no endless wait in a script).
    static constexpr int kTimeoutMs = 90'000;

    explicit CommandRunner(AppCore *core, QObject *parent = nullptr);

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
    void finish(bool ok, const QString &message, const QVariantMap &extra = {});
    // After a start or restart: finish once the running entries were read back (the server may
    // have stopped older ones; the read carries the names), and notify.
    void finishWhenReadBack(int startedId, const QString &message);
    // After a start that went to the offline journal.
    void finishQueued(const Timesheet &started, bool restart);
    // A start or restart happened: queued, or read back from Kimai.
    void finishStarted(const Timesheet &started, bool restart);
    void runStart();
    void runStartFavorite();
    void stopNext();
    void whenReady(std::function<void()> next);
    // Continues once the catalog is loaded, unless the project and activity are ids.
    void whenCatalog(std::function<void()> next);
    std::optional<int> resolve(const QString &text, bool project, QString *error) const;
    // entrycommands.cpp: --add and --export.
    void runAdd();
    void runExport();
    QVariantMap entryJson(const Timesheet &t) const;

    AppCore *m_core;
    Session *m_session;
    Catalog *m_catalog;
    TimerController *m_timer;
    EntryController *m_entries;
    TimesheetExporter *m_exporter = nullptr;
    QStringList m_tagsNotSaved;
    QString m_tagsMessage;
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
