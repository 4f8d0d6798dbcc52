// Keeping time honest in the window (no notification server, no tray: the small windows are the
// way): the idle question's window and its answers (book elsewhere with the pickers, closing keeps),
// the forgotten-timer window with its stop moment, the settings page, the quit question with
// "remember my choice", and the targets' progress in the timer bar and the tray's tooltip.
// With KD_SCREENSHOT_DIR set, it also writes pictures of the windows there (in the language of
// KD_SCREENSHOT_LANG, if set: then only the pictures count, the English texts checked differ).

#include "session/notices.h"
#include "session/timekeeper.h"
#include "session/timerjobs.h"
#include "support/fakeidlemonitor.h"
#include "support/shellfixture.h"
#include "ui/idlequestionwindow.h"
#include "ui/mainwindow.h"
#include "ui/noticewindow.h"
#include "ui/quitguard.h"
#include "ui/settingsdialog.h"
#include "ui/targetprogress.h"
#include "ui/timekeepingpage.h"
#include "ui/timekeepingui.h"
#include "ui/timerbar.h"
#include "ui/trayicon.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace kd;
using namespace kd::test;

namespace {

QDateTime serverEnd(const demo::DemoServer &server, int id)
{
    const auto t = server.timesheet(id);
    return t && !t->running ? QDateTime::fromSecsSinceEpoch(t->end, Qt::UTC) : QDateTime();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestGuiTimekeeping : public QObject
{
    Q_OBJECT

    std::unique_ptr<ShellFixture> app;
    std::unique_ptr<ManualClock> idleClock;
    std::unique_ptr<FakeIdleMonitor> idle;

    Timekeeper *keeper() const { return app->core->timekeeper(); }
    TimekeepingUi *ui() const { return app->shell->timekeeping(); }

    bool loggedInWithWindow()
    {
        app->shell->window()->show();
        return QTest::qWaitForWindowExposed(app->shell->window()) && app->logIn();
    }

    void idleSpan(int minutes)
    {
        idleClock->set(QDateTime::currentDateTimeUtc());
        idle->idleSpan(QDateTime::currentDateTimeUtc().addSecs(-60 * minutes));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString language = qEnvironmentVariable("KD_SCREENSHOT_LANG");
        if (language.isEmpty())
            return;
        QLocale::setDefault(QLocale(language));
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(QLocale(language), QStringLiteral("kimaidesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(translator);
        if (QLocale(language).textDirection() == Qt::RightToLeft)
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    }

    void init()
    {
        app = std::make_unique<ShellFixture>();
        QVERIFY(app->demo.started);
        idleClock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        idle = std::make_unique<FakeIdleMonitor>(idleClock.get());
        keeper()->setDesktop(idle.get(), nullptr, nullptr);
    }

    void cleanup()
    {
        app.reset();
        idle.reset();
    }

    void idleQuestionBookedElsewhereFromItsWindow()
    {
        const int id = app->startElsewhere(60);
        QVERIFY(app->logIn());
        idleSpan(25);
        IdleQuestionWindow *w = ui()->idleWindow();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        screenshot(w, QStringLiteral("idle-question"));
        QVERIFY2(w->text().contains(QStringLiteral("(25 minute")), qPrintable(w->text()));
        QVERIFY(!ui()->noticeWindow(Notices::idleKind()));   // its own window, not a second one

        QTest::mouseClick(w->button(QStringLiteral("book-elsewhere")), Qt::LeftButton);
        QVERIFY(w->projectBox()->isVisible());
        // Nothing picked: it says what is missing and asks on.
        QTest::mouseClick(w->button(QStringLiteral("book")), Qt::LeftButton);
        QVERIFY(keeper()->idle()->hasQuestion());
        const auto [project, activity] = app->work(1);
        QTRY_VERIFY(w->projectBox()->findData(project) >= 0);
        w->projectBox()->setCurrentIndex(w->projectBox()->findData(project));
        QTRY_VERIFY(w->activityBox()->findData(activity) >= 0);   // the activities may come after the projects
        w->activityBox()->setCurrentIndex(w->activityBox()->findData(activity));
        QTest::keyClicks(w->descriptionEdit(), QStringLiteral("Standup"));
        screenshot(w, QStringLiteral("idle-question-book-elsewhere"));
        QSignalSpy booked(keeper()->jobs(), &TimerJobs::booked);
        QTest::mouseClick(w->button(QStringLiteral("book")), Qt::LeftButton);
        QTRY_VERIFY(!ui()->idleWindow());
        QVERIFY(booked.wait(10000));
        QVERIFY(serverEnd(*app->demo.server, id).isValid());
        const auto entry = app->demo.server->timesheet(booked.at(0).at(0).toInt());
        QVERIFY(entry);
        QCOMPARE(entry->project, project);
        QCOMPARE(entry->activity, activity);
        QCOMPARE(entry->description, QStringLiteral("Standup"));
    }

    void closingTheQuestionKeepsTheTime()
    {
        const int id = app->startElsewhere(60);
        QVERIFY(app->logIn());
        idleSpan(25);
        QTRY_VERIFY(ui()->idleWindow() && ui()->idleWindow()->isVisible());
        app->demo.server->clearRequests();
        ui()->idleWindow()->close();
        QTRY_VERIFY(!ui()->idleWindow());
        QVERIFY(!keeper()->idle()->hasQuestion());
        QVERIFY(app->demo.server->timesheet(id)->running);
        for (const demo::ReceivedRequest &r : app->demo.server->requests())
            QVERIFY2(r.method == "GET", qPrintable(r.path));
    }

    void forgottenTimerInItsWindow()
    {
        const int id = app->startElsewhere(11 * 60);
        QVERIFY(app->logIn());
        QTRY_VERIFY(ui()->noticeWindow(Notices::forgottenKind()));
        NoticeWindow *w = ui()->noticeWindow(Notices::forgottenKind());
        QTRY_VERIFY(w->isVisible());
        QVERIFY(w->momentEdit()->isVisible());
        QVERIFY(w->button(QStringLiteral("stop")));
        QVERIFY(w->button(QStringLiteral("keep")));
        screenshot(w, QStringLiteral("forgotten-timer"));
        const QDateTime picked = QDateTime::currentDateTime().addSecs(-90 * 60);
        w->momentEdit()->setDateTime(picked);
        QTest::mouseClick(w->button(QStringLiteral("stop")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(serverEnd(*app->demo.server, id).isValid(), 10000);
        QVERIFY(qAbs(serverEnd(*app->demo.server, id).secsTo(picked)) <= 60);
        QTRY_VERIFY(!ui()->noticeWindow(Notices::forgottenKind()));
    }

    void settingsPage()
    {
        QVERIFY(loggedInWithWindow());
        Q_EMIT app->shell->window()->settingsRequested();
        auto *dialog = app->shell->window()->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->showTimeKeeping();
        TimeKeepingPage *page = dialog->timeKeepingPage();
        dialog->adjustSize();
        screenshot(dialog, QStringLiteral("settings-keeping-time"));
        // The fake source answers (it is "fake" here).
        QCOMPARE(page->idleSourceText(), QStringLiteral("Idle time comes from fake."));
        QCOMPARE(page->idleThreshold()->value(), 10);
        page->idleThreshold()->setValue(15);
        page->onSleep()->setCurrentIndex(page->onSleep()->findData(int(TimeKeepingSettings::AwayAction::Stop)));
        page->dailyTarget()->setValue(7.5);
        page->notTracking()->setChecked(true);
        QSignalSpy changed(keeper(), &Timekeeper::settingsChanged);
        QMetaObject::invokeMethod(dialog, [dialog] {
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(keeper()->settings().idleThresholdMinutes, 15);
        QCOMPARE(keeper()->settings().onSleep, TimeKeepingSettings::AwayAction::Stop);
        QCOMPARE(keeper()->settings().dailyTargetMinutes, 450);
        QVERIFY(keeper()->settings().notTrackingReminder);
        // Saved, and read back the same.
        QCOMPARE(TimeKeepingSettings::load(*app->settings), keeper()->settings());
    }

    void settingsSayWhenThereIsNoIdleSource()
    {
        idle->setAvailable(false);
        SettingsDialog dialog(app->core->settings(), keeper());
        QVERIFY2(dialog.timeKeepingPage()->idleSourceText().contains(QStringLiteral("not available")),
                 qPrintable(dialog.timeKeepingPage()->idleSourceText()));
    }

    void quitAsksAndRemembers()
    {
        const int id = app->startElsewhere(10);
        QVERIFY(loggedInWithWindow());
        QSignalSpy quit(app->shell.get(), &Shell::quitRequested);
        app->prompter.quitAnswer = Prompter::QuitChoice::Cancel;
        app->shell->quitGuard()->request();
        QCOMPARE(app->prompter.quitAsked, 1);
        QVERIFY(!app->prompter.quitRunning.isEmpty());
        QCOMPARE(quit.count(), 0);

        app->prompter.quitAnswer = Prompter::QuitChoice::Stop;
        app->prompter.quitRemember = true;
        bool stoppedFirst = false;
        connect(app->shell.get(), &Shell::quitRequested, this,
                [this, id, &stoppedFirst] { stoppedFirst = serverEnd(*app->demo.server, id).isValid(); });
        app->shell->quitGuard()->request();
        QVERIFY(quit.wait(6000));
        QVERIFY(stoppedFirst);
        QCOMPARE(keeper()->settings().onQuit, TimeKeepingSettings::QuitAction::Stop);
        QCOMPARE(TimeKeepingSettings::load(*app->settings).onQuit, TimeKeepingSettings::QuitAction::Stop);

        // Remembered: the next time it asks nothing (nothing runs now: it quits at once).
        app->shell->quitGuard()->request();
        QCOMPARE(app->prompter.quitAsked, 2);
        QCOMPARE(quit.count(), 2);
    }

    void quitKeepsRunningWhenAnsweredSo()
    {
        const int id = app->startElsewhere(10);
        QVERIFY(loggedInWithWindow());
        QSignalSpy quit(app->shell.get(), &Shell::quitRequested);
        app->prompter.quitAnswer = Prompter::QuitChoice::Keep;
        app->shell->quitGuard()->request();
        QCOMPARE(quit.count(), 1);
        QVERIFY(app->demo.server->timesheet(id)->running);
        QCOMPARE(keeper()->settings().onQuit, TimeKeepingSettings::QuitAction::Ask);   // not remembered
    }

    // The application quits (the quit guard's answer, the desktop session ending): the windows close
    // without a second question, also with a timer running and the window set to close to the tray.
    void applicationQuitClosesWithoutAsking()
    {
        const int id = app->startElsewhere(10);
        QVERIFY(loggedInWithWindow());
        QSignalSpy quit(app->shell.get(), &Shell::quitRequested);
        // QCoreApplication::quit() closes every window this way (not spontaneously) and gives up when
        // one refuses; a question here was closed by the same quit, answered Cancel, showed the window
        // again, and the quit went round forever.
        QVERIFY(app->shell->window()->close());
        QCOMPARE(app->prompter.quitAsked, 0);
        QCOMPARE(quit.count(), 0);
        QVERIFY(!app->shell->window()->isVisible());
        QVERIFY(app->demo.server->timesheet(id)->running);
    }

    void targetsInTheTimerBarAndTheTray()
    {
        app->startElsewhere(30);
        QVERIFY(loggedInWithWindow());
        QTRY_VERIFY(app->shell->window()->isShowingWorkspace());
        auto *progress = app->shell->window()->timerBar()->findChild<TargetProgress *>();
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY2(progress->dayText().contains(QStringLiteral("of 8:00 h")), qPrintable(progress->dayText()));
        QVERIFY2(progress->weekText().contains(QStringLiteral("of 40:00 h")), qPrintable(progress->weekText()));
        QTRY_VERIFY(progress->dayBar()->value() > 0);
        app->shell->window()->resize(1100, 700);
        QTRY_VERIFY(app->shell->window()->timerBar()->stopButton() && app->shell->window()->timerBar()->stopButton()->isVisible());
        screenshot(app->shell->window(), QStringLiteral("window-targets"));
        const QString tip = app->shell->tray()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Today: ")) && tip.contains(QStringLiteral("of 8:00 h")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("This week: ")), qPrintable(tip));

        // No targets: no progress, and the tray says today's total as before.
        TimeKeepingSettings s = keeper()->settings();
        s.dailyTargetMinutes = 0;
        s.weeklyTargetMinutes = 0;
        keeper()->setSettings(s);
        QVERIFY(!progress->isVisible());
        QVERIFY(!app->shell->tray()->toolTip().contains(QStringLiteral(" of ")));
        QVERIFY(app->shell->tray()->toolTip().contains(QStringLiteral("Today: ")));
    }
};

QTEST_MAIN(TestGuiTimekeeping)
#include "tst_gui_timekeeping.moc"
