#include "ui/icons.h"

#include <QDir>

namespace kd::icons {

namespace {

// The renditions "<name>-<size>.png" in the resources (the sizes are listed once, in
// resources/CMakeLists.txt), as one QIcon: Qt picks the size and derives the disabled and selected
// looks itself.
QIcon renditions(const QString &name)
{
    QIcon icon;
    // Matched by hand: a QDir name filter is a wildcard pattern, which would load and JIT PCRE2.
    const QString prefix = name + QLatin1Char('-');
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (!file.startsWith(prefix) || !file.endsWith(QLatin1String(".png")))
            continue;
        bool ok = false;
        const int size = QStringView(file).mid(prefix.size()).chopped(4).toInt(&ok);
        if (ok && size > 0)
            icon.addFile(QStringLiteral(":/icons/") + file, QSize(size, size));
    }
    return icon;
}

} // namespace

QIcon app()
{
    // Up to 64 px: what title bars, task bars and the About box show. (A window manager that wants
    // more uses the desktop file's icon, installed as SVG.)
    return renditions(QStringLiteral("kimai-desk"));
}

QIcon tray(bool running)
{
    return renditions(running ? QStringLiteral("tray-running") : QStringLiteral("tray-stopped"));
}

} // namespace kd::icons
