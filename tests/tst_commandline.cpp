// The command line of --start --favorite and --api: what is accepted, what is a usage error (with
// its message), and that the command survives the trip to a running instance (commandJson).

#include "session/commandline.h"

#include <QTemporaryFile>
#include <QTest>

using namespace kd;

namespace {

const QStringList kVersions{QStringLiteral("2.28"), QStringLiteral("3.0")};

CommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("kimai-desk"));
    return parseCommandLine(args, kVersions);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void favorite()
    {
        const CommandLine c = parse({QStringLiteral("--start"), QStringLiteral("--favorite"), QStringLiteral("2")});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.command, CommandLine::Command::Start);
        QCOMPARE(c.favorite, QStringLiteral("2"));
        QString error;
        const auto forwarded = CommandLine::fromCommandJson(c.commandJson(), &error);
        QVERIFY(forwarded);
        QCOMPARE(forwarded->favorite, QStringLiteral("2"));
        QCOMPARE(forwarded->command, CommandLine::Command::Start);
    }

    void favoriteUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("without --start") << QStringList{QStringLiteral("--stop"), QStringLiteral("--favorite"), QStringLiteral("1")}
                                         << QStringLiteral("--favorite belongs to --start.");
        QTest::newRow("with a project") << QStringList{QStringLiteral("--start"), QStringLiteral("--favorite"), QStringLiteral("1"),
                                                       QStringLiteral("--project"), QStringLiteral("3")}
                                        << QStringLiteral("--favorite says what to start: leave out --project and --activity.");
        QTest::newRow("start with nothing") << QStringList{QStringLiteral("--start")}
                                            << QStringLiteral("--start needs --project and --activity, or --favorite.");
    }
    void favoriteUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QCOMPARE(parse(args).error, error);
    }

    void api()
    {
        CommandLine c = parse({QStringLiteral("--api"), QStringLiteral("get"), QStringLiteral("/api/timesheets?size=5")});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.command, CommandLine::Command::Api);
        QCOMPARE(c.apiMethod, QStringLiteral("GET"));
        QCOMPARE(c.apiPath, QStringLiteral("/api/timesheets?size=5"));

        c = parse({QStringLiteral("--api"), QStringLiteral("PATCH"), QStringLiteral("/api/timesheets/5"), QStringLiteral("--data"),
                   QStringLiteral(R"({"description":"x"})")});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.apiData, QByteArray(R"({"description":"x"})"));
        QString error;
        const auto forwarded = CommandLine::fromCommandJson(c.commandJson(), &error);
        QVERIFY(forwarded);
        QCOMPARE(forwarded->command, CommandLine::Command::Api);
        QCOMPARE(forwarded->apiMethod, QStringLiteral("PATCH"));
        QCOMPARE(forwarded->apiPath, QStringLiteral("/api/timesheets/5"));
        QCOMPARE(forwarded->apiData, c.apiData);

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{\n  \"description\": \"from a file\"\n}\n");
        file.flush();
        c = parse({QStringLiteral("--api"), QStringLiteral("POST"), QStringLiteral("/api/timesheets"), QStringLiteral("--data"),
                   QLatin1Char('@') + file.fileName()});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QVERIFY(c.apiData.contains("from a file"));
    }

    void apiUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("no path") << QStringList{QStringLiteral("--api"), QStringLiteral("GET")}
                                 << QStringLiteral("--api needs a method and a path, e.g. --api GET /api/version.");
        QTest::newRow("method") << QStringList{QStringLiteral("--api"), QStringLiteral("PUT"), QStringLiteral("/api/version")}
                                << QStringLiteral("Unknown method \"PUT\"; use GET, POST, PATCH or DELETE.");
        QTest::newRow("path") << QStringList{QStringLiteral("--api"), QStringLiteral("GET"), QStringLiteral("version")}
                              << QStringLiteral("The path of --api starts with /api/, e.g. /api/version.");
        QTest::newRow("GET with data") << QStringList{QStringLiteral("--api"), QStringLiteral("GET"), QStringLiteral("/api/version"),
                                                      QStringLiteral("--data"), QStringLiteral("{}")}
                                       << QStringLiteral("--data needs POST, PATCH or DELETE.");
        QTest::newRow("bad JSON") << QStringList{QStringLiteral("--api"), QStringLiteral("POST"), QStringLiteral("/api/tags"),
                                                 QStringLiteral("--data"), QStringLiteral("{name:")}
                                  << QStringLiteral("--data is not valid JSON");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--api"), QStringLiteral("POST"), QStringLiteral("/api/tags"),
                                                     QStringLiteral("--data"), QStringLiteral("@/no/such/file.json")}
                                      << QStringLiteral("Cannot read the data file /no/such/file.json");
        QTest::newRow("data without --api") << QStringList{QStringLiteral("--status"), QStringLiteral("--data"), QStringLiteral("{}")}
                                            << QStringLiteral("--data belongs to --api.");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--status"), QStringLiteral("GET")}
                                        << QStringLiteral("Unexpected argument \"GET\".");
        QTest::newRow("two commands") << QStringList{QStringLiteral("--status"), QStringLiteral("--api"), QStringLiteral("GET"),
                                                     QStringLiteral("/api/version")}
                                      << QStringLiteral("Give only one of --start, --stop, --restart-last, --status, --show, --add, --export and --api.");
    }
    void apiUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const QString got = parse(args).error;
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void apiDataIsLimited()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("\"" + QByteArray(40 * 1024, 'x') + "\"");
        file.flush();
        const CommandLine c = parse({QStringLiteral("--api"), QStringLiteral("POST"), QStringLiteral("/api/tags"),
                                     QStringLiteral("--data"), QLatin1Char('@') + file.fileName()});
        QCOMPARE(c.error, QStringLiteral("--data is larger than 32 KB."));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
