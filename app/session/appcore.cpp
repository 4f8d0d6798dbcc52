#include "session/appcore.h"

#include "api/kimaiclient.h"
#include "auth/profilestore.h"
#include "core/clock.h"
#include "desktop/desktopidlemonitor.h"
#include "desktop/desktopnotifications.h"
#include "desktop/sessionlockmonitor.h"
#include "desktop/sleepmonitor.h"
#include "models/exchangelogmodel.h"
#include "models/timesheetmodel.h"
#include "session/apicommand.h"
#include "session/apiconsole.h"
#include "session/appsettings.h"
#include "session/catalog.h"
#include "session/commandrunner.h"
#include "session/entrycontroller.h"
#include "session/favorites.h"
#include "session/i18nloader.h"
#include "session/logincontroller.h"
#include "session/notices.h"
#include "session/offlinestart.h"
#include "session/offlinework.h"
#include "session/pingloader.h"
#include "session/session.h"
#include "session/tagensurer.h"
#include "session/timekeeper.h"
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
    , m_offline(std::make_unique<OfflineWork>(m_client.get(), m_session.get(), m_catalog.get()))
    , m_offlineStart(std::make_unique<OfflineStart>(m_session.get(), m_login.get(), m_catalog.get(), m_timer.get(),
                                                    m_offline.get(), m_clock))
    , m_favorites(std::make_unique<Favorites>(m_client.get(), m_session.get(), m_catalog.get(), m_timer.get(), settings))
    , m_commands(std::make_unique<CommandRunner>(this))
    , m_apiConsole(std::make_unique<ApiConsole>(m_client.get(), m_session.get(), settings))
    , m_apiCommand(std::make_unique<ApiCommand>(m_apiConsole.get()))
    , m_notices(std::make_unique<Notices>())
    , m_timekeeper(std::make_unique<Timekeeper>(m_client.get(), m_session.get(), m_timer.get(), m_notices.get(),
                                                settings, m_clock))
{
    m_timer->setTagEnsurer(m_tags.get());
    m_timesheets->follow(m_timer.get(), m_entries.get());
    QObject::connect(m_client.get(), &KimaiClient::exchangeFinished, m_exchanges.get(), &ExchangeLogModel::append);
    m_timer->setOfflineWork(m_offline.get());
    m_entries->setOfflineWork(m_offline.get());
    m_offline->setTagEnsurer(m_tags.get());
    // Kimai answered again: what waits goes now, not after the backoff.
    OfflineWork *offline = m_offline.get();
    QObject::connect(m_timer.get(), &TimerController::activeRead, offline, [offline](bool ok) {
        if (ok)
            offline->retryIfWaiting();
    });
    // The Timesheets tab marks what is not yet in Kimai; a local entry takes Kimai's id once sent.
    TimesheetModel *sheets = m_timesheets->model();
    QObject::connect(offline, &OfflineWork::changed, sheets, [offline, sheets] { sheets->setUnsent(offline->unsentEntryIds()); });
    QObject::connect(offline, &OfflineWork::replayed, sheets, [sheets](const JournalAction &a, int serverId) {
        if (a.createsEntry())
            sheets->replaceId(OfflineWork::localId(a.id), serverId);
    });
    QObject::connect(offline, &OfflineWork::discarded, sheets, [sheets](int entryId) {
        if (OfflineWork::isLocal(entryId))
            sheets->removeId(entryId);
    });
    applySettings();
}

AppCore::~AppCore()
{
    // Ends the session while everything that listens to it still exists.
    m_session->end();
}

void AppCore::connectNotifications(const QDBusConnection &sessionBus)
{
    if (m_desktopNotifications)
        return;
    m_desktopNotifications = std::make_unique<DesktopNotifications>(sessionBus);
    m_desktopNotifications->setAppIcon(QStringLiteral(KD_APP_ID));
    m_desktopNotifications->setDesktopEntry(QStringLiteral(KD_APP_ID));
    m_notices->setDesktop(m_desktopNotifications.get());
    m_desktopNotifications->start();
}

void AppCore::connectDesktop(const QDBusConnection &sessionBus, const QDBusConnection &systemBus)
{
    if (m_idleMonitor)
        return;
    connectNotifications(sessionBus);
    m_idleMonitor = std::make_unique<DesktopIdleMonitor>(sessionBus, m_clock);
    m_lockMonitor = std::make_unique<SessionLockMonitor>(systemBus, m_clock);
    m_sleepMonitor = std::make_unique<SleepMonitor>(systemBus, m_clock);
    m_timekeeper->setDesktop(m_idleMonitor.get(), m_lockMonitor.get(), m_sleepMonitor.get());
    m_lockMonitor->start();
    m_sleepMonitor->start();
}

void AppCore::applySettings()
{
    m_client->setTransferTimeoutMs(m_settings->transferTimeoutSeconds() * 1000);
    m_client->setMaxResponseBytes(qint64(m_settings->maxResponseMegabytes()) * 1024 * 1024);
    m_timer->setRefreshIntervalSeconds(m_settings->activeRefreshSeconds());
}

} // namespace kd
