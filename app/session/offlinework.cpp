#include "session/offlinework.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "journal/journal.h"
#include "session/catalog.h"
#include "session/session.h"
#include "session/tagensurer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace kd {

using A = JournalAction;

OfflineWork::OfflineWork(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_catalog(catalog)
{
    // A journal left from before (this run or an earlier one, or a scripted command) is replayed at
    // once; a profile without one gets its file when the first change has to wait.
    connect(session, &Session::started, this, [this] {
        close();
        if (QFile::exists(path()) && open())
            retryNow();
    });
    connect(session, &Session::ended, this, &OfflineWork::close);
    connect(session, &Session::infoChanged, this, [this] {
        if (m_sync)
            m_sync->setActiveEntriesHardLimit(m_session->info().timesheetConfig.activeEntriesHardLimit);
    });
}

OfflineWork::~OfflineWork()
{
    close();
}

void OfflineWork::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    if (m_sync)
        m_sync->setRetryDelays(firstMs, maxMs);
}

QString OfflineWork::path() const
{
    const QString standard = Journal::pathForProfile(m_session->info().profile.id);
    return m_folder.isEmpty() ? standard : m_folder + QLatin1Char('/') + QFileInfo(standard).fileName();
}

bool OfflineWork::isOpen() const
{
    return m_journal && m_journal->isOpen();
}

bool OfflineWork::open()
{
    if (m_journal)
        return true;
    if (!m_session->isActive())
        return false;
    auto journal = std::make_unique<Journal>();
    if (!journal->open(path())) {
        m_error = journal->errorString();
        qCWarning(lcSession) << "the offline journal could not be opened:" << m_error;
        return false;
    }
    m_error.clear();
    m_journal = std::move(journal);
    m_sync = std::make_unique<Sync>(m_journal.get(), m_client);
    m_sync->setRetryDelays(m_firstRetryMs, m_maxRetryMs);
    m_sync->setActiveEntriesHardLimit(m_session->info().timesheetConfig.activeEntriesHardLimit);
    if (m_tags) {
        TagEnsurer *tags = m_tags;
        m_sync->setTagPreparer([tags](const QStringList &names, QObject *context, std::function<void()> then) {
            tags->ensure(names, context, [then](const QStringList &) { then(); });
        });
    }
    connect(m_journal.get(), &Journal::changed, this, [this] {
        m_unfinishedValid = false;
        Q_EMIT changed();
    });
    connect(m_sync.get(), &Sync::statusChanged, this, [this](Sync::Status status) {
        // Network changes are watched from the first time Kimai could not be reached (the backend
        // costs something to load; most sessions never need it).
        if (status == Sync::Status::Offline)
            m_sync->watchNetworkChanges();
        Q_EMIT changed();
    });
    connect(m_sync.get(), &Sync::actionReplayed, this, [this](qint64 id, int serverId) {
        m_sentInRun = true;
        if (const std::optional<A> a = m_journal->action(id))
            Q_EMIT replayed(*a, serverId);
    });
    connect(m_sync.get(), &Sync::drained, this, [this] {
        Q_EMIT drained(std::exchange(m_sentInRun, false));
    });
    connect(m_sync.get(), &Sync::loginNeeded, this, &OfflineWork::loginNeeded);
    qCInfo(lcSession) << "offline journal open:" << m_journal->waitingCount() << "waiting";
    Q_EMIT changed();
    return true;
}

void OfflineWork::close()
{
    if (!m_journal)
        return;
    m_sync.reset();
    m_journal.reset();
    m_unfinished.clear();
    m_unfinishedValid = false;
    Q_EMIT changed();
}

const QList<JournalAction> &OfflineWork::unfinished() const
{
    if (!m_unfinishedValid) {
        m_unfinished = m_journal ? m_journal->unfinished() : QList<A>();
        m_unfinishedValid = true;
    }
    return m_unfinished;
}

QDateTime OfflineWork::now() const
{
    return m_session->serverNow().toUTC();
}

// The entry an action is about, as the user knows it: the server's id once there is one, else the
// local id of the action that makes it.
int OfflineWork::entryOf(const JournalAction &a) const
{
    if (a.createsEntry())
        return a.serverId > 0 ? a.serverId : localId(a.id);
    if (a.entry.serverId > 0)
        return a.entry.serverId;
    const int server = m_journal ? m_journal->resolve(a.entry) : 0;
    return server > 0 ? server : localId(a.entry.localAction);
}

