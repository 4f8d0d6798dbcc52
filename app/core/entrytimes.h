#pragma once

// The times of one timesheet entry as the editor shows them: date, begin, end (or none: still
// running), duration and break, in the Kimai user's timezone. Whichever the user types, the others
// follow:
// - the date moves begin and end together (their wall-clock times stay);
// - begin: the end stays and the duration follows, unless the duration was typed last (then the
//   duration stays and the end follows);
// - end: the duration follows; an end at or before the begin is on the next day;
// - duration (worked time, the break not counted, as Kimai counts it): the end follows;
// - break: the end stays and the duration shrinks, unless the duration was typed last.
// Pure: no clock, no widgets.

#include <QDateTime>
#include <QTimeZone>

namespace kd {

class EntryTimes
{
public:
    explicit EntryTimes(const QTimeZone &zone = QTimeZone::utc());

    // An existing entry (`end` invalid: running) or a new one.
    void load(const QDateTime &begin, const QDateTime &end, qint64 breakSeconds = 0);

    void setDate(const QDate &date);
    void setBegin(const QTime &time);
    void setEnd(const QTime &time);       // an invalid time: no end (the entry runs)
    void setDuration(qint64 seconds);     // < 0 is taken as 0
    void setBreak(qint64 seconds);        // < 0 is taken as 0
    // Both ends at once ("9-12:30", "14:00 1h30"); `endNextDay` for "22-24".
    void setRange(const QTime &begin, const QTime &end, bool endNextDay);

    QTimeZone zone() const { return m_zone; }
    QDate date() const { return m_begin.date(); }
    QDateTime begin() const { return m_begin; }
    QDateTime end() const { return m_end; }       // invalid without an end
    bool hasEnd() const { return m_end.isValid(); }
    qint64 breakSeconds() const { return m_break; }
    // end - begin - break; 0 without an end (or when the break is longer).
    qint64 duration() const;
    // Days from the begin's date to the end's (1 for an entry over midnight).
    int endDayOffset() const;
    // The break is longer than the time between begin and end.
    bool breakTooLong() const;

private:
    void endFromDuration(qint64 worked);

    QTimeZone m_zone;
    QDateTime m_begin;
    QDateTime m_end;
    qint64 m_break = 0;
    bool m_durationTyped = false;   // the duration was typed last: it stays when begin or break change
};

} // namespace kd
