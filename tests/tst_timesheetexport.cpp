// The CSV export and the clipboard's tab-separated rows: RFC 4180 quoting, empty fields, running
// entries, several pages appended one after the other, decimal hours.

#include "core/kimaidatetime.h"
#include "models/timesheetexport.h"

#include <QTest>

using namespace kd;

namespace {

Timesheet sheet(int id, const char *begin, const char *end, int project = 1, int activity = 10)
{
    Timesheet t;
    t.id = id;
    t.begin = *KimaiDateTime::parse(QString::fromLatin1(begin));
    if (end)
        t.end = *KimaiDateTime::parse(QString::fromLatin1(end));
    t.duration = t.end.isValid() ? t.begin.secsTo(t.end) : 0;
    t.projectId = project;
    t.activityId = activity;
    return t;
}

TimesheetModel::Names names()
{
    TimesheetModel::Names n;
    n.customers = {{100, QStringLiteral("Acme, Inc.")}, {200, QStringLiteral("Müller & Söhne")}};
    n.projects = {{1, QStringLiteral("Website")}, {2, QStringLiteral("App \"Next\"")}};
    n.projectCustomer = {{1, 100}, {2, 200}};
    n.activities = {{10, QStringLiteral("Development")}, {11, QStringLiteral("Meeting")}};
    return n;
}

// A small RFC 4180 reader, to check that what was written reads back field for field.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestTimesheetExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerWithByteOrderMark()
    {
        TimesheetExport csv;
        const QByteArray header = csv.header();
        QVERIFY(header.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(header.mid(3), QByteArray("Date,Begin,End,Duration,Hours,Customer,Project,Activity,Description,Tags,Billable\r\n"));
        csv.setByteOrderMark(false);
        QVERIFY(csv.header().startsWith("Date,"));
    }

    void quotesWhatNeedsQuoting()
    {
        TimesheetExport csv(TimesheetExport::Format::Csv, names());
        Timesheet t = sheet(1, "2026-12-01T09:00:00+0100", "2026-12-01T10:30:00+0100");
        t.description = QStringLiteral("Fixed \"the\" bug, then\nwrote notes");
        t.tags = {QStringLiteral("a"), QStringLiteral("b")};
        Timesheet u = sheet(2, "2026-12-01T11:00:00+0100", "2026-12-01T11:20:00+0100", 2, 11);
        u.description = QStringLiteral("plain");
        u.billable = false;
        const QByteArray out = csv.append({t, u});
        QCOMPARE(out,
                 QByteArray("2026-12-01,09:00,10:30,1:30,1.50,\"Acme, Inc.\",Website,Development,"
                            "\"Fixed \"\"the\"\" bug, then\nwrote notes\",\"a, b\",Yes\r\n"
                            "2026-12-01,11:00,11:20,0:20,0.33,Müller & Söhne,\"App \"\"Next\"\"\",Meeting,plain,,No\r\n"));
        QCOMPARE(csv.rowsWritten(), 2);
        QCOMPARE(TimesheetExport::csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(TimesheetExport::csvField(QStringLiteral(" spaced ")), QStringLiteral(" spaced "));
    }

    void emptyAndUnknownFields()
    {
        TimesheetExport csv;   // no names at all
        Timesheet t = sheet(3, "2026-12-01T09:00:00+0000", "2026-12-01T09:00:00+0000", 7, 8);
        const QStringList fields = csv.fields(TimesheetModel::toRow(t));
        QCOMPARE(fields,
                 QStringList({QStringLiteral("2026-12-01"), QStringLiteral("09:00"), QStringLiteral("09:00"), QStringLiteral("0:00"),
                              QStringLiteral("0.00"), QString(), QStringLiteral("#7"), QStringLiteral("#8"), QString(), QString(),
                              QStringLiteral("Yes")}));
        QCOMPARE(csv.append({t}), QByteArray("2026-12-01,09:00,09:00,0:00,0.00,,#7,#8,,,Yes\r\n"));
    }

    void runningEntryCountsToNow()
    {
        TimesheetExport csv(TimesheetExport::Format::Csv, names());
        csv.setNow(*KimaiDateTime::parse(u"2026-12-01T10:45:30+0000"));
        const Timesheet running = sheet(4, "2026-12-01T09:00:00+0100", nullptr);
        QCOMPARE(csv.append({running}), QByteArray("2026-12-01,09:00,,2:45,2.76,\"Acme, Inc.\",Website,Development,,,Yes\r\n"));
    }

    void namesFromExpandedEntities()
    {
        TimesheetExport csv;
        Timesheet t = sheet(5, "2026-12-01T09:00:00+0000", "2026-12-01T10:00:00+0000", 30, 40);
        Project p;
        p.id = 30;
        p.name = QStringLiteral("Expanded project");
        p.customerId = 50;
        p.customerName = QStringLiteral("Expanded customer");
        Activity a;
        a.id = 40;
        a.name = QStringLiteral("Expanded activity");
        t.project = p;
        t.activity = a;
        QCOMPARE(csv.append({t}),
                 QByteArray("2026-12-01,09:00,10:00,1:00,1.00,Expanded customer,Expanded project,Expanded activity,,,Yes\r\n"));
    }

    void threePagesReadBack()
    {
        TimesheetExport csv(TimesheetExport::Format::Csv, names());
        QByteArray file = csv.header();
        QList<Timesheet> all;
        for (int page = 0; page < 3; ++page) {
            QList<Timesheet> items;
            for (int i = 0; i < 4; ++i) {
                const int id = page * 4 + i + 1;
                const QString begin = QStringLiteral("2026-11-%1T08:%2:00+0100").arg(10 + page, 2, 10, QLatin1Char('0')).arg(i * 10, 2, 10, QLatin1Char('0'));
                Timesheet t = sheet(id, "2026-11-01T00:00:00+0000", nullptr, 1 + id % 2, 10 + id % 2);
                t.begin = *KimaiDateTime::parse(begin);
                t.end = t.begin.addSecs(600 * id + 7);
                t.duration = 600 * id + 7;
                t.description = id % 3 == 0 ? QStringLiteral("line one\nline \"two\", end") : QStringLiteral("entry %1").arg(id);
                items.append(t);
            }
            file += csv.append(items);
            all += items;
        }
        QCOMPARE(csv.rowsWritten(), 12);
        const QList<QStringList> rows = readCsv(QString::fromUtf8(file.mid(3)));
        QCOMPARE(rows.size(), 13);
        for (int i = 0; i < all.size(); ++i) {
            const QStringList &r = rows.at(i + 1);
            QCOMPARE(r.size(), int(TimesheetExport::Column::Count));
            QCOMPARE(r.at(int(TimesheetExport::Column::Date)), all.at(i).begin.date().toString(Qt::ISODate));
            QCOMPARE(r.at(int(TimesheetExport::Column::Description)), all.at(i).description);
            QCOMPARE(r.at(int(TimesheetExport::Column::Duration)), QStringLiteral("%1:%2").arg(all.at(i).duration / 3600).arg(all.at(i).duration % 3600 / 60, 2, 10, QLatin1Char('0')));
        }
    }

    void decimalHours_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("C") << QStringLiteral("0.00");
        QTest::newRow("17 s rounds down") << qint64(17) << QStringLiteral("C") << QStringLiteral("0.00");
        QTest::newRow("18 s is half: up") << qint64(18) << QStringLiteral("C") << QStringLiteral("0.01");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("C") << QStringLiteral("0.02");
        QTest::newRow("20 minutes") << qint64(1200) << QStringLiteral("C") << QStringLiteral("0.33");
        QTest::newRow("40 minutes") << qint64(2400) << QStringLiteral("C") << QStringLiteral("0.67");
        QTest::newRow("45 minutes") << qint64(2700) << QStringLiteral("C") << QStringLiteral("0.75");
        QTest::newRow("59:59") << qint64(3599) << QStringLiteral("C") << QStringLiteral("1.00");
        QTest::newRow("7:45") << qint64(27900) << QStringLiteral("C") << QStringLiteral("7.75");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("C") << QStringLiteral("0.00");
        QTest::newRow("de") << qint64(27900) << QStringLiteral("de") << QStringLiteral("7,75");
        QTest::newRow("ar") << qint64(5400) << QStringLiteral("ar") << QString::fromUtf8("١٫٥٠");
    }
    void decimalHours()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(TimesheetExport::decimalHours(seconds, QLocale(locale)), expected);
    }

    void tabSeparatedForTheClipboard()
    {
        Timesheet t = sheet(6, "2026-12-01T09:00:00+0100", "2026-12-01T16:45:00+0100");
        t.description = QStringLiteral("tab\there\nand a line");
        const QString text = TimesheetExport::tabSeparated({TimesheetModel::toRow(t)}, names(), QDateTime(), QLocale(QStringLiteral("de")));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);   // header, the row, and the empty rest after the last LF
        QVERIFY(lines.at(2).isEmpty());
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), int(TimesheetExport::Column::Count));
        QCOMPARE(lines.at(1), QStringLiteral("2026-12-01\t09:00\t16:45\t7:45\t7,75\tAcme, Inc.\tWebsite\tDevelopment\ttab here and a line\t\tYes"));
    }
};

QTEST_GUILESS_MAIN(TestTimesheetExport)
#include "tst_timesheetexport.moc"
