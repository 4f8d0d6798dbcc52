#include "session/appcore.h"

#include "api/kimaiclient.h"
#include "auth/profilestore.h"
#include "core/clock.h"
#include "models/exchangelogmodel.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/commandrunner.h"
#include "session/entrycontroller.h"
#include "session/i18nloader.h"
#include "session/logincontroller.h"
#include "session/pingloader.h"
#include "session/session.h"
#include "session/tagensurer.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "session/versionloader.h"
#include "session/weektotal.h"

namespace kd {

AppCore::AppCore(QNetworkAccessManager *nam, CredentialStore *credentials, QSettings *settings, const Clock *clock)
    : m_credentials(credentials)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_settings(std::make_unique<AppSettings>(settings))
    , m_client(std::make_unique<KimaiClient>(nam, m_clock))
    , m_exchanges(std::make_unique<ExchangeLogModel>())
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_session(std::make_unique<Session>(m_client.get()))
    , m_login(std::make_unique<LoginController>(m_client.get(), credentials, m_profiles.get(), m_session.get()))
    , m_catalog(std::make_unique<Catalog>(m_client.get(), m_session.get()))
    , m_timesheets(std::make_unique<TimesheetLoader>(m_client.get(), m_session.get(), m_catalog.get()))
    , m_ping(std::make_unique<PingLoader>(m_client.get(), m_session.get()))
    , m_version(std::make_unique<VersionLoader>(m_client.get(), m_session.get()))
    , m_i18n(std::make_unique<I18nLoader>(m_client.get(), m_session.get()))
    , m_tags(std::make_unique<TagEnsurer>(m_client.get(), m_session.get(), m_catalog.get()))
    , m_timer(std::make_unique<TimerController>(m_client.get(), m_session.get(), m_catalog.get(), m_clock))
    , m_entries(std::make_unique<EntryController>(m_client.get(), m_session.get(), m_tags.get(), m_timer.get()))
    , m_weekTotal(std::make_unique<WeekTotal>(m_client.get(), m_session.get(), m_timer.get(), m_entries.get()))
    , m_commands(std::make_unique<CommandRunner>(this))
{
    m_timer->setTagEnsurer(m_tags.get());
    m_timesheets->follow(m_timer.get(), m_entries.get());
    QObject::connect(m_client.get(), &KimaiClient::exchangeFinished, m_exchanges.get(), &ExchangeLogModel::append);
    applySettings();
}

AppCore::~AppCore()
{
    // Ends the session while everything that listens to it still exists.
    m_session->end();
}

void AppCore::applySettings()
{
    m_client->setTransferTimeoutMs(m_settings->transferTimeoutSeconds() * 1000);
    m_client->setMaxResponseBytes(qint64(m_settings->maxResponseMegabytes()) * 1024 * 1024);
    m_timer->setRefreshIntervalSeconds(m_settings->activeRefreshSeconds());
}

} // namespace kd
