// The week view's model and the stacked hours per day: sums checked against the input, the day an
// entry counts to, running entries up to "now", entry ids per cell; under QAbstractItemModelTester.

#include "core/kimaidatetime.h"
#include "models/roles.h"
#include "models/timesheettotals.h"
#include "models/weeksummarymodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace kd;

namespace {

// Monday.
const QDate kMonday(2026, 11, 30);

Timesheet sheet(int id, const QDateTime &begin, qint64 seconds, int project, int activity)
{
    Timesheet t;
    t.id = id;
    t.begin = begin;
    if (seconds >= 0) {
        t.end = begin.addSecs(seconds);
        t.duration = seconds;
    }
    t.projectId = project;
    t.activityId = activity;
    return t;
}

QDateTime at(const QDate &day, int hour, int minute = 0, int offsetHours = 1)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, offsetHours * 3600);
}

TimesheetModel::Names names()
{
    TimesheetModel::Names n;
    n.customers = {{1, QStringLiteral("Acme")}, {2, QStringLiteral("Blue")}};
    n.projects = {{10, QStringLiteral("Website")}, {11, QStringLiteral("App")}, {20, QStringLiteral("Audit")}};
    n.projectCustomer = {{10, 1}, {11, 1}, {20, 2}};
    n.activities = {{100, QStringLiteral("Development")}, {101, QStringLiteral("Meeting")}};
    return n;
}

// 60 random entries over three weeks (this week in the middle) on three projects and two activities.
QList<Timesheet> randomWeeks()
{
    QRandomGenerator rng(13);
    QList<Timesheet> list;
    const int projects[] = {10, 11, 20};
    for (int id = 1; id <= 60; ++id) {
        const QDate day = kMonday.addDays(rng.bounded(-7, 14));
        list.append(sheet(id, at(day, rng.bounded(0, 20), rng.bounded(0, 60)), rng.bounded(60, 4 * 3600), projects[rng.bounded(3)],
                          100 + rng.bounded(2)));
    }
    return list;
}

} // namespace

class TestWeekSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsMatchTheInput()
    {
        WeekSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNames(names());
        model.setWeek(kMonday);
        const QList<Timesheet> input = randomWeeks();
        model.setTimesheets(input, QDateTime());

        // Expected sums straight from the input.
        QHash<QPair<int, int>, std::array<qint64, 7>> expected;
        std::array<qint64, 7> perDay{};
        qint64 week = 0;
        int inWeek = 0;
        for (const Timesheet &t : input) {
            const qint64 d = kMonday.daysTo(t.begin.date());
            if (d < 0 || d > 6)
                continue;
            ++inWeek;
            expected[{t.projectId, t.activityId}][size_t(d)] += t.duration;
            perDay[size_t(d)] += t.duration;
            week += t.duration;
        }
        QVERIFY(inWeek > 10 && inWeek < 60);   // the other weeks are really left out
        QCOMPARE(model.rowCount(), int(expected.size()) + 1);
        QCOMPARE(model.columnCount(), 10);
        int ids = 0;
        for (int row = 0; row < model.totalsRow(); ++row) {
            const auto sums = expected.value({model.projectId(row), model.activityId(row)});
            qint64 rowSum = 0;
            for (int d = 0; d < 7; ++d) {
                QCOMPARE(model.seconds(row, d), sums[size_t(d)]);
                const QModelIndex cell = model.index(row, int(WeekSummaryModel::Column::FirstDay) + d);
                QCOMPARE(cell.data(RawValueRole).toLongLong(), sums[size_t(d)]);
                rowSum += sums[size_t(d)];
                for (const int id : cell.data(EntryIdsRole).value<QList<int>>()) {
                    const Timesheet &t = input.at(id - 1);
                    QCOMPARE(t.projectId, model.projectId(row));
                    QCOMPARE(kMonday.daysTo(t.begin.date()), d);
                    ++ids;
                }
            }
            QCOMPARE(model.rowTotal(row), rowSum);
            QCOMPARE(model.index(row, int(WeekSummaryModel::Column::Total)).data(RawValueRole).toLongLong(), rowSum);
        }
        QCOMPARE(ids, inWeek);   // every entry of the week in exactly one cell
        for (int d = 0; d < 7; ++d)
            QCOMPARE(model.dayTotal(d), perDay[size_t(d)]);
        QCOMPARE(model.weekTotal(), week);
        const int totals = model.totalsRow();
        QCOMPARE(model.index(totals, 0).data().toString(), QStringLiteral("Total"));
        QVERIFY(model.index(totals, 3).data(TotalRole).toBool());
        QCOMPARE(model.index(totals, int(WeekSummaryModel::Column::Total)).data().toString(),
                 QStringLiteral("%1:%2").arg(week / 3600).arg(week % 3600 / 60, 2, 10, QLatin1Char('0')));
    }

    void rowsAndHeaders()
    {
        WeekSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNames(names());
        model.setWeek(kMonday);
        model.setTimesheets({sheet(1, at(kMonday, 9), 3600, 20, 100), sheet(2, at(kMonday, 11), 1800, 10, 101),
                             sheet(3, at(kMonday.addDays(2), 9), 5400, 10, 100), sheet(4, at(kMonday, 13), 60, 99, 100)},
                            QDateTime());
        // Sorted by customer, project, activity; unknown names show the id.
        QStringList order;
        for (int r = 0; r < model.totalsRow(); ++r)
            order << model.index(r, 0).data().toString() + QLatin1Char('/') + model.index(r, 1).data().toString();
        QCOMPARE(order, QStringList({QStringLiteral("#99/Development"), QStringLiteral("Website/Development"),
                                     QStringLiteral("Website/Meeting"), QStringLiteral("Audit/Development")}));
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Acme"));
        QCOMPARE(model.index(1, 2).data().toString(), QString());   // nothing on Monday
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("1:30"));
        QCOMPARE(model.index(1, 9).data().toString(), QStringLiteral("1:30"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, RawValueRole).toDate(), kMonday);
        QCOMPARE(model.headerData(8, Qt::Horizontal, RawValueRole).toDate(), kMonday.addDays(6));
        QCOMPARE(model.entryIds(model.totalsRow(), 0).size(), 3);
        QCOMPARE(model.dayTotal(0), 3600 + 1800 + 60);

        // Another week: the same entries are not in it.
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setWeek(kMonday.addDays(7));
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.weekTotal(), 0);
    }

    void dayIsTheUsersDay()
    {
        WeekSummaryModel model;
        model.setWeek(kMonday);
        // 00:30 on Monday in Berlin is still Sunday in UTC; 23:30 on Sunday in Berlin is next week.
        model.setTimesheets({sheet(1, at(kMonday, 0, 30), 3600, 10, 100), sheet(2, at(kMonday.addDays(6), 23, 30), 3600, 10, 100)},
                            QDateTime());
        QCOMPARE(model.dayTotal(0), 3600);
        QCOMPARE(model.dayTotal(6), 3600);   // over midnight: counted to the day it began
        QCOMPARE(WeekSummaryModel::weekStart(QDate(2026, 12, 2), 1), kMonday);
        QCOMPARE(WeekSummaryModel::weekStart(QDate(2026, 12, 2), 7), QDate(2026, 11, 29));
        QCOMPARE(WeekSummaryModel::weekStart(kMonday, 1), kMonday);
    }

    void runningEntryCountsUpToNow()
    {
        WeekSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNames(names());
        model.setWeek(kMonday);
        const QDateTime begin = at(kMonday.addDays(1), 9);
        model.setTimesheets({sheet(1, at(kMonday.addDays(1), 7), 3600, 10, 100), sheet(2, begin, -1, 10, 100)}, begin.addSecs(600));
        QVERIFY(model.hasRunning());
        QCOMPARE(model.seconds(0, 1), 3600 + 600);
        QVERIFY(model.index(0, 3).data(RunningRole).toBool());
        QVERIFY(!model.index(0, 2).data(RunningRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNow(begin.addSecs(3600));
        QCOMPARE(reset.count(), 0);   // only the cells move
        QVERIFY(changed.count() >= 2);
        QCOMPARE(model.seconds(0, 1), 3600 + 3600);
        QCOMPARE(model.dayTotal(1), 7200);
        QCOMPARE(model.weekTotal(), 7200);
        model.setNow(begin.addSecs(-60));   // a clock that went back never counts below zero
        QCOMPARE(model.weekTotal(), 3600);
    }

    void stackedHoursPerDay()
    {
        const QList<Timesheet> input = randomWeeks();
        const QDate first(2026, 11, 23);
        const QDate last(2026, 12, 6);
        const auto stacked = TimesheetTotals::stackByProject(input, first, last, names(), QDateTime());
        QCOMPARE(stacked.dayCount(), 14);
        qint64 expectedTotal = 0;
        QHash<int, qint64> perProject;
        QList<qint64> perDay(14);
        for (const Timesheet &t : input) {
            const qint64 d = first.daysTo(t.begin.date());
            if (d < 0 || d >= 14)
                continue;
            expectedTotal += t.duration;
            perProject[t.projectId] += t.duration;
            perDay[d] += t.duration;
        }
        QCOMPARE(stacked.total(), expectedTotal);
        for (int d = 0; d < 14; ++d)
            QCOMPARE(stacked.dayTotal(d), perDay.at(d));
        QCOMPARE(stacked.series.size(), perProject.size());
        for (int i = 0; i < stacked.series.size(); ++i) {
            const auto &s = stacked.series.at(i);
            QCOMPARE(s.total, perProject.value(s.projectId));
            if (i > 0)
                QVERIFY(stacked.series.at(i - 1).total >= s.total);   // the largest first
        }
        QCOMPARE(stacked.series.constFirst().customer.isEmpty(), false);

        // A running entry counts up to now; an empty range gives nothing.
        const QDateTime begin = at(first, 9);
        const auto running = TimesheetTotals::stackByProject({sheet(1, begin, -1, 10, 100)}, first, first, names(), begin.addSecs(900));
        QCOMPARE(running.total(), 900);
        QCOMPARE(running.series.constFirst().project, QStringLiteral("Website"));
        QCOMPARE(TimesheetTotals::stackByProject(input, last, first, names(), QDateTime()).series.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWeekSummary)
#include "tst_weeksummary.moc"
