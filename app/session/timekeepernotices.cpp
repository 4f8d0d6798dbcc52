// Timekeeper: what its questions and reminders say (the notices and their buttons).

#include "session/timekeeper.h"

#include "core/duration.h"
#include "session/timercontroller.h"

#include <QLocale>

namespace kd {

namespace {

QString timeOf(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat);
}

// "25 minutes", or "1:40 h" from an hour on.
QString awayDuration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return Timekeeper::tr("%n minute(s)", "", int(minutes));
    return Timekeeper::tr("%1 h").arg(Duration::hoursMinutes(seconds));
}

} // namespace

QString Timekeeper::describeAway(const IdlePolicy::Question &q)
{
    qint64 seconds = 0;
    for (const IdlePolicy::Span &s : q.spans)
        seconds += s.from.secsTo(s.to);
    QString text;
    if (q.spans.size() <= 1) {
        text = tr("You were away from %1 to %2 (%3) while the timer ran.")
                   .arg(timeOf(q.awaySince()), timeOf(q.back()), awayDuration(seconds));
    } else {
        text = tr("You were away %n times between %1 and %2 (%3 in all) while the timer ran.", "", int(q.spans.size()))
                   .arg(timeOf(q.awaySince()), timeOf(q.back()), awayDuration(seconds));
    }
    return text + QLatin1Char('\n') + tr("Discarding the time ends the entry at %1.").arg(timeOf(q.cutAt));
}

QList<Notices::Action> Timekeeper::idleAnswers()
{
    return {
        {QStringLiteral("keep"), tr("Keep the time")},
        {QStringLiteral("discard"), tr("Discard it")},
        {QStringLiteral("discard-continue"), tr("Discard and continue")},
        {QStringLiteral("book-elsewhere"), tr("Book it elsewhere…")},
    };
}

void Timekeeper::onQuestionChanged(const IdlePolicy::Question &q)
{
    Q_EMIT idleQuestionChanged(q);
    if (!m_settings.notifyIdle)
        return;   // the question's window asks alone
    Notices::Notice n;
    n.kind = Notices::idleKind();
    n.title = tr("The timer ran while you were away");
    n.body = describeAway(q);
    n.actions = idleAnswers();
    n.actions.append({Notices::defaultAction(), tr("Show")});
    n.persistent = true;
    m_notices->show(n);
}

void Timekeeper::onForgotten(const ReminderPolicy::ForgottenTimer &reminder)
{
    QString title;
    for (const Timesheet &t : m_timer->active()) {
        if (t.id == reminder.entryId)
            title = m_timer->titleOf(t);
    }
    if (title.isEmpty())
        title = tr("The timer");
    m_forgotten = reminder;
    Notices::Notice n;
    n.kind = Notices::forgottenKind();
    n.title = tr("Is this timer still right?");
    n.body = tr("%1 has been running for %2 h, since %3.")
                 .arg(title, Duration::hoursMinutes(reminder.runningSeconds),
                      QLocale().toString(reminder.begin.toLocalTime(), QLocale::ShortFormat));
    n.actions = {
        {QStringLiteral("stop"), tr("Stop at %1").arg(timeOf(reminder.lastActive))},
        {QStringLiteral("keep"), tr("Keep running")},
        {Notices::defaultAction(), tr("Show")},
    };
    n.moment = reminder.lastActive;
    n.momentAction = QStringLiteral("stop");
    n.momentLabel = tr("Stop at this time");
    n.persistent = true;
    m_notices->show(n);
}

void Timekeeper::onNotTracking()
{
    Notices::Notice n;
    n.kind = Notices::notTrackingKind();
    n.title = tr("No timer is running");
    n.body = tr("It is within your working hours, and nothing is being tracked.");
    n.actions.append({QStringLiteral("start"), tr("Start…")});
    if (!m_timer->recent().isEmpty())
        n.actions.append({QStringLiteral("restart"), tr("Restart last")});
    n.actions.append({QStringLiteral("snooze-hour"), tr("Snooze for an hour")});
    n.actions.append({QStringLiteral("snooze-tomorrow"), tr("Not again today")});
    m_notices->show(n);
}

void Timekeeper::onTargetReached(int percent, const TargetPolicy::Progress &day)
{
    Notices::Notice n;
    n.kind = Notices::targetKind();
    n.title = percent >= 100 ? tr("Today's target is reached") : tr("Today's target is close");
    n.body = tr("%1 of %2 h tracked today (%3 %).")
                 .arg(Duration::hoursMinutes(day.seconds), Duration::hoursMinutes(day.targetSeconds),
                      QLocale().toString(int(day.fraction() * 100)));
    m_notices->show(n);
}

} // namespace kd
