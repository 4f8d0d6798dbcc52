#include "session/offlinestart.h"

#include "core/clock.h"
#include "core/logging.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/offlinework.h"
#include "session/sync.h"
#include "session/timercontroller.h"

#include <QFileInfo>

#include <utility>

namespace kd {

OfflineStart::OfflineStart(Session *session, LoginController *login, Catalog *catalog, TimerController *timer,
                           OfflineWork *offline, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_login(login)
    , m_catalog(catalog)
    , m_timer(timer)
    , m_clock(clock)
{
    login->setOfflineFallback([this](const ServerProfile &profile) { return knownSession(profile); });
    connect(session, &Session::started, this, &OfflineStart::onStarted);
    connect(session, &Session::reconnected, this, &OfflineStart::onReconnected);
    connect(session, &Session::ended, this, [this] {
        m_snapshot.reset();
        m_written.clear();
        m_path.clear();
    });
    // Kimai answered: keep what it said; in a session started offline, complete the login.
    connect(timer, &TimerController::activeRead, this, [this](bool ok) {
        if (!ok || !m_session->isActive())
            return;
        if (m_session->info().offline) {
            m_login->reconnect();
            return;
        }
        if (std::exchange(m_catalogAssumed, false))
            m_catalog->refresh();
        update();
    });
    connect(offline, &OfflineWork::replayed, this, [this] {
        if (m_session->isActive() && m_session->info().offline)
            m_login->reconnect();
    });
    connect(offline, &OfflineWork::drained, this, [this](bool sentAny) {
        if (sentAny)
            update();
    });
    connect(catalog, &Catalog::namesChanged, this, [this] {
        if (!m_catalogAssumed && m_catalog->isComplete())
            update();
    });
    // The catalog cannot be read because Kimai cannot be reached: use the one last known.
    for (EntityLoader *loader : {catalog->customerLoader(), catalog->projectLoader(), catalog->activityLoader()}) {
        connect(loader, &Loader::stateChanged, this, [this, loader](Loader::State state) {
            if (state == Loader::State::Failed && Sync::isUnreachable(loader->error()))
                assumeCatalog();
        });
    }
}

bool OfflineStart::assumeCatalog()
{
    if (!m_session->isActive() || m_path.isEmpty())
        return false;
    if (!m_snapshot)
        m_snapshot = OfflineSnapshot::load(m_path);
    if (!m_snapshot || !m_snapshot->hasCatalog())
        return false;
    m_catalogAssumed = true;
    m_catalog->assume(m_snapshot->customers, m_snapshot->projects, m_snapshot->activities);
    qCInfo(lcSession) << "Kimai cannot be reached: the catalog is the one known at" << m_snapshot->savedAt;
    return true;
}

QString OfflineStart::path(const QString &profileId) const
{
    const QString standard = OfflineSnapshot::pathForProfile(profileId);
    return m_folder.isEmpty() ? standard : m_folder + QLatin1Char('/') + QFileInfo(standard).fileName();
}

bool OfflineStart::isOnline() const
{
    return m_session->isActive() && !m_session->info().offline;
}

std::optional<SessionInfo> OfflineStart::knownSession(const ServerProfile &profile) const
{
    if (profile.id.isEmpty())
        return std::nullopt;
    const std::optional<OfflineSnapshot> s = OfflineSnapshot::load(path(profile.id));
    if (!s)
        return std::nullopt;
    SessionInfo info;
    info.profile = profile;
    info.version = s->version;
    info.user = s->user;
    info.timesheetConfig = s->config;
    info.knownAt = s->savedAt;
    return info;
}

void OfflineStart::onStarted()
{
    m_path = path(m_session->info().profile.id);
    m_snapshot.reset();
    m_written.clear();
    m_catalogAssumed = false;
    if (!m_session->info().offline)
        return;   // written once Kimai said what runs
    assumeCatalog();
    if (m_snapshot)
        m_timer->assumeActive(m_snapshot->running);
    qCInfo(lcSession) << "started offline from what was known at" << m_snapshot->savedAt;
}

void OfflineStart::onReconnected()
{
    // The catalog was last known, not read: read it now (and keep it once it arrives).
    if (std::exchange(m_catalogAssumed, false))
        m_catalog->refresh();
    m_timer->refreshActive();
}

void OfflineStart::update()
{
    if (!isOnline() || m_path.isEmpty())
        return;
    if (!m_snapshot) {
        // What an earlier session knew stays where this one knows nothing newer (the catalog).
        m_snapshot = OfflineSnapshot::load(m_path).value_or(OfflineSnapshot{});
    }
    OfflineSnapshot &s = *m_snapshot;
    const SessionInfo &info = m_session->info();
    s.version = info.version;
    s.user = info.user;
    s.config = info.timesheetConfig;
    if (m_catalog->isComplete() && !m_catalogAssumed) {
        s.customers = m_catalog->customers()->items();
        s.projects = m_catalog->projects()->items();
        s.activities = m_catalog->activities()->items();
    }
    if (m_timer->activeKnown()) {
        s.running.clear();
        for (const Timesheet &t : m_timer->active()) {
            if (!OfflineWork::isLocal(t.id))
                s.running.append(t);
        }
    }
    const QDateTime savedAt = s.savedAt;
    s.savedAt = {};
    const QByteArray content = s.toJson();
    s.savedAt = m_clock->now();
    if (content == m_written)
        return;
    QString error;
    if (!s.save(m_path, &error)) {
        s.savedAt = savedAt;
        qCWarning(lcSession) << "what is known for working offline could not be saved:" << error;
        return;
    }
    m_written = content;
}

} // namespace kd
