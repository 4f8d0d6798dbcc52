#pragma once

// The app's one object graph without widgets: the Kimai client, the session and everything that
// works for it (login, catalog, tab loaders, timer, scripted commands, the exchange log). main.cpp,
// the GUI tests and the benchmarks build the app through it. The network access manager, the
// credential store and the settings are injected, so tests and benchmarks can point them elsewhere.

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace kd {

class AppSettings;
class Catalog;
class Clock;
class CommandRunner;
class CredentialStore;
class EntryController;
class ExchangeLogModel;
class I18nLoader;
class KimaiClient;
class LoginController;
class PingLoader;
class ProfileStore;
class Session;
class TagEnsurer;
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
    CommandRunner *commands() const { return m_commands.get(); }
    TagEnsurer *tags() const { return m_tags.get(); }
    EntryController *entries() const { return m_entries.get(); }
    WeekTotal *weekTotal() const { return m_weekTotal.get(); }
    ExchangeLogModel *exchanges() const { return m_exchanges.get(); }

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
    std::unique_ptr<CommandRunner> m_commands;
};

} // namespace kd
