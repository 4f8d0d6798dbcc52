#include "core/timeinput.h"

#include "core/timescanner.h"

#include <QCoreApplication>

namespace kd::TimeInput {

using namespace detail;

namespace {

QTime toTime(const ClockTime &t)
{
    return QTime(t.hour % 24, t.minute, t.second);
}

bool begin(Scanner &sc)
{
    sc.skipSpaces();
    if (sc.atEnd())
        return sc.fail(Problem::Empty, 0, 0);
    return true;
}

// Nothing may follow what was read (apart from spaces).
template<typename T>
Parsed<T> result(Scanner &sc, T value)
{
    Parsed<T> r;
    r.value = std::move(value);
    if (sc.error().problem == Problem::None) {
        sc.skipSpaces();
        if (!sc.atEnd())
            sc.fail(Problem::Unexpected, sc.pos, int(sc.text().size()));
    }
    r.error = sc.error();
    return r;
}

bool readClock(Scanner &sc, ClockTime &time, QTime &understood, bool allow24)
{
    const bool ok = readTime(sc, time, allow24);
    if (time.hour >= 0)
        understood = ok ? toTime(time) : QTime(time.hour % 24, 0);
    return ok;
}

// begin, then "-" and an end, or (if allowed) a duration.
bool readTimes(Scanner &sc, Entry &entry, bool allowDuration)
{
    const int beginFrom = sc.pos;
    ClockTime b;
    if (!readClock(sc, b, entry.begin, false))
        return false;
    const int beginTo = sc.pos;
    sc.skipSpaces();
    if (sc.atEnd())
        return allowDuration || sc.fail(Problem::MissingEnd, beginTo, beginTo);
    if (sc.peek() == u'-') {
        ++sc.pos;
        sc.skipSpaces();
        if (sc.atEnd())
            return sc.fail(Problem::MissingEnd, sc.pos, sc.pos);
        ClockTime e;
        QTime end;
        if (!readClock(sc, e, end, true))
            return false;
        // "1-5pm" is 13:00-17:00; "9-5pm" is 9:00-17:00.
        if (e.half != Half::None && b.half == Half::None && b.seconds() + 12 * 3600 < e.seconds()) {
            b.hour += 12;
            entry.begin = toTime(b);
        }
        if (e.seconds() <= b.seconds())
            return sc.fail(Problem::EndNotAfterBegin, beginFrom, sc.pos);
        entry.range = Range{entry.begin, end, e.hour == 24};
        return true;
    }
    if (!allowDuration)
        return sc.fail(Problem::MissingEnd, beginTo, sc.wordEnd(sc.pos));
    const int from = sc.pos;
    qint64 seconds = 0;
    if (!readDuration(sc, seconds))
        return false;
    if (seconds <= 0)
        return sc.fail(Problem::EndNotAfterBegin, from, sc.pos);
    entry.duration = seconds;
    return true;
}

} // namespace

QString Error::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("kd::TimeInput", "Nothing was typed.");
    case Problem::Unexpected:
        return QCoreApplication::translate("kd::TimeInput", "“%1” is not understood here.").arg(fragment);
    case Problem::Incomplete:
        return QCoreApplication::translate("kd::TimeInput", "Something is missing at the end.");
    case Problem::BadHour:
        return QCoreApplication::translate("kd::TimeInput", "Hours go from 0 to 23 (1 to 12 with am or pm).");
    case Problem::BadMinute:
        return QCoreApplication::translate("kd::TimeInput", "Minutes and seconds are two digits from 00 to 59.");
    case Problem::BadDate:
        return QCoreApplication::translate("kd::TimeInput", "There is no such date.");
    case Problem::MissingEnd:
        return QCoreApplication::translate("kd::TimeInput", "The end time is missing.");
    case Problem::EndNotAfterBegin:
        return QCoreApplication::translate("kd::TimeInput", "The end must be after the begin.");
    case Problem::MissingTime:
        return QCoreApplication::translate("kd::TimeInput", "A time is missing after the date.");
    }
    return {};
}

qint64 Range::seconds() const
{
    return begin.secsTo(end) + (endNextDay ? 24 * 3600 : 0);
}

QDateTime Entry::beginIn(const QTimeZone &zone) const
{
    return QDateTime(date, begin, zone);
}

QDateTime Entry::endIn(const QTimeZone &zone) const
{
    if (range)
        return QDateTime(range->endNextDay ? date.addDays(1) : date, range->end, zone);
    if (duration)
        return beginIn(zone).addSecs(*duration);
    return {};
}

Parsed<QTime> parseTime(QStringView text, const QLocale &locale)
{
    Scanner sc(text, locale);
    QTime time;
    ClockTime t;
    if (begin(sc))
        readClock(sc, t, time, false);
    return result(sc, time);
}

Parsed<DurationValue> parseDuration(QStringView text, const QLocale &locale)
{
    Scanner sc(text, locale);
    DurationValue value;
    if (begin(sc)) {
        int sign = 1;
        if (sc.peek() == u'+' || sc.peek() == u'-') {
            sign = sc.peek() == u'-' ? -1 : 1;
            value.relative = true;
            ++sc.pos;
            sc.skipSpaces();
        }
        qint64 seconds = 0;
        if (readDuration(sc, seconds))
            value.seconds = sign * seconds;
    }
    return result(sc, value);
}

Parsed<QDate> parseDate(QStringView text, const QDate &today, const QLocale &locale)
{
    Scanner sc(text, locale);
    QDate date;
    if (begin(sc) && readDate(sc, today, date) == DateRead::NotADate)
        sc.fail(Problem::Unexpected, sc.pos, int(sc.text().size()));
    return result(sc, date);
}

Parsed<Range> parseRange(QStringView text, const QLocale &locale)
{
    Scanner sc(text, locale);
    Entry entry;
    if (begin(sc))
        readTimes(sc, entry, false);
    return result(sc, entry.range.value_or(Range{entry.begin, {}, false}));
}

Parsed<Entry> parseEntry(QStringView text, const QDate &today, const QLocale &locale)
{
    Scanner sc(text, locale);
    Entry entry;
    entry.date = today;
    if (!begin(sc))
        return result(sc, entry);
    QDate date;
    const DateRead read = readDate(sc, today, date);
    if (read == DateRead::Failed)
        return result(sc, entry);
    if (read == DateRead::Read) {
        entry.date = date;
        entry.dateGiven = true;
        if (!sc.atEnd() && sc.peek() != u' ') {
            sc.fail(Problem::Unexpected, sc.pos, sc.wordEnd(sc.pos));
            return result(sc, entry);
        }
        sc.skipSpaces();
        if (sc.atEnd()) {
            sc.fail(Problem::MissingTime, sc.pos, sc.pos);
            return result(sc, entry);
        }
    }
    readTimes(sc, entry, true);
    return result(sc, entry);
}

} // namespace kd::TimeInput
