// The entry editor's picker: what is offered (hidden entities left out, global activities where
// the project allows them, projects running on the date) and how typing matches (anywhere, every
// word, case and accents ignored, names that start with it first); the list model on top.

#include "models/pickerindex.h"
#include "models/pickermodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kd;

namespace {

Customer customer(int id, const char *name, bool visible = true)
{
    Customer c;
    c.id = id;
    c.name = QString::fromUtf8(name);
    c.visible = visible;
    return c;
}

Project project(int id, int customerId, const char *name, bool visible = true, bool globals = true)
{
    Project p;
    p.id = id;
    p.customerId = customerId;
    p.name = QString::fromUtf8(name);
    p.visible = visible;
    p.globalActivities = globals;
    return p;
}

Activity activity(int id, std::optional<int> projectId, const char *name, bool visible = true)
{
    Activity a;
    a.id = id;
    a.projectId = projectId;
    a.name = QString::fromUtf8(name);
    a.visible = visible;
    return a;
}

QStringList names(const PickerIndex &index, PickerIndex::Kind kind, const QList<int> &positions)
{
    QStringList out;
    for (const int p : positions)
        out << index.items(kind).at(p).name;
    return out;
}

void fill(PickerIndex &index)
{
    Project dated = project(13, 1, "Relaunch 2026");
    dated.start = QDate(2026, 1, 1);
    dated.end = QDate(2026, 6, 30);
    Project numbered = project(14, 2, "Support contract");
    numbered.number = QStringLiteral("P-4711");
    index.setCatalog(
        {customer(1, "Acme"), customer(2, "Müller & Söhne"), customer(3, "Hidden Corp", false)},
        {project(10, 1, "Website"), project(11, 1, "App", true, false), project(12, 3, "Secret website"),
         project(15, 2, "Old website", false), dated, numbered},
        {activity(100, std::nullopt, "Réunion"), activity(101, std::nullopt, "Development"),
         activity(102, std::nullopt, "Retired global", false), activity(110, 10, "Design review"),
         activity(111, 11, "App store release"), activity(112, 12, "Secret activity"), activity(113, 10, "Old task", false),
         activity(114, 15, "Activity of a hidden project")});
}

} // namespace

class TestPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Website Relaunch") << QStringLiteral("website relaunch");
        QTest::newRow("accents") << QString::fromUtf8("Réunion à Genève") << QStringLiteral("reunion a geneve");
        QTest::newRow("umlauts") << QString::fromUtf8("Müller Qualitätsprüfung") << QStringLiteral("muller qualitatsprufung");
        QTest::newRow("sharp s") << QString::fromUtf8("Straße") << QStringLiteral("strasse");
        QTest::newRow("ligatures") << QString::fromUtf8("ÆON Œuvre Ørsted Łódź") << QStringLiteral("aeon oeuvre orsted lodz");
        QTest::newRow("arabic stays") << QString::fromUtf8("تطوير") << QString::fromUtf8("تطوير");
    }
    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(PickerIndex::fold(text), folded);
    }

    void hiddenAreLeftOut()
    {
        PickerIndex index;
        fill(index);
        using K = PickerIndex::Kind;
        QCOMPARE(names(index, K::Customer, index.customers(u"")), QStringList({QStringLiteral("Acme"), QString::fromUtf8("Müller & Söhne")}));
        // Projects of hidden customers and hidden projects are not offered.
        QCOMPARE(names(index, K::Project, index.projects(0, u"")),
                 QStringList({QStringLiteral("App"), QStringLiteral("Relaunch 2026"), QStringLiteral("Support contract"),
                              QStringLiteral("Website")}));
        QCOMPARE(names(index, K::Project, index.projects(1, u"")),
                 QStringList({QStringLiteral("App"), QStringLiteral("Relaunch 2026"), QStringLiteral("Website")}));
        QVERIFY(index.projects(3, u"").isEmpty());
        QVERIFY(!index.find(K::Project, 12));
        QVERIFY(!index.find(K::Activity, 112));   // of a project of a hidden customer
        QVERIFY(!index.find(K::Activity, 114));   // of a hidden project
        QVERIFY(!index.find(K::Activity, 102));
        QCOMPARE(index.find(K::Project, 10)->detail, QStringLiteral("Acme"));
    }

    void globalActivitiesWhereAllowed()
    {
        PickerIndex index;
        fill(index);
        using K = PickerIndex::Kind;
        // Website allows global activities: its own plus the globals, alphabetically.
        QCOMPARE(names(index, K::Activity, index.activities(10, u"")),
                 QStringList({QStringLiteral("Design review"), QStringLiteral("Development"), QString::fromUtf8("Réunion")}));
        // App does not.
        QCOMPARE(names(index, K::Activity, index.activities(11, u"")), QStringList({QStringLiteral("App store release")}));
        // No project: the globals only.
        QCOMPARE(names(index, K::Activity, index.activities(0, u"")),
                 QStringList({QStringLiteral("Development"), QString::fromUtf8("Réunion")}));
        QVERIFY(index.offers(10, 100));
        QVERIFY(index.offers(10, 110));
        QVERIFY(!index.offers(11, 100));
        QVERIFY(!index.offers(10, 111));
        QVERIFY(!index.offers(10, 102));
    }

    void matchingAnywhere()
    {
        PickerIndex index;
        fill(index);
        using K = PickerIndex::Kind;
        QCOMPARE(names(index, K::Activity, index.activities(10, u"VELOP")), QStringList({QStringLiteral("Development")}));
        QCOMPARE(names(index, K::Activity, index.activities(10, u"reu")), QStringList({QString::fromUtf8("Réunion")}));
        QCOMPARE(names(index, K::Activity, index.activities(10, QString::fromUtf8("RÉU"))), QStringList({QString::fromUtf8("Réunion")}));
        // Every word, in any order, across the name and the customer's name.
        QCOMPARE(names(index, K::Project, index.projects(0, u"acme web")), QStringList({QStringLiteral("Website")}));
        QCOMPARE(names(index, K::Project, index.projects(0, u"web acme")), QStringList({QStringLiteral("Website")}));
        QCOMPARE(names(index, K::Project, index.projects(0, u"muller")), QStringList({QStringLiteral("Support contract")}));
        QCOMPARE(names(index, K::Project, index.projects(0, u"4711")), QStringList({QStringLiteral("Support contract")}));
        QVERIFY(index.projects(0, u"acme muller").isEmpty());
        // A word does not match across two fields ("site" + customer "Acme").
        QVERIFY(index.projects(0, u"siteacme").isEmpty());
        // Names that start with the text first, then the others.
        QCOMPARE(names(index, K::Activity, index.activities(10, u"de")),
                 QStringList({QStringLiteral("Design review"), QStringLiteral("Development")}));
        QCOMPARE(names(index, K::Activity, index.activities(10, u"re")),
                 QStringList({QString::fromUtf8("Réunion"), QStringLiteral("Design review")}));
        QCOMPARE(names(index, K::Project, index.projects(0, u"  ")).size(), 4);
    }

    void projectsRunningOnTheDate()
    {
        PickerIndex index;
        fill(index);
        QSignalSpy changed(&index, &PickerIndex::changed);
        index.setDate(QDate(2026, 12, 1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(index, PickerIndex::Kind::Project, index.projects(1, u"")),
                 QStringList({QStringLiteral("App"), QStringLiteral("Website")}));
        index.setDate(QDate(2026, 6, 30));
        QCOMPARE(index.projects(1, u"relaunch").size(), 1);
        index.setDate({});
        QCOMPARE(index.projects(1, u"").size(), 3);
    }

    void listModel()
    {
        PickerIndex index;
        PickerModel activities(&index, PickerIndex::Kind::Activity);
        QAbstractItemModelTester tester(&activities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(activities.rowCount(), 0);
        fill(index);   // the model follows the index
        QCOMPARE(activities.rowCount(), 2);
        activities.setScope(10);
        QCOMPARE(activities.rowCount(), 3);
        QCOMPARE(activities.index(0).data().toString(), QStringLiteral("Design review"));
        QCOMPARE(activities.index(0).data(DetailRole).toString(), QStringLiteral("Website"));
        QCOMPARE(activities.index(0).data(IdRole).toInt(), 110);
        QVERIFY(activities.index(1).data(GlobalRole).toBool());
        activities.setText(QStringLiteral("dev"));
        QCOMPARE(activities.rowCount(), 1);
        QCOMPARE(activities.idAt(0), 101);
        QCOMPARE(activities.rowOfId(101), 0);
        QCOMPARE(activities.rowOfId(110), -1);

        PickerModel projects(&index, PickerIndex::Kind::Project);
        QAbstractItemModelTester projectTester(&projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        projects.setScope(2);
        QCOMPARE(projects.rowCount(), 1);
        QCOMPARE(projects.index(0).data(ParentIdRole).toInt(), 2);
        QCOMPARE(projects.index(0).data(Qt::ToolTipRole).toString(), QString::fromUtf8("Müller & Söhne"));
    }
};

QTEST_GUILESS_MAIN(TestPicker)
#include "tst_picker.moc"
