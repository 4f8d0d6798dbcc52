#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace kd {

// The Timesheets tab's date-range presets, computed in the Kimai user's timezone.
struct DateRange
{
    enum class Preset { Today, ThisWeek, LastWeek, ThisMonth, LastMonth, Custom, All };

    Preset preset = Preset::ThisWeek;
    QDate first;   // inclusive
    QDate last;    // inclusive

    // `today` is today's date in the user's timezone; `firstDayOfWeek` 1 = Monday ... 7 = Sunday.
    static DateRange compute(Preset preset, const QDate &today, int firstDayOfWeek = 1,
                             const QDate &customFirst = {}, const QDate &customLast = {});

    // 00:00:00 of `first` and 23:59:59 of `last` in `zone` (invalid for Preset::All).
    QDateTime beginIn(const QTimeZone &zone) const;
    QDateTime endIn(const QTimeZone &zone) const;
    bool isValid() const { return preset == Preset::All || (first.isValid() && last.isValid() && first <= last); }
};

// Kimai's `first_weekday` preference ("monday" ... "sunday") as 1..7; Monday when unknown.
int weekdayFromName(const QString &name);

} // namespace kd
