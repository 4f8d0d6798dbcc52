#include "core/timescanner.h"

#include <algorithm>

namespace kd::TimeInput::detail {

Scanner::Scanner(QStringView typed, const QLocale &locale)
    : m_typed(typed)
    , m_words(locale)
{
    m_text.reserve(typed.size());
    m_origin.reserve(typed.size() + 1);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (ignorable(typed[i].unicode()))
            continue;
        m_text.append(normalChar(typed[i]));
        m_origin.append(int(i));
    }
    m_origin.append(int(typed.size()));
}

QChar Scanner::peek(int ahead) const
{
    const int i = pos + ahead;
    return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar();
}

void Scanner::skipSpaces()
{
    while (peek() == u' ')
        ++pos;
}

int Scanner::digits(int *value)
{
    int n = 0;
    int v = 0;
    while (digitAt()) {
        if (n < 9)
            v = v * 10 + (peek().unicode() - u'0');
        ++n;
        ++pos;
    }
    *value = v;
    return n;
}

QString Scanner::wordAt(int *end) const
{
    int i = pos;
    while (i < m_text.size()) {
        const QChar c = m_text.at(i);
        if (c.isLetter() || c.isMark() || ((c == u'\'' || c == u'.') && i > pos))
            ++i;
        else
            break;
    }
    *end = i;
    return withoutTrailingDot(m_text.mid(pos, i - pos));
}

bool Scanner::consumeAny(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (!QStringView(m_text).mid(pos).startsWith(c))
            continue;
        const int after = pos + int(c.size());
        if (after < m_text.size() && m_text.at(after).isLetter())
            continue;
        pos = after;
        return true;
    }
    return false;
}

int Scanner::wordEnd(int from) const
{
    int i = from;
    while (i < m_text.size() && m_text.at(i) != u' ')
        ++i;
    return std::max(i, std::min(from + 1, int(m_text.size())));
}

bool Scanner::fail(Problem problem, int from, int to)
{
    if (m_error.problem != Problem::None)
        return false;
    from = std::clamp(from, 0, int(m_text.size()));
    to = std::clamp(to, from, int(m_text.size()));
    m_error.problem = problem;
    m_error.position = m_origin.at(from);
    m_error.length = m_origin.at(to) - m_error.position;
    m_error.fragment = m_typed.mid(m_error.position, m_error.length).toString();
    return false;
}

// --- times ---------------------------------------------------------------------------------------

bool readTime(Scanner &sc, ClockTime &time, bool allow24)
{
    const int start = sc.pos;
    int value = 0;
    const int n = sc.digits(&value);
    if (n == 0)
        return sc.failHere(start);
    if (n > 4)
        return sc.fail(Problem::BadHour, start, sc.pos);
    const int hourEnd = n <= 2 ? sc.pos : sc.pos - 2;
    int hour = n <= 2 ? value : value / 100;
    int minute = n <= 2 ? 0 : value % 100;
    int second = 0;
    int minuteFrom = hourEnd;
    int minuteTo = sc.pos;
    const QChar sep = sc.peek();
    const Words &w = sc.words();
    if (n <= 2 && (sep == u':' || sep == u'.' || sep == u'h')) {
        ++sc.pos;
        minuteFrom = sc.pos;
        int m = 0;
        const int mn = sc.digits(&m);
        minuteTo = sc.pos;
        if (mn == 0 && sep != u'h')
            return sc.failHere(minuteFrom);
        if (mn == 1 && sep == u'.') {
            minute = m * 6;   // a tenth of an hour
        } else if (mn == 2) {
            minute = m;
            if (sep == u':' && sc.peek() == u':' && sc.digitAt(1)) {
                ++sc.pos;
                const int secondFrom = sc.pos;
                if (sc.digits(&second) != 2 || second > 59)
                    return sc.fail(Problem::BadMinute, secondFrom, sc.pos);
            }
        } else if (mn != 0) {
            return sc.fail(Problem::BadMinute, minuteFrom, minuteTo);
        }
    } else if (n <= 2 && sep == w.decimalPoint && sc.digitAt(1)) {
        ++sc.pos;
        int fraction = 0;
        const int fn = sc.digits(&fraction);
        if (fn > 4)
            return sc.fail(Problem::Unexpected, start, sc.pos);
        int scale = 1;
        for (int i = 0; i < fn; ++i)
            scale *= 10;
        minute = (fraction * 120 + scale) / (2 * scale);   // to the nearest minute
        if (minute == 60) {
            ++hour;
            minute = 0;
        }
    }

    const int beforeHalf = sc.pos;
    sc.skipSpaces();
    if (sc.consumeAny(w.am))
        time.half = Half::Am;
    else if (sc.consumeAny(w.pm))
        time.half = Half::Pm;
    else
        sc.pos = beforeHalf;

    if (time.half != Half::None) {
        if (hour < 1 || hour > 12)
            return sc.fail(Problem::BadHour, start, hourEnd);
        hour = hour % 12 + (time.half == Half::Pm ? 12 : 0);
    } else if (hour > 23 && !(allow24 && hour == 24 && minute == 0 && second == 0)) {
        return sc.fail(Problem::BadHour, start, hourEnd);
    }
    time.hour = hour;   // understood, even if the minutes are wrong
    if (minute > 59)
        return sc.fail(Problem::BadMinute, minuteFrom, minuteTo);
    time.minute = minute;
    time.second = second;
    return true;
}

