#include "session/session.h"

#include "api/kimaiclient.h"
#include "core/kimaidatetime.h"

namespace kd {

Session::Session(KimaiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void Session::start(const SessionInfo &info)
{
    m_info = info;
    m_active = true;
    m_client->setUserTimeZone(KimaiDateTime::zoneFromId(info.user.timezone));
    Q_EMIT started();
    Q_EMIT infoChanged();
}

void Session::end()
{
    if (!m_active)
        return;
    m_active = false;
    m_client->clearCredentials();
    Q_EMIT ended();
}

void Session::setTimesheetConfig(const TimesheetConfig &config)
{
    m_info.timesheetConfig = config;
    Q_EMIT infoChanged();
}

} // namespace kd
