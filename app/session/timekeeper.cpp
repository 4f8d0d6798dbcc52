#include "session/timekeeper.h"

#include "core/clock.h"
#include "desktop/desktopidlemonitor.h"
#include "desktop/idlemonitor.h"
#include "desktop/sessionlockmonitor.h"
#include "desktop/sleepmonitor.h"
#include "session/rangeloader.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timerjobs.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace kd {

namespace {

// The Kimai user's first day of the week (preference "first_weekday"), else the locale's.
Qt::DayOfWeek firstDayOf(const User &user)
{
    static const QStringList names{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                   QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                   QStringLiteral("sunday")};
    for (const MetaField &p : user.preferences) {
        if (p.name == QLatin1String("first_weekday")) {
            const qsizetype i = names.indexOf(p.value.toLower());
            if (i >= 0)
                return Qt::DayOfWeek(i + 1);
        }
    }
    return QLocale().firstDayOfWeek();
}

QDate weekStart(const QDate &day, Qt::DayOfWeek first)
{
    return day.addDays(-((day.dayOfWeek() - int(first) + 7) % 7));
}

} // namespace

Timekeeper::Timekeeper(KimaiClient *client, Session *session, TimerController *timer, Notices *notices,
                       QSettings *settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_timer(timer)
    , m_notices(notices)
    , m_store(settings)
    , m_clock(clock)
    , m_settings(TimeKeepingSettings::load(*settings))
    , m_idle(std::make_unique<IdlePolicy>(nullptr, clock))
    , m_reminders(std::make_unique<ReminderPolicy>(nullptr, clock))
    , m_targets(std::make_unique<TargetPolicy>(clock))
    , m_jobs(new TimerJobs(client, session, timer, this))
    , m_week(new RangeLoader(client, this))
{
    connectPolicies();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &Timekeeper::reloadBooked);
    m_quitCap.setSingleShot(true);
    m_quitCap.setInterval(SleepMonitor::kDefaultReleaseCapMs);
    connect(&m_quitCap, &QTimer::timeout, this, &Timekeeper::onJobsDrained);

    connect(timer, &TimerController::activeChanged, this, &Timekeeper::onActiveChanged);
    connect(timer, &TimerController::stopped, this, &Timekeeper::reloadBookedSoon);
    connect(session, &Session::started, this, &Timekeeper::onSessionStarted);
    connect(session, &Session::ended, this, [this] {
        m_forgotten.reset();
        for (const QString &kind : {Notices::forgottenKind(), Notices::notTrackingKind(), Notices::targetKind()})
            m_notices->withdraw(kind);
    });
    connect(m_jobs, &TimerJobs::drained, this, &Timekeeper::onJobsDrained);
    connect(m_jobs, &TimerJobs::problem, this, &Timekeeper::problem);
    connect(m_jobs, &TimerJobs::booked, this, &Timekeeper::reloadBookedSoon);
    connect(notices, &Notices::actionInvoked, this, &Timekeeper::onNoticeAction);
    connect(m_week, &RangeLoader::finished, this, [this] {
        if (!m_week->ok())
            return;
        const QTimeZone zone = m_session->userZone();
        const QDate today = m_targets->today();
        qint64 day = 0;
        qint64 week = 0;
        for (const Timesheet &t : m_week->timesheets()) {
            if (t.isRunning())
                continue;   // the policy adds running time itself
            week += t.duration;
            if (t.begin.toTimeZone(zone).date() == today)
                day += t.duration;
        }
        m_targets->setBooked(today, day, week);
    });
}

Timekeeper::~Timekeeper() = default;

void Timekeeper::connectPolicies()
{
    IdlePolicy *policy = m_idle.get();
    connect(policy, &IdlePolicy::questionChanged, this, &Timekeeper::onQuestionChanged);
    connect(policy, &IdlePolicy::questionWithdrawn, this, [this] {
        m_notices->withdraw(Notices::idleKind());
        Q_EMIT idleQuestionEnded();
    });
    using Kind = TimerJobs::Job::Kind;
    connect(policy, &IdlePolicy::stopRequested, this, [this](int id) { addJob(int(Kind::Stop), id, {}); });
    connect(policy, &IdlePolicy::cutRequested, this,
            [this](int id, const QDateTime &at) { addJob(int(Kind::Cut), id, at); });
    connect(policy, &IdlePolicy::cutAndRestartRequested, this,
            [this](int id, const QDateTime &at, const QDateTime &) { addJob(int(Kind::CutAndRestart), id, at); });
    connect(policy, &IdlePolicy::bookElsewhereRequested, this,
            [this](int id, const QDateTime &from, const QDateTime &to, int project, int activity) {
                addJob(int(Kind::BookElsewhere), id, from, to, project, activity);
            });
    connect(policy, &IdlePolicy::sleepDelayWantedChanged, this, [this](bool wanted) {
        if (m_sleep)
            m_sleep->setDelayWanted(wanted);
    });
    connect(m_reminders.get(), &ReminderPolicy::forgottenTimer, this, &Timekeeper::onForgotten);
    connect(m_reminders.get(), &ReminderPolicy::notTracking, this, &Timekeeper::onNotTracking);
    connect(m_reminders.get(), &ReminderPolicy::cutRequested, this,
            [this](int id, const QDateTime &at) { addJob(int(Kind::Cut), id, at); });
    connect(m_targets.get(), &TargetPolicy::dayTargetReached, this, &Timekeeper::onTargetReached);
    connect(m_targets.get(), &TargetPolicy::dayChanged, this, &Timekeeper::reloadBookedSoon);
    applySettings();
}

