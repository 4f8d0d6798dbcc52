// Sync's conflicts: what a person is offered, how each choice is carried out, and the texts for them.

#include "session/sync.h"

#include "journal/journal.h"

#include <QLocale>

namespace kd {

using A = JournalAction;

void Sync::runningConflict(const JournalAction &a, const QList<Timesheet> &running, const QList<Timesheet> &theirs)
{
    QStringList lines;
    bool allBefore = true;
    for (const Timesheet &t : theirs) {
        const QString what = t.project && t.activity ? t.project->name + QStringLiteral(" · ") + t.activity->name
                                                     : tr("entry %1").arg(t.id);
        lines.append(tr("Kimai already runs %1, started %2 (entry %3).")
                         .arg(what, QLocale().toString(t.begin, QLocale::ShortFormat))
                         .arg(t.id));
        allBefore = allBefore && a.fields.begin && t.begin <= *a.fields.begin;
    }
    QList<A::Choice> choices;
    if (running.size() < m_hardLimit)
        choices.append(A::Choice::KeepBoth);
    if (allBefore)
        choices.append(A::Choice::StopTheirs);
    choices.append(A::Choice::Discard);
    conflict(a, A::Conflict::RunningElsewhere, lines.join(QLatin1Char('\n')), choices);
}

EntryFields Sync::recreateFields(const JournalAction &a) const
{
    // The entry as this client knew it: the start or create that made it, the edits made to it since,
    // then this action's own fields.
    EntryFields f;
    const int target = m_journal->resolve(a.entry);
    if (a.entry.localAction > 0) {
        if (const std::optional<A> maker = m_journal->action(a.entry.localAction))
            f = maker->fields;
    }
    for (const A &e : m_journal->actions()) {
        if (e.id >= a.id || e.type != A::Type::Edit || e.state == A::State::Discarded)
            continue;
        const bool same = (a.entry.localAction > 0 && e.entry.localAction == a.entry.localAction)
            || (target > 0 && e.entry.serverId == target);
        if (same)
            f = f.mergedWith(e.fields);
    }
    return f.mergedWith(a.fields);
}

bool Sync::resolve(qint64 actionId, JournalAction::Choice choice, const EntryFields &edited)
{
    if (!m_journal)
        return false;
    const std::optional<A> a = m_journal->action(actionId);
    if (!a || a->state != A::State::Conflict || !a->choices.contains(choice))
        return false;
    m_tagsPrepared.remove(actionId);   // "edit and retry" may bring new tags
    bool ok = false;
    if (choice == A::Choice::Discard) {
        ok = m_journal->discard(actionId);
    } else {
        A changed = *a;
        changed.choice = choice;
        if (choice == A::Choice::Retry) {
            changed.fields = a->fields.mergedWith(edited);
        } else if (choice == A::Choice::Recreate) {
            changed.type = A::Type::Create;
            changed.fields = recreateFields(*a).mergedWith(edited);
            changed.entry = EntryRef::server(m_journal->resolve(a->entry));
        }
        ok = m_journal->requeue(changed);
    }
    if (!ok)
        return false;
    // What runs on the server may have changed: later "running elsewhere" conflicts are looked at again.
    for (const A &c : m_journal->conflicts()) {
        if (c.id > actionId && c.conflict == A::Conflict::RunningElsewhere) {
            A again = c;
            again.choice = A::Choice::None;
            m_journal->requeue(again);
        }
    }
    if (m_status != Status::Offline && m_status != Status::NeedsLogin)
        retryNow();
    return true;
}

QString Sync::statusText() const
{
    const int waiting = waitingCount();
    switch (m_status) {
    case Status::Idle:
        return {};
    case Status::Replaying:
        return tr("Sending %n change(s) to Kimai…", nullptr, waiting);
    case Status::Offline:
        return tr("Offline — %n change(s) waiting", nullptr, waiting);
    case Status::NeedsLogin:
        return tr("Log in again to send %n waiting change(s)", nullptr, waiting);
    case Status::NeedsAttention:
        return tr("%n change(s) need attention", nullptr, m_journal ? m_journal->conflictCount() : 0);
    }
    return {};
}

QString Sync::conflictTitle(JournalAction::Conflict conflict)
{
    switch (conflict) {
    case A::Conflict::None:
        return {};
    case A::Conflict::RunningElsewhere:
        return tr("Another timer is running in Kimai");
    case A::Conflict::DeletedOnServer:
        return tr("Deleted in Kimai");
    case A::Conflict::Refused:
        return tr("Refused by Kimai");
    }
    return {};
}

QString Sync::choiceLabel(JournalAction::Choice choice)
{
    switch (choice) {
    case A::Choice::None:
        return {};
    case A::Choice::KeepBoth:
        return tr("Keep both running");
    case A::Choice::StopTheirs:
        return tr("Stop the other timer when mine started");
    case A::Choice::Recreate:
        return tr("Create it again");
    case A::Choice::Retry:
        return tr("Edit and retry");
    case A::Choice::Discard:
        return tr("Discard my change");
    }
    return {};
}

} // namespace kd
