#include "session/session.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "core/daterange.h"
#include "core/kimaidatetime.h"
#include "core/logging.h"

namespace kd {

Session::Session(KimaiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &KimaiClient::capabilitiesChanged, this, [this] {
        if (m_active)
            Q_EMIT infoChanged();
    });
    connect(client, &KimaiClient::exchangeFinished, this, [this](const Exchange &ex) {
        if (m_active && ex.status >= 200 && ex.status < 300)
            Q_EMIT serverAnswered();
    });
}

Session::~Session()
{
    delete m_scope;
}

QDateTime Session::serverNow() const
{
    return m_client->clock()->now().addMSecs(m_client->serverClockOffsetMs());
}

qint64 Session::serverClockOffsetMs() const
{
    return m_client->serverClockOffsetMs();
}

QTimeZone Session::userZone() const
{
    return m_client->userTimeZone();
}

QDate Session::userToday() const
{
    return serverNow().toTimeZone(userZone()).date();
}

int Session::firstDayOfWeek() const
{
    for (const MetaField &p : m_info.user.preferences) {
        if (p.name == QLatin1String("first_weekday"))
            return weekdayFromName(p.value);
    }
    return 1;
}

AuthScheme Session::authScheme() const
{
    return m_client->resolvedScheme();
}

const Capabilities &Session::capabilities() const
{
    return m_client->capabilities();
}

void Session::start(const SessionInfo &info)
{
    if (m_active)
        end();
    m_info = info;
    m_active = true;
    m_scope = new QObject(this);
    m_client->setUserTimeZone(KimaiDateTime::zoneFromId(info.user.timezone));
    qCInfo(lcSession) << "session started: Kimai" << info.version.version << "as user" << info.user.id
                      << (info.offline ? "(offline)" : "");
    Q_EMIT started();
    Q_EMIT infoChanged();
}

void Session::end()
{
    if (!m_active)
        return;
    m_active = false;
    // First forget the answers still to come, then abort the calls that would bring them.
    delete m_scope;
    const int aborted = m_client->abortAll();
    m_client->clearCredentials();
    qCInfo(lcSession) << "session ended;" << aborted << "call(s) in flight aborted";
    Q_EMIT ended();
}

void Session::reconnect(const SessionInfo &info)
{
    if (!m_active)
        return;
    m_info = info;
    m_info.offline = false;
    m_info.knownAt = {};
    m_client->setUserTimeZone(KimaiDateTime::zoneFromId(info.user.timezone));
    qCInfo(lcSession) << "session reconnected: Kimai" << info.version.version;
    Q_EMIT infoChanged();
    Q_EMIT reconnected();
}

void Session::setTimesheetConfig(const TimesheetConfig &config)
{
    m_info.timesheetConfig = config;
    Q_EMIT infoChanged();
}

} // namespace kd
