#include "models/jsontreemodel.h"
#include "support/recorded.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using kd::JsonPathStep;
using kd::JsonTreeModel;
using Column = JsonTreeModel::Column;

namespace {

// Depth-first: fetches every level, like a user expanding everything.
int fetchAll(JsonTreeModel &model, const QModelIndex &parent = {})
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    int rows = model.rowCount(parent);
    int total = rows;
    for (int row = 0; row < rows; ++row)
        total += fetchAll(model, model.index(row, 0, parent));
    return total;
}

QModelIndex childByKey(const JsonTreeModel &model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, int(Column::Key), parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTesterOnRecordedBodies()
    {
        // One tester per document: the tester's own modelReset check runs after its full check,
        // which already fetches rows, so it would flag a lazy model's first fetch after a reset.
        for (const QString &name : {QStringLiteral("41_timesheets_active"), QStringLiteral("48_timesheets_full"),
                                    QStringLiteral("07_config_i18n"), QStringLiteral("11_customers_empty")}) {
            JsonTreeModel model;
            model.setJson(kd::test::loadRecorded(name).responseBody);
            QVERIFY2(model.parseError().isEmpty(), qPrintable(name));
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(fetchAll(model) > 0 || name.contains(QLatin1String("empty")));
            model.clear();
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void showsKeysValuesAndTypes()
    {
        JsonTreeModel model;
        model.setJson(kd::test::loadRecorded(QStringLiteral("41_timesheets_active")).responseBody);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("[0]"));
        QCOMPARE(first.siblingAtColumn(int(Column::Value)).data().toString(), QStringLiteral("{14}"));
        QCOMPARE(first.siblingAtColumn(int(Column::Type)).data().toString(), QStringLiteral("object"));
        model.fetchMore(first);
        const QModelIndex tags = childByKey(model, first, QStringLiteral("tags"));
        QCOMPARE(tags.siblingAtColumn(int(Column::Value)).data().toString(), QStringLiteral("[2]"));
        const QModelIndex end = childByKey(model, first, QStringLiteral("end"));
        QCOMPARE(end.siblingAtColumn(int(Column::Value)).data().toString(), QStringLiteral("null"));
        QCOMPARE(end.siblingAtColumn(int(Column::Type)).data().toString(), QStringLiteral("null"));
        const QModelIndex rate = childByKey(model, first, QStringLiteral("rate"));
        QCOMPARE(rate.siblingAtColumn(int(Column::Type)).data().toString(), QStringLiteral("number"));
        const QModelIndex description = childByKey(model, first, QStringLiteral("description"));
        QCOMPARE(description.siblingAtColumn(int(Column::Value)).data().toString(), QStringLiteral("running timer for the recording"));
        QCOMPARE(description.data(JsonTreeModel::RawValueRole).toString(), QStringLiteral("\"running timer for the recording\""));
        QCOMPARE(model.valueTextOf(description), QStringLiteral("running timer for the recording"));
        QCOMPARE(model.valueTextOf(tags), QStringLiteral("[\"desktop\",\"test\"]"));
        QVERIFY(!model.hasChildren(description));
        QVERIFY(model.flags(description).testFlag(Qt::ItemNeverHasChildren));
    }

    void buildsJsonPaths()
    {
        JsonTreeModel model;
        model.setJson("{\"project\":{\"customer\":{\"name\":\"Acme\"}},\"items\":[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4}],"
                      "\"color-safe\":true}");
        const QModelIndex name = model.indexForPath({{QStringLiteral("project"), -1}, {QStringLiteral("customer"), -1}, {QStringLiteral("name"), -1}});
        QVERIFY(name.isValid());
        QCOMPARE(model.pathOf(name), QStringLiteral("$.project.customer.name"));
        QCOMPARE(name.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.project.customer.name"));
        QCOMPARE(name.siblingAtColumn(int(Column::Value)).data().toString(), QStringLiteral("Acme"));
        const QModelIndex id = model.indexForPath({{QStringLiteral("items"), -1}, {QString(), 3}, {QStringLiteral("id"), -1}});
        QCOMPARE(model.pathOf(id), QStringLiteral("$.items[3].id"));
        QCOMPARE(model.valueTextOf(id), QStringLiteral("4"));
        const QModelIndex safe = model.indexForPath({{QStringLiteral("color-safe"), -1}});
        QCOMPARE(model.pathOf(safe), QStringLiteral("$[\"color-safe\"]"));
        QCOMPARE(model.valueTextOf(safe), QStringLiteral("true"));
        QCOMPARE(model.stepsOf(id), (QList<JsonPathStep>{{QStringLiteral("items"), -1}, {QString(), 3}, {QStringLiteral("id"), -1}}));
        QVERIFY(!model.indexForPath({{QStringLiteral("nope"), -1}}).isValid());
        QVERIFY(!model.indexForPath({{QStringLiteral("items"), -1}, {QString(), 4}}).isValid());
        QCOMPARE(model.pathOf(model.index(0, 0)), QStringLiteral("$[\"color-safe\"]")); // keys come sorted

        model.setJson("[{\"id\":7}]");
        QCOMPARE(model.pathOf(model.indexForPath({{QString(), 0}, {QStringLiteral("id"), -1}})), QStringLiteral("$[0].id"));
    }

    void childrenAreCreatedOnlyWhenFetched()
    {
        QJsonArray items;
        for (int i = 0; i < 100000; ++i)
            items.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("name"), QStringLiteral("n%1").arg(i)}});
        JsonTreeModel model;
        model.setDocument(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), 100000}}));
        QCOMPARE(model.nodeCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.hasChildren());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nodeCount(), 2);

        const QModelIndex list = model.index(0, 0);
        QCOMPARE(list.data().toString(), QStringLiteral("items"));
        QCOMPARE(list.siblingAtColumn(int(Column::Value)).data().toString(), QLocale().toString(100000).prepend(u'[').append(u']'));
        QVERIFY(model.hasChildren(list));
        QCOMPARE(model.rowCount(list), 0);   // nothing below "items" until it is expanded
        QCOMPARE(model.nodeCount(), 2);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.canFetchMore(list));
        model.fetchMore(list);               // expanding fetches one batch, not 100,000 nodes
        QCOMPARE(model.rowCount(list), JsonTreeModel::kFetchBatch);
        QCOMPARE(model.nodeCount(), 2 + JsonTreeModel::kFetchBatch);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), JsonTreeModel::kFetchBatch - 1);

        // Jumping to a deep element fetches up to it, but still not the whole array.
        const QModelIndex deep = model.indexForPath({{QStringLiteral("items"), -1}, {QString(), 54321}, {QStringLiteral("name"), -1}});
        QCOMPARE(model.valueTextOf(deep), QStringLiteral("n54321"));
        QVERIFY(model.nodeCount() < 60000);
        QCOMPARE(model.pathOf(deep), QStringLiteral("$.items[54321].name"));
    }

    void invalidJsonGivesAnEmptyTreeAndAnError()
    {
        JsonTreeModel model;
        model.setJson("{\"a\":");
        QVERIFY(!model.parseError().isEmpty());
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void headers()
    {
        JsonTreeModel model;
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(model.headerData(int(Column::Key), Qt::Horizontal).toString(), QStringLiteral("Key"));
        QCOMPARE(model.headerData(int(Column::Value), Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.headerData(int(Column::Type), Qt::Horizontal).toString(), QStringLiteral("Type"));
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