EntryRef OfflineWork::refOf(int entryId)
{
    return isLocal(entryId) ? EntryRef::local(-qint64(entryId)) : EntryRef::server(entryId);
}

int OfflineWork::currentId(int entryId) const
{
    if (!isLocal(entryId) || !m_journal)
        return entryId;
    const int server = m_journal->resolve(EntryRef::local(-qint64(entryId)));
    return server > 0 ? server : entryId;
}

bool OfflineWork::mustQueue(int entryId) const
{
    // A session that started without Kimai journals everything until Kimai answers.
    if (isLocal(entryId) || (m_session->isActive() && m_session->info().offline))
        return true;
    if (!m_journal)
        return false;
    for (const A &a : unfinished()) {
        if (a.state != A::State::Conflict || (entryId > 0 && entryOf(a) == entryId))
            return true;
    }
    return false;
}

qint64 OfflineWork::append(const JournalAction &action)
{
    if (!open())
        return 0;
    const qint64 id = m_journal->append(action);
    if (id == 0) {
        m_error = m_journal->errorString();
        qCWarning(lcSession) << "a change could not be written to the offline journal:" << m_error;
    }
    return id;
}

EntryFields OfflineWork::knownFields(const Timesheet &t)
{
    EntryFields f;
    if (t.projectId > 0)
        f.project = t.projectId;
    if (t.activityId > 0)
        f.activity = t.activityId;
    if (t.begin.isValid())
        f.begin = t.begin.toUTC();
    f.description = t.description;
    f.tags = t.tags;
    return f;
}

qint64 OfflineWork::queueStart(const Timesheet &entry, const QList<int> &knownRunning, bool mayHaveLanded)
{
    A a = A::start(entry.projectId, entry.activityId, entry.description, entry.tags, entry.begin, knownRunning);
    if (mayHaveLanded)
        a.state = A::State::Sending;
    return append(a);
}

qint64 OfflineWork::queueStop(const Timesheet &entry, const QDateTime &end)
{
    return append(A::stop(refOf(entry.id), end, knownFields(entry)));
}

qint64 OfflineWork::queueEdit(int entryId, const EntryFields &changes)
{
    return append(A::edit(refOf(entryId), changes, now()));
}

qint64 OfflineWork::queueCreate(const EntryFields &fields, bool mayHaveLanded)
{
    A a = A::create(fields, now());
    if (mayHaveLanded)
        a.state = A::State::Sending;
    return append(a);
}

qint64 OfflineWork::queueDelete(int entryId)
{
    return append(A::remove(refOf(entryId), now()));
}

QList<Timesheet> OfflineWork::runningView(const QList<Timesheet> &serverRunning) const
{
    QList<Timesheet> view = serverRunning;
    if (!m_journal)
        return view;
    const QTimeZone zone = m_session->userZone();
    for (const A &a : unfinished()) {
        const int id = entryOf(a);
        const auto it = std::find_if(view.begin(), view.end(), [id](const Timesheet &t) { return t.id == id; });
        if (a.createsEntry()) {
            if (a.fields.end || !isLocal(id) || !a.fields.begin)
                continue;   // a finished entry, or already on the server
            Timesheet t;
            t.id = id;
            t.begin = a.fields.begin->toTimeZone(zone);
            t.projectId = a.fields.project.value_or(0);
            t.activityId = a.fields.activity.value_or(0);
            t.description = a.fields.description.value_or(QString());
            t.tags = a.fields.tags.value_or(QStringList());
            view.prepend(t);
            continue;
        }
        if (it == view.end())
            continue;
        if (a.type == A::Type::Stop || a.type == A::Type::Delete || (a.type == A::Type::Edit && a.fields.end)) {
            view.erase(it);
            continue;
        }
        if (a.type == A::Type::Edit) {
            if (a.fields.project)
                it->projectId = *a.fields.project;
            if (a.fields.activity)
                it->activityId = *a.fields.activity;
            if (a.fields.begin)
                it->begin = a.fields.begin->toTimeZone(zone);
            if (a.fields.description)
                it->description = *a.fields.description;
            if (a.fields.tags)
                it->tags = *a.fields.tags;
            if (a.fields.project || a.fields.activity) {
                it->project.reset();   // the names come from the catalog
                it->activity.reset();
                it->customer.reset();
            }
        }
    }
    return view;
}

