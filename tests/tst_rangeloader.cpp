// RangeLoader against the demo server over real HTTP: every page of a range of several pages, each
// entry exactly once, progress from X-Total-Pages, cancel in the middle, a failing page, Kimai 1.x
// without paging headers. One finished() per start() throughout.

#include "session/rangeloader.h"
#include "support/demofixture.h"

#include <QSet>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestRangeLoader : public QObject
{
    Q_OBJECT

    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }

    static std::unique_ptr<DemoFixture> fixture(demo::DemoOptions options = DemoFixture::defaultOptions())
    {
        auto f = std::make_unique<DemoFixture>(options);
        f->client->setUserTimeZone(berlin());
        return f;
    }

    // The last ten days, as the server's sample data has them (about 16 entries a day).
    static QDateTime rangeBegin() { return QDateTime(QDate::currentDate().addDays(-10), QTime(0, 0), berlin()); }
    static QDateTime rangeEnd() { return QDateTime(QDate::currentDate(), QTime(23, 59, 59), berlin()); }

    // The same range in one big page: what the server holds.
    static QList<int> referenceIds(DemoFixture &f)
    {
        TimesheetQuery q;
        q.begin = rangeBegin();
        q.end = rangeEnd();
        q.size = 5000;
        auto *reply = f.client->timesheets(q);
        if (!waitFor(reply))
            return {};
        QList<int> ids;
        for (const Timesheet &t : reply->result())
            ids.append(t.id);
        delete reply;
        return ids;
    }

    static QList<demo::ReceivedRequest> timesheetRequests(const DemoFixture &f)
    {
        QList<demo::ReceivedRequest> out;
        for (const demo::ReceivedRequest &r : f.server->requests()) {
            if (r.path == QLatin1String("/api/timesheets"))
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void everyPageEveryEntryOnce()
    {
        auto f = fixture();
        QVERIFY(f->started);
        const QList<int> reference = referenceIds(*f);
        QVERIFY2(reference.size() > 120, "the range must span more than three pages of 40");
        f->server->clearRequests();

        RangeLoader loader(f->client.get());
        loader.setPageSize(40);
        QSignalSpy finished(&loader, &RangeLoader::finished);
        QSignalSpy progress(&loader, &RangeLoader::progress);
        QSignalSpy pages(&loader, &RangeLoader::pageLoaded);
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(loader.ok(), qPrintable(loader.error().message()));

        const int expectedPages = int((reference.size() + 39) / 40);
        QVERIFY(expectedPages >= 3);
        QCOMPARE(loader.totalPages(), expectedPages);
        QCOMPARE(loader.pagesDone(), expectedPages);
        QCOMPARE(loader.totalCount(), int(reference.size()));
        QCOMPARE(progress.count(), expectedPages);
        for (int i = 0; i < progress.count(); ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progress.at(i).at(1).toInt(), expectedPages);
        }
        QCOMPARE(pages.count(), expectedPages);

        // Every entry exactly once, oldest first.
        QList<int> ids;
        QSet<int> unique;
        for (int i = 0; i < loader.timesheets().size(); ++i) {
            const Timesheet &t = loader.timesheets().at(i);
            ids.append(t.id);
            unique.insert(t.id);
            if (i > 0)
                QVERIFY(loader.timesheets().at(i - 1).begin <= t.begin);
        }
        QCOMPARE(ids.size(), reference.size());
        QCOMPARE(unique, QSet<int>(reference.cbegin(), reference.cend()));

        // The requests: pages 1..n of 40, ordered by begin, with the range in the user's timezone.
        const QList<demo::ReceivedRequest> sent = timesheetRequests(*f);
        QCOMPARE(sent.size(), expectedPages);
        for (int i = 0; i < sent.size(); ++i) {
            const QString q = sent.at(i).query;
            QVERIFY2(q.contains(QStringLiteral("size=40")), qPrintable(q));
            QVERIFY2(q.contains(QStringLiteral("orderBy=begin")) && q.contains(QStringLiteral("order=ASC")), qPrintable(q));
            QVERIFY2(q.contains(QStringLiteral("begin=") + rangeBegin().toString(QStringLiteral("yyyy-MM-ddT00:00:00"))), qPrintable(q));
            QCOMPARE(q.contains(QStringLiteral("page=")), i > 0);
            if (i > 0)
                QVERIFY(q.contains(QStringLiteral("page=%1").arg(i + 1)));
        }
    }

    void keepsNothingWhenAsked()
    {
        auto f = fixture();
        QVERIFY(f->started);
        RangeLoader loader(f->client.get());
        loader.setPageSize(100);
        loader.setKeepTimesheets(false);
        int handedOut = 0;
        connect(&loader, &RangeLoader::pageLoaded, this, [&handedOut](const QList<Timesheet> &page) { handedOut += int(page.size()); });
        QSignalSpy finished(&loader, &RangeLoader::finished);
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(finished.wait(20000));
        QVERIFY(loader.ok());
        QVERIFY(loader.timesheets().isEmpty());
        QCOMPARE(handedOut, loader.totalCount());
    }

    void cancelInTheMiddle()
    {
        auto f = fixture();
        QVERIFY(f->started);
        // The first two pages answer slowly, so that page 2 is on its way when we cancel.
        demo::Fault slow;
        slow.pathRegex = QStringLiteral("^/api/timesheets$");
        slow.action = demo::Fault::Action::Delay;
        slow.delayMs = 1500;
        slow.times = 2;
        f->server->addFault(slow);

        RangeLoader loader(f->client.get());
        loader.setPageSize(40);
        QSignalSpy finished(&loader, &RangeLoader::finished);
        QSignalSpy progress(&loader, &RangeLoader::progress);
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(progress.wait(20000));
        QCOMPARE(loader.pagesDone(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(timesheetRequests(*f).size(), 2, 10000);   // page 2 is on its way
        loader.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isRunning());
        QCOMPARE(loader.error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!loader.error().message().isEmpty());
        loader.cancel();   // idle: nothing more
        QCOMPARE(finished.count(), 1);

        // The aborted page never reports: a new load ends in exactly one more finished().
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(loader.ok());
        QCOMPARE(loader.timesheets().size(), loader.totalCount());
    }

    void restartCancelsTheRunningLoad()
    {
        auto f = fixture();
        QVERIFY(f->started);
        RangeLoader loader(f->client.get());
        loader.setPageSize(40);
        QList<bool> outcomes;
        connect(&loader, &RangeLoader::finished, this, [&] { outcomes.append(loader.ok()); });
        loader.start(rangeBegin(), rangeEnd());
        loader.start(rangeEnd().addDays(-1), rangeEnd());
        QCOMPARE(outcomes, QList<bool>({false}));   // the first one, cancelled
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 20000);
        QVERIFY(outcomes.at(1));
        for (const Timesheet &t : loader.timesheets())
            QVERIFY(t.begin >= rangeEnd().addDays(-1));
    }

    void aFailingPageIsOneClearError()
    {
        auto f = fixture();
        QVERIFY(f->started);
        RangeLoader loader(f->client.get());
        loader.setPageSize(40);
        // Page 2 fails with a server error.
        bool armed = false;
        connect(&loader, &RangeLoader::pageLoaded, this, [&] {
            if (armed)
                return;
            armed = true;
            demo::Fault fault;
            fault.pathRegex = QStringLiteral("^/api/timesheets$");
            fault.action = demo::Fault::Action::Status;
            fault.status = 500;
            fault.body = QByteArrayLiteral("{\"code\":500,\"message\":\"Internal Server Error\"}");
            f->server->addFault(fault);
        });
        QSignalSpy finished(&loader, &RangeLoader::finished);
        f->server->clearRequests();
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.ok());
        QCOMPARE(loader.error().kind(), ApiError::Kind::Server);
        QCOMPARE(loader.error().httpStatus(), 500);
        const QString message = loader.error().message();
        QVERIFY2(message.contains(QStringLiteral("Page 2 of %1").arg(loader.totalPages())), qPrintable(message));
        QCOMPARE(loader.pagesDone(), 1);
        QCOMPARE(loader.timesheets().size(), 40);   // what came before the failure
        QCOMPARE(timesheetRequests(*f).size(), 2);   // no retry, nothing after the failing page
    }

    void kimai1WithoutPagingHeaders()
    {
        demo::DemoOptions options = DemoFixture::defaultOptions();
        options.version = QStringLiteral("1.17");
        auto f = fixture(options);
        QVERIFY(f->started);
        f->useLegacy();
        const QList<int> reference = referenceIds(*f);
        QVERIFY(reference.size() > 80);
        RangeLoader loader(f->client.get());
        loader.setPageSize(40);
        QSignalSpy finished(&loader, &RangeLoader::finished);
        QSignalSpy progress(&loader, &RangeLoader::progress);
        loader.start(rangeBegin(), rangeEnd());
        QVERIFY(progress.wait(20000));
        QCOMPARE(progress.at(0).at(1).toInt(), -1);   // unknown until the end
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY2(loader.ok(), qPrintable(loader.error().message()));
        QCOMPARE(loader.timesheets().size(), reference.size());
        QCOMPARE(loader.totalPages(), loader.pagesDone());
    }
};

QTEST_GUILESS_MAIN(TestRangeLoader)
#include "tst_rangeloader.moc"
