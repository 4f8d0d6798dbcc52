#include "core/kimaidatetime.h"

namespace kd::KimaiDateTime {
namespace {

bool digits(QStringView s, qsizetype pos, qsizetype count, int *out)
{
    if (pos < 0 || pos + count > s.size())
        return false;
    int v = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + int(c - u'0');
    }
    *out = v;
    return true;
}

// Parses the offset suffix starting at `pos` (which is past the seconds). Sets `hasOffset` and
// `offsetSeconds`; returns false if the rest of the string is not a valid offset.
bool parseOffset(QStringView s, qsizetype pos, bool *hasOffset, int *offsetSeconds)
{
    *hasOffset = false;
    *offsetSeconds = 0;
    if (pos == s.size())
        return true;
    const QChar c = s[pos];
    if (c == u'Z' || c == u'z') {
        *hasOffset = true;
        return pos + 1 == s.size();
    }
    if (c != u'+' && c != u'-')
        return false;
    const int sign = c == u'-' ? -1 : 1;
    int hh = 0;
    int mm = 0;
    if (!digits(s, pos + 1, 2, &hh))
        return false;
    qsizetype p = pos + 3;
    if (p < s.size()) {
        if (s[p] == u':')
            ++p;
        if (!digits(s, p, 2, &mm) || p + 2 != s.size())
            return false;
    }
    if (hh > 14 || mm > 59)   // real offsets run from -12:00 to +14:00
        return false;
    *hasOffset = true;
    *offsetSeconds = sign * (hh * 3600 + mm * 60);
    return true;
}

} // namespace

std::optional<QDate> parseDate(QStringView s)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (s.size() != 10 || !digits(s, 0, 4, &y) || s[4] != u'-' || !digits(s, 5, 2, &m) || s[7] != u'-'
        || !digits(s, 8, 2, &d))
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parse(QStringView s, const QTimeZone &assumeZone)
{
    if (s.size() < 16 || s.size() > 40)
        return std::nullopt;
    const auto date = parseDate(s.left(10));
    if (!date || (s[10] != u'T' && s[10] != u't' && s[10] != u' '))
        return std::nullopt;
    int hh = 0;
    int mi = 0;
    int ss = 0;
    int ms = 0;
    if (!digits(s, 11, 2, &hh) || s[13] != u':' || !digits(s, 14, 2, &mi))
        return std::nullopt;
    qsizetype pos = 16;
    if (pos < s.size() && s[pos] == u':') {
        if (!digits(s, pos + 1, 2, &ss))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == u'.') {
            qsizetype start = ++pos;
            int frac = 0;
            int scale = 0;
            while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
                if (scale < 3) {
                    frac = frac * 10 + (s[pos].unicode() - u'0');
                    ++scale;
                }
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
            while (scale < 3) {
                frac *= 10;
                ++scale;
            }
            ms = frac;
        }
    }
    if (hh > 23 || mi > 59 || ss > 59)
        return std::nullopt;
    bool hasOffset = false;
    int offset = 0;
    if (!parseOffset(s, pos, &hasOffset, &offset))
        return std::nullopt;
    const QTime time(hh, mi, ss, ms);
    QDateTime dt = hasOffset ? QDateTime(*date, time, Qt::OffsetFromUTC, offset)
                             : QDateTime(*date, time, assumeZone.isValid() ? assumeZone : QTimeZone::utc());
    if (!dt.isValid())
        return std::nullopt;
    // Four-digit years in every timezone (so that every value formats back to something parseable).
    const int utcYear = dt.toUTC().date().year();
    if (utcYear < 2 || utcYear > 9998)
        return std::nullopt;
    return dt;
}

QString toRequest(const QDateTime &when, const QTimeZone &userZone)
{
    const QTimeZone zone = userZone.isValid() ? userZone : QTimeZone::utc();
    return when.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString toResponse(const QDateTime &when, const QTimeZone &zone)
{
    const QDateTime local = when.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int offset = local.offsetFromUtc();
    const int abs = offset < 0 ? -offset : offset;
    const QString suffix = QString(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1%2").arg(abs / 3600, 2, 10, QLatin1Char('0')).arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + suffix;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QTimeZone zoneFromId(const QString &ianaId, bool *ok)
{
    QTimeZone zone(ianaId.toUtf8());
    if (ok)
        *ok = zone.isValid();
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace kd::KimaiDateTime