// --- durations -----------------------------------------------------------------------------------

namespace {

struct Number
{
    qint64 whole = 0;
    int fraction = 0;
    int scale = 1;   // 10^digits of the fraction
    qint64 secondsPer(int unit) const { return whole * unit + (qint64(fraction) * unit * 2 + scale) / (2 * scale); }
};

bool readNumber(Scanner &sc, Number &number)
{
    const int start = sc.pos;
    int v = 0;
    const int n = sc.digits(&v);
    if (n == 0)
        return sc.failHere(start);
    if (n > 6)
        return sc.fail(Problem::Unexpected, start, sc.pos);
    number.whole = v;
    const QChar c = sc.peek();
    if ((c == u'.' || c == sc.words().decimalPoint) && c != u':' && sc.digitAt(1)) {
        ++sc.pos;
        const int from = sc.pos;
        const int fn = sc.digits(&number.fraction);
        if (fn > 4)
            return sc.fail(Problem::Unexpected, from, sc.pos);
        for (int i = 0; i < fn; ++i)
            number.scale *= 10;
    }
    return true;
}

enum class Unit { None, Hours, Minutes };

Unit readUnit(Scanner &sc)
{
    if (sc.consumeAny(sc.words().hourUnits))
        return Unit::Hours;
    if (sc.consumeAny(sc.words().minuteUnits))
        return Unit::Minutes;
    return Unit::None;
}

} // namespace

