#include "models/exchangelogmodel.h"
#include "models/jsonformatter.h"
#include "models/jsontreemodel.h"
#include "support/recorded.h"
#include "ui/exchangesview.h"
#include "ui/jsoninspector.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using kd::Exchange;
using kd::JsonInspector;

namespace {

Exchange fromRecorded(const QString &name, quint64 id = 1)
{
    const kd::test::Recorded r = kd::test::loadRecorded(name);
    Exchange e;
    e.id = id;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = r.method;
    e.url = QUrl(QStringLiteral("https://kimai.example.com") + QString::fromLatin1(r.target));
    for (const auto &h : r.requestHeaders)
        e.requestHeaders.append({h.first, h.first == "Authorization" ? QByteArray("Bearer <redacted>") : h.second});
    e.requestBody = r.requestBody;
    e.status = r.status;
    e.reason = "OK";
    e.responseHeaders = r.responseHeaders;
    e.responseBody = r.responseBody;
    e.elapsedMs = 42;
    e.size = r.responseBody.size();
    return e;
}

Exchange withBody(const QByteArray &body, const QByteArray &contentType, int status = 200, quint64 id = 7)
{
    Exchange e;
    e.id = id;
    e.method = "GET";
    e.url = QUrl(QStringLiteral("https://kimai.example.com/api/timesheets"));
    e.status = status;
    e.reason = status == 204 ? "No Content" : "OK";
    if (!contentType.isEmpty())
        e.responseHeaders.append({"Content-Type", contentType});
    e.responseBody = body;
    e.size = body.size();
    return e;
}

QByteArray bigJsonArray(int entries)
{
    QByteArray body = "[";
    for (int i = 0; i < entries; ++i) {
        if (i)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"description\":\"entry number " + QByteArray::number(i)
              + "\",\"project\":{\"id\":3,\"name\":\"Website Relaunch\",\"customer\":{\"name\":\"Acme\"}},\"tags\":[\"a\",\"b\"]}";
    }
    return body + "]";
}

} // namespace

class TestJsonInspector : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(JsonInspector &inspector, const char *name)
    {
        T *found = inspector.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("child %s not found", name);
        return found;
    }

    static bool showAndWait(JsonInspector &inspector, const Exchange &exchange, bool dropped = false)
    {
        QSignalSpy ready(&inspector, &JsonInspector::contentReady);
        inspector.showExchange(exchange, dropped);
        return ready.wait(10000) && !inspector.isBusy();
    }

