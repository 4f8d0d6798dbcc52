#include "session/commandrunner.h"

#include "api/apierror.h"
#include "core/kimaidatetime.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/offlinework.h"
#include "session/favorites.h"
#include "session/session.h"
#include "session/tagensurer.h"
#include "session/timesheetexporter.h"
#include "session/timercontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace kd {

CommandRunner::CommandRunner(AppCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_session(core->session())
    , m_catalog(core->catalog())
    , m_timer(core->timer())
    , m_entries(core->entries())
    , m_offline(core->offline())
    , m_favorites(core->favorites())
{
}

void CommandRunner::finishStarted(const Timesheet &started, bool restart)
{
    if (m_queued)
        finishQueued(started, restart);
    else
        finishWhenReadBack(started.id, restart ? tr("Restarted.") : tr("Started."));
}

QByteArray CommandRunner::statusJson(bool ok, const QString &message, bool queued) const
{
    QJsonArray running;
    for (const Timesheet &t : m_timer->active()) {
        QJsonObject o;
        // An entry started while Kimai could not be reached has no id in Kimai yet.
        o.insert(QStringLiteral("id"), OfflineWork::isLocal(t.id) ? QJsonValue() : QJsonValue(t.id));
        if (m_timer->hasUnsentChanges(t.id))
            o.insert(QStringLiteral("pending"), true);
        o.insert(QStringLiteral("begin"), KimaiDateTime::toResponse(t.begin, QTimeZone(t.begin.offsetFromUtc())));
        o.insert(QStringLiteral("elapsedSeconds"), m_timer->elapsedSeconds(t));
        const Project *p = m_catalog->project(t.projectId);
        const Activity *a = m_catalog->activity(t.activityId);
        o.insert(QStringLiteral("project"), t.project ? t.project->name : p ? p->name : QString());
        o.insert(QStringLiteral("projectId"), t.projectId);
        o.insert(QStringLiteral("activity"), t.activity ? t.activity->name : a ? a->name : QString());
        o.insert(QStringLiteral("activityId"), t.activityId);
        o.insert(QStringLiteral("customer"), t.customer ? t.customer->name : p ? p->customerName : QString());
        o.insert(QStringLiteral("description"), t.description);
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(t.tags));
        running.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("ok"), ok);
    if (!message.isEmpty())
        root.insert(QStringLiteral("message"), message);
    root.insert(QStringLiteral("running"), running);
    if (queued)
        root.insert(QStringLiteral("queued"), true);
    root.insert(QStringLiteral("waiting"), m_offline ? m_offline->waitingCount() : 0);
    if ((m_session->isActive() && m_session->info().offline) || (m_offline && m_offline->status() == Sync::Status::Offline))
        root.insert(QStringLiteral("offline"), true);
    if (m_offline && m_offline->attentionCount() > 0)
        root.insert(QStringLiteral("needsAttention"), m_offline->attentionCount());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void CommandRunner::finish(bool ok, const QString &message, const QVariantMap &extra)
{
    if (!m_active)
        return;
    m_active = false;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_exporter && m_exporter->isRunning())
        m_exporter->cancel();   // ran out of time
    QString text = message;
    QJsonObject root = QJsonDocument::fromJson(statusJson(ok, message, m_queued)).object();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        root.insert(it.key(), QJsonValue::fromVariant(it.value()));
    if (!m_tagsNotSaved.isEmpty()) {
        // Saved, but without these tags: said in the message, listed for scripts.
        text = text.isEmpty() ? m_tagsMessage : text + QLatin1Char(' ') + m_tagsMessage;
        root.insert(QStringLiteral("message"), text);
        root.insert(QStringLiteral("tagsNotSaved"), QJsonArray::fromStringList(m_tagsNotSaved));
    }
    Q_EMIT finished(ok ? 0 : 1, QJsonDocument(root).toJson(QJsonDocument::Compact), text);
}

void CommandRunner::finishWhenReadBack(int startedId, const QString &message)
{
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_timer, &TimerController::activeRead, this, [this, once, startedId, message] {
        disconnect(*once);
        for (const Timesheet &t : m_timer->active()) {
            if (t.id == startedId)
                Q_EMIT timerStarted(m_timer->titleOf(t));
        }
        finish(true, message);
    });
    m_connections.append(*once);
}

void CommandRunner::finishQueued(const Timesheet &started, bool restart)
{
    Q_EMIT timerStarted(m_timer->titleOf(started));
    const QString at = QLocale().toString(started.begin, QLocale::ShortFormat);
    finish(true, restart ? tr("Restarted at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.").arg(at)
                         : tr("Started at %1. Kimai cannot be reached: the start is kept and sent when Kimai answers.").arg(at));
}