bool readDuration(Scanner &sc, qint64 &seconds)
{
    Number a;
    if (!readNumber(sc, a))
        return false;
    if (sc.peek() == u':' && a.scale == 1) {   // h:mm[:ss]
        ++sc.pos;
        const int from = sc.pos;
        int m = 0;
        const int mn = sc.digits(&m);
        if (mn == 0)
            return sc.failHere(from);
        if (mn != 2 || m > 59)
            return sc.fail(Problem::BadMinute, from, sc.pos);
        int s = 0;
        if (sc.peek() == u':' && sc.digitAt(1)) {
            ++sc.pos;
            const int secondFrom = sc.pos;
            if (sc.digits(&s) != 2 || s > 59)
                return sc.fail(Problem::BadMinute, secondFrom, sc.pos);
        }
        seconds = a.whole * 3600 + m * 60 + s;
        return true;
    }
    const int afterNumber = sc.pos;
    sc.skipSpaces();
    const Unit unit = readUnit(sc);
    if (unit == Unit::None) {
        sc.pos = afterNumber;
        seconds = a.secondsPer(3600);
        return true;
    }
    if (unit == Unit::Minutes) {
        seconds = a.secondsPer(60);
        return true;
    }
    seconds = a.secondsPer(3600);
    // "1h30", "1h 30", "1h30m", "1h 30 min"
    const int afterUnit = sc.pos;
    sc.skipSpaces();
    if (!sc.digitAt()) {
        sc.pos = afterUnit;
        return true;
    }
    const int from = sc.pos;
    if (a.scale != 1)
        return sc.fail(Problem::Unexpected, from, sc.wordEnd(from));
    int m = 0;
    const int mn = sc.digits(&m);
    const int to = sc.pos;
    const int beforeUnit = sc.pos;
    sc.skipSpaces();
    const Unit second = readUnit(sc);
    if (second == Unit::Hours)
        return sc.fail(Problem::Unexpected, from, sc.pos);
    if (second == Unit::None)
        sc.pos = beforeUnit;
    if (mn > 2 || m > 59)
        return sc.fail(Problem::BadMinute, from, to);
    seconds += m * 60;
    return true;
}

// --- dates ---------------------------------------------------------------------------------------

namespace {

DateRead readDayWord(Scanner &sc, const QDate &today, QDate &date)
{
    const int start = sc.pos;
    int end = start;
    const QString word = sc.wordAt(&end);
    const Words &w = sc.words();
    std::optional<QDate> found;
    if (w.today.contains(word))
        found = today;
    else if (w.yesterday.contains(word))
        found = today.addDays(-1);
    for (int d = 0; d < 7 && !found; ++d) {
        bool match = w.dayShort[d].contains(word);
        for (const QString &name : w.dayNames[d])
            match = match || (word.size() >= 3 && name.startsWith(word));
        if (match)
            found = today.addDays(-((today.dayOfWeek() - (d + 1) + 7) % 7));   // the last one, today included
    }
    if (!found) {
        sc.fail(Problem::Unexpected, start, end);
        return DateRead::Failed;
    }
    date = *found;
    sc.pos = end;
    return DateRead::Read;
}

} // namespace

DateRead readDate(Scanner &sc, const QDate &today, QDate &date)
{
    if (sc.letterAt())
        return readDayWord(sc, today, date);
    if (!sc.digitAt())
        return DateRead::NotADate;
    const int start = sc.pos;
    const Words &w = sc.words();
    int parts[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        counts[i] = sc.digits(&parts[i]);
        if (counts[i] == 0)
            break;
        if (i < 2) {
            const QChar sep = sc.peek();
            const bool yearFirst = counts[0] == 4;
            if (!(w.dateSeparators.contains(sep) || (yearFirst && sep == u'-')) || !sc.digitAt(1))
                break;
            ++sc.pos;
        }
    }
    // Three numbers, then a space or the end: a date. Anything else: not one (a time, a range).
    if (counts[2] == 0 || !(sc.atEnd() || sc.peek() == u' ') || (counts[0] != 4 && w.dateOrder.isEmpty())) {
        sc.pos = start;
        return DateRead::NotADate;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    int yearDigits = 0;
    if (counts[0] == 4) {
        y = parts[0];
        m = parts[1];
        d = parts[2];
        yearDigits = 4;
    } else {
        for (int i = 0; i < 3; ++i) {
            switch (w.dateOrder.at(i)) {
            case 'd': d = parts[i]; break;
            case 'M': m = parts[i]; break;
            default: y = parts[i]; yearDigits = counts[i]; break;
            }
        }
    }
    if (yearDigits == 2) {
        y += 2000;
        if (today.isValid() && y > today.year() + 20)
            y -= 100;
    }
    const QDate result(y, m, d);
    if ((yearDigits != 2 && yearDigits != 4) || !result.isValid()) {
        sc.fail(Problem::BadDate, start, sc.pos);
        return DateRead::Failed;
    }
    date = result;
    return DateRead::Read;
}

} // namespace kd::TimeInput::detail
