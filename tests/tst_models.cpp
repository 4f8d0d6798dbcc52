// The table models as data only: contents, roles, row-level updates, live durations, paging state;
// each under QAbstractItemModelTester.

#include "core/kimaidatetime.h"
#include "models/catalogmodels.h"
#include "models/catalogproxy.h"
#include "models/roles.h"
#include "models/timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kd;

namespace {

Timesheet sheet(int id, const char *begin, const char *end, int project = 1, int activity = 1)
{
    Timesheet t;
    t.id = id;
    t.begin = *KimaiDateTime::parse(QString::fromLatin1(begin));
    if (end)
        t.end = *KimaiDateTime::parse(QString::fromLatin1(end));
    t.duration = t.end.isValid() ? t.begin.secsTo(t.end) : 0;
    t.projectId = project;
    t.activityId = activity;
    t.description = QStringLiteral("Record %1").arg(id);
    return t;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogRowsAndRoles()
    {
        CustomerModel customers;
        QAbstractItemModelTester tester(&customers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Customer a;
        a.id = 1;
        a.name = QStringLiteral("Acme");
        a.color = QStringLiteral("#ff0000");
        Customer b;
        b.id = 2;
        b.name = QStringLiteral("Blue");
        b.visible = false;
        customers.setItems({a, b});
        QCOMPARE(customers.rowCount(), 2);
        QCOMPARE(customers.columnCount(), int(CustomerModel::Column::Count));
        QCOMPARE(customers.index(0, 0).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(customers.index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0xff, 0, 0));
        QVERIFY(!customers.index(1, 0).data(VisibleRole).toBool());
        QCOMPARE(customers.byId(2)->name, QStringLiteral("Blue"));
        QVERIFY(!customers.details(0).isEmpty());
        // Same ids again: a row-level update, not a reset.
        QSignalSpy reset(&customers, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&customers, &QAbstractItemModel::dataChanged);
        a.name = QStringLiteral("Acme Ltd");
        customers.setItems({a, b});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(customers.index(0, 0).data().toString(), QStringLiteral("Acme Ltd"));
    }

    void hiddenParentsHideChildren()
    {
        ProjectModel projects;
        Project p;
        p.id = 7;
        p.name = QStringLiteral("Web");
        p.customerId = 2;
        projects.setItems({p});
        QVERIFY(projects.index(0, 0).data(VisibleRole).toBool());
        projects.setHiddenCustomers({2});
        QVERIFY(!projects.index(0, 0).data(VisibleRole).toBool());   // as Kimai treats it
        ActivityModel activities;
        Activity own;
        own.id = 1;
        own.name = QStringLiteral("Dev");
        own.projectId = 7;
        Activity global;
        global.id = 2;
        global.name = QStringLiteral("Meeting");
        activities.setItems({own, global});
        activities.setHiddenProjects({7});
        QVERIFY(!activities.index(0, 0).data(VisibleRole).toBool());
        QVERIFY(activities.index(1, 0).data(VisibleRole).toBool());
        QVERIFY(activities.index(1, 0).data(GlobalRole).toBool());
    }

    void proxyFiltersByVisibilityTextAndParent()
    {
        ActivityModel activities;
        Activity a;
        a.id = 1;
        a.name = QStringLiteral("Development");
        a.projectId = 7;
        Activity b = a;
        b.id = 2;
        b.name = QStringLiteral("Design");
        b.projectId = 8;
        Activity g;
        g.id = 3;
        g.name = QStringLiteral("Meeting");
        Activity h = g;
        h.id = 4;
        h.name = QStringLiteral("Old thing");
        h.visible = false;
        activities.setItems({a, b, g, h});
        CatalogProxy proxy;
        proxy.setSourceModel(&activities);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setVisibility(CatalogProxy::Visibility::Hidden);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setVisibility(CatalogProxy::Visibility::Both);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setVisibility(CatalogProxy::Visibility::Visible);
        proxy.setParentId(7, true);
        QCOMPARE(proxy.rowCount(), 2);   // Development + the global Meeting
        proxy.setParentId(7, false);     // a project without global activities
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setParentId(std::nullopt);
        proxy.setText(QStringLiteral("DES"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Design"));
    }

    void timesheetPagingAndTotals()
    {
        TimesheetModel model;   // (the model tester fetches on its own: it joins at the end)
        QSignalSpy more(&model, &TimesheetModel::moreRequested);
        QVERIFY(!model.canFetchMore({}));
        model.appendPage({sheet(3, "2026-11-29T10:00:00+0100", "2026-11-29T11:00:00+0100"),
                          sheet(2, "2026-11-28T10:00:00+0100", "2026-11-28T10:30:00+0100")},
                         true, 3);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 3);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(more.count(), 1);
        QVERIFY(!model.canFetchMore({}));   // one request at a time
        model.appendPage({sheet(1, "2026-11-27T10:00:00+0100", "2026-11-27T10:15:00+0100")}, false, 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.loadedDurationSeconds(), 3600 + 1800 + 900);
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Duration)).data().toString(), QStringLiteral("1:00"));
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Project)).data().toString(), QStringLiteral("#1"));
        TimesheetModel::Names names;
        names.projects.insert(1, QStringLiteral("Web"));
        names.projectCustomer.insert(1, 5);
        names.customers.insert(5, QStringLiteral("Acme"));
        names.activities.insert(1, QStringLiteral("Dev"));
        model.setNames(names);
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Project)).data().toString(), QStringLiteral("Web"));
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Customer)).data().toString(), QStringLiteral("Acme"));
        // Times show in the record's own offset.
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Begin)).data(RawValueRole).toLongLong(),
                 KimaiDateTime::parse(u"2026-11-29T09:00:00Z")->toMSecsSinceEpoch());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset();
        QCOMPARE(model.rowCount(), 0);
    }

    void runningRowsTickAndUpsertKeepsOrder()
    {
        TimesheetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({sheet(2, "2026-11-28T10:00:00+0000", "2026-11-28T10:30:00+0000")}, false, 1);
        // A timer starts: it goes first and shows a live duration.
        model.upsert(sheet(5, "2026-11-29T09:00:00+0000", nullptr));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(IdRole).toInt(), 5);
        QVERIFY(model.index(0, 0).data(RunningRole).toBool());
        QVERIFY(model.hasRunning());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(*KimaiDateTime::parse(u"2026-11-29T09:12:34Z"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Duration)).data().toString(), QStringLiteral("0:12:34"));
        QCOMPARE(model.loadedDurationSeconds(), 1800 + 754);
        // It stops: the row updates in place.
        model.upsert(sheet(5, "2026-11-29T09:00:00+0000", "2026-11-29T09:15:00+0000"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.hasRunning());
        QCOMPARE(model.index(0, int(TimesheetModel::Column::Duration)).data().toString(), QStringLiteral("0:15"));
        model.removeId(5);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
