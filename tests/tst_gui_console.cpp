// The API console in the window (offscreen): built only when opened, path completion as one
// types, a GET whose answer the inspector shows, a PATCH sent only after the confirmation (and not
// at all when declined), the history menu, and "Copy as curl" of the exchange on show, without the
// token.

#include "session/apiconsole.h"
#include "support/appfixture.h"
#include "ui/apiconsoleview.h"
#include "ui/inspectorpane.h"
#include "ui/jsoninspector.h"
#include "ui/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

class TestGuiConsole : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;

    InspectorPane *pane() const { return app->window->workspace()->inspectorPane(); }

    ApiConsoleView *openConsole()
    {
        pane()->consoleToggle()->click();
        ApiConsoleView *console = pane()->console();
        if (console && !QTest::qWaitFor([this] { return app->core->apiConsole()->endpointsLoaded(); }, 10000))
            return nullptr;
        return console;
    }

    int editableId() const
    {
        const QList<int> ids = app->demo.server->timesheetIds();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            const auto t = app->demo.server->timesheet(*it);
            if (t && !t->exported && !t->running)
                return *it;
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<AppFixture>();
        QVERIFY(app->demo.started);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window));
        QVERIFY(app->logIn());
    }
    void cleanup() { app.reset(); }

    void builtWhenFirstOpened()
    {
        QVERIFY(!pane()->console());
        QVERIFY(!app->core->apiConsole()->endpointsLoaded());
        ApiConsoleView *console = openConsole();
        QVERIFY(console);
        QVERIFY(console->isVisible());
        pane()->consoleToggle()->click();
        QVERIFY(!console->isVisible());
    }

    void completesPathsAsOneTypes()
    {
        ApiConsoleView *console = openConsole();
        QVERIFY(console);
        console->pathEdit()->setFocus();
        QTest::keyClicks(console->pathEdit(), QStringLiteral("/api/timesheets/ac"));
        QCompleter *completer = console->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("/api/timesheets/active"));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/console-completion.png")));
            QVERIFY(completer->popup()->grab().save(dir + QStringLiteral("/console-completion-popup.png")));
        }
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(console->pathEdit()->text(), QStringLiteral("/api/timesheets/active"));

        console->pathEdit()->setText(QStringLiteral("/api/timesheets"));
        QTest::keyClicks(console->pathEdit(), QStringLiteral("?si"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("/api/timesheets?size="));
    }

    void getShowsTheAnswerInTheInspector()
    {
        ApiConsoleView *console = openConsole();
        QVERIFY(console);
        console->pathEdit()->setText(QStringLiteral("/api/version"));
        QVERIFY(!console->bodyEdit()->isVisible());   // no body for GET
        QVERIFY(console->sendButton()->isEnabled());
        console->sendButton()->click();
        QTRY_VERIFY(console->statusText().startsWith(QStringLiteral("200 OK")));
        QCOMPARE(app->prompter.writeAsked, 0);   // a GET is not confirmed
        JsonInspector *inspector = app->window->inspector();
        QTRY_VERIFY(inspector->prettyText().contains(QStringLiteral("\"versionId\": 22800")));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/console-get.png")));
        QCOMPARE(app->core->apiConsole()->history().first().path, QStringLiteral("/api/version"));
        QVERIFY(console->historyButton()->isEnabled());
    }

    void writesAreConfirmed()
    {
        ApiConsoleView *console = openConsole();
        QVERIFY(console);
        const int id = editableId();
        QVERIFY(id > 0);
        const QString before = app->demo.server->timesheet(id)->description;
        console->methodBox()->setCurrentText(QStringLiteral("PATCH"));
        QVERIFY(console->bodyEdit()->isVisible());
        console->pathEdit()->setText(QStringLiteral("/api/timesheets/%1").arg(id));
        console->bodyEdit()->setPlainText(QStringLiteral("{\"description\": "));
        QVERIFY(!console->sendButton()->isEnabled());   // not valid JSON
        QVERIFY(console->statusText().contains(QStringLiteral("not valid JSON")));
        console->bodyEdit()->setPlainText(QStringLiteral("{\"description\": \"set in the console\"}"));
        QVERIFY(console->sendButton()->isEnabled());

        app->prompter.writeAnswer = false;
        app->demo.server->clearRequests();
        console->sendButton()->click();
        QCOMPARE(app->prompter.writeAsked, 1);
        QCOMPARE(app->prompter.lastWrite, QStringLiteral("PATCH /api/timesheets/%1").arg(id));
        QCOMPARE(console->statusText(), QStringLiteral("Not sent."));
        QVERIFY(app->demo.server->requests().isEmpty());
        QCOMPARE(app->demo.server->timesheet(id)->description, before);

        app->prompter.writeAnswer = true;
        console->sendButton()->click();
        QCOMPARE(app->prompter.writeAsked, 2);
        QTRY_COMPARE(app->demo.server->timesheet(id)->description, QStringLiteral("set in the console"));
        QTRY_VERIFY(console->statusText().startsWith(QStringLiteral("200 OK")));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/console-patch.png")));

        // The history menu brings a request back, body included.
        console->methodBox()->setCurrentText(QStringLiteral("GET"));
        console->pathEdit()->clear();
        QMenu *history = console->historyButton()->menu();
        QVERIFY(!history->actions().isEmpty());
        history->actions().first()->trigger();
        QCOMPARE(console->methodBox()->currentText(), QStringLiteral("PATCH"));
        QCOMPARE(console->pathEdit()->text(), QStringLiteral("/api/timesheets/%1").arg(id));
        QVERIFY(console->bodyEdit()->toPlainText().contains(QStringLiteral("set in the console")));
    }

    void copyAsCurlLeavesTheTokenOut()
    {
        ApiConsoleView *console = openConsole();
        QVERIFY(console);
        console->pathEdit()->setText(QStringLiteral("/api/users/me"));
        console->sendButton()->click();
        QTRY_VERIFY(console->statusText().startsWith(QStringLiteral("200 OK")));
        auto *copy = app->window->inspector()->findChild<QToolButton *>(QStringLiteral("copyCurl"));
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        QApplication::clipboard()->clear();
        copy->click();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("curl '")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("/api/users/me")));
        QVERIFY(text.contains(QStringLiteral("\"Authorization: Bearer $KIMAI_TOKEN\"")));
        QVERIFY(!text.contains(app->demo.server->token()));
    }
};

QTEST_MAIN(TestGuiConsole)
#include "tst_gui_console.moc"
