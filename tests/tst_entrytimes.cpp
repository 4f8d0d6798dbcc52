// The entry editor's times: whichever of date, begin, end, duration and break is typed, the others
// follow (core/entrytimes), in the Kimai user's timezone, across midnight and a DST change.

#include "core/entrytimes.h"

#include <QTest>

using namespace kd;

class TestEntryTimes : public QObject
{
    Q_OBJECT

    const QTimeZone berlin{QByteArrayLiteral("Europe/Berlin")};

    QDateTime at(int y, int m, int d, int h, int min) const { return QDateTime(QDate(y, m, d), QTime(h, min), berlin); }

    EntryTimes nineToFive() const
    {
        EntryTimes t(berlin);
        t.load(at(2026, 12, 1, 9, 0), at(2026, 12, 1, 17, 0));
        return t;
    }

private Q_SLOTS:
    void loadsAnEntry()
    {
        EntryTimes t = nineToFive();
        QCOMPARE(t.date(), QDate(2026, 12, 1));
        QCOMPARE(t.duration(), 8 * 3600);
        QVERIFY(t.hasEnd());
        QCOMPARE(t.endDayOffset(), 0);
    }

    void aRunningEntryHasNoEndAndNoDuration()
    {
        EntryTimes t(berlin);
        t.load(at(2026, 12, 1, 9, 0), {});
        QVERIFY(!t.hasEnd());
        QCOMPARE(t.duration(), 0);
    }

    void theEndMakesTheDuration()
    {
        EntryTimes t = nineToFive();
        t.setEnd(QTime(12, 30));
        QCOMPARE(t.duration(), 3 * 3600 + 1800);
        QCOMPARE(t.end(), at(2026, 12, 1, 12, 30));
    }

    void theDurationMakesTheEnd()
    {
        EntryTimes t = nineToFive();
        t.setDuration(90 * 60);
        QCOMPARE(t.end(), at(2026, 12, 1, 10, 30));
    }

    void anEndBeforeTheBeginIsTheNextDay()
    {
        EntryTimes t(berlin);
        t.load(at(2026, 12, 1, 22, 0), {});
        t.setEnd(QTime(2, 0));
        QCOMPARE(t.end(), at(2026, 12, 2, 2, 0));
        QCOMPARE(t.endDayOffset(), 1);
        QCOMPARE(t.duration(), 4 * 3600);
    }

    void aNewBeginKeepsTheEndUnlessTheDurationWasTypedLast()
    {
        EntryTimes t = nineToFive();
        t.setBegin(QTime(10, 0));
        QCOMPARE(t.end(), at(2026, 12, 1, 17, 0));
        QCOMPARE(t.duration(), 7 * 3600);

        t.setDuration(2 * 3600);   // typed last: it stays
        t.setBegin(QTime(8, 0));
        QCOMPARE(t.duration(), 2 * 3600);
        QCOMPARE(t.end(), at(2026, 12, 1, 10, 0));

        t.setEnd(QTime(11, 0));    // the end typed last again
        t.setBegin(QTime(9, 0));
        QCOMPARE(t.end(), at(2026, 12, 1, 11, 0));
    }

    void aBeginAfterTheEndMovesTheEndToTheNextDay()
    {
        EntryTimes t = nineToFive();
        t.setBegin(QTime(18, 0));
        QCOMPARE(t.end(), at(2026, 12, 2, 17, 0));
        QCOMPARE(t.duration(), 23 * 3600);
    }

    void theDateMovesBothEnds()
    {
        EntryTimes t(berlin);
        t.load(at(2026, 12, 1, 22, 0), at(2026, 12, 2, 1, 0));
        t.setDate(QDate(2026, 11, 27));
        QCOMPARE(t.begin(), at(2026, 11, 27, 22, 0));
        QCOMPARE(t.end(), at(2026, 11, 28, 1, 0));
    }

    void theBreakIsNotWorkedTime()
    {
        EntryTimes t = nineToFive();
        t.setBreak(30 * 60);
        QCOMPARE(t.end(), at(2026, 12, 1, 17, 0));   // the end stays
        QCOMPARE(t.duration(), 7 * 3600 + 1800);
        t.setDuration(4 * 3600);                      // worked time: the end makes room for the break
        QCOMPARE(t.end(), at(2026, 12, 1, 13, 30));
        t.setBreak(60 * 60);                          // the duration was typed last: it stays
        QCOMPARE(t.duration(), 4 * 3600);
        QCOMPARE(t.end(), at(2026, 12, 1, 14, 0));
    }

    void aBreakLongerThanTheEntryIsNoted()
    {
        EntryTimes t = nineToFive();
        t.setEnd(QTime(9, 20));
        t.setBreak(30 * 60);
        QVERIFY(t.breakTooLong());
        QCOMPARE(t.duration(), 0);
    }

    void aRangeSetsBoth()
    {
        EntryTimes t = nineToFive();
        t.setRange(QTime(22, 0), QTime(0, 0), true);
        QCOMPARE(t.begin(), at(2026, 12, 1, 22, 0));
        QCOMPARE(t.end(), at(2026, 12, 2, 0, 0));
        QCOMPARE(t.duration(), 2 * 3600);
    }

    void clearingTheEndMakesItRun()
    {
        EntryTimes t = nineToFive();
        t.setEnd(QTime());
        QVERIFY(!t.hasEnd());
    }

    // 29 March 2026, 02:00 -> 03:00 in Berlin: the wall clock says 4 hours, the worked time is 3.
    void durationsAreRealTimeOverADstChange()
    {
        EntryTimes t(berlin);
        t.load(at(2026, 3, 29, 0, 0), {});
        t.setEnd(QTime(4, 0));
        QCOMPARE(t.duration(), 3 * 3600);
        t.setDuration(3 * 3600);
        QCOMPARE(t.end().time(), QTime(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestEntryTimes)
#include "tst_entrytimes.moc"
