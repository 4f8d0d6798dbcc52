#include "ui/hourschart.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPluginLoader>

namespace kd {

namespace {

constexpr auto kPluginFile = "kimai-desk-charts.so";

QPluginLoader *&loader()
{
    static QPluginLoader *instance = nullptr;
    return instance;
}

QStringList searchPath()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("KIMAI_DESK_PLUGIN_DIR");
    if (!fromEnv.isEmpty())
        dirs.append(fromEnv);
    dirs.append(QCoreApplication::applicationDirPath() + QStringLiteral("/plugins"));
#ifdef KD_PLUGIN_INSTALL_DIR
    dirs.append(QStringLiteral(KD_PLUGIN_INSTALL_DIR));
#endif
    return dirs;
}

} // namespace

bool hoursChartLoaded()
{
    return loader() && loader()->isLoaded();
}

HoursChart *createHoursChart(QWidget *parent, QString *error)
{
    if (!loader()) {
        QStringList tried;
        for (const QString &dir : searchPath()) {
            const QString file = QDir(dir).filePath(QLatin1String(kPluginFile));
            tried.append(file);
            if (!QFile::exists(file))
                continue;
            auto *candidate = new QPluginLoader(file, QCoreApplication::instance());
            if (candidate->load()) {
                loader() = candidate;
                break;
            }
            qCWarning(lcUi) << "the chart plugin did not load:" << candidate->errorString();
            if (error)
                *error = candidate->errorString();
            delete candidate;
        }
        if (!loader()) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("kd::HoursChart", "The chart plugin was not found (looked for %1).")
                             .arg(tried.join(QStringLiteral(", ")));
            return nullptr;
        }
        qCInfo(lcUi) << "chart plugin loaded from" << loader()->fileName();
    }
    auto *factory = qobject_cast<HoursChartFactory *>(loader()->instance());
    if (!factory) {
        if (error)
            *error = QCoreApplication::translate("kd::HoursChart", "The chart plugin %1 is not the one this Kimai Desk needs.")
                         .arg(loader()->fileName());
        return nullptr;
    }
    return factory->create(parent);
}

} // namespace kd