void Timekeeper::setDesktop(IdleMonitor *idle, SessionLockMonitor *lock, SleepMonitor *sleep)
{
    m_idleMonitor = idle;
    m_idle->setMonitor(idle);
    m_reminders->setMonitor(idle);
    if (idle) {
        connect(idle, &IdleMonitor::availableChanged, this, &Timekeeper::idleSourceChanged);
        if (auto *desktop = qobject_cast<DesktopIdleMonitor *>(idle))
            connect(desktop, &DesktopIdleMonitor::probeFinished, this, &Timekeeper::idleSourceChanged);
    }
    if (lock) {
        connect(lock, &SessionLockMonitor::locked, this, [this](const QDateTime &at) { m_idle->onLocked(at); });
        connect(lock, &SessionLockMonitor::unlocked, this, &Timekeeper::onUnlocked);
    }
    m_sleep = sleep;
    if (sleep) {
        connect(sleep, &SleepMonitor::aboutToSleep, this, &Timekeeper::onAboutToSleep);
        connect(sleep, &SleepMonitor::resumed, this, &Timekeeper::onResumed);
        sleep->setDelayWanted(m_idle->wantsSleepDelay());
    }
}

void Timekeeper::setSettings(const TimeKeepingSettings &settings)
{
    m_settings = settings;
    settings.save(*m_store);
    applySettings();
    reloadBookedSoon();
    Q_EMIT settingsChanged();
}

void Timekeeper::applySettings()
{
    m_idle->setSettings(m_settings);
    m_reminders->setSettings(m_settings);
    m_targets->setSettings(m_settings);
}

Timekeeper::IdleSource Timekeeper::idleSource() const
{
    if (!m_idleMonitor)
        return IdleSource::None;
    if (m_idleMonitor->available())
        return IdleSource::Found;
    const auto *desktop = qobject_cast<const DesktopIdleMonitor *>(m_idleMonitor.data());
    return desktop && !desktop->probed() ? IdleSource::Looking : IdleSource::None;
}

QString Timekeeper::idleSourceName() const
{
    return m_idleMonitor ? m_idleMonitor->sourceName() : QString();
}

void Timekeeper::findIdleSource()
{
    if (auto *desktop = qobject_cast<DesktopIdleMonitor *>(m_idleMonitor.data()))
        desktop->probe();
}

bool Timekeeper::onWayland()
{
    return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland");
}

void Timekeeper::onActiveChanged()
{
    const QList<Timesheet> &active = m_timer->active();
    m_idle->setRunning(active);
    m_reminders->setRunning(active);
    m_targets->setRunning(active);
    QList<int> ids;
    for (const Timesheet &t : active)
        ids.append(t.id);
    std::sort(ids.begin(), ids.end());
    if (ids == m_runningIds)
        return;
    m_runningIds = ids;
    reloadBookedSoon();
    if (m_forgotten && !ids.contains(m_forgotten->entryId)) {
        m_forgotten.reset();
        m_notices->withdraw(Notices::forgottenKind());
    }
    if (!ids.isEmpty())
        m_notices->withdraw(Notices::notTrackingKind());
}

void Timekeeper::onSessionStarted()
{
    m_targets->setTimeZone(m_session->userZone());
    m_targets->setFirstDayOfWeek(firstDayOf(m_session->info().user));
    reloadBookedSoon();
}

void Timekeeper::reloadBookedSoon()
{
    m_reloadSoon.start();   // several reasons in one turn: one read
}

// This week's entries (today's among them): the booked totals of the targets.
void Timekeeper::reloadBooked()
{
    if (!m_session->isActive() || (m_settings.dailyTargetMinutes <= 0 && m_settings.weeklyTargetMinutes <= 0))
        return;
    const QTimeZone zone = m_session->userZone();
    const QDate today = m_targets->today();
    const QDate first = weekStart(today, firstDayOf(m_session->info().user));
    m_week->start(QDateTime(first, QTime(0, 0), zone), QDateTime(today, QTime(23, 59, 59), zone));
}

