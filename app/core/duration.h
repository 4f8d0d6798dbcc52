#pragma once

#include <QString>

class QLocale;

namespace kd::Duration {

// "h:mm:ss" with unbounded hours ("0:00:05", "27:03:00"); negative values are shown as 0.
QString clock(qint64 seconds);
// "h:mm" ("7:45"), as Kimai shows durations.
QString hoursMinutes(qint64 seconds);
// Decimal hours in the given locale ("7.75" / "7,75").
QString decimalHours(qint64 seconds, const QLocale &locale);

} // namespace kd::Duration
