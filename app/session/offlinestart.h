#pragma once

// Starting without Kimai. While Kimai answers, keeps a snapshot of what the session knows (the
// version, the user, the timesheet settings, the catalog, the running entries: OfflineSnapshot).
// When a login cannot reach Kimai, the session starts from that snapshot instead (LoginController's
// offline fallback): the catalog and the running entries as last known, every change to the offline
// journal. When Kimai answers again (a read of the running entries, a replayed change), the login is
// completed and the catalog read again. In a session that reached Kimai, a catalog that cannot be read
// because Kimai went away is the one last known, too (so a scripted --start by name still works).

#include "session/offlinesnapshot.h"
#include "session/session.h"

#include <QObject>

#include <optional>

namespace kd {

class Catalog;
class Clock;
class LoginController;
class OfflineWork;
class TimerController;

class OfflineStart : public QObject
{
    Q_OBJECT
public:
    OfflineStart(Session *session, LoginController *login, Catalog *catalog, TimerController *timer,
                 OfflineWork *offline, const Clock *clock, QObject *parent = nullptr);

    // Where the snapshots live (tests); empty: OfflineSnapshot::pathForProfile.
    void setFolder(const QString &folder) { m_folder = folder; }
    // The session as last known for this profile, if a login here ever reached Kimai.
    std::optional<SessionInfo> knownSession(const ServerProfile &profile) const;

private:
    QString path(const QString &profileId) const;
    void onStarted();
    void onReconnected();
    void update();
    bool isOnline() const;
    bool assumeCatalog();

    Session *m_session;
    LoginController *m_login;
    Catalog *m_catalog;
    TimerController *m_timer;
    const Clock *m_clock;
    QString m_folder;
    QString m_path;                 // this session's snapshot
    std::optional<OfflineSnapshot> m_snapshot;   // read on first use
    QByteArray m_written;           // what the file holds (no write without a change)
    bool m_catalogAssumed = false;
};

} // namespace kd
