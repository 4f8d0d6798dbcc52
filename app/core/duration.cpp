#include "core/duration.h"

#include <QLocale>

namespace kd::Duration {

QString clock(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const int m = int((seconds % 3600) / 60);
    const int s = int(seconds % 60);
    return QString::number(h) + QLatin1Char(':') + QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'))
        + QLatin1Char(':') + QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
}

QString hoursMinutes(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const int m = int((seconds % 3600) / 60);
    return QString::number(h) + QLatin1Char(':') + QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
}

QString decimalHours(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    return locale.toString(double(seconds) / 3600.0, 'f', 2);
}

} // namespace kd::Duration
