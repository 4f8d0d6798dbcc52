#include "core/entrytimes.h"

#include <algorithm>

namespace kd {

EntryTimes::EntryTimes(const QTimeZone &zone)
    : m_zone(zone)
{
}

void EntryTimes::load(const QDateTime &begin, const QDateTime &end, qint64 breakSeconds)
{
    m_begin = begin.toTimeZone(m_zone);
    m_end = end.isValid() ? end.toTimeZone(m_zone) : QDateTime();
    m_break = std::max<qint64>(0, breakSeconds);
    m_durationTyped = false;
}

qint64 EntryTimes::duration() const
{
    if (!hasEnd() || !m_begin.isValid())
        return 0;
    return std::max<qint64>(0, m_begin.secsTo(m_end) - m_break);
}

int EntryTimes::endDayOffset() const
{
    return hasEnd() ? int(m_begin.date().daysTo(m_end.date())) : 0;
}

bool EntryTimes::breakTooLong() const
{
    return hasEnd() && m_break > 0 && m_begin.secsTo(m_end) < m_break;
}

void EntryTimes::endFromDuration(qint64 worked)
{
    m_end = m_begin.addSecs(std::max<qint64>(0, worked) + m_break);
}

void EntryTimes::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QTime beginTime = m_begin.isValid() ? m_begin.time() : QTime(0, 0);
    const int offset = endDayOffset();
    const QTime endTime = m_end.time();
    const bool hadEnd = hasEnd();
    m_begin = QDateTime(date, beginTime, m_zone);
    if (hadEnd)
        m_end = QDateTime(date.addDays(offset), endTime, m_zone);
}

void EntryTimes::setBegin(const QTime &time)
{
    if (!time.isValid())
        return;
    const qint64 worked = duration();
    const QDate date = m_begin.isValid() ? m_begin.date() : QDate();
    m_begin = QDateTime(date, time, m_zone);
    if (!hasEnd())
        return;
    if (m_durationTyped) {
        endFromDuration(worked);
        return;
    }
    // The end stays where it is, on the first day it can be after the new begin.
    setEnd(m_end.time());
}

void EntryTimes::setEnd(const QTime &time)
{
    m_durationTyped = false;
    if (!time.isValid()) {
        m_end = QDateTime();
        return;
    }
    QDateTime end(m_begin.date(), time, m_zone);
    if (end <= m_begin)
        end = QDateTime(m_begin.date().addDays(1), time, m_zone);
    m_end = end;
}

void EntryTimes::setDuration(qint64 seconds)
{
    m_durationTyped = true;
    endFromDuration(seconds);
}

void EntryTimes::setBreak(qint64 seconds)
{
    const qint64 worked = duration();
    m_break = std::max<qint64>(0, seconds);
    if (hasEnd() && m_durationTyped)
        endFromDuration(worked);
}

void EntryTimes::setRange(const QTime &begin, const QTime &end, bool endNextDay)
{
    const QDate date = m_begin.date();
    m_begin = QDateTime(date, begin, m_zone);
    m_end = QDateTime(endNextDay ? date.addDays(1) : date, end, m_zone);
    m_durationTyped = false;
}

} // namespace kd