private Q_SLOTS:
    void showsPrettyHighlightedText()
    {
        JsonInspector inspector;
        inspector.resize(900, 700);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        const Exchange exchange = fromRecorded(QStringLiteral("41_timesheets_active"));
        QVERIFY(showAndWait(inspector, exchange));

        const kd::FormattedJson expected = kd::formatJson(exchange.responseBody);
        QCOMPARE(inspector.prettyText(), expected.text);
        QVERIFY(inspector.prettyText().startsWith(QStringLiteral("[\n  {\n    \"tags\": [\n")));
        auto *pretty = child<QPlainTextEdit>(inspector, "pretty");
        QCOMPARE(pretty->toPlainText(), expected.text);
        QVERIFY(pretty->document()->blockCount() < expected.text.count(QLatin1Char('\n')));  // lines are grouped
        QCOMPARE(pretty->document()->lineCount(), int(expected.text.count(QLatin1Char('\n'))) + 1);
        QCOMPARE(child<QLabel>(inspector, "status")->text(), QStringLiteral("200 OK"));
        QVERIFY(child<QLabel>(inspector, "url")->text().contains(QStringLiteral("/api/timesheets/active")));
        QVERIFY(child<QLabel>(inspector, "timing")->text().contains(QStringLiteral("42 ms")));
        QVERIFY(child<QLabel>(inspector, "notice")->isHidden());

        // The visible block gets the key colour once painted.
        const QTextBlock first = pretty->document()->firstBlock();
        QTRY_VERIFY(!first.layout()->formats().isEmpty());
        const int tagsAt = int(expected.text.indexOf(QStringLiteral("\"tags\"")));
        bool keyColoured = false;
        for (const auto &range : first.layout()->formats())
            keyColoured |= range.start == tagsAt && range.length == 6 && range.format.foreground().color().isValid();
        QVERIFY(keyColoured);
    }

    void highlightsOnlyVisibleBlocks()
    {
        JsonInspector inspector;
        inspector.resize(900, 500);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QVERIFY(showAndWait(inspector, withBody(bigJsonArray(2000), "application/json")));
        auto *pretty = child<QPlainTextEdit>(inspector, "pretty");
        QTRY_VERIFY(!pretty->document()->firstBlock().layout()->formats().isEmpty());
        QVERIFY(pretty->document()->blockCount() > 100);
        QVERIFY(pretty->document()->lastBlock().layout()->formats().isEmpty());
        pretty->verticalScrollBar()->setValue(pretty->verticalScrollBar()->maximum());
        QTRY_VERIFY(!pretty->document()->lastBlock().layout()->formats().isEmpty());
        // The line count survives a width change (the layout resets it to one line per block).
        const int lines = int(inspector.prettyText().count(QLatin1Char('\n'))) + 1;
        QCOMPARE(pretty->document()->lineCount(), lines);
        QCOMPARE(pretty->verticalScrollBar()->maximum() + pretty->verticalScrollBar()->pageStep(), lines);
        inspector.resize(700, 500);
        QTRY_COMPARE(pretty->width() < 800, true);
        QCOMPARE(pretty->document()->lineCount(), lines);
    }

    void searchCountsAndCyclesMatches()
    {
        JsonInspector inspector;
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QVERIFY(showAndWait(inspector, fromRecorded(QStringLiteral("41_timesheets_active"))));
        auto *search = child<QLineEdit>(inspector, "search");
        auto *label = child<QLabel>(inspector, "matchLabel");
        QVERIFY(!search->placeholderText().isEmpty());
        QTest::keyClicks(search, QStringLiteral("ACME"));   // case-insensitive: "Acme Test GmbH" twice
        QTRY_COMPARE(label->text(), QStringLiteral("1 of 2"));
        auto *pretty = child<QPlainTextEdit>(inspector, "pretty");
        QCOMPARE(pretty->textCursor().selectedText(), QStringLiteral("Acme"));
        const int first = pretty->textCursor().selectionStart();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(label->text(), QStringLiteral("2 of 2"));
        QVERIFY(pretty->textCursor().selectionStart() > first);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(label->text(), QStringLiteral("1 of 2"));
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(label->text(), QStringLiteral("2 of 2"));
        child<QToolButton>(inspector, "previousMatch")->click();
        QCOMPARE(label->text(), QStringLiteral("1 of 2"));
        QApplication::setActiveWindow(&inspector);
        QVERIFY(QTest::qWaitForWindowActive(&inspector));
        QTest::keyClick(search, Qt::Key_F3);
        QCOMPARE(label->text(), QStringLiteral("2 of 2"));
        QTest::keyClick(pretty, Qt::Key_F3, Qt::ShiftModifier);     // works from the text view too
        QCOMPARE(label->text(), QStringLiteral("1 of 2"));
        pretty->setFocus();
        QTest::keyClick(pretty, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such text"));
        QTRY_COMPARE(label->text(), QStringLiteral("No matches"));
        search->clear();
        QTRY_COMPARE(label->text(), QString());
    }

    void treeCopiesPathAndValue()
    {
        JsonInspector inspector;
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QVERIFY(showAndWait(inspector, fromRecorded(QStringLiteral("41_timesheets_active"))));
        child<QTabWidget>(inspector, "tabs")->setCurrentIndex(1);
        kd::JsonTreeModel *model = inspector.treeModel();
        QTRY_VERIFY(model->rowCount() > 0);
        auto *tree = child<QTreeView>(inspector, "tree");
        QVERIFY(tree->isVisible());
        const QModelIndex name = model->indexForPath({{QString(), 0}, {QStringLiteral("project"), -1},
                                                      {QStringLiteral("customer"), -1}, {QStringLiteral("name"), -1}});
        QVERIFY(name.isValid());
        tree->setCurrentIndex(name);
        QGuiApplication::clipboard()->clear();
        child<QAction>(inspector, "copyPath")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("$[0].project.customer.name"));
        child<QAction>(inspector, "copyValue")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Acme Test GmbH"));

        // Searching while the tree is shown selects the node of the match.
        QTest::keyClicks(child<QLineEdit>(inspector, "search"), QStringLiteral("running timer"));
        QTRY_COMPARE(child<QLabel>(inspector, "matchLabel")->text(), QStringLiteral("1 of 1"));
        QCOMPARE(model->pathOf(tree->currentIndex()), QStringLiteral("$[0].description"));
    }

    void copyAndSaveThroughTheSeam()
    {
        JsonInspector inspector;
        QVERIFY(showAndWait(inspector, fromRecorded(QStringLiteral("41_timesheets_active"))));
        child<QToolButton>(inspector, "copy")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), inspector.prettyText());

        QTemporaryDir dir;
        QString suggested;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        inspector.setSavePathChooser([&suggested, path](QWidget *, const QString &name) {
            suggested = name;
            return path;
        });
        child<QToolButton>(inspector, "save")->click();
        QCOMPARE(suggested, QStringLiteral("timesheets-active.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), inspector.prettyText().toUtf8());

        QVERIFY(!inspector.saveTo(dir.filePath(QStringLiteral("missing/dir/out.json"))));
        QVERIFY(child<QLabel>(inspector, "notice")->text().contains(QStringLiteral("Could not save")));
    }

    void bigBodyFallsBackToPlainText()
    {
        JsonInspector inspector;
        inspector.setPlainTextLimit(1024);
        const Exchange exchange = fromRecorded(QStringLiteral("48_timesheets_full"));
        QVERIFY(exchange.responseBody.size() > 1024);
        QVERIFY(showAndWait(inspector, exchange));
        auto *notice = child<QLabel>(inspector, "notice");
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(QStringLiteral("shows plain text only")), qPrintable(notice->text()));
        // As received, not formatted; only broken into display lines of at most 1,024 characters.
        QString shown = inspector.prettyText();
        QVERIFY(shown.count(QLatin1Char('\n')) >= 1);
        QCOMPARE(shown.remove(QLatin1Char('\n')), QString::fromUtf8(exchange.responseBody));
        child<QToolButton>(inspector, "copy")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(exchange.responseBody));  // the exact bytes
        auto *tabs = child<QTabWidget>(inspector, "tabs");
        QVERIFY(!tabs->isTabEnabled(1));
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void newerExchangeReplacesPendingOne()
    {
        JsonInspector inspector;
        QSignalSpy ready(&inspector, &JsonInspector::contentReady);
        inspector.showExchange(withBody(bigJsonArray(40000), "application/json", 200, 1));   // ~5 MB
        QVERIFY(inspector.isBusy());
        const Exchange second = fromRecorded(QStringLiteral("41_timesheets_active"), 2);
        inspector.showExchange(second);
        QVERIFY(ready.wait(10000));
        QCOMPARE(inspector.prettyText(), kd::formatJson(second.responseBody).text);
        // Let the first job finish too: its result must be dropped, not shown.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(inspector.prettyText(), kd::formatJson(second.responseBody).text);
    }

    void showsEmptyHtmlTruncatedAndDroppedBodies()
    {
        JsonInspector inspector;
        auto *notice = child<QLabel>(inspector, "notice");
        auto *pretty = child<QPlainTextEdit>(inspector, "pretty");

        QVERIFY(showAndWait(inspector, withBody(QByteArray(), QByteArray(), 204)));
        QVERIFY(inspector.prettyText().isEmpty());
        QCOMPARE(pretty->placeholderText(), QStringLiteral("The response has no body."));
        QCOMPARE(child<QLabel>(inspector, "status")->text(), QStringLiteral("204 No Content"));

        QVERIFY(showAndWait(inspector, withBody("<!DOCTYPE html><html><body>Bad gateway</body></html>", "text/html", 502)));
        QVERIFY(notice->text().contains(QStringLiteral("HTML")));
        QVERIFY(inspector.prettyText().contains(QStringLiteral("<body>Bad gateway</body>")));

        Exchange truncated = withBody("[{\"id\":1},{\"id\":2,\"na", "application/json");
        truncated.bodyTruncated = true;
        truncated.size = 65536 * 4;
        QVERIFY(showAndWait(inspector, truncated));
        QVERIFY2(notice->text().contains(QStringLiteral("Only the first")), qPrintable(notice->text()));
        QVERIFY(inspector.prettyText().startsWith(QStringLiteral("[\n  {\n    \"id\": 1\n  },")));

        QVERIFY(showAndWait(inspector, withBody("{\"a\": 1,,}", "application/json")));
        QVERIFY2(notice->text().contains(QStringLiteral("Not valid JSON at byte 8: ")), qPrintable(notice->text()));

        Exchange dropped = withBody(QByteArray(), "application/json");
        dropped.size = 5000;
        QVERIFY(showAndWait(inspector, dropped, true));
        QVERIFY(notice->text().contains(QStringLiteral("no longer kept")));
        QCOMPARE(pretty->placeholderText(), QStringLiteral("The body is no longer kept."));

        Exchange failed = withBody(QByteArray(), QByteArray(), 0);
        failed.error = QStringLiteral("Connection refused");
        QVERIFY(showAndWait(inspector, failed));
        QVERIFY(notice->text().contains(QStringLiteral("Connection refused")));
        QCOMPARE(pretty->placeholderText(), QStringLiteral("No response was received."));

        inspector.clear();
        QVERIFY(inspector.prettyText().isEmpty());
        QVERIFY(child<QLabel>(inspector, "status")->isHidden());
    }

    void showsRequestAndResponseHeaders()
    {
        JsonInspector inspector;
        Exchange exchange = fromRecorded(QStringLiteral("40_post_timesheet_running"));
        QVERIFY(showAndWait(inspector, exchange));
        const QList<QPlainTextEdit *> edits = inspector.findChildren<QPlainTextEdit *>();
        bool sawAuth = false;
        bool sawContentType = false;
        bool sawRequestBody = false;
        for (const QPlainTextEdit *edit : edits) {
            const QString text = edit->toPlainText();
            sawAuth |= text.contains(QStringLiteral("Authorization: Bearer <redacted>"));
            sawContentType |= text.contains(QStringLiteral("Content-Type: application/json"));
            sawRequestBody |= !exchange.requestBody.isEmpty() && text.startsWith(QStringLiteral("{\n  \""));
        }
        QVERIFY(sawAuth);
        QVERIFY(sawContentType);
        QVERIFY(sawRequestBody);
    }

    void exchangesViewFiltersSortsAndSelects()
    {
        kd::ExchangeLogModel model;
        kd::ExchangesView view(&model);
        QSignalSpy selected(&view, &kd::ExchangesView::exchangeSelected);
        model.append(fromRecorded(QStringLiteral("41_timesheets_active"), 1));
        model.append(fromRecorded(QStringLiteral("57_timesheet_not_found"), 2));
        model.append(fromRecorded(QStringLiteral("24_customers"), 3));
        QTableView *table = view.table();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(2, int(kd::ExchangeLogModel::Column::Path)).data().toString(), QString(QChar(0x2066) + QStringLiteral("/api/customers") + QChar(0x2069)));

        QTest::keyClicks(view.filterEdit(), QStringLiteral("404"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toULongLong(), quint64(2));
        view.filterEdit()->clear();
        QCOMPARE(table->model()->rowCount(), 3);

        table->sortByColumn(int(kd::ExchangeLogModel::Column::Status), Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, int(kd::ExchangeLogModel::Column::Status)).data().toString(), QStringLiteral("404"));
        table->sortByColumn(-1, Qt::AscendingOrder);

        // Newest stays visible: at the bottom with no row picked, new rows scroll into view.
        table->clearSelection();
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (quint64 id = 10; id < 60; ++id)
            model.append(fromRecorded(QStringLiteral("24_customers"), id));
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        table->verticalScrollBar()->setValue(0);            // scrolled up: stays put
        model.append(fromRecorded(QStringLiteral("24_customers"), 99));
        QCOMPARE(table->verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestJsonInspector)
#include "tst_jsoninspector.moc"