void CommandRunner::whenReady(std::function<void()> next)
{
    // Continue once the running entries are known (the first /active answer after login), no
    // operation is in flight and changes from before are no longer being sent (they go first).
    auto ready = [this] {
        return m_timer->activeKnown() && !m_timer->isBusy() && !(m_offline && m_offline->isReplaying());
    };
    if (ready()) {
        next();
        return;
    }
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto check = [this, ready, next, links] {
        if (!m_active || !ready())
            return;
        for (const auto &c : std::as_const(*links))
            disconnect(c);
        next();
    };
    links->append(connect(m_timer, &TimerController::activeChanged, this, check));
    links->append(connect(m_timer, &TimerController::busyChanged, this, check));
    if (m_offline)
        links->append(connect(m_offline, &OfflineWork::changed, this, check));
    m_connections.append(*links);
    if (!m_timer->activeKnown())
        m_timer->refreshActive();
}

void CommandRunner::run(const CommandLine &command)
{
    m_command = command;
    m_active = true;
    m_queued = false;
    m_stopped = 0;
    m_tagsNotSaved.clear();
    m_tagsMessage.clear();
    // Whatever happens, a command ends: no endless wait in a script.
    const quint64 generation = ++m_generation;
    QTimer::singleShot(kTimeoutMs, this, [this, generation] {
        if (generation == m_generation)
            finish(false, tr("The command did not finish in time."));
    });
    if (!m_session->isActive()) {
        // Finish asynchronously like every other path.
        QTimer::singleShot(0, this, [this] { finish(false, tr("Not logged in.")); });
        return;
    }
    m_connections.append(connect(m_core->tags(), &TagEnsurer::tagsNotSaved, this,
                                 [this](const QStringList &names, const QString &message) {
                                     m_tagsNotSaved += names;
                                     m_tagsMessage = message;
                                 }));
    m_connections.append(connect(m_timer, &TimerController::queued, this, [this] { m_queued = true; }));
    m_connections.append(connect(m_timer, &TimerController::operationFailed, this,
                                 [this](TimerController::Operation, const ApiError &e) { finish(false, e.message()); }));
    m_connections.append(connect(m_timer, &TimerController::reconciled, this,
                                 [this](TimerController::Operation op, const QString &message) {
                                     // After a doubtful failure the true state was read back.
                                     const bool ok = op == TimerController::Operation::Stop ? !m_timer->isRunning()
                                                                                            : m_timer->isRunning();
                                     finish(ok, message);
                                 }));
    switch (command.command) {
    case CommandLine::Command::Status:
        whenReady([this] {
            finish(true, m_timer->isRunning() ? tr("%n timer(s) running.", nullptr, int(m_timer->active().size()))
                                              : tr("No timer running."));
        });
        return;
    case CommandLine::Command::Stop:
        whenReady([this] { stopNext(); });
        return;
    case CommandLine::Command::RestartLast:
        whenReady([this] {
            m_connections.append(connect(m_timer, &TimerController::started, this,
                                         [this](const Timesheet &t) { finishStarted(t, true); }));
            m_timer->restartLast();   // a failure (nothing to restart) ends the command through operationFailed
        });
        return;
    case CommandLine::Command::Start:
        whenReady([this] { m_command.favorite.isEmpty() ? runStart() : runStartFavorite(); });
        return;
    case CommandLine::Command::Add:
        // After run() returned: a line it cannot read ends the command at once.
        QTimer::singleShot(0, this, [this] { whenCatalog([this] { runAdd(); }); });
        return;
    case CommandLine::Command::Export:
        QTimer::singleShot(0, this, [this] { runExport(); });
        return;
    case CommandLine::Command::Show:
    case CommandLine::Command::Api:   // carried out by ApiCommand
    case CommandLine::Command::None:
        QTimer::singleShot(0, this, [this] { finish(true, QString()); });
        return;
    }
}

void CommandRunner::stopNext()
{
    if (!m_active)
        return;
    if (!m_timer->isRunning()) {
        if (m_queued)
            finish(true, tr("Stopped. Kimai cannot be reached: the stop is kept and sent when Kimai answers."));
        else
            finish(true, m_stopped ? tr("Stopped.") : tr("No timer was running."));
        return;
    }
    const Timesheet first = m_timer->active().first();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_timer, &TimerController::stopped, this, [this, once](const Timesheet &t) {
        disconnect(*once);
        ++m_stopped;
        Q_EMIT timerStopped(m_timer->titleOf(t));
        whenReady([this] { stopNext(); });
    });
    m_connections.append(*once);
    m_timer->stop(first.id);
}

