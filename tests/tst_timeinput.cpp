// The smart time input: one data table over every entry point (time, duration, date, range, entry
// line) in English, German and Arabic, with what is accepted and what is refused (and where).

#include "core/timeinput.h"

#include <QTest>

using namespace kd;
using namespace kd::TimeInput;

namespace {

// Wednesday.
const QDate kToday(2026, 12, 2);

QString problemName(Problem p)
{
    switch (p) {
    case Problem::None: return QStringLiteral("None");
    case Problem::Empty: return QStringLiteral("Empty");
    case Problem::Unexpected: return QStringLiteral("Unexpected");
    case Problem::Incomplete: return QStringLiteral("Incomplete");
    case Problem::BadHour: return QStringLiteral("BadHour");
    case Problem::BadMinute: return QStringLiteral("BadMinute");
    case Problem::BadDate: return QStringLiteral("BadDate");
    case Problem::MissingEnd: return QStringLiteral("MissingEnd");
    case Problem::EndNotAfterBegin: return QStringLiteral("EndNotAfterBegin");
    case Problem::MissingTime: return QStringLiteral("MissingTime");
    }
    return {};
}

QString timeText(const QTime &t)
{
    return t.second() ? t.toString(QStringLiteral("HH:mm:ss")) : t.toString(QStringLiteral("HH:mm"));
}

QString rangeText(const Range &r)
{
    return timeText(r.begin) + QLatin1Char('-') + timeText(r.end) + (r.endNextDay ? QStringLiteral("+1") : QString());
}

template<typename T>
QString errorText(const Parsed<T> &p)
{
    return QLatin1Char('!') + problemName(p.error.problem) + QLatin1Char('@') + QString::number(p.error.position);
}

// One canonical text per result: "09:30", "5400s", "+900s", "2026-12-01", "09:00-12:30",
// "2026-12-01 09:00-17:00", "2026-11-30 14:00 5400s"; a refusal is "!Problem@position".
QString describe(const QString &kind, const QString &text, const QLocale &locale)
{
    if (kind == QLatin1String("time")) {
        const auto p = parseTime(text, locale);
        return p.ok() ? timeText(p.value) : errorText(p);
    }
    if (kind == QLatin1String("duration")) {
        const auto p = parseDuration(text, locale);
        if (!p.ok())
            return errorText(p);
        return (p.value.relative && p.value.seconds >= 0 ? QStringLiteral("+") : QString()) + QString::number(p.value.seconds)
             + QLatin1Char('s');
    }
    if (kind == QLatin1String("date")) {
        const auto p = parseDate(text, kToday, locale);
        return p.ok() ? p.value.toString(Qt::ISODate) : errorText(p);
    }
    if (kind == QLatin1String("range")) {
        const auto p = parseRange(text, locale);
        return p.ok() ? rangeText(p.value) : errorText(p);
    }
    const auto p = parseEntry(text, kToday, locale);
    if (!p.ok())
        return errorText(p);
    QString out = p.value.date.toString(Qt::ISODate) + QLatin1Char(' ');
    if (p.value.range)
        return out + rangeText(*p.value.range);
    out += timeText(p.value.begin);
    if (p.value.duration)
        out += QLatin1Char(' ') + QString::number(*p.value.duration) + QLatin1Char('s');
    return out;
}

} // namespace

class TestTimeInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *locale, const char *kind, const QString &text, const char *expected) {
            QTest::addRow("%s %s '%s'", locale, kind, qPrintable(text))
                << QString::fromLatin1(locale) << QString::fromLatin1(kind) << text << QString::fromUtf8(expected);
        };
        const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };

        // Times, English.
        row("en", "time", s("9"), "09:00");
        row("en", "time", s("930"), "09:30");
        row("en", "time", s("0930"), "09:30");
        row("en", "time", s("1230"), "12:30");
        row("en", "time", s("9:30"), "09:30");
        row("en", "time", s("09.30"), "09:30");
        row("en", "time", s("9.5"), "09:30");
        row("en", "time", s("9.50"), "09:50");
        row("en", "time", s("9h30"), "09:30");
        row("en", "time", s("9h"), "09:00");
        row("en", "time", s("9:30:15"), "09:30:15");
        row("en", "time", s("9:30pm"), "21:30");
        row("en", "time", s("9:30 PM"), "21:30");
        row("en", "time", s("9:30 p.m."), "21:30");
        row("en", "time", s("9a"), "09:00");
        row("en", "time", s("12am"), "00:00");
        row("en", "time", s("12pm"), "12:00");
        row("en", "time", s("12:45am"), "00:45");
        row("en", "time", s("0"), "00:00");
        row("en", "time", s("23:59"), "23:59");
        row("en", "time", s("  7  "), "07:00");
        // Times, German: ',' is the decimal point; '.' still separates minutes.
        row("de", "time", s("9,5"), "09:30");
        row("de", "time", s("9,25"), "09:15");
        row("de", "time", s("9.30"), "09:30");
        row("de", "time", s("17:45"), "17:45");
        // Arabic: Arabic-Indic digits, the Arabic decimal separator, the locale's PM.
        row("ar", "time", s("٩:٣٠"), "09:30");
        row("ar", "time", s("٩٫٥"), "09:30");
        row("ar", "time", s("٩:٣٠ م"), "21:30");
        row("ar", "time", s("١٢٣٠"), "12:30");
        // Times refused.
        row("en", "time", s("25:00"), "!BadHour@0");
        row("en", "time", s("9:75"), "!BadMinute@2");
        row("en", "time", s("abc"), "!Unexpected@0");
        row("en", "time", s(""), "!Empty@0");
        row("en", "time", s("   "), "!Empty@0");
        row("en", "time", s("9:"), "!Incomplete@2");
        row("en", "time", s("9:5"), "!BadMinute@2");
        row("en", "time", s("13pm"), "!BadHour@0");
        row("en", "time", s("0am"), "!BadHour@0");
        row("en", "time", s("24:00"), "!BadHour@0");
        row("en", "time", s("12345"), "!BadHour@0");
        row("en", "time", s("9,5"), "!Unexpected@1");
        row("en", "time", s("9.75"), "!BadMinute@2");
        row("en", "time", s("960"), "!BadMinute@1");
        row("en", "time", s("9:30x"), "!Unexpected@4");
        row("de", "time", s("9,5 Uhr"), "!Unexpected@4");

        // Durations.
        row("en", "duration", s("1h30"), "5400s");
        row("en", "duration", s("1h30m"), "5400s");
        row("en", "duration", s("1h 30m"), "5400s");
        row("en", "duration", s("1 hour 30 min"), "5400s");
        row("en", "duration", s("1:30"), "5400s");
        row("en", "duration", s("27:15"), "98100s");
        row("en", "duration", s("1.5h"), "5400s");
        row("en", "duration", s("1.5"), "5400s");
        row("en", "duration", s("90m"), "5400s");
        row("en", "duration", s("90 mins"), "5400s");
        row("en", "duration", s("2h"), "7200s");
        row("en", "duration", s("2"), "7200s");
        row("en", "duration", s("0.25h"), "900s");
        row("en", "duration", s("+15m"), "+900s");
        row("en", "duration", s("-15m"), "-900s");
        row("en", "duration", s("+1h"), "+3600s");
        row("en", "duration", s("0"), "0s");
        row("en", "duration", s("1:30:20"), "5420s");
        row("de", "duration", s("1,5h"), "5400s");
        row("de", "duration", s("1,5 Std"), "5400s");
        row("de", "duration", s("2 Stunden"), "7200s");
        row("de", "duration", s("45 Minuten"), "2700s");
        row("ar", "duration", s("١٫٥h"), "5400s");
        row("ar", "duration", s("٩٠ دقيقة"), "5400s");
        // Durations refused.
        row("en", "duration", s("1h75"), "!BadMinute@2");
        row("en", "duration", s("1:75"), "!BadMinute@2");
        row("en", "duration", s("h"), "!Unexpected@0");
        row("en", "duration", s("1,5h"), "!Unexpected@1");
        row("en", "duration", s("1h30h"), "!Unexpected@2");
        row("en", "duration", s("+"), "!Incomplete@1");
        row("en", "duration", s("2 days"), "!Unexpected@2");

        // Dates.
        row("en", "date", s("today"), "2026-12-02");
        row("en", "date", s("Yesterday"), "2026-12-01");
        row("en", "date", s("wed"), "2026-12-02");   // today counts
        row("en", "date", s("tue"), "2026-12-01");
        row("en", "date", s("mon"), "2026-11-30");
        row("en", "date", s("sun"), "2026-11-29");
        row("en", "date", s("thu"), "2026-11-26");   // never the future: last week's
        row("en", "date", s("Thursday"), "2026-11-26");
        row("en", "date", s("thurs"), "2026-11-26");
        row("en", "date", s("2026-12-01"), "2026-12-01");
        row("en", "date", s("12/1/26"), "2026-12-01");
        row("en", "date", s("12/1/2026"), "2026-12-01");
        row("en", "date", s("2/29/24"), "2024-02-29");
        row("en", "date", s("1/1/99"), "1999-01-01");
        row("de", "date", s("01.12.26"), "2026-12-01");
        row("de", "date", s("1.12.2026"), "2026-12-01");
        row("de", "date", s("heute"), "2026-12-02");
        row("de", "date", s("gestern"), "2026-12-01");
        row("de", "date", s("Mo."), "2026-11-30");
        row("de", "date", s("Freitag"), "2026-11-27");
        row("de", "date", s("2026-12-01"), "2026-12-01");
        row("ar", "date", s("١‏/١٢‏/٢٠٢٦"), "2026-12-01");
        row("ar", "date", s("أمس"), "2026-12-01");
        // Dates refused.
        row("en", "date", s("2026-02-30"), "!BadDate@0");
        row("en", "date", s("13/1/26"), "!BadDate@0");
        row("de", "date", s("31.04.26"), "!BadDate@0");
        row("en", "date", s("tomorrow"), "!Unexpected@0");
        row("en", "date", s("1.12"), "!Unexpected@0");
        row("en", "date", s("mo"), "!Unexpected@0");
        row("en", "date", s("12/1/26x"), "!Unexpected@0");

        // Ranges.
        row("en", "range", s("9-12:30"), "09:00-12:30");
        row("en", "range", s("9:00–12:30"), "09:00-12:30");
        row("en", "range", s("9 - 17"), "09:00-17:00");
        row("en", "range", s("9am-5pm"), "09:00-17:00");
        row("en", "range", s("9-5pm"), "09:00-17:00");
        row("en", "range", s("1-5pm"), "13:00-17:00");
        row("en", "range", s("22-24"), "22:00-00:00+1");
        row("de", "range", s("8,5-12"), "08:30-12:00");
        row("ar", "range", s("٩-١٢:٣٠"), "09:00-12:30");
        // Ranges refused.
        row("en", "range", s("9-"), "!MissingEnd@2");
        row("en", "range", s("12-9"), "!EndNotAfterBegin@0");
        row("en", "range", s("9-9"), "!EndNotAfterBegin@0");
        row("en", "range", s("9"), "!MissingEnd@1");
        row("en", "range", s("9-25"), "!BadHour@2");
        row("en", "range", s("9-12:30-14"), "!Unexpected@7");

        // Entry lines.
        row("en", "entry", s("yesterday 9-12:30"), "2026-12-01 09:00-12:30");
        row("en", "entry", s("mon 14:00 1h30"), "2026-11-30 14:00 5400s");
        row("en", "entry", s("2026-12-01 9-17"), "2026-12-01 09:00-17:00");
        row("en", "entry", s("12/1/26 9:00–12:30"), "2026-12-01 09:00-12:30");
        row("en", "entry", s("9-12:30"), "2026-12-02 09:00-12:30");
        row("en", "entry", s("today 9"), "2026-12-02 09:00");
        row("en", "entry", s("8:15 45m"), "2026-12-02 08:15 2700s");
        row("de", "entry", s("gestern 9-12:30"), "2026-12-01 09:00-12:30");
        row("de", "entry", s("01.12.26 8,5 1,5h"), "2026-12-01 08:30 5400s");
        row("ar", "entry", s("أمس ٩-١٢:٣٠"), "2026-12-01 09:00-12:30");
        // Entry lines refused.
        row("en", "entry", s("yesterday"), "!MissingTime@9");
        row("en", "entry", s("yesterday 9-"), "!MissingEnd@12");
        row("en", "entry", s("someday 9-12"), "!Unexpected@0");
        row("en", "entry", s("mon 14:00 0m"), "!EndNotAfterBegin@10");
        row("en", "entry", s("2026-13-01 9-17"), "!BadDate@0");
        row("en", "entry", s("mon 17-9"), "!EndNotAfterBegin@4");
        row("en", "entry", s("mon 9-12 extra"), "!Unexpected@9");
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(kind, text, QLocale(locale)), expected);
    }

    void errorsCarryWhatWasUnderstood()
    {
        const QLocale en(QStringLiteral("en"));
        const auto minutes = parseTime(u"9:75", en);
        QCOMPARE(minutes.error.problem, Problem::BadMinute);
        QCOMPARE(minutes.error.position, 2);
        QCOMPARE(minutes.error.length, 2);
        QCOMPARE(minutes.error.fragment, QStringLiteral("75"));
        QCOMPARE(minutes.value, QTime(9, 0));   // the hour was understood
        QVERIFY(!minutes.error.message().isEmpty());

        const auto entry = parseEntry(u"yesterday 9-", kToday, en);
        QCOMPARE(entry.error.problem, Problem::MissingEnd);
        QCOMPARE(entry.value.date, kToday.addDays(-1));
        QVERIFY(entry.value.dateGiven);
        QCOMPARE(entry.value.begin, QTime(9, 0));
        QVERIFY(!entry.value.hasEnd());

        const auto word = parseEntry(u"mon 9-12 extra", kToday, en);
        QCOMPARE(word.error.fragment, QStringLiteral("extra"));
        QVERIFY(word.error.message().contains(QStringLiteral("extra")));
    }

    void positionsCountTheTypedText()
    {
        // Bidi marks are skipped when reading but the position points into what was typed.
        const QString typed = QString::fromUtf8("١‏/١٢‏/٢٠٢٦ ٢٥:٠٠");
        const auto p = parseEntry(typed, kToday, QLocale(QStringLiteral("ar")));
        QCOMPARE(p.error.problem, Problem::BadHour);
        QCOMPARE(p.error.position, int(typed.indexOf(QLatin1Char(' '))) + 1);
        QCOMPARE(p.error.fragment, QString::fromUtf8("٢٥"));
        QCOMPARE(p.value.date, QDate(2026, 12, 1));
    }

    void entryTimesInTheUsersZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QLocale en(QStringLiteral("en"));
        // The night the clocks go forward: 1:00-4:00 on the wall clock is two hours.
        const auto range = parseEntry(u"2026-03-29 1-4", kToday, en);
        QVERIFY(range.ok());
        QCOMPARE(range.value.beginIn(berlin).secsTo(range.value.endIn(berlin)), 2 * 3600);
        QCOMPARE(range.value.endIn(berlin).toTimeZone(berlin).time(), QTime(4, 0));
        // A duration is real time.
        const auto duration = parseEntry(u"2026-03-29 1:00 3h", kToday, en);
        QCOMPARE(duration.value.beginIn(berlin).secsTo(duration.value.endIn(berlin)), 3 * 3600);
        // To midnight.
        const auto late = parseEntry(u"mon 22-24", kToday, en);
        QCOMPARE(late.value.endIn(berlin), QDateTime(QDate(2026, 12, 1), QTime(0, 0), berlin));
        QCOMPARE(late.value.range->seconds(), 2 * 3600);
        // Without an end there is no end.
        QVERIFY(!parseEntry(u"today 9", kToday, en).value.endIn(berlin).isValid());
    }

    void localeDigitsAreTheLocales()
    {
        // The Arabic locale writes Arabic-Indic digits; its own formatting is read back.
        const QLocale ar(QStringLiteral("ar"));
        const QString date = ar.toString(QDate(2026, 12, 1), QLocale::ShortFormat);
        QVERIFY(date.contains(QChar(0x0661)));
        QCOMPARE(parseDate(date, kToday, ar).value, QDate(2026, 12, 1));
        for (const char *name : {"en", "en_GB", "de", "fr", "es", "ar"}) {
            const QLocale l(QString::fromLatin1(name));
            const QString text = l.toString(QDate(2026, 11, 30), QLocale::ShortFormat);
            const auto p = parseDate(text, kToday, l);
            QVERIFY2(p.ok(), qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + text + QLatin1Char(' ') + p.error.message()));
            QCOMPARE(p.value, QDate(2026, 11, 30));
            const QString time = l.toString(QTime(21, 5), QLocale::ShortFormat);
            QCOMPARE(parseTime(time, l).value, QTime(21, 5));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeInput)
#include "tst_timeinput.moc"
