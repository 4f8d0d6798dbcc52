// The CSV export of a range over real HTTP: every page of it (three here), one page at a time with
// progress, each row as the server holds the entry; cancel; a write error.

#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/timesheetexporter.h"
#include "support/demofixture.h"

#include <QBuffer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kd;
using namespace kd::test;

namespace {

// RFC 4180: fields split at commas outside quotes, "" inside quotes is a quote, CRLF ends a record.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    std::unique_ptr<AppCore> core;
    const QTimeZone berlin{QByteArrayLiteral("Europe/Berlin")};

    // The server's entries (of `users`) that began on the days first..last, oldest first.
    QList<demo::Timesheet> serverEntries(const QDate &first, const QDate &last, const QList<int> &users = {demo::kDemoUserId}) const
    {
        QList<demo::Timesheet> out;
        QList<int> ids;
        for (const int user : users)
            ids += f->server->timesheetIds(user);
        for (const int id : std::as_const(ids)) {
            const demo::Timesheet t = *f->server->timesheet(id);
            const QDate day = QDateTime::fromSecsSinceEpoch(t.begin, berlin).date();
            if (day >= first && day <= last)
                out.append(t);
        }
        std::stable_sort(out.begin(), out.end(), [](const demo::Timesheet &a, const demo::Timesheet &b) { return a.begin < b.begin; });
        return out;
    }

    DateRange lastDays(int days) const
    {
        DateRange r;
        r.preset = DateRange::Preset::Custom;
        r.last = core->session()->userToday();
        r.first = r.last.addDays(-days);
        return r;
    }

    void start(demo::DemoOptions options)
    {
        core.reset();
        f = std::make_unique<DemoFixture>(std::move(options));
        QVERIFY(f->started);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        core = std::make_unique<AppCore>(&f->nam, &store, settings.get());
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = f->server->token();
        r.oneOff = true;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        QVERIFY(loggedIn.wait(15000));
    }

private Q_SLOTS:
    void init() { start(DemoFixture::defaultOptions()); }

    void cleanup()
    {
        core.reset();
        settings.reset();
        f.reset();
    }

    void everyPageOfARange()
    {
        const DateRange range = lastDays(6);
        const QList<demo::Timesheet> expected = serverEntries(range.first, range.last);
        QVERIFY(expected.size() >= 7);
        TimesheetExporter exporter(core->client(), core->session(), core->catalog());
        exporter.setPageSize(int((expected.size() + 2) / 3));   // three pages
        exporter.setByteOrderMark(false);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QSignalSpy progress(&exporter, &TimesheetExporter::progress);
        QSignalSpy finished(&exporter, &TimesheetExporter::finished);
        f->server->clearRequests();
        exporter.start(&out, range);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(exporter.rowsWritten(), int(expected.size()));
        int pages = 0;
        for (const demo::ReceivedRequest &r : f->server->requests())
            pages += r.path == QStringLiteral("/api/timesheets") && r.query.contains(QStringLiteral("full=true"));
        QCOMPARE(pages, 3);

        const QList<QStringList> records = readCsv(QString::fromUtf8(out.data()));
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.first().first(), QStringLiteral("Date"));
        QCOMPARE(records.first().size(), 11);
        QHash<int, QString> projectNames;
        auto *projects = f->client->projects(ProjectQuery{.visible = Visibility::Both});
        QVERIFY(waitFor(projects));
        for (const Project &p : projects->result())
            projectNames.insert(p.id, p.name);
        delete projects;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const demo::Timesheet &t = expected.at(i);
            const QStringList &row = records.at(i + 1);
            QCOMPARE(row.size(), 11);
            const QDateTime begin = QDateTime::fromSecsSinceEpoch(t.begin, berlin);
            QCOMPARE(row.at(0), begin.date().toString(Qt::ISODate));
            QCOMPARE(row.at(1), begin.time().toString(QStringLiteral("HH:mm")));
            if (!t.running)
                QCOMPARE(row.at(2), QDateTime::fromSecsSinceEpoch(t.end, berlin).time().toString(QStringLiteral("HH:mm")));
            QCOMPARE(row.at(3), QStringLiteral("%1:%2").arg(t.duration() / 3600).arg(t.duration() % 3600 / 60, 2, 10, QLatin1Char('0')));
            QCOMPARE(row.at(6), projectNames.value(t.project));
            QCOMPARE(row.at(8), t.description);
            QCOMPARE(row.at(9), f->server->tagsOf(t.id).join(QStringLiteral(", ")));
        }
    }

    // An admin exports everyone's entries (the list's Everyone's filter): each with its user's name.
    void everyonesEntriesWithTheirUsers()
    {
        demo::DemoOptions options = DemoFixture::defaultOptions();
        options.role = demo::DemoRole::Admin;
        start(options);
        const DateRange range = lastDays(6);
        const QList<demo::Timesheet> expected = serverEntries(range.first, range.last, {demo::kDemoUserId, 2});
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const demo::Timesheet &t) { return t.user == 2; }));
        TimesheetExporter exporter(core->client(), core->session(), core->catalog());
        exporter.setByteOrderMark(false);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QSignalSpy finished(&exporter, &TimesheetExporter::finished);
        TimesheetLoader::Filter everyone;
        everyone.everyone = true;
        f->server->clearRequests();
        exporter.start(&out, range, everyone);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // (The app's own reads after the login may come in between: the export's pages are found by their query.)
        int everyonesPages = 0;
        for (const demo::ReceivedRequest &r : f->server->requests())
            everyonesPages += r.path == QStringLiteral("/api/timesheets") && r.query.contains(QStringLiteral("user=all"));
        QVERIFY(everyonesPages >= 1);
        const QList<QStringList> records = readCsv(QString::fromUtf8(out.data()));
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.first().size(), 12);
        QCOMPARE(records.first().last(), QStringLiteral("User"));
        QMultiHash<QString, QString> usersByDescription;
        for (qsizetype i = 1; i < records.size(); ++i)
            usersByDescription.insert(records.at(i).at(8), records.at(i).last());
        for (const demo::Timesheet &t : expected)
            QVERIFY2(usersByDescription.values(t.description).contains(t.user == 2 ? QStringLiteral("Anna Becker") : QStringLiteral("Demo User")),
                     qPrintable(t.description));
    }

    void cancelStopsBetweenPages()
    {
        const DateRange range = lastDays(30);
        TimesheetExporter exporter(core->client(), core->session(), core->catalog());
        exporter.setPageSize(5);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QSignalSpy finished(&exporter, &TimesheetExporter::finished);
        connect(&exporter, &TimesheetExporter::progress, &exporter, [&exporter](int done) {
            if (done == 2)
                exporter.cancel();
        });
        exporter.start(&out, range);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(exporter.rowsWritten(), 10);
        QVERIFY(!exporter.isRunning());
    }

    void aDeviceThatCannotBeWrittenIsSaid()
    {
        TimesheetExporter exporter(core->client(), core->session(), core->catalog());
        QBuffer closed;   // never opened
        QSignalSpy finished(&exporter, &TimesheetExporter::finished);
        exporter.start(&closed, lastDays(1));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("could not be written")));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
