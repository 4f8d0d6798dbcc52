#pragma once

#include <QLocale>
#include <QString>

namespace kd::Duration {

// Durations in the locale's digits (Arabic-Indic digits in Arabic, say); machine-readable output
// (CSV, JSON) passes QLocale::c().
// "h:mm:ss" with unbounded hours ("0:00:05", "27:03:00"); negative values are shown as 0.
QString clock(qint64 seconds, const QLocale &locale = QLocale());
// "h:mm" ("7:45"), as Kimai shows durations.
QString hoursMinutes(qint64 seconds, const QLocale &locale = QLocale());
// Decimal hours in the given locale ("7.75" / "7,75").
QString decimalHours(qint64 seconds, const QLocale &locale);

} // namespace kd::Duration
