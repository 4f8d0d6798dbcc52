// TimeKeepingSettings: defaults, a round trip through QSettings, the stored keys, and bad values
// falling back to the defaults.

#include "session/timekeepingsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using AwayAction = TimeKeepingSettings::AwayAction;
using QuitAction = TimeKeepingSettings::QuitAction;

class TestTimeKeepingSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QString file(const QString &name) const { return dir.filePath(name); }

private Q_SLOTS:
    void defaults()
    {
        QSettings empty(file(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const TimeKeepingSettings s = TimeKeepingSettings::load(empty);
        QCOMPARE(s, TimeKeepingSettings());
        QCOMPARE(s.idleThresholdMinutes, 10);
        QCOMPARE(s.idleThresholdMs(), 600'000);
        QCOMPARE(s.onLock, AwayAction::Ask);
        QCOMPARE(s.onSleep, AwayAction::Ask);
        QCOMPARE(s.onQuit, QuitAction::Ask);
        QCOMPARE(s.forgottenTimerHours, 10);
        QCOMPARE(s.notTrackingReminder, false);
        QCOMPARE(s.workDays, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(s.workStart, QTime(9, 0));
        QCOMPARE(s.workEnd, QTime(17, 0));
        QCOMPARE(s.dailyTargetMinutes, 480);
        QCOMPARE(s.weeklyTargetMinutes, 2400);
    }

    void roundTrip()
    {
        TimeKeepingSettings s;
        s.idleThresholdMinutes = 0;
        s.onLock = AwayAction::Stop;
        s.onSleep = AwayAction::Keep;
        s.onQuit = QuitAction::Keep;
        s.forgottenTimerHours = 6;
        s.notTrackingReminder = true;
        s.notTrackingEveryMinutes = 45;
        s.workDays = {1, 3, 6};
        s.workStart = QTime(7, 30);
        s.workEnd = QTime(15, 45);
        s.dailyTargetMinutes = 360;
        s.weeklyTargetMinutes = 0;
        s.notifyIdle = false;
        s.notifyTargets = false;
        {
            QSettings out(file(QStringLiteral("round.ini")), QSettings::IniFormat);
            s.save(out);
        }
        QSettings in(file(QStringLiteral("round.ini")), QSettings::IniFormat);
        QCOMPARE(TimeKeepingSettings::load(in), s);
        // Readable words and times in the file.
        QCOMPARE(in.value(QStringLiteral("timekeeping/onLock")).toString(), QStringLiteral("stop"));
        QCOMPARE(in.value(QStringLiteral("timekeeping/onSleep")).toString(), QStringLiteral("keep"));
        QCOMPARE(in.value(QStringLiteral("timekeeping/workStart")).toString(), QStringLiteral("07:30"));
        QCOMPARE(in.value(QStringLiteral("timekeeping/workDays")).toString(), QStringLiteral("1,3,6"));
    }

    void badValuesFallBack()
    {
        QSettings bad(file(QStringLiteral("bad.ini")), QSettings::IniFormat);
        bad.setValue(QStringLiteral("timekeeping/idleThresholdMinutes"), QStringLiteral("soon"));
        bad.setValue(QStringLiteral("timekeeping/onLock"), QStringLiteral("explode"));
        bad.setValue(QStringLiteral("timekeeping/forgottenTimerHours"), 100000);
        bad.setValue(QStringLiteral("timekeeping/notTrackingEveryMinutes"), 1);
        bad.setValue(QStringLiteral("timekeeping/workDays"), QStringLiteral("2, 9, x, 2, 1"));
        bad.setValue(QStringLiteral("timekeeping/workStart"), QStringLiteral("18:00"));
        bad.setValue(QStringLiteral("timekeeping/workEnd"), QStringLiteral("08:00"));
        bad.setValue(QStringLiteral("timekeeping/dailyTargetMinutes"), -5);
        const TimeKeepingSettings s = TimeKeepingSettings::load(bad);
        QCOMPARE(s.idleThresholdMinutes, 10);
        QCOMPARE(s.onLock, AwayAction::Ask);
        QCOMPARE(s.forgottenTimerHours, 7 * 24);
        QCOMPARE(s.notTrackingEveryMinutes, 5);
        QCOMPARE(s.workDays, (QList<int>{1, 2}));
        QCOMPARE(s.workStart, QTime(9, 0));   // an end before the start: the default window
        QCOMPARE(s.workEnd, QTime(17, 0));
        QCOMPARE(s.dailyTargetMinutes, 0);
    }
};

QTEST_GUILESS_MAIN(TestTimeKeepingSettings)
#include "tst_timekeepingsettings.moc"
