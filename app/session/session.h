#pragma once

#include "auth/profilestore.h"
#include "core/entities.h"

#include <QObject>

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
};

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(KimaiClient *client, QObject *parent = nullptr);

    KimaiClient *client() const { return m_client; }
    bool isActive() const { return m_active; }
    const SessionInfo &info() const { return m_info; }

    void start(const SessionInfo &info);
    void end();
    void setTimesheetConfig(const TimesheetConfig &config);

Q_SIGNALS:
    void started();
    void ended();
    void infoChanged();

private:
    KimaiClient *m_client;
    SessionInfo m_info;
    bool m_active = false;
};

} // namespace kd
