#include "core/timescanner.h"

#include <algorithm>

// The locale's words for TimeInput: day names, today/yesterday, units, AM/PM, the short date's order.

namespace kd::TimeInput::detail {

bool ignorable(char16_t c)
{
    // Bidi marks and embeddings, zero-width space, BOM: they arrive with right-to-left dates.
    return c == 0x200B || c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

QChar normalChar(QChar c)
{
    if (c.isDigit() && c.digitValue() >= 0)
        return QChar(char16_t(u'0' + c.digitValue()));
    switch (c.unicode()) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return QLatin1Char('-');
    case 0x2019:
        return QLatin1Char('\'');
    default:
        break;
    }
    return c.isSpace() ? QLatin1Char(' ') : c.toLower();
}

QString withoutTrailingDot(QString s)
{
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

namespace {

QString normalWord(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (!ignorable(c.unicode()))
            out.append(normalChar(c));
    }
    return out.trimmed();
}

void addUnique(QStringList &list, const QString &word)
{
    if (!word.isEmpty() && !list.contains(word))
        list.append(word);
}

void longestFirst(QStringList &list)
{
    std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

struct LanguageWords
{
    QLocale::Language language;
    const char16_t *today;
    const char16_t *yesterday;
    const char16_t *hours;     // space-separated
    const char16_t *minutes;
};

// The words of the languages Kimai Desk is translated into (English is always understood).
constexpr LanguageWords kLanguageWords[] = {
    {QLocale::German, u"heute", u"gestern", u"std stunde stunden", u"minute minuten"},
    {QLocale::French, u"aujourd'hui", u"hier", u"heure heures", u"minute minutes"},
    {QLocale::Spanish, u"hoy", u"ayer", u"hora horas", u"minuto minutos"},
    {QLocale::Arabic, u"اليوم", u"أمس امس", u"ساعة ساعات", u"دقيقة دقائق"},
};

QStringList split(const char16_t *words)
{
    return QString::fromUtf16(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}


} // namespace

Words::Words(const QLocale &locale)
{
    const QString dp = normalWord(locale.decimalPoint());
    decimalPoint = dp.size() == 1 ? dp.at(0) : QLatin1Char('.');

    am = {QStringLiteral("a.m."), QStringLiteral("a. m."), QStringLiteral("am"), QStringLiteral("a")};
    pm = {QStringLiteral("p.m."), QStringLiteral("p. m."), QStringLiteral("pm"), QStringLiteral("p")};
    addUnique(am, normalWord(locale.amText()));
    addUnique(pm, normalWord(locale.pmText()));
    longestFirst(am);
    longestFirst(pm);

    today = {QStringLiteral("today")};
    yesterday = {QStringLiteral("yesterday")};
    hourUnits = split(u"h hr hrs hour hours");
    minuteUnits = split(u"m min mins minute minutes");
    for (const LanguageWords &w : kLanguageWords) {
        if (w.language != locale.language())
            continue;
        today += split(w.today);
        yesterday += split(w.yesterday);
        hourUnits += split(w.hours);
        minuteUnits += split(w.minutes);
    }
    longestFirst(hourUnits);
    longestFirst(minuteUnits);

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (int d = 1; d <= 7; ++d) {
        for (const QLocale &l : {english, locale}) {
            addUnique(dayNames[d - 1], withoutTrailingDot(normalWord(l.dayName(d, QLocale::LongFormat))));
            addUnique(dayShort[d - 1], withoutTrailingDot(normalWord(l.dayName(d, QLocale::ShortFormat))));
        }
    }

    // The short date's order and separators: "M/d/yy" -> M d y, "/"; "d‏/M‏/yyyy" -> d M y, "/".
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    for (QChar c : format) {
        if (ignorable(c.unicode()) || c == u'\'')
            continue;
        const char l = c.toLatin1();
        if (l == 'd' || l == 'M' || l == 'y') {
            if (!dateOrder.contains(l))
                dateOrder.append(l);
        } else if (!c.isLetter() && !c.isSpace() && !dateSeparators.contains(c)) {
            dateSeparators.append(c);
        }
    }
    if (dateOrder.size() != 3)
        dateOrder.clear();   // not a numeric day-month-year format: only ISO dates are read
    for (QChar c : {QLatin1Char('/'), QLatin1Char('.')}) {
        if (!dateSeparators.contains(c))
            dateSeparators.append(c);
    }
}

} // namespace kd::TimeInput::detail
