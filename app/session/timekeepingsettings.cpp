#include "session/timekeepingsettings.h"

#include <QSettings>

#include <algorithm>
#include <QStringList>

namespace kd {

namespace {

// The keys, in the group "timekeeping".
const QString kIdleThreshold = QStringLiteral("timekeeping/idleThresholdMinutes");
const QString kOnLock = QStringLiteral("timekeeping/onLock");
const QString kOnSleep = QStringLiteral("timekeeping/onSleep");
const QString kOnQuit = QStringLiteral("timekeeping/onQuit");
const QString kForgottenHours = QStringLiteral("timekeeping/forgottenTimerHours");
const QString kNotTracking = QStringLiteral("timekeeping/notTrackingReminder");
const QString kNotTrackingEvery = QStringLiteral("timekeeping/notTrackingEveryMinutes");
const QString kWorkDays = QStringLiteral("timekeeping/workDays");
const QString kWorkStart = QStringLiteral("timekeeping/workStart");
const QString kWorkEnd = QStringLiteral("timekeeping/workEnd");
const QString kDailyTarget = QStringLiteral("timekeeping/dailyTargetMinutes");
const QString kWeeklyTarget = QStringLiteral("timekeeping/weeklyTargetMinutes");
const QString kNotifyIdle = QStringLiteral("timekeeping/notifyIdle");
const QString kNotifyTargets = QStringLiteral("timekeeping/notifyTargets");

// Stored as words, so that the file reads well and a reordered enum changes nothing.
template <typename E>
struct Names;

template <>
struct Names<TimeKeepingSettings::AwayAction>
{
    static QStringList all() { return {QStringLiteral("ask"), QStringLiteral("stop"), QStringLiteral("keep")}; }
};

template <>
struct Names<TimeKeepingSettings::QuitAction>
{
    static QStringList all() { return {QStringLiteral("ask"), QStringLiteral("stop"), QStringLiteral("keep")}; }
};

template <typename E>
E readEnum(const QSettings &s, const QString &key, E fallback)
{
    const qsizetype i = Names<E>::all().indexOf(s.value(key).toString());
    return i < 0 ? fallback : E(i);
}

template <typename E>
QString enumName(E value)
{
    return Names<E>::all().value(int(value));
}

int readInt(const QSettings &s, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok ? qBound(min, v, max) : fallback;
}

QTime readTime(const QSettings &s, const QString &key, QTime fallback)
{
    const QTime t = QTime::fromString(s.value(key).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

} // namespace

TimeKeepingSettings TimeKeepingSettings::load(const QSettings &s)
{
    TimeKeepingSettings d;
    TimeKeepingSettings r;
    r.idleThresholdMinutes = readInt(s, kIdleThreshold, d.idleThresholdMinutes, 0, 24 * 60);
    r.onLock = readEnum(s, kOnLock, d.onLock);
    r.onSleep = readEnum(s, kOnSleep, d.onSleep);
    r.onQuit = readEnum(s, kOnQuit, d.onQuit);
    r.forgottenTimerHours = readInt(s, kForgottenHours, d.forgottenTimerHours, 0, 7 * 24);
    r.notTrackingReminder = s.value(kNotTracking, d.notTrackingReminder).toBool();
    r.notTrackingEveryMinutes = readInt(s, kNotTrackingEvery, d.notTrackingEveryMinutes, 5, 24 * 60);
    if (s.contains(kWorkDays)) {
        r.workDays.clear();
        const QStringList days = s.value(kWorkDays).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &day : days) {
            const int n = day.trimmed().toInt();
            if (n >= 1 && n <= 7 && !r.workDays.contains(n))
                r.workDays.append(n);
        }
        std::sort(r.workDays.begin(), r.workDays.end());
    }
    r.workStart = readTime(s, kWorkStart, d.workStart);
    r.workEnd = readTime(s, kWorkEnd, d.workEnd);
    if (r.workEnd <= r.workStart) {
        r.workStart = d.workStart;
        r.workEnd = d.workEnd;
    }
    r.dailyTargetMinutes = readInt(s, kDailyTarget, d.dailyTargetMinutes, 0, 24 * 60);
    r.weeklyTargetMinutes = readInt(s, kWeeklyTarget, d.weeklyTargetMinutes, 0, 7 * 24 * 60);
    r.notifyIdle = s.value(kNotifyIdle, d.notifyIdle).toBool();
    r.notifyTargets = s.value(kNotifyTargets, d.notifyTargets).toBool();
    return r;
}

void TimeKeepingSettings::save(QSettings &s) const
{
    s.setValue(kIdleThreshold, idleThresholdMinutes);
    s.setValue(kOnLock, enumName(onLock));
    s.setValue(kOnSleep, enumName(onSleep));
    s.setValue(kOnQuit, enumName(onQuit));
    s.setValue(kForgottenHours, forgottenTimerHours);
    s.setValue(kNotTracking, notTrackingReminder);
    s.setValue(kNotTrackingEvery, notTrackingEveryMinutes);
    QStringList days;
    for (int day : workDays)
        days << QString::number(day);
    s.setValue(kWorkDays, days.join(QLatin1Char(',')));
    s.setValue(kWorkStart, workStart.toString(QStringLiteral("HH:mm")));
    s.setValue(kWorkEnd, workEnd.toString(QStringLiteral("HH:mm")));
    s.setValue(kDailyTarget, dailyTargetMinutes);
    s.setValue(kWeeklyTarget, weeklyTargetMinutes);
    s.setValue(kNotifyIdle, notifyIdle);
    s.setValue(kNotifyTargets, notifyTargets);
}

} // namespace kd