std::optional<int> CommandRunner::resolve(const QString &text, bool project, QString *error) const
{
    bool isNumber = false;
    const int id = text.toInt(&isNumber);
    if (isNumber)
        return id;
    QList<QPair<int, QString>> matches;
    const QString wanted = text.trimmed();
    if (project) {
        for (const Project &p : m_catalog->projects()->items()) {
            if (p.visible && p.name.compare(wanted, Qt::CaseInsensitive) == 0)
                matches.append({p.id, p.name});
        }
    } else {
        const std::optional<int> pid = resolve(m_command.project, true, nullptr);
        const Project *p = pid ? m_catalog->project(*pid) : nullptr;
        for (const Activity &a : m_catalog->activities()->items()) {
            const bool fits = !p || (a.projectId && *a.projectId == p->id) || (a.isGlobal() && p->globalActivities);
            if (a.visible && fits && a.name.compare(wanted, Qt::CaseInsensitive) == 0)
                matches.append({a.id, a.name});
        }
    }
    if (matches.size() == 1)
        return matches.first().first;
    if (error) {
        *error = matches.isEmpty()
            ? (project ? tr("No visible project is called \"%1\".") : tr("No activity called \"%1\" fits this project.")).arg(wanted)
            : tr("\"%1\" is ambiguous (%n matches); use the ID.", nullptr, int(matches.size())).arg(wanted);
    }
    return std::nullopt;
}

void CommandRunner::runStart()
{
    whenCatalog([this] {
        QString error;
        const auto project = resolve(m_command.project, true, &error);
        const auto activity = project ? resolve(m_command.activity, false, &error) : std::nullopt;
        if (!project || !activity) {
            finish(false, error);
            return;
        }
        m_connections.append(connect(m_timer, &TimerController::started, this,
                                     [this](const Timesheet &t) { finishStarted(t, false); }));
        TimerController::StartRequest r;
        r.project = *project;
        r.activity = *activity;
        r.description = m_command.description;
        r.tags = m_command.tags;
        m_timer->start(r);
    });
}

void CommandRunner::whenCatalog(std::function<void()> next)
{
    bool numeric = false;
    m_command.project.toInt(&numeric);
    bool numericActivity = false;
    m_command.activity.toInt(&numericActivity);
    if ((numeric && numericActivity) || m_catalog->isComplete()) {
        next();
        return;
    }
    // Names need the catalog.
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto check = [this, next, links] {
        if (!m_active)
            return;
        const bool failed = m_catalog->projectLoader()->state() == Loader::State::Failed
            || m_catalog->activityLoader()->state() == Loader::State::Failed;
        if (!failed && !m_catalog->isComplete())
            return;
        for (const auto &c : std::as_const(*links))
            disconnect(c);
        if (failed)
            finish(false, tr("The projects and activities could not be loaded."));
        else
            next();
    };
    for (EntityLoader *l : {m_catalog->customerLoader(), m_catalog->projectLoader(), m_catalog->activityLoader()})
        links->append(connect(l, &Loader::stateChanged, this, check));
    m_connections.append(*links);
    m_catalog->ensureLoaded();
}

void CommandRunner::runStartFavorite()
{
    if (!m_favorites) {
        finish(false, tr("Favourites are not available here."));
        return;
    }
    auto go = [this] {
        QString error;
        const std::optional<int> index = m_favorites->find(m_command.favorite, &error);
        if (!index) {
            finish(false, error);
            return;
        }
        m_connections.append(connect(m_timer, &TimerController::started, this,
                                     [this](const Timesheet &t) { finishStarted(t, false); }));
        if (!m_favorites->start(*index))
            finish(false, tr("The favourite could not be started now."));
    };
    if (m_favorites->isLoaded()) {
        go();
        return;
    }
    // The favourites are read at login; wait for them (or read them again after a failure).
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_favorites, &Favorites::changed, this, [this, once, go] {
        if (!m_active || !m_favorites->isLoaded())
            return;
        disconnect(*once);
        go();
    });
    m_connections.append(*once);
    m_connections.append(connect(m_favorites, &Favorites::failed, this, [this](const QString &message) { finish(false, message); }));
    if (!m_favorites->isBusy())
        m_favorites->refresh();
}

} // namespace kd
