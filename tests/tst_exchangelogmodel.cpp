#include "models/exchangelogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using kd::Exchange;
using kd::ExchangeLogModel;
using Column = ExchangeLogModel::Column;

namespace {

Exchange makeExchange(quint64 id, int status = 200, qint64 bodyBytes = 0, const char *target = "/api/timesheets?page=2")
{
    Exchange e;
    e.id = id;
    e.startedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 2, 41), Qt::UTC);
    e.method = "GET";
    e.url = QUrl(QStringLiteral("https://kimai.example.com") + QString::fromLatin1(target));
    e.status = status;
    e.reason = "OK";
    e.responseBody = QByteArray(bodyBytes, 'x');
    e.size = bodyBytes;
    e.elapsedMs = 1234;
    return e;
}

} // namespace

class TestExchangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsRowsNewestLast()
    {
        ExchangeLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(makeExchange(1));
        model.append(makeExchange(2, 404));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 1);          // row-level insert at the end
        QCOMPARE(model.exchangeAt(1)->id, quint64(2));
        QCOMPARE(model.exchangeById(1)->status, 200);
        QCOMPARE(model.rowOf(2), 1);
        QVERIFY(model.exchangeAt(2) == nullptr);
        QVERIFY(model.exchangeById(99) == nullptr);
        QCOMPARE(model.index(1, 0).data(ExchangeLogModel::IdRole).toULongLong(), quint64(2));
    }

    void displaysColumns()
    {
        ExchangeLogModel model;
        model.append(makeExchange(1, 200, 2048));
        const auto cell = [&model](Column c, int role = Qt::DisplayRole) { return model.index(0, int(c)).data(role); };
        QCOMPARE(cell(Column::Method).toString(), QStringLiteral("GET"));
        // No host; isolated left to right (U+2066 … U+2069) so it reads right in Arabic too.
        QCOMPARE(cell(Column::Path).toString(), QChar(0x2066) + QStringLiteral("/api/timesheets?page=2") + QChar(0x2069));
        QCOMPARE(cell(Column::Status).toString(), QStringLiteral("200"));
        QCOMPARE(cell(Column::Elapsed).toString(), QStringLiteral("1,234 ms"));
        QCOMPARE(cell(Column::Size).toString(), QLocale().formattedDataSize(2048, 1));
        QCOMPARE(cell(Column::Time).toString(), QLocale().toString(makeExchange(1).startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
        QCOMPARE(cell(Column::Status, ExchangeLogModel::RawValueRole).toInt(), 200);
        QCOMPARE(cell(Column::Elapsed, ExchangeLogModel::RawValueRole).toLongLong(), 1234);
        QCOMPARE(cell(Column::Size, ExchangeLogModel::RawValueRole).toLongLong(), 2048);
        QCOMPARE(cell(Column::Time, ExchangeLogModel::RawValueRole).toDateTime(), makeExchange(1).startedAt);
        QVERIFY(cell(Column::Path, Qt::ToolTipRole).toString().startsWith(QStringLiteral("https://kimai.example.com/")));
        QCOMPARE(model.headerData(int(Column::Status), Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void coloursStatusByClass_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("hueClass");   // 0 green, 1 blue, 2 orange, 3 red
        QTest::newRow("200") << 200 << 0;
        QTest::newRow("204") << 204 << 0;
        QTest::newRow("304") << 304 << 1;
        QTest::newRow("404") << 404 << 2;
        QTest::newRow("500") << 500 << 3;
        QTest::newRow("none") << 0 << 3;
    }

    void coloursStatusByClass()
    {
        QFETCH(int, status);
        QFETCH(int, hueClass);
        ExchangeLogModel model;
        model.append(makeExchange(1, status));
        const QColor color = model.index(0, int(Column::Status)).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(color.isValid());
        QCOMPARE(color, kd::statusColor(status, false));
        const int hue = color.hslHue();
        const bool ok = hueClass == 0 ? (hue > 90 && hue < 160) : hueClass == 1 ? (hue > 190 && hue < 240)
                      : hueClass == 2 ? (hue > 20 && hue < 45) : (hue < 10 || hue > 340);
        QVERIFY2(ok, qPrintable(QString::number(hue)));
        QVERIFY(!model.index(0, int(Column::Path)).data(Qt::ForegroundRole).isValid());
        QVERIFY(kd::statusColor(status, true).lightness() > kd::statusColor(status, false).lightness());
    }

    void keepsAtMostMaxRows()
    {
        ExchangeLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(3);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (quint64 id = 1; id <= 5; ++id)
            model.append(makeExchange(id, 200, 10));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.first().at(1).toInt(), 0);        // the oldest go first
        QCOMPARE(model.exchangeAt(0)->id, quint64(3));
        QCOMPARE(model.exchangeAt(2)->id, quint64(5));
        QVERIFY(model.exchangeById(1) == nullptr);
        QCOMPARE(model.rowOf(4), 1);
        QCOMPARE(model.exchangeById(4)->id, quint64(4));
        QCOMPARE(model.keptBodyBytes(), 30);
        model.setMaxRows(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.exchangeAt(0)->id, quint64(5));
        QCOMPARE(model.keptBodyBytes(), 10);
    }

    void dropsOldBodiesBeyondTheByteLimit()
    {
        ExchangeLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxBodyBytes(2500);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.append(makeExchange(1, 200, 1000));
        model.append(makeExchange(2, 200, 1000));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!model.bodyDropped(0));
        model.append(makeExchange(3, 200, 1000));            // 3000 > 2500: the oldest body goes
        QVERIFY(model.bodyDropped(0));
        QVERIFY(model.exchangeAt(0)->responseBody.isEmpty());
        QCOMPARE(model.exchangeAt(0)->size, 1000);              // metadata stays
        QCOMPARE(model.exchangeAt(0)->status, 200);
        QVERIFY(!model.bodyDropped(1));
        QCOMPARE(model.exchangeAt(1)->responseBody.size(), 1000);
        QCOMPARE(model.keptBodyBytes(), 2000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, 0).data(ExchangeLogModel::BodyDroppedRole).toBool());
        QVERIFY(!model.index(0, int(Column::Size), {}).data(Qt::ToolTipRole).toString().isEmpty());

        // A single body bigger than the limit stays while it is the newest.
        model.append(makeExchange(4, 200, 5000));
        QCOMPARE(model.exchangeAt(3)->responseBody.size(), 5000);
        QVERIFY(model.bodyDropped(1));
        QVERIFY(model.bodyDropped(2));
        QCOMPARE(model.keptBodyBytes(), 5000);
        model.append(makeExchange(5, 200, 0));
        QVERIFY(model.bodyDropped(3));
        QCOMPARE(model.keptBodyBytes(), 0);
        QVERIFY(!model.bodyDropped(4));                        // nothing to drop

        // Request bodies count too.
        Exchange post = makeExchange(6, 201, 0, "/api/timesheets");
        post.method = "POST";
        post.requestBody = QByteArray(3000, '{');
        model.append(post);
        QCOMPARE(model.keptBodyBytes(), 3000);
        model.setMaxBodyBytes(100);
        QCOMPARE(model.exchangeAt(model.rowCount() - 1)->requestBody.size(), 3000);
    }

    void clearEmptiesEverything()
    {
        ExchangeLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(makeExchange(1, 200, 100));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.keptBodyBytes(), 0);
        QVERIFY(model.exchangeById(1) == nullptr);
        model.append(makeExchange(1, 200, 100));
        QCOMPARE(model.rowOf(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestExchangeLogModel)
#include "tst_exchangelogmodel.moc"
