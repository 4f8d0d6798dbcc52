#include "ui/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace kd::Autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
        + QStringLiteral(KD_APP_ID) + QStringLiteral(".desktop");
}

bool isEnabled()
{
    return QFile::exists(entryPath());
}

bool setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled)
        return !QFile::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString exec = QCoreApplication::applicationFilePath();
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Kimai Desk\nExec=\"%1\" --minimized\nIcon=%2\n"
                           "X-GNOME-Autostart-enabled=true\nNoDisplay=false\n")
                .arg(exec, QStringLiteral(KD_APP_ID))
                .toUtf8());
    return f.error() == QFile::NoError;
}

} // namespace kd::Autostart
