// OfflineSnapshot: what is kept for starting without Kimai goes through its JSON file unchanged (the
// session's parts, the catalog, the running entries with their offsets), nothing that is not a
// snapshot of this format is taken for one, and the file is private to the user.

#include "session/offlinesnapshot.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kd;

class TestOfflineSnapshot : public QObject
{
    Q_OBJECT

    static OfflineSnapshot sample()
    {
        OfflineSnapshot s;
        s.savedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        s.version.version = QStringLiteral("2.28.0");
        s.version.versionId = 22800;
        s.user.id = 7;
        s.user.username = QStringLiteral("anna");
        s.user.alias = QStringLiteral("Anna Ö.");
        s.user.timezone = QStringLiteral("Europe/Berlin");
        s.config.trackingMode = QStringLiteral("duration_fixed_begin");
        s.config.activeEntriesHardLimit = 3;
        s.config.isAllowFutureTimes = false;
        Customer c;
        c.id = 1;
        c.name = QStringLiteral("Acme \"Inc\"");
        c.visible = false;
        s.customers = {c};
        Project p;
        p.id = 2;
        p.name = QStringLiteral("Website");
        p.customerId = 1;
        p.customerName = c.name;
        p.globalActivities = false;
        p.end = QDate(2031, 1, 31);
        s.projects = {p};
        Activity own;
        own.id = 3;
        own.name = QStringLiteral("Design");
        own.projectId = 2;
        Activity global;
        global.id = 4;
        global.name = QStringLiteral("Meetings");
        global.visible = false;
        s.activities = {own, global};
        Timesheet t;
        t.id = 99;
        t.begin = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 42), QTimeZone(3600));
        t.projectId = 2;
        t.activityId = 3;
        t.description = QStringLiteral("Sprint review");
        t.tags = {QStringLiteral("remote"), QStringLiteral("ü")};
        s.running = {t};
        return s;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const OfflineSnapshot s = sample();
        const std::optional<OfflineSnapshot> back = OfflineSnapshot::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(back->savedAt, s.savedAt);
        QCOMPARE(back->version.version, s.version.version);
        QCOMPARE(back->version.versionId, 22800);
        QCOMPARE(back->user.id, 7);
        QCOMPARE(back->user.alias, s.user.alias);
        QCOMPARE(back->user.timezone, s.user.timezone);
        QCOMPARE(back->config.trackingMode, s.config.trackingMode);
        QCOMPARE(back->config.activeEntriesHardLimit, 3);
        QCOMPARE(back->config.isAllowFutureTimes, false);
        QCOMPARE(back->customers.size(), 1);
        QCOMPARE(back->customers.first().name, s.customers.first().name);
        QCOMPARE(back->customers.first().visible, false);
        QCOMPARE(back->projects.first().customerName, s.projects.first().customerName);
        QCOMPARE(back->projects.first().globalActivities, false);
        QCOMPARE(back->projects.first().end, QDate(2031, 1, 31));
        QVERIFY(!back->projects.first().start.isValid());
        QCOMPARE(back->activities.size(), 2);
        QCOMPARE(back->activities.at(0).projectId, std::optional<int>(2));
        QVERIFY(back->activities.at(1).isGlobal());
        QCOMPARE(back->activities.at(1).visible, false);
        QCOMPARE(back->running.size(), 1);
        const Timesheet &t = back->running.first();
        QCOMPARE(t.id, 99);
        QCOMPARE(t.begin, s.running.first().begin);
        QCOMPARE(t.begin.offsetFromUtc(), 3600);
        QCOMPARE(t.description, QStringLiteral("Sprint review"));
        QCOMPARE(t.tags, s.running.first().tags);
        QVERIFY(back->hasCatalog());
    }

    void notASnapshot_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no format") << QByteArray(R"({"savedAt":"2026-01-01T00:00:00Z","user":{"id":1}})");
        QTest::newRow("newer format") << QByteArray(R"({"format":2,"savedAt":"2026-01-01T00:00:00Z","user":{"id":1}})");
        QTest::newRow("no user") << QByteArray(R"({"format":1,"savedAt":"2026-01-01T00:00:00Z"})");
        QTest::newRow("no time") << QByteArray(R"({"format":1,"user":{"id":1}})");
    }
    void notASnapshot()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!OfflineSnapshot::fromJson(json));
    }

    void brokenEntriesAreLeftOut()
    {
        const QByteArray json = R"({"format":1,"savedAt":"2026-01-01T00:00:00Z","user":{"id":1},)"
                                R"("running":[{"id":5,"begin":"yesterday"},{"begin":"2026-01-01T08:00:00+0000"},)"
                                R"({"id":6,"begin":"2026-01-01T08:00:00+0000","project":1,"activity":2}]})";
        const std::optional<OfflineSnapshot> s = OfflineSnapshot::fromJson(json);
        QVERIFY(s);
        QCOMPARE(s->running.size(), 1);
        QCOMPARE(s->running.first().id, 6);
        QVERIFY(!s->hasCatalog());
    }

    void fileIsWrittenWholeAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/profile.json"));
        QVERIFY(!OfflineSnapshot::load(path));
        QString error;
        QVERIFY2(sample().save(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const std::optional<OfflineSnapshot> back = OfflineSnapshot::load(path);
        QVERIFY(back);
        QCOMPARE(back->user.username, QStringLiteral("anna"));
        QVERIFY(OfflineSnapshot::pathForProfile(QStringLiteral("../x")).endsWith(QStringLiteral("/kimai-desk/offline/___x.json")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineSnapshot)
#include "tst_offlinesnapshot.moc"