QSet<int> OfflineWork::unsentEntryIds() const
{
    QSet<int> ids;
    if (!m_journal)
        return ids;
    for (const A &a : unfinished())
        ids.insert(entryOf(a));
    return ids;
}

Sync::Status OfflineWork::status() const
{
    return m_sync ? m_sync->status() : Sync::Status::Idle;
}

int OfflineWork::waitingCount() const
{
    return int(std::count_if(unfinished().cbegin(), unfinished().cend(),
                             [](const A &a) { return a.state != A::State::Conflict; }));
}

int OfflineWork::attentionCount() const
{
    return int(unfinished().size()) - waitingCount();
}

QString OfflineWork::statusText() const
{
    if (!m_sync)
        return {};
    const int waiting = waitingCount();
    const int attention = attentionCount();
    switch (m_sync->status()) {
    case Sync::Status::Idle:
        // Appended a moment ago: the replay starts in the next turn.
        return waiting > 0 ? tr("%n change(s) waiting for Kimai", nullptr, waiting) : QString();
    case Sync::Status::NeedsAttention:
        return waiting > 0 ? tr("%n change(s) need attention, %1 waiting", nullptr, attention).arg(waiting)
                           : m_sync->statusText();
    default:
        return m_sync->statusText();
    }
}

QList<OfflineChange> OfflineWork::changes() const
{
    QList<OfflineChange> out;
    for (const A &a : unfinished()) {
        OfflineChange c;
        c.id = a.id;
        c.type = a.type;
        c.state = a.state;
        c.actedAt = a.actedAt;
        c.what = describe(a);
        c.lastError = a.lastError;
        c.conflict = a.conflict;
        c.conflictTitle = Sync::conflictTitle(a.conflict);
        c.detail = a.conflictDetail;
        c.choices = a.choices;
        c.fields = a.fields;
        out.append(c);
    }
    return out;
}

bool OfflineWork::resolve(qint64 actionId, JournalAction::Choice choice, const EntryFields &edited)
{
    if (!m_sync)
        return false;
    const std::optional<A> a = m_journal->action(actionId);
    if (!a || !m_sync->resolve(actionId, choice, edited))
        return false;
    if (choice == A::Choice::Discard)
        Q_EMIT discarded(entryOf(*a));
    return true;
}

void OfflineWork::retryNow()
{
    if (m_sync)
        m_sync->retryNow();
}

void OfflineWork::retryIfWaiting()
{
    if (m_sync && m_sync->status() == Sync::Status::Offline && waitingCount() > 0)
        m_sync->retryNow();
}

QString OfflineWork::titleOf(const EntryFields &f) const
{
    QStringList parts;
    const Project *p = f.project ? m_catalog->project(*f.project) : nullptr;
    const Activity *act = f.activity ? m_catalog->activity(*f.activity) : nullptr;
    if (p && !p->customerName.isEmpty())
        parts.append(p->customerName);
    if (p)
        parts.append(p->name);
    else if (f.project)
        parts.append(tr("project %1").arg(*f.project));
    if (act)
        parts.append(act->name);
    else if (f.activity)
        parts.append(tr("activity %1").arg(*f.activity));
    QString title = parts.join(QStringLiteral(" · "));
    const QString description = f.description.value_or(QString()).simplified();
    if (!description.isEmpty())
        title += QStringLiteral(" — ") + description;
    return title;
}

QString OfflineWork::describe(const JournalAction &a) const
{
    const QLocale locale;
    const QTimeZone zone = m_session->userZone();
    const auto at = [&locale, &zone](const std::optional<QDateTime> &t) {
        return t ? locale.toString(t->toTimeZone(zone), QLocale::ShortFormat) : QString();
    };
    const int entry = entryOf(a);
    const QString which = isLocal(entry) ? tr("the entry started offline") : tr("entry %1").arg(entry);
    switch (a.type) {
    case A::Type::Start:
        return tr("Start %1 at %2").arg(titleOf(a.fields), at(a.fields.begin));
    case A::Type::Stop: {
        const QString title = titleOf(a.fields);
        return tr("Stop %1 at %2").arg(title.isEmpty() ? which : title, at(a.fields.end));
    }
    case A::Type::Create:
        return tr("New entry %1, %2 to %3").arg(titleOf(a.fields), at(a.fields.begin), at(a.fields.end));
    case A::Type::Edit:
        return tr("Change %1").arg(which);
    case A::Type::Delete:
        return tr("Delete %1").arg(which);
    }
    return {};
}

} // namespace kd
