#include "core/daterange.h"

#include <QStringList>

namespace kd {

DateRange DateRange::compute(Preset preset, const QDate &today, int firstDayOfWeek, const QDate &customFirst,
                             const QDate &customLast)
{
    DateRange r;
    r.preset = preset;
    const int fdw = firstDayOfWeek >= 1 && firstDayOfWeek <= 7 ? firstDayOfWeek : 1;
    const int back = (today.dayOfWeek() - fdw + 7) % 7;
    const QDate weekStart = today.addDays(-back);
    switch (preset) {
    case Preset::Today:
        r.first = r.last = today;
        break;
    case Preset::ThisWeek:
        r.first = weekStart;
        r.last = weekStart.addDays(6);
        break;
    case Preset::LastWeek:
        r.first = weekStart.addDays(-7);
        r.last = weekStart.addDays(-1);
        break;
    case Preset::ThisMonth:
        r.first = QDate(today.year(), today.month(), 1);
        r.last = r.first.addMonths(1).addDays(-1);
        break;
    case Preset::LastMonth:
        r.first = QDate(today.year(), today.month(), 1).addMonths(-1);
        r.last = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Preset::Custom:
        r.first = customFirst;
        r.last = customLast;
        break;
    case Preset::All:
        break;
    }
    return r;
}

QDateTime DateRange::beginIn(const QTimeZone &zone) const
{
    if (preset == Preset::All || !first.isValid())
        return {};
    return QDateTime(first, QTime(0, 0, 0), zone);
}

QDateTime DateRange::endIn(const QTimeZone &zone) const
{
    if (preset == Preset::All || !last.isValid())
        return {};
    return QDateTime(last, QTime(23, 59, 59), zone);
}

int weekdayFromName(const QString &name)
{
    static const QStringList days = {QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                     QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                     QStringLiteral("sunday")};
    const qsizetype i = days.indexOf(name.trimmed().toLower());
    return i < 0 ? 1 : int(i) + 1;
}

} // namespace kd
