#include "core/duration.h"

namespace kd::Duration {

namespace {

QString twoDigits(int value, const QLocale &locale)
{
    return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
}

QString hours(qint64 h, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);   // "1000:00", not "1,000:00"
    return plain.toString(h);
}

} // namespace

QString clock(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    return hours(seconds / 3600, locale) + QLatin1Char(':') + twoDigits(int((seconds % 3600) / 60), locale)
        + QLatin1Char(':') + twoDigits(int(seconds % 60), locale);
}

QString hoursMinutes(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    return hours(seconds / 3600, locale) + QLatin1Char(':') + twoDigits(int((seconds % 3600) / 60), locale);
}

QString decimalHours(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    return locale.toString(double(seconds) / 3600.0, 'f', 2);
}

} // namespace kd::Duration
