#pragma once

// What people type into time, duration and date fields, and the one-line entries of the command
// line ("yesterday 9-12:30"). Pure: today's date and the QLocale are parameters, no clock inside.
//
// Times:     9  930  0930  9:30  09.30  9h30  9:30:15  9.5 (= 9:30)  9,5 (where ',' is the decimal
//            point)  9:30pm  9:30 p.m.  12am (= 0:00)  and the locale's AM/PM texts ("٩:٣٠ م").
//            Two digits after ':' or '.' are minutes; one digit after '.' (or any digits after the
//            locale's decimal point) is a fraction of an hour: 9.5 = 9:30 but 9.50 = 9:50.
// Durations: 1h30  1h 30m  2h  90m  1.5h  1,5 h (de)  1:30  27:15  1.5 (a plain number is hours)
//            +15m / -15m: relative (the field adds it to, or subtracts it from, its value)
// Dates:     today  yesterday  (also the locale language's words: heute/gestern, hier, ayer, ...)
//            mon ... sun, monday ..., thurs, and the locale's day names ("Mo.", "lundi"): the
//            most recent such day, today included, never a future date.
//            2026-12-01 (ISO; any date that starts with a four-digit year reads year, month, day)
//            and the locale's short date with day, month and year in its order (en 12/1/26,
//            de 01.12.26, ar ١‏/١٢‏/٢٠٢٦); a two-digit year is 20yy unless that is more than 20
//            years after today (then 19yy). Day and month alone are not a date ("1.12" is a time).
// Ranges:    9-12:30  9:00–12:30  9 - 17  9am-5pm  1-5pm (= 13:00-17:00)  22-24 (to midnight).
//            The end must be after the begin: a range never runs backwards over midnight
//            (type "22:00 4h" for a night shift).
// Entries:   [date] begin-end | [date] begin [duration], e.g. "yesterday 9-12:30",
//            "mon 14:00 1h30", "2026-12-01 9-17".
//
// Digits of any script (Arabic-Indic, ...) are read; bidi marks are ignored; case does not matter.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace kd::TimeInput {

enum class Problem {
    None,
    Empty,              // nothing typed
    Unexpected,         // something that does not belong here
    Incomplete,         // the text stops where more was needed ("9:")
    BadHour,            // not 0-23 (1-12 with am/pm)
    BadMinute,          // not 00-59, or not two digits after ':'
    BadDate,            // no such date ("2026-02-30", "31.04.26")
    MissingEnd,         // "9-"
    EndNotAfterBegin,   // "12-9", "9-9", "9 0m"
    MissingTime,        // an entry with a date and nothing else
};

struct Error
{
    Problem problem = Problem::None;
    int position = 0;   // index in the text as typed where the problem starts (the field marks it)
    int length = 0;     // characters from `position` that are wrong (0 at the end of the text)
    QString fragment;   // those characters, as typed
    QString message() const;   // translated, for people
};

// The value is complete when ok(); otherwise it holds what was understood before error.position
// (the hour of "9:75"; the date and begin of "yesterday 9-").
template<typename T>
struct Parsed
{
    T value{};
    Error error;
    bool ok() const { return error.problem == Problem::None; }
};

struct DurationValue
{
    qint64 seconds = 0;
    bool relative = false;   // typed with + or -: add to (negative: subtract from) the field's value
};

struct Range
{
    QTime begin;
    QTime end;                // 00:00 with endNextDay for "22-24"
    bool endNextDay = false;
    qint64 seconds() const;   // wall-clock length
};

struct Entry
{
    QDate date;                      // from the text, else today
    bool dateGiven = false;
    QTime begin;
    std::optional<Range> range;      // "9-12:30": begin and end on the wall clock
    std::optional<qint64> duration;  // "14:00 1h30": seconds
    bool hasEnd() const { return range || duration; }
    // In the Kimai user's timezone; a range's end is its wall-clock time (right across a DST change).
    QDateTime beginIn(const QTimeZone &zone) const;
    QDateTime endIn(const QTimeZone &zone) const;   // invalid without an end
};

Parsed<QTime> parseTime(QStringView text, const QLocale &locale);
Parsed<DurationValue> parseDuration(QStringView text, const QLocale &locale);
Parsed<QDate> parseDate(QStringView text, const QDate &today, const QLocale &locale);
Parsed<Range> parseRange(QStringView text, const QLocale &locale);
Parsed<Entry> parseEntry(QStringView text, const QDate &today, const QLocale &locale);

} // namespace kd::TimeInput
