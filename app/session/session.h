#pragma once

#include "auth/profilestore.h"
#include "core/authmode.h"
#include "core/capabilities.h"
#include "core/entities.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace kd {

class KimaiClient;

// What is known once logged in. Controllers read it; LoginController starts and ends it.
struct SessionInfo
{
    ServerProfile profile;
    Version version;
    User user;
    TimesheetConfig timesheetConfig;
    bool tokenInKeychain = false;   // false: kept for this session only
    // Started without Kimai (it could not be reached): the rest is what was known at `knownAt`, and
    // changes go to the offline journal until Kimai answers (then the login is completed).
    bool offline = false;
    QDateTime knownAt;
};

// One login, from start() to end(). Work started for a session belongs to it: connect its answers
// with scope() as the context object, and they are dropped when the session ends (every call still
// in flight is aborted then, too).
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(KimaiClient *client, QObject *parent = nullptr);
    ~Session() override;

    bool isActive() const { return m_active; }
    const SessionInfo &info() const { return m_info; }
    // Lives from start() to end(); nullptr while no session is active.
    QObject *scope() const { return m_scope; }

    // The server's clock now (this computer's, corrected by the server's Date header).
    QDateTime serverNow() const;
    qint64 serverClockOffsetMs() const;
    // The Kimai user's timezone (UTC until logged in), and today there.
    QTimeZone userZone() const;
    QDate userToday() const;
    // The user's first day of the week (Kimai's first_weekday preference): 1 = Monday ... 7 = Sunday.
    int firstDayOfWeek() const;
    // How requests authenticate (Bearer or Legacy once known).
    AuthScheme authScheme() const;
    // What the server offers: from its version, less what it answered it does not offer
    // (infoChanged() when that changes).
    const Capabilities &capabilities() const;

    void start(const SessionInfo &info);
    void end();
    void setTimesheetConfig(const TimesheetConfig &config);
    // A session started offline reached Kimai: its info is Kimai's now (infoChanged, then reconnected).
    void reconnect(const SessionInfo &info);

Q_SIGNALS:
    void started();
    void ended();
    void infoChanged();
    // A request of this session got a successful answer: the server can be reached (again).
    void serverAnswered();
    void reconnected();

private:
    KimaiClient *m_client;
    SessionInfo m_info;
    bool m_active = false;
    QPointer<QObject> m_scope;
};

} // namespace kd
