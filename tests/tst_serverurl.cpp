#include "core/serverurl.h"

#include <QTest>

using namespace kd;

class TestServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("https://kimai.example.com") << QStringLiteral("https://kimai.example.com");
        QTest::newRow("trailing slash") << QStringLiteral("https://kimai.example.com/") << QStringLiteral("https://kimai.example.com");
        QTest::newRow("spaces") << QStringLiteral("  https://kimai.example.com  ") << QStringLiteral("https://kimai.example.com");
        QTest::newRow("no scheme") << QStringLiteral("kimai.example.com") << QStringLiteral("https://kimai.example.com");
        QTest::newRow("no scheme with port") << QStringLiteral("localhost:8001") << QStringLiteral("https://localhost:8001");
        QTest::newRow("sub-path") << QStringLiteral("https://example.com/kimai/") << QStringLiteral("https://example.com/kimai");
        QTest::newRow("pasted api") << QStringLiteral("https://example.com/kimai/api/") << QStringLiteral("https://example.com/kimai");
        QTest::newRow("pasted endpoint") << QStringLiteral("https://example.com/api/timesheets?page=2")
                                         << QStringLiteral("https://example.com");
        QTest::newRow("copied page") << QStringLiteral("https://example.com/kimai/en/timesheet/")
                                     << QStringLiteral("https://example.com/kimai");
        QTest::newRow("copied login") << QStringLiteral("https://demo.kimai.org/de_CH/login")
                                      << QStringLiteral("https://demo.kimai.org");
        QTest::newRow("copied script-tag locale") << QStringLiteral("https://example.com/zh_Hans/dashboard/")
                                                  << QStringLiteral("https://example.com");
        QTest::newRow("not a locale: upper case") << QStringLiteral("https://example.com/EN/login")
                                                  << QStringLiteral("https://example.com/EN/login");
        QTest::newRow("not a locale: long region") << QStringLiteral("https://example.com/de_CHXYZ/login")
                                                   << QStringLiteral("https://example.com/de_CHXYZ/login");
        QTest::newRow("not a locale: one letter") << QStringLiteral("https://example.com/d/login")
                                                  << QStringLiteral("https://example.com/d/login");
        QTest::newRow("scheme-like text later") << QStringLiteral("example.com/kimai?next=http://x")
                                                << QStringLiteral("https://example.com/kimai");
        QTest::newRow("encoded space in the path") << QStringLiteral("example.com/my%20kimai")
                                                   << QStringLiteral("https://example.com/my%20kimai");
        QTest::newRow("encoded no-break space") << QStringLiteral("https://example.com/a%C2%A0b")
                                                << QStringLiteral("https://example.com/a%C2%A0b");
        QTest::newRow("Unicode host stays readable") << QStringLiteral("https://b\u00FCcher.de/zeit")
                                                     << QStringLiteral("https://b\u00FCcher.de/zeit");
        QTest::newRow("index.php") << QStringLiteral("https://example.com/kimai/index.php")
                                   << QStringLiteral("https://example.com/kimai");
        QTest::newRow("default port") << QStringLiteral("https://example.com:443/") << QStringLiteral("https://example.com");
        QTest::newRow("http kept") << QStringLiteral("http://127.0.0.1:8080/") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("upper case") << QStringLiteral("HTTPS://Kimai.Example.COM/Sub") << QStringLiteral("https://kimai.example.com/Sub");
        QTest::newRow("fragment") << QStringLiteral("https://example.com/#/x") << QStringLiteral("https://example.com");
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        ServerUrl::Problem problem = ServerUrl::Problem::Invalid;
        const ServerUrl url = ServerUrl::fromUserInput(input, &problem);
        QCOMPARE(problem, ServerUrl::Problem::None);
        QVERIFY(url.isValid());
        QCOMPARE(url.toString(), expected);
        // What it shows is accepted again as typed, unchanged (profiles are saved and reloaded this way).
        ServerUrl::Problem again = ServerUrl::Problem::Invalid;
        QCOMPARE(ServerUrl::fromUserInput(url.toString(), &again).toString(), expected);
        QCOMPARE(again, ServerUrl::Problem::None);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << QString() << int(ServerUrl::Problem::Empty);
        QTest::newRow("blank") << QStringLiteral("   ") << int(ServerUrl::Problem::Empty);
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << int(ServerUrl::Problem::BadScheme);
        QTest::newRow("scheme with plus") << QStringLiteral("git+ssh://example.com") << int(ServerUrl::Problem::BadScheme);
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.com") << int(ServerUrl::Problem::HasCredentials);
        QTest::newRow("no host") << QStringLiteral("https:///kimai") << int(ServerUrl::Problem::NoHost);
        QTest::newRow("blank inside") << QStringLiteral("https://kimai.example.com/my kimai") << int(ServerUrl::Problem::Invalid);
        QTest::newRow("control character") << QStringLiteral("https://kimai\u0000.example.com") << int(ServerUrl::Problem::Invalid);
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        ServerUrl::Problem got = ServerUrl::Problem::None;
        const ServerUrl url = ServerUrl::fromUserInput(input, &got);
        QVERIFY(!url.isValid());
        QCOMPARE(int(got), problem);
        QVERIFY(!ServerUrl::problemText(got).isEmpty());
    }

    void apiUrlKeepsSubPath()
    {
        const ServerUrl url = ServerUrl::fromUserInput(QStringLiteral("https://example.com/kimai"));
        QCOMPARE(url.apiUrl(QStringLiteral("timesheets/active")).toString(),
                 QStringLiteral("https://example.com/kimai/api/timesheets/active"));
        QCOMPARE(url.apiUrl(QStringLiteral("timesheets?page=2&tags%5B%5D=a%2Bb")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://example.com/kimai/api/timesheets?page=2&tags%5B%5D=a%2Bb"));
    }

    void loopbackAndOrigin()
    {
        QVERIFY(ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1:8080")).isLoopback());
        QVERIFY(ServerUrl::fromUserInput(QStringLiteral("http://localhost")).isLoopback());
        QVERIFY(ServerUrl::fromUserInput(QStringLiteral("http://[::1]:8080")).isLoopback());
        QVERIFY(!ServerUrl::fromUserInput(QStringLiteral("http://192.168.1.5")).isLoopback());
        QVERIFY(!ServerUrl::fromUserInput(QStringLiteral("http://127.example.com")).isLoopback());
        QVERIFY(ServerUrl::fromUserInput(QStringLiteral("http://127.1.22.254")).isLoopback());
        QVERIFY(!ServerUrl::fromUserInput(QStringLiteral("http://127.0.0.1.example.com")).isLoopback());
        QVERIFY(!ServerUrl::fromUserInput(QStringLiteral("http://127.0.1234.1")).isLoopback());
        QVERIFY(!ServerUrl::fromUserInput(QStringLiteral("http://128.0.0.1")).isLoopback());

        const ServerUrl base = ServerUrl::fromUserInput(QStringLiteral("https://example.com/kimai"));
        QVERIFY(base.sameOrigin(QUrl(QStringLiteral("https://example.com:443/other"))));
        QVERIFY(!base.sameOrigin(QUrl(QStringLiteral("http://example.com/kimai"))));
        QVERIFY(!base.sameOrigin(QUrl(QStringLiteral("https://evil.example.net/kimai"))));
        QVERIFY(!base.sameOrigin(QUrl(QStringLiteral("https://example.com:8443/kimai"))));
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
