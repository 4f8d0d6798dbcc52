#include "models/jsonformatter.h"
#include "support/recorded.h"

#include <QJsonDocument>
#include <QtTest>

using kd::FormattedJson;
using kd::JsonPathStep;
using kd::JsonSpan;

namespace {

QString spanText(const FormattedJson &f, const JsonSpan &s)
{
    return f.text.mid(s.start, s.length);
}

QList<QString> spansOfKind(const FormattedJson &f, JsonSpan::Kind kind)
{
    QList<QString> out;
    for (const JsonSpan &s : f.spans) {
        if (s.kind == kind)
            out.append(spanText(f, s));
    }
    return out;
}

} // namespace

class TestJsonFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prettyPrintsNestedValues()
    {
        const FormattedJson f = kd::formatJson("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{},\"d\":[]}");
        QVERIFY2(f.valid, qPrintable(f.error));
        QCOMPARE(f.text, QStringLiteral("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null,\n    \"x\"\n  ],\n"
                                        "  \"c\": {},\n  \"d\": []\n}"));
        QCOMPARE(f.errorOffset, -1);
        QVERIFY(f.error.isEmpty());
    }

    void honoursIndentWidth()
    {
        const FormattedJson f = kd::formatJson("[1,[2]]", 4);
        QCOMPARE(f.text, QStringLiteral("[\n    1,\n    [\n        2\n    ]\n]"));
    }

    void spansClassifyTokens()
    {
        const FormattedJson f = kd::formatJson("{\"key\":\"value\",\"n\":-1.5e3,\"t\":false,\"z\":null}");
        QVERIFY(f.valid);
        QCOMPARE(spansOfKind(f, JsonSpan::Key), (QList<QString>{QStringLiteral("\"key\""), QStringLiteral("\"n\""),
                                                                QStringLiteral("\"t\""), QStringLiteral("\"z\"")}));
        QCOMPARE(spansOfKind(f, JsonSpan::String), QList<QString>{QStringLiteral("\"value\"")});
        QCOMPARE(spansOfKind(f, JsonSpan::Number), QList<QString>{QStringLiteral("-1.5e3")});
        QCOMPARE(spansOfKind(f, JsonSpan::Bool), QList<QString>{QStringLiteral("false")});
        QCOMPARE(spansOfKind(f, JsonSpan::Null), QList<QString>{QStringLiteral("null")});
        QCOMPARE(spansOfKind(f, JsonSpan::Punctuation), (QList<QString>{QStringLiteral("{"), QStringLiteral("}")}));
        for (qsizetype i = 1; i < f.spans.size(); ++i)
            QVERIFY(f.spans[i].start >= f.spans[i - 1].start + f.spans[i - 1].length);
    }

    void keepsEscapesAndDecodesUtf8()
    {
        const QByteArray body = "{\"name\":\"Caf\xc3\xa9 \\\"M\\u00fcller\\\" \xf0\x9f\x98\x80\"}";
        const FormattedJson f = kd::formatJson(body);
        QVERIFY2(f.valid, qPrintable(f.error));
        const QString expected = QStringLiteral("{\n  \"name\": \"Café \\\"M\\u00fcller\\\" ") + QString::fromUtf8("\xf0\x9f\x98\x80")
                               + QStringLiteral("\"\n}");
        QCOMPARE(f.text, expected);
        // Span offsets are UTF-16 positions: the string span ends exactly before the newline.
        const QList<QString> strings = spansOfKind(f, JsonSpan::String);
        QCOMPARE(strings.size(), 1);
        QVERIFY(strings.first().endsWith(QString::fromUtf8("\xf0\x9f\x98\x80\"")));
    }

    void outputIsEquivalentJsonForRecordedBodies()
    {
        for (const QString &name : kd::test::recordedNames()) {
            const kd::test::Recorded r = kd::test::loadRecorded(name);
            if (!r.responseBody.startsWith('{') && !r.responseBody.startsWith('['))
                continue;
            const FormattedJson f = kd::formatJson(r.responseBody);
            QVERIFY2(f.valid, qPrintable(name + QStringLiteral(": ") + f.error));
            QCOMPARE(QJsonDocument::fromJson(f.text.toUtf8()), QJsonDocument::fromJson(r.responseBody));
        }
    }

    void invalidJsonKeepsTheRestAsError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("errorOffset");
        QTest::addColumn<QString>("errorSpan");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << QStringLiteral("1}");
        QTest::newRow("bad literal") << QByteArray("[1, nope]") << 4 << QStringLiteral("nope]");
        QTest::newRow("bad number") << QByteArray("[01]") << 1 << QStringLiteral("01]");
        QTest::newRow("trailing data") << QByteArray("{} x") << 3 << QStringLiteral("x");
        QTest::newRow("missing comma") << QByteArray("[1 2]") << 3 << QStringLiteral("2]");
        QTest::newRow("bad escape") << QByteArray("[\"a\\qb\"]") << 3 << QStringLiteral("\\qb\"]");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << 0 << QStringLiteral("<html>Bad gateway</html>");
    }

    void invalidJsonKeepsTheRestAsError()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, errorOffset);
        QFETCH(QString, errorSpan);
        const FormattedJson f = kd::formatJson(body);
        QVERIFY(!f.valid);
        QVERIFY(!f.error.isEmpty());
        QCOMPARE(f.errorOffset, errorOffset);
        QVERIFY(!f.spans.isEmpty());
        QCOMPARE(f.spans.last().kind, JsonSpan::Error);
        QCOMPARE(spanText(f, f.spans.last()), errorSpan);
        QVERIFY(f.text.endsWith(errorSpan));
    }

    void truncatedJsonFormatsWhatItHas()
    {
        const FormattedJson f = kd::formatJson("[{\"id\":1,\"name\":\"Acme\"},{\"id\":2,\"na");
        QVERIFY(!f.valid);
        QCOMPARE(f.errorOffset, 35); // the end of the input
        QVERIFY(f.text.startsWith(QStringLiteral("[\n  {\n    \"id\": 1,\n    \"name\": \"Acme\"\n  },\n  {\n    \"id\": 2,\n    \"na")));
        QCOMPARE(spansOfKind(f, JsonSpan::Key).last(), QStringLiteral("\"na"));
        QVERIFY(f.error.contains(QStringLiteral("ends")));
    }

    void emptyBodyIsNotValid()
    {
        const FormattedJson f = kd::formatJson(QByteArray("  \n"));
        QVERIFY(!f.valid);
        QVERIFY(f.text.isEmpty());
        QVERIFY(!kd::formatJson(QByteArray()).valid);
    }

    void noSpansOption()
    {
        const FormattedJson f = kd::formatJson("{\"a\":[1,2]}", 2, kd::FormatOption::NoSpans);
        QVERIFY(f.valid);
        QVERIFY(f.spans.isEmpty());
        QCOMPARE(f.text, QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ]\n}"));
    }

    void deepNestingStaysLinear()
    {
        const int depth = 20000;
        const QByteArray body = QByteArray(depth, '[') + QByteArray(depth, ']');
        const FormattedJson f = kd::formatJson(body, 2, kd::FormatOption::NoSpans);
        QVERIFY(f.valid);
        QVERIFY(f.text.size() < qsizetype(depth) * 2 * 140);
    }

    void jsonPaths()
    {
        using S = JsonPathStep;
        QCOMPARE(kd::jsonPath({}), QStringLiteral("$"));
        QCOMPARE(kd::jsonPath({S{QStringLiteral("project"), -1}, S{QStringLiteral("customer"), -1}, S{QStringLiteral("name"), -1}}),
                 QStringLiteral("$.project.customer.name"));
        QCOMPARE(kd::jsonPath({S{QString(), 3}, S{QStringLiteral("id"), -1}}), QStringLiteral("$[3].id"));
        QCOMPARE(kd::jsonPath({S{QStringLiteral("color-safe"), -1}}), QStringLiteral("$[\"color-safe\"]"));
        QCOMPARE(kd::jsonPath({S{QStringLiteral("1st"), -1}}), QStringLiteral("$[\"1st\"]"));
        QCOMPARE(kd::jsonPath({S{QStringLiteral("a\"b"), -1}}), QStringLiteral("$[\"a\\\"b\"]"));
    }

    void pathAtOffset()
    {
        const FormattedJson f = kd::formatJson("[{\"id\":7,\"project\":{\"name\":\"Web\",\"tags\":[\"x\",\"y\"]}},{\"id\":8}]");
        QVERIFY(f.valid);
        const auto pathAt = [&f](const QString &needle, int skip = 0) {
            qsizetype at = -1;
            for (int i = 0; i <= skip; ++i)
                at = f.text.indexOf(needle, at + 1);
            return kd::jsonPath(kd::jsonPathAt(f.text, at));
        };
        QCOMPARE(pathAt(QStringLiteral("\"Web\"")), QStringLiteral("$[0].project.name"));
        QCOMPARE(pathAt(QStringLiteral("Web")), QStringLiteral("$[0].project.name"));
        QCOMPARE(pathAt(QStringLiteral("name")), QStringLiteral("$[0].project.name"));
        QCOMPARE(pathAt(QStringLiteral("\"y\"")), QStringLiteral("$[0].project.tags[1]"));
        QCOMPARE(pathAt(QStringLiteral("8")), QStringLiteral("$[1].id"));
        QCOMPARE(pathAt(QStringLiteral("{"), 1), QStringLiteral("$[0].project"));
        QCOMPARE(kd::jsonPath(kd::jsonPathAt(f.text, 0)), QStringLiteral("$"));
    }

    void findsAllMatchesCaseInsensitively()
    {
        const QString text = QStringLiteral("Acme acme ACME acm");
        QCOMPARE(kd::findAllMatches(text, QStringLiteral("acme")), (QList<int>{0, 5, 10}));
        QCOMPARE(kd::findAllMatches(text, QStringLiteral("acme"), 2).size(), 2);
        QVERIFY(kd::findAllMatches(text, QString()).isEmpty());
    }

    void groupsLinesForDisplayWithoutMovingOffsets()
    {
        QString text = QStringLiteral("a\nb\nc\nd\ne\r\nf\rg");
        const qsizetype length = text.size();
        const QList<int> counts = kd::groupLinesForDisplay(text, 3);
        QCOMPARE(text.size(), length);
        QCOMPARE(counts, (QList<int>{3, 3, 1}));
        QCOMPARE(text, QStringLiteral("a\u2028b\u2028c\nd\u2028e \u2028f\ng"));
        QCOMPARE(text.count(QLatin1Char('\n')) + 1, counts.size());

        // A long line broken for display is split into blocks too, also by characters.
        QString raw = kd::breakLongLines(QString(10000, QLatin1Char('x')), 1000);
        QCOMPARE(raw.size(), 10009);
        QCOMPARE(raw.count(QChar::LineSeparator), 9);
        const QList<int> rawCounts = kd::groupLinesForDisplay(raw, 64, 2500);
        QCOMPARE(rawCounts, (QList<int>{3, 3, 3, 1}));
        QCOMPARE(kd::breakLongLines(QStringLiteral("short\nlines"), 1000), QStringLiteral("short\nlines"));
    }

    void classifiesBodies()
    {
        QCOMPARE(kd::classifyBody("application/json", "{}"), kd::BodyKind::Json);
        QCOMPARE(kd::classifyBody("application/json", "  "), kd::BodyKind::Empty);
        QCOMPARE(kd::classifyBody("text/html; charset=UTF-8", "<p>x</p>"), kd::BodyKind::Html);
        QCOMPARE(kd::classifyBody("", "<!DOCTYPE html><html></html>"), kd::BodyKind::Html);
        QCOMPARE(kd::classifyBody("", "[1]"), kd::BodyKind::Json);
        QCOMPARE(kd::classifyBody("text/plain", "hello"), kd::BodyKind::Text);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
