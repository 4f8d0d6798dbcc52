#include "auth/profilestore.h"

#include "auth/credentialstore.h"

#include <QSettings>
#include <QUuid>

namespace kd {

namespace {
const QString kGroup = QStringLiteral("profiles");
}

QString ServerProfile::credentialKey() const
{
    return CredentialStore::keyFor(username, server());
}

QString ServerProfile::title() const
{
    if (!displayName.isEmpty())
        return displayName;
    return username + QLatin1Char('@') + server().host();
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.title().localeAwareCompare(b.title()) < 0;
    });
    return out;
}

std::optional<ServerProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    ServerProfile p;
    p.id = id;
    p.displayName = m_settings->value(QStringLiteral("name")).toString();
    p.serverUrl = m_settings->value(QStringLiteral("server")).toString();
    p.username = m_settings->value(QStringLiteral("username")).toString();
    p.authMode = authModeFromId(m_settings->value(QStringLiteral("auth")).toString()).value_or(AuthMode::Auto);
    p.httpConfirmed = m_settings->value(QStringLiteral("httpConfirmed"), false).toBool();
    p.tokenStored = m_settings->value(QStringLiteral("tokenStored"), false).toBool();
    p.versionId = m_settings->value(QStringLiteral("versionId"), 0).toInt();
    p.suggestBearer = m_settings->value(QStringLiteral("suggestBearer"), false).toBool();
    m_settings->beginGroup(QStringLiteral("pins"));
    const QStringList hosts = m_settings->childKeys();
    for (const QString &h : hosts)
        p.pinnedCertificates.insert(QString(h).replace(QLatin1Char('_'), QLatin1Char(':')),
                                    m_settings->value(h).toByteArray());
    m_settings->endGroup();
    m_settings->endGroup();
    if (p.serverUrl.isEmpty())
        return std::nullopt;
    return p;
}

std::optional<ServerProfile> ProfileStore::find(const QString &idOrName) const
{
    if (auto p = profile(idOrName))
        return p;
    const QList<ServerProfile> all = profiles();
    for (const ServerProfile &p : all) {
        if (p.displayName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    const ServerUrl url = ServerUrl::fromUserInput(idOrName);
    for (const ServerProfile &p : all) {
        if (url.isValid() && p.server() == url)
            return p;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ProfileStore::findByServer(const ServerUrl &server, const QString &username) const
{
    const QList<ServerProfile> all = profiles();
    for (const ServerProfile &p : all) {
        if (p.server() == server && p.username == username.trimmed())
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(ServerProfile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.displayName);
    m_settings->setValue(QStringLiteral("server"), p.serverUrl);
    m_settings->setValue(QStringLiteral("username"), p.username);
    m_settings->setValue(QStringLiteral("auth"), authModeId(p.authMode));
    m_settings->setValue(QStringLiteral("httpConfirmed"), p.httpConfirmed);
    m_settings->setValue(QStringLiteral("tokenStored"), p.tokenStored);
    m_settings->setValue(QStringLiteral("versionId"), p.versionId);
    m_settings->setValue(QStringLiteral("suggestBearer"), p.suggestBearer);
    m_settings->remove(QStringLiteral("pins"));
    m_settings->beginGroup(QStringLiteral("pins"));
    for (auto it = p.pinnedCertificates.constBegin(); it != p.pinnedCertificates.constEnd(); ++it)
        m_settings->setValue(QString(it.key()).replace(QLatin1Char(':'), QLatin1Char('_')), it.value());
    m_settings->endGroup();
    m_settings->endGroup();
    return p.id;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (lastProfileId() == id)
        m_settings->remove(QStringLiteral("lastProfile"));
}

QString ProfileStore::lastProfileId() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastProfile"), id);
}

bool ProfileStore::autoLoginEnabled() const
{
    return m_settings->value(QStringLiteral("autoLogin"), true).toBool();
}

void ProfileStore::setAutoLoginEnabled(bool enabled)
{
    m_settings->setValue(QStringLiteral("autoLogin"), enabled);
}

} // namespace kd