void Timekeeper::addJob(int kind, int entryId, const QDateTime &at, const QDateTime &to, int project, int activity)
{
    TimerJobs::Job job;
    job.kind = TimerJobs::Job::Kind(kind);
    job.entryId = entryId;
    job.at = at;
    job.to = to;
    job.project = project;
    job.activity = activity;
    if (job.kind == TimerJobs::Job::Kind::BookElsewhere)
        job.description = m_bookDescription;
    m_jobs->add(job);
}

bool Timekeeper::answerIdle(IdlePolicy::Choice choice, int project, int activity, const QString &description)
{
    m_bookDescription = description;
    const bool answered = m_idle->answer(choice, project, activity);
    m_bookDescription.clear();
    if (answered) {
        m_notices->withdraw(Notices::idleKind());
        Q_EMIT idleQuestionEnded();
    }
    return answered;
}

void Timekeeper::stopForgotten(const QDateTime &at)
{
    if (!m_forgotten)
        return;
    const int id = m_forgotten->entryId;
    m_forgotten.reset();
    m_notices->withdraw(Notices::forgottenKind());
    m_reminders->stopForgotten(id, at);
}

void Timekeeper::keepForgotten()
{
    if (!m_forgotten)
        return;
    const int id = m_forgotten->entryId;
    m_forgotten.reset();
    m_notices->withdraw(Notices::forgottenKind());
    m_reminders->keepForgotten(id);
}

void Timekeeper::snoozeReminder(ReminderPolicy::Snooze how)
{
    m_notices->withdraw(Notices::notTrackingKind());
    m_reminders->snooze(how);
}

void Timekeeper::restartLast()
{
    m_notices->withdraw(Notices::notTrackingKind());
    m_timer->restartLast();   // the entry that ended last, as the menu and --restart-last do
}

void Timekeeper::onNoticeAction(const QString &kind, const QString &action, const QDateTime &moment)
{
    if (kind == Notices::idleKind()) {
        if (action == QLatin1String("keep"))
            answerIdle(IdlePolicy::Choice::Keep);
        else if (action == QLatin1String("discard"))
            answerIdle(IdlePolicy::Choice::Discard);
        else if (action == QLatin1String("discard-continue"))
            answerIdle(IdlePolicy::Choice::DiscardAndContinue);
        // "book-elsewhere" and a click on the body: the question's window (UI) asks for the rest
    } else if (kind == Notices::forgottenKind()) {
        if (action == QLatin1String("stop") && m_forgotten)
            stopForgotten(moment.isValid() ? moment : m_forgotten->lastActive);
        else if (action == QLatin1String("keep"))
            keepForgotten();
    } else if (kind == Notices::notTrackingKind()) {
        if (action == QLatin1String("restart"))
            restartLast();
        else if (action == QLatin1String("snooze-hour"))
            snoozeReminder(ReminderPolicy::Snooze::Hour);
        else if (action == QLatin1String("snooze-tomorrow"))
            snoozeReminder(ReminderPolicy::Snooze::UntilTomorrow);
        // "start": the UI opens the start dialog
    }
}

void Timekeeper::onUnlocked(const QDateTime &at)
{
    m_idle->onUnlocked(at);
    m_timer->refreshActive();   // a timer started or stopped elsewhere meanwhile
}

void Timekeeper::onAboutToSleep(const QDateTime &at)
{
    // Stops requested now went out at once (or wait for the timer): sleep waits for them.
    if (m_idle->onAboutToSleep(at) && m_sleep && !m_jobs->isIdle()) {
        m_holdingSleep = true;
        m_sleep->delaySleep();
    }
}

void Timekeeper::onResumed(const QDateTime &at)
{
    m_holdingSleep = false;
    m_idle->onResumed(at);
    m_timer->refreshActive();
    m_reminders->check();
    m_targets->check();
}

void Timekeeper::onJobsDrained()
{
    if (m_holdingSleep && m_jobs->isIdle()) {
        m_holdingSleep = false;
        if (m_sleep)
            m_sleep->releaseSleep();
    }
    if (m_quitting && (m_jobs->isIdle() || !m_quitCap.isActive())) {
        m_quitting = false;
        m_quitCap.stop();
        Q_EMIT readyToQuit();
    }
}

void Timekeeper::stopBeforeQuit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    const QList<Timesheet> running = m_timer->active();
    for (const Timesheet &t : running)
        addJob(int(TimerJobs::Job::Kind::Stop), t.id, {});
    if (m_jobs->isIdle()) {
        // Nothing to wait for; answer after the caller has returned, like the other way.
        QMetaObject::invokeMethod(this, &Timekeeper::onJobsDrained, Qt::QueuedConnection);
        return;
    }
    m_quitCap.start();
}

void Timekeeper::desktopSessionEnding()
{
    if (m_settings.onQuit != TimeKeepingSettings::QuitAction::Stop)
        return;   // Ask or Keep: the timer keeps running on the server
    const QList<Timesheet> running = m_timer->active();
    for (const Timesheet &t : running)
        addJob(int(TimerJobs::Job::Kind::Stop), t.id, {});
}

} // namespace kd
