#include "journal/journalaction.h"

#include <array>
#include <utility>

namespace kd {

EntryFields EntryFields::mergedWith(const EntryFields &other) const
{
    EntryFields out = *this;
    if (other.project)
        out.project = other.project;
    if (other.activity)
        out.activity = other.activity;
    if (other.begin)
        out.begin = other.begin;
    if (other.end)
        out.end = other.end;
    if (other.description)
        out.description = other.description;
    if (other.tags)
        out.tags = other.tags;
    if (other.breakSeconds)
        out.breakSeconds = other.breakSeconds;
    if (other.billable)
        out.billable = other.billable;
    if (other.user)
        out.user = other.user;
    return out;
}

JournalAction JournalAction::start(int project, int activity, const QString &description, const QStringList &tags,
                                   const QDateTime &begin, const QList<int> &knownRunning)
{
    JournalAction a;
    a.type = Type::Start;
    a.actedAt = begin.toUTC();
    a.fields.project = project;
    a.fields.activity = activity;
    a.fields.begin = begin.toUTC();
    a.fields.description = description;
    a.fields.tags = tags;
    a.knownRunning = knownRunning;
    return a;
}

JournalAction JournalAction::stop(const EntryRef &entry, const QDateTime &end, const EntryFields &entryAsKnown)
{
    JournalAction a;
    a.type = Type::Stop;
    a.actedAt = end.toUTC();
    a.entry = entry;
    a.fields = entryAsKnown;
    a.fields.end = end.toUTC();
    return a;
}

JournalAction JournalAction::create(const EntryFields &fields, const QDateTime &actedAt)
{
    JournalAction a;
    a.type = Type::Create;
    a.actedAt = actedAt.toUTC();
    a.fields = fields;
    return a;
}

JournalAction JournalAction::edit(const EntryRef &entry, const EntryFields &changes, const QDateTime &actedAt)
{
    JournalAction a;
    a.type = Type::Edit;
    a.actedAt = actedAt.toUTC();
    a.entry = entry;
    a.fields = changes;
    return a;
}

JournalAction JournalAction::remove(const EntryRef &entry, const QDateTime &actedAt)
{
    JournalAction a;
    a.type = Type::Delete;
    a.actedAt = actedAt.toUTC();
    a.entry = entry;
    return a;
}

namespace {

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

using T = JournalAction::Type;
using S = JournalAction::State;
using C = JournalAction::Conflict;
using Ch = JournalAction::Choice;

constexpr std::array<std::pair<T, const char *>, 5> kTypes{{
    {T::Start, "start"}, {T::Stop, "stop"}, {T::Create, "create"}, {T::Edit, "edit"}, {T::Delete, "delete"}}};
constexpr std::array<std::pair<S, const char *>, 5> kStates{{
    {S::Pending, "pending"}, {S::Sending, "sending"}, {S::Done, "done"}, {S::Conflict, "conflict"},
    {S::Discarded, "discarded"}}};
constexpr std::array<std::pair<C, const char *>, 4> kConflicts{{
    {C::None, ""}, {C::RunningElsewhere, "running_elsewhere"}, {C::DeletedOnServer, "deleted_on_server"},
    {C::Refused, "refused"}}};
constexpr std::array<std::pair<Ch, const char *>, 6> kChoices{{
    {Ch::None, ""}, {Ch::KeepBoth, "keep_both"}, {Ch::StopTheirs, "stop_theirs"}, {Ch::Recreate, "recreate"},
    {Ch::Retry, "retry"}, {Ch::Discard, "discard"}}};

} // namespace

QString JournalAction::typeName(Type type) { return nameOf(kTypes, type); }
QString JournalAction::stateName(State state) { return nameOf(kStates, state); }
QString JournalAction::conflictName(Conflict conflict) { return nameOf(kConflicts, conflict); }
QString JournalAction::choiceName(Choice choice) { return nameOf(kChoices, choice); }
std::optional<JournalAction::Type> JournalAction::typeFromName(const QString &name) { return valueOf(kTypes, name); }
std::optional<JournalAction::State> JournalAction::stateFromName(const QString &name) { return valueOf(kStates, name); }

JournalAction::Conflict JournalAction::conflictFromName(const QString &name)
{
    return valueOf(kConflicts, name).value_or(Conflict::None);
}

JournalAction::Choice JournalAction::choiceFromName(const QString &name)
{
    return valueOf(kChoices, name).value_or(Choice::None);
}

} // namespace kd
