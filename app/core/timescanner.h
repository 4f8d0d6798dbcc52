#pragma once

// The reading machinery behind TimeInput (internal to app/core): the typed text in a normal form
// with a map back to what was typed, a cursor, the first error, and the locale's words.

#include "core/timeinput.h"

#include <QList>
#include <QStringList>

namespace kd::TimeInput::detail {

// The normal form (timewords.cpp): bidi marks are dropped, digits of any script become ASCII,
// dashes and minus signs '-', spaces ' ', the rest lower case.
bool ignorable(char16_t c);
QChar normalChar(QChar c);
QString withoutTrailingDot(QString s);   // "mo." -> "mo"

// The locale's words and characters, in the scanner's normal form (lower case, no dots in am/pm).
struct Words
{
    explicit Words(const QLocale &locale);
    QChar decimalPoint;          // the locale's, normalised ('.' for en, ',' for de, '٫' for ar)
    QStringList am;              // "a.m.", "am", "a", the locale's AM text; longest first
    QStringList pm;
    QStringList today;
    QStringList yesterday;
    QStringList dayNames[7];     // Monday first: full names (English and the locale's)
    QStringList dayShort[7];     // exact short names ("mon", "mo")
    QStringList hourUnits;       // "h", "hr", "hours", "std", ...
    QStringList minuteUnits;     // "m", "min", "minutes", ...
    QList<char> dateOrder;       // 'd', 'M', 'y' in the order of the locale's short date
    QString dateSeparators;      // characters between them ("/", ".")
};

class Scanner
{
public:
    Scanner(QStringView typed, const QLocale &locale);

    const QString &text() const { return m_text; }
    const Words &words() const { return m_words; }
    int pos = 0;

    bool atEnd() const { return pos >= m_text.size(); }
    QChar peek(int ahead = 0) const;
    bool digitAt(int ahead = 0) const { const QChar c = peek(ahead); return c >= u'0' && c <= u'9'; }
    bool letterAt(int ahead = 0) const { return peek(ahead).isLetter(); }
    void skipSpaces();
    // Reads digits at pos (at most 9 are taken into `value`); returns how many there were.
    int digits(int *value);
    // A run of letters (and ' ’ . inside a word) from pos, without a trailing '.'; does not move.
    QString wordAt(int *end) const;
    // Consumes one of `candidates` at pos if it is followed by something that is not a letter.
    bool consumeAny(const QStringList &candidates);
    int wordEnd(int from) const;   // the next space or the end

    // Records the first problem (positions in the normal text, from..to); always returns false.
    bool fail(Problem problem, int from, int to);
    bool failHere(int from) { return fail(atEnd() ? Problem::Incomplete : Problem::Unexpected, from, wordEnd(from)); }
    const Error &error() const { return m_error; }

private:
    QStringView m_typed;
    QString m_text;
    QList<int> m_origin;   // m_text[i] came from m_typed[m_origin[i]]; one more entry for the end
    Words m_words;
    Error m_error;
};

enum class Half { None, Am, Pm };

struct ClockTime
{
    int hour = -1;          // 0..24 (24 only as the end of a range)
    int minute = 0;
    int second = 0;
    Half half = Half::None;
    int seconds() const { return hour * 3600 + minute * 60 + second; }
};

bool readTime(Scanner &sc, ClockTime &time, bool allow24);
bool readDuration(Scanner &sc, qint64 &seconds);
enum class DateRead { NotADate, Read, Failed };
DateRead readDate(Scanner &sc, const QDate &today, QDate &date);

} // namespace kd::TimeInput::detail
