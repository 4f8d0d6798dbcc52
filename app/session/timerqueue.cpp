// TimerController's "send or journal": starts, stops, restarts and edits that go to the offline
// journal (OfflineWork) instead of Kimai, and the running entries as the journal changes them.

#include "session/timercontroller.h"

#include "core/logging.h"
#include "journal/journalaction.h"
#include "session/offlinework.h"
#include "session/session.h"

#include <algorithm>

namespace kd {

void TimerController::setOfflineWork(OfflineWork *offline)
{
    m_offline = offline;
    connect(offline, &OfflineWork::changed, this, &TimerController::showActive);
    connect(offline, &OfflineWork::replayed, this, &TimerController::onReplayed);
    connect(offline, &OfflineWork::drained, this, [this](bool sentAny) {
        // What Kimai holds now, names included (the replay only knew ids).
        if (sentAny && m_session->isActive()) {
            refreshActive();
            afterChange();
        }
    });
}

bool TimerController::hasUnsentChanges(int timesheetId) const
{
    return m_offline && m_offline->hasUnsentChanges(timesheetId);
}

void TimerController::assumeActive(const QList<Timesheet> &lastKnown)
{
    m_serverActive = lastKnown;
    m_activeKnown = true;
    showActive();
}

void TimerController::showActive()
{
    m_active = m_offline ? m_offline->runningView(m_serverActive) : m_serverActive;
    updateTicker();
    Q_EMIT activeChanged();
    Q_EMIT todayChanged();
}

bool TimerController::shouldQueue(int timesheetId, const ApiError *failure) const
{
    if (!m_offline)
        return false;
    return failure ? OfflineWork::isUnreachable(*failure) : m_offline->mustQueue(timesheetId);
}

bool TimerController::queueStart(Operation op, const StartRequest &request, const QDateTime &begin,
                                 const ApiError *failure)
{
    if (!shouldQueue(0, failure))
        return false;
    // Online, Kimai stops the oldest running entries when a start goes over the hard limit: the
    // journal does the same, at the moment of this start.
    const int limit = std::max(1, m_session->info().timesheetConfig.activeEntriesHardLimit);
    QList<Timesheet> running = m_active;
    std::sort(running.begin(), running.end(), [](const Timesheet &a, const Timesheet &b) { return a.begin < b.begin; });
    for (qsizetype i = 0; i + limit <= running.size(); ++i) {
        if (!m_offline->queueStop(running.at(i), begin))
            return false;
    }
    QList<int> known;
    for (const Timesheet &t : std::as_const(m_serverActive))
        known.append(t.id);
    Timesheet entry;
    entry.projectId = request.project;
    entry.activityId = request.activity;
    entry.description = request.description.trimmed();
    entry.tags = request.tags;
    entry.begin = begin.toTimeZone(m_session->userZone());
    // No answer: it may have reached Kimai, and the replay reads back before it sends.
    const bool mayHaveLanded = failure && isDoubtful(*failure);
    const qint64 id = m_offline->queueStart(entry, known, mayHaveLanded);
    if (id == 0)
        return false;
    entry.id = OfflineWork::localId(id);
    qCInfo(lcSession) << "start journalled:" << id << (mayHaveLanded ? "(may have reached Kimai)" : "");
    Q_EMIT queued(op);
    Q_EMIT started(entry);
    return true;
}

bool TimerController::queueStop(int timesheetId, const QDateTime &end, const ApiError *failure)
{
    if (!shouldQueue(timesheetId, failure))
        return false;
    const auto it = std::find_if(m_active.cbegin(), m_active.cend(), [timesheetId](const Timesheet &t) { return t.id == timesheetId; });
    if (it == m_active.cend())
        return false;
    Timesheet entry = *it;
    if (m_offline->queueStop(entry, end) == 0)
        return false;
    qCInfo(lcSession) << "stop journalled:" << timesheetId;
    entry.end = end.toOffsetFromUtc(entry.begin.offsetFromUtc());
    entry.duration = std::max<qint64>(0, entry.begin.secsTo(end));
    Q_EMIT queued(Operation::Stop);
    Q_EMIT stopped(entry);
    if (!m_stopQueue.isEmpty())
        stopNextQueued();
    return true;
}

bool TimerController::queueUpdate(int timesheetId, const QString &description, const QStringList &tags,
                                  const ApiError *failure)
{
    if (!shouldQueue(timesheetId, failure))
        return false;
    EntryFields changes;
    changes.description = description.trimmed();
    changes.tags = tags;
    if (m_offline->queueEdit(timesheetId, changes) == 0)
        return false;
    qCInfo(lcSession) << "edit journalled:" << timesheetId;
    Q_EMIT queued(Operation::Update);
    for (const Timesheet &t : std::as_const(m_active)) {
        if (t.id == timesheetId)
            Q_EMIT updated(t);
    }
    return true;
}

void TimerController::onReplayed(const JournalAction &action, int serverId)
{
    // Until the next read of the running entries, the server's list is told what the replay did, so
    // an entry neither vanishes nor comes back for a moment.
    const auto remove = [this](int id) {
        m_serverActive.erase(std::remove_if(m_serverActive.begin(), m_serverActive.end(),
                                            [id](const Timesheet &t) { return t.id == id; }),
                             m_serverActive.end());
    };
    if (action.createsEntry() && !action.fields.end && action.fields.begin) {
        remove(serverId);
        Timesheet t;
        t.id = serverId;
        t.begin = action.fields.begin->toTimeZone(m_session->userZone());
        t.projectId = action.fields.project.value_or(0);
        t.activityId = action.fields.activity.value_or(0);
        t.description = action.fields.description.value_or(QString());
        t.tags = action.fields.tags.value_or(QStringList());
        m_serverActive.prepend(t);
    } else if (action.type == JournalAction::Type::Stop || action.type == JournalAction::Type::Delete) {
        remove(serverId);
    }
    showActive();
}

} // namespace kd
