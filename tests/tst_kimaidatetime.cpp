#include "core/duration.h"
#include "core/kimaidatetime.h"

#include <QLocale>
#include <QTest>

using namespace kd;

class TestKimaiDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch");
        QTest::addColumn<int>("offset");
        // 2026-11-29T09:02:41Z = 1795942961
        QTest::newRow("kimai +0000") << QStringLiteral("2026-11-29T09:02:41+0000") << qint64(1795942961) << 0;
        QTest::newRow("colon +00:00") << QStringLiteral("2026-11-29T09:02:41+00:00") << qint64(1795942961) << 0;
        QTest::newRow("Z") << QStringLiteral("2026-11-29T09:02:41Z") << qint64(1795942961) << 0;
        QTest::newRow("auckland +1300")
            << QStringLiteral("2026-11-29T22:02:41+1300") << qint64(1795942961) << 13 * 3600;
        QTest::newRow("negative -0530")
            << QStringLiteral("2026-11-29T03:32:41-0530") << qint64(1795942961) << -(5 * 3600 + 1800);
        QTest::newRow("hours only +01") << QStringLiteral("2026-11-29T10:02:41+01") << qint64(1795942961) << 3600;
        QTest::newRow("fraction") << QStringLiteral("2026-11-29T09:02:41.750Z") << qint64(1795942961) << 0;
        QTest::newRow("space separator") << QStringLiteral("2026-11-29 09:02:41+0000") << qint64(1795942961) << 0;
    }
    void parsesOffsets()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        QFETCH(int, offset);
        const auto dt = KimaiDateTime::parse(text);
        QVERIFY(dt.has_value());
        QCOMPARE(dt->toSecsSinceEpoch(), epoch);
        QCOMPARE(dt->offsetFromUtc(), offset);
    }

    void noOffsetUsesGivenZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const auto dt = KimaiDateTime::parse(u"2026-07-01T12:00:00", berlin);
        QVERIFY(dt);
        QCOMPARE(dt->toUTC().time(), QTime(10, 0));   // CEST = UTC+2
        const auto utc = KimaiDateTime::parse(u"2026-07-01T12:00:00");
        QCOMPARE(utc->toUTC().time(), QTime(12, 0));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-11-29");
        QTest::newRow("words") << QStringLiteral("not-a-date");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00+0000");
        QTest::newRow("feb 30") << QStringLiteral("2026-02-30T00:00:00+0000");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-29T24:00:00+0000");
        QTest::newRow("minute 60") << QStringLiteral("2026-11-29T10:60:00+0000");
        QTest::newRow("bad offset") << QStringLiteral("2026-11-29T10:00:00+2500");
        QTest::newRow("offset beyond 14h") << QStringLiteral("2026-11-29T10:00:00+1500");
        QTest::newRow("year 10000 in UTC") << QStringLiteral("9999-12-31T23:59:59-1000");
        QTest::newRow("trailing junk") << QStringLiteral("2026-11-29T10:00:00+0000x");
        QTest::newRow("offset junk") << QStringLiteral("2026-11-29T10:00:00+00:0");
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٦-11-29T10:00:00Z");
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-29T10:00:00.Z");
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!KimaiDateTime::parse(text).has_value());
    }

    void plainDates()
    {
        QCOMPARE(KimaiDateTime::parseDate(u"2024-01-01"), std::optional<QDate>(QDate(2024, 1, 1)));
        QVERIFY(!KimaiDateTime::parseDate(u"2024-1-1"));
        QVERIFY(!KimaiDateTime::parseDate(u"2024-02-31"));
    }

    // Requests carry wall-clock time in the Kimai user's timezone, without offset.
    void requestFormatInUserZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QStringLiteral("UTC") << QStringLiteral("2026-11-29T09:02:41Z")
                             << QStringLiteral("2026-11-29T09:02:41");
        QTest::newRow("berlin winter") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-01-15T11:00:00Z")
                                       << QStringLiteral("2026-01-15T12:00:00");
        // European DST change, 2026-03-29 01:00 UTC: 02:00 CET jumps to 03:00 CEST.
        QTest::newRow("berlin before dst") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-29T00:30:00Z")
                                           << QStringLiteral("2026-03-29T01:30:00");
        QTest::newRow("berlin after dst") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-29T01:30:00Z")
                                          << QStringLiteral("2026-03-29T03:30:00");
        QTest::newRow("berlin autumn") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-10-25T00:30:00Z")
                                       << QStringLiteral("2026-10-25T02:30:00");
        QTest::newRow("berlin autumn repeat") << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-10-25T01:30:00Z")
                                              << QStringLiteral("2026-10-25T02:30:00");
        // Pacific/Auckland: +13 in (southern) summer, +12 in winter; the date moves ahead of UTC.
        QTest::newRow("auckland summer") << QStringLiteral("Pacific/Auckland") << QStringLiteral("2026-11-29T12:30:00Z")
                                         << QStringLiteral("2026-11-30T01:30:00");
        QTest::newRow("auckland dst end 1") << QStringLiteral("Pacific/Auckland") << QStringLiteral("2026-04-04T13:30:00Z")
                                            << QStringLiteral("2026-04-05T02:30:00");
        QTest::newRow("auckland dst end 2") << QStringLiteral("Pacific/Auckland") << QStringLiteral("2026-04-04T14:30:00Z")
                                            << QStringLiteral("2026-04-05T02:30:00");
    }
    void requestFormatInUserZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, utc);
        QFETCH(QString, expected);
        bool ok = false;
        const QTimeZone tz = KimaiDateTime::zoneFromId(zone, &ok);
        QVERIFY2(ok, qPrintable(zone));
        const auto when = KimaiDateTime::parse(utc);
        QVERIFY(when);
        QCOMPARE(KimaiDateTime::toRequest(*when, tz), expected);
        // And the computer's own zone plays no part.
        qputenv("TZ", "America/Los_Angeles");
        QCOMPARE(KimaiDateTime::toRequest(*when, tz), expected);
        qunsetenv("TZ");
    }

    void responseFormatRoundTrips()
    {
        const QTimeZone auckland("Pacific/Auckland");
        const auto when = KimaiDateTime::parse(u"2026-11-29T09:02:41Z");
        const QString text = KimaiDateTime::toResponse(*when, auckland);
        QCOMPARE(text, QStringLiteral("2026-11-29T22:02:41+1300"));
        const auto back = KimaiDateTime::parse(text);
        QCOMPARE(back->toSecsSinceEpoch(), when->toSecsSinceEpoch());
        QCOMPARE(KimaiDateTime::toResponse(*when, QTimeZone("America/St_Johns")),
                 QStringLiteral("2026-11-29T05:32:41-0330"));
    }

    void httpDates()
    {
        QCOMPARE(KimaiDateTime::parseHttpDate("Sun, 29 Nov 2026 09:02:41 GMT").toSecsSinceEpoch(), qint64(1795942961));
        QCOMPARE(KimaiDateTime::parseHttpDate("Sun, 29 Nov 2026 09:02:41 +0000").toSecsSinceEpoch(), qint64(1795942961));
        QVERIFY(!KimaiDateTime::parseHttpDate("yesterday").isValid());
        QVERIFY(!KimaiDateTime::parseHttpDate("").isValid());
    }

    void unknownZoneFallsBackToUtc()
    {
        bool ok = true;
        const QTimeZone tz = KimaiDateTime::zoneFromId(QStringLiteral("Mars/Olympus"), &ok);
        QVERIFY(!ok);
        QCOMPARE(tz, QTimeZone::utc());
    }

    void durations()
    {
        QCOMPARE(Duration::clock(0), QStringLiteral("0:00:00"));
        QCOMPARE(Duration::clock(3661), QStringLiteral("1:01:01"));
        QCOMPARE(Duration::clock(27 * 3600 + 180), QStringLiteral("27:03:00"));
        QCOMPARE(Duration::clock(-5), QStringLiteral("0:00:00"));
        QCOMPARE(Duration::hoursMinutes(3660), QStringLiteral("1:01"));
        QCOMPARE(Duration::decimalHours(2700, QLocale(QLocale::German)), QStringLiteral("0,75"));
        QCOMPARE(Duration::decimalHours(2700, QLocale::c()), QStringLiteral("0.75"));
        QCOMPARE(Duration::hoursMinutes(1000 * 3600, QLocale(QLocale::English)), QStringLiteral("1000:00"));   // no group separator
    }

    // Durations are written in the locale's digits, like dates and times (Arabic-Indic in Arabic);
    // machine-readable output asks for the C locale.
    void durationsUseTheLocaleDigits()
    {
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        QCOMPARE(Duration::clock(3661, arabic), QStringLiteral("١:٠١:٠١"));
        QCOMPARE(Duration::hoursMinutes(12 * 60, arabic), QStringLiteral("٠:١٢"));
        QCOMPARE(Duration::clock(3661, QLocale::c()), QStringLiteral("1:01:01"));
        QLocale::setDefault(arabic);
        QCOMPARE(Duration::hoursMinutes(12 * 60), QStringLiteral("٠:١٢"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestKimaiDateTime)
#include "tst_kimaidatetime.moc"
