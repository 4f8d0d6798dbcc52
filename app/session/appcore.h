#pragma once

// The app's one object graph without widgets: the Kimai client, the session and everything that
// works for it (login, catalog, tab loaders, timer, offline journal, scripted commands, the exchange
// log). main.cpp,
// the GUI tests and the benchmarks build the app through it. The network access manager, the
// credential store and the settings are injected, so tests and benchmarks can point them elsewhere.

#include <memory>

class QDBusConnection;
class QNetworkAccessManager;
class QSettings;

namespace kd {

class ApiCommand;
class ApiConsole;
class AppSettings;
class Catalog;
class Clock;
class CommandRunner;
class CredentialStore;
class EntryController;
class DesktopIdleMonitor;
class DesktopNotifications;
class ExchangeLogModel;
class Favorites;
class I18nLoader;
class KimaiClient;
class LoginController;
class Notices;
class OfflineStart;
class OfflineWork;
class PingLoader;
class ProfileStore;
class Session;
class TagEnsurer;
class SessionLockMonitor;
class SleepMonitor;
class Timekeeper;
class TimerController;
class TimesheetLoader;
class VersionLoader;
class WeekTotal;

class AppCore final
{
public:
    // `clock`: nullptr for the system clock. Everything injected must outlive the AppCore.
    AppCore(QNetworkAccessManager *nam, CredentialStore *credentials, QSettings *settings, const Clock *clock = nullptr);
    ~AppCore();
    AppCore(const AppCore &) = delete;
    AppCore &operator=(const AppCore &) = delete;

    AppSettings *settings() const { return m_settings.get(); }
    const Clock *clock() const { return m_clock; }
    KimaiClient *client() const { return m_client.get(); }
    CredentialStore *credentials() const { return m_credentials; }
    ProfileStore *profiles() const { return m_profiles.get(); }
    Session *session() const { return m_session.get(); }
    LoginController *login() const { return m_login.get(); }
    Catalog *catalog() const { return m_catalog.get(); }
    TimesheetLoader *timesheets() const { return m_timesheets.get(); }
    PingLoader *ping() const { return m_ping.get(); }
    VersionLoader *version() const { return m_version.get(); }
    I18nLoader *i18n() const { return m_i18n.get(); }
    TimerController *timer() const { return m_timer.get(); }
    Favorites *favorites() const { return m_favorites.get(); }
    CommandRunner *commands() const { return m_commands.get(); }
    TagEnsurer *tags() const { return m_tags.get(); }
    EntryController *entries() const { return m_entries.get(); }
    WeekTotal *weekTotal() const { return m_weekTotal.get(); }
    OfflineWork *offline() const { return m_offline.get(); }
    OfflineStart *offlineStart() const { return m_offlineStart.get(); }
    ApiConsole *apiConsole() const { return m_apiConsole.get(); }
    ApiCommand *apiCommand() const { return m_apiCommand.get(); }
    ExchangeLogModel *exchanges() const { return m_exchanges.get(); }
    Notices *notices() const { return m_notices.get(); }
    Timekeeper *timekeeper() const { return m_timekeeper.get(); }
    // The desktop's parts once connected (nullptr before, and in tests that leave them out).
    DesktopIdleMonitor *idleMonitor() const { return m_idleMonitor.get(); }
    SessionLockMonitor *lockMonitor() const { return m_lockMonitor.get(); }
    SleepMonitor *sleepMonitor() const { return m_sleepMonitor.get(); }
    DesktopNotifications *desktopNotifications() const { return m_desktopNotifications.get(); }

    // The desktop's notification server on `sessionBus` (the only desktop part a scripted command
    // without a window needs).
    void connectNotifications(const QDBusConnection &sessionBus);
    // Everything of the desktop: notifications, idle time (looked for when first needed), screen
    // lock and sleep from logind on `systemBus`. Once, before the first login.
    void connectDesktop(const QDBusConnection &sessionBus, const QDBusConnection &systemBus);

    // Applies the settings that the objects read (after the settings dialog changed them).
    void applySettings();

private:
    CredentialStore *m_credentials;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KimaiClient> m_client;
    std::unique_ptr<ExchangeLogModel> m_exchanges;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LoginController> m_login;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<TimesheetLoader> m_timesheets;
    std::unique_ptr<PingLoader> m_ping;
    std::unique_ptr<VersionLoader> m_version;
    std::unique_ptr<I18nLoader> m_i18n;
    std::unique_ptr<TagEnsurer> m_tags;
    std::unique_ptr<TimerController> m_timer;
    std::unique_ptr<EntryController> m_entries;
    std::unique_ptr<WeekTotal> m_weekTotal;
    std::unique_ptr<OfflineWork> m_offline;
    std::unique_ptr<OfflineStart> m_offlineStart;
    std::unique_ptr<Favorites> m_favorites;
    std::unique_ptr<CommandRunner> m_commands;
    std::unique_ptr<ApiConsole> m_apiConsole;
    std::unique_ptr<ApiCommand> m_apiCommand;
    // The desktop's parts outlive what listens to them.
    std::unique_ptr<DesktopNotifications> m_desktopNotifications;
    std::unique_ptr<DesktopIdleMonitor> m_idleMonitor;
    std::unique_ptr<SessionLockMonitor> m_lockMonitor;
    std::unique_ptr<SleepMonitor> m_sleepMonitor;
    std::unique_ptr<Notices> m_notices;
    std::unique_ptr<Timekeeper> m_timekeeper;
};

} // namespace kd
