#include "session/appsettings.h"

#include <QSettings>

namespace kd {

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
}

int AppSettings::activeRefreshSeconds() const
{
    return qBound(0, m_settings->value(QStringLiteral("app/activeRefreshSeconds"), 60).toInt(), 3600);
}

void AppSettings::setActiveRefreshSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("app/activeRefreshSeconds"), seconds);
}

bool AppSettings::closeToTray() const
{
    return m_settings->value(QStringLiteral("app/closeToTray"), false).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    m_settings->setValue(QStringLiteral("app/closeToTray"), on);
}

bool AppSettings::notifications() const
{
    return m_settings->value(QStringLiteral("app/notifications"), true).toBool();
}

void AppSettings::setNotifications(bool on)
{
    m_settings->setValue(QStringLiteral("app/notifications"), on);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("app/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("app/language"), language);
}

int AppSettings::transferTimeoutSeconds() const
{
    return qBound(5, m_settings->value(QStringLiteral("app/transferTimeoutSeconds"), 30).toInt(), 600);
}

void AppSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("app/transferTimeoutSeconds"), seconds);
}

int AppSettings::maxResponseMegabytes() const
{
    return qBound(1, m_settings->value(QStringLiteral("app/maxResponseMegabytes"), 64).toInt(), 4096);
}

void AppSettings::setMaxResponseMegabytes(int megabytes)
{
    m_settings->setValue(QStringLiteral("app/maxResponseMegabytes"), megabytes);
}

bool AppSettings::startAtLogin() const
{
    return m_settings->value(QStringLiteral("app/startAtLogin"), false).toBool();
}

void AppSettings::setStartAtLogin(bool on)
{
    m_settings->setValue(QStringLiteral("app/startAtLogin"), on);
}

} // namespace kd
