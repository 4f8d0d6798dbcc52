#include "journal/journalrow.h"

#include <QSqlQuery>

namespace kd::JournalRow {

using A = JournalAction;

QString columns()
{
    return QStringLiteral(
        "id, type, state, acted_at, entry_id, entry_ref, project, activity, begin_at, end_at, description, tags,"
        " server_id, conflict, conflict_detail, known_running, choices, choice, attempts, last_error, break_seconds,"
        " billable, user_id");
}

QString instant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant optInt(int v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

namespace {

QVariant optInstant(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QVariant(instant(*t)) : QVariant();
}

QVariant optInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// A set but empty text is '' (Qt SQL binds a null QString as NULL, which means "not set").
QVariant optText(const std::optional<QString> &v)
{
    if (!v)
        return {};
    return v->isNull() ? QVariant(QString::fromLatin1("")) : QVariant(*v);
}

QVariant optTags(const std::optional<QStringList> &tags)
{
    return tags ? optText(tags->join(QLatin1Char(','))) : QVariant();
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (const int id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QStringList split(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

} // namespace

QString choiceList(const QList<A::Choice> &choices)
{
    QStringList parts;
    for (const A::Choice c : choices)
        parts.append(A::choiceName(c));
    return parts.join(QLatin1Char(','));
}

QVariantList values(const JournalAction &a)
{
    return {A::typeName(a.type),
            optInt(a.entry.serverId),
            a.entry.localAction > 0 ? QVariant(a.entry.localAction) : QVariant(),
            optInt(a.fields.project),
            optInt(a.fields.activity),
            optInstant(a.fields.begin),
            optInstant(a.fields.end),
            optText(a.fields.description),
            optTags(a.fields.tags),
            a.fields.breakSeconds ? QVariant(*a.fields.breakSeconds) : QVariant(),
            a.fields.billable ? QVariant(*a.fields.billable ? 1 : 0) : QVariant(),
            optInt(a.fields.user),
            a.knownRunning.isEmpty() ? QVariant() : QVariant(idList(a.knownRunning)),
            a.choice == A::Choice::None ? QVariant() : QVariant(A::choiceName(a.choice))};
}

JournalAction read(const QSqlQuery &q)
{
    JournalAction a;
    a.id = q.value(0).toLongLong();
    a.type = A::typeFromName(q.value(1).toString()).value_or(A::Type::Start);
    a.state = A::stateFromName(q.value(2).toString()).value_or(A::State::Pending);
    a.actedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    a.entry.serverId = q.value(4).toInt();
    a.entry.localAction = q.value(5).toLongLong();
    if (!q.isNull(6))
        a.fields.project = q.value(6).toInt();
    if (!q.isNull(7))
        a.fields.activity = q.value(7).toInt();
    if (!q.isNull(8))
        a.fields.begin = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    if (!q.isNull(9))
        a.fields.end = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    if (!q.isNull(10))
        a.fields.description = q.value(10).toString();
    if (!q.isNull(11))
        a.fields.tags = split(q.value(11).toString());
    a.serverId = q.value(12).toInt();
    a.conflict = A::conflictFromName(q.value(13).toString());
    a.conflictDetail = q.value(14).toString();
    for (const QString &id : split(q.value(15).toString()))
        a.knownRunning.append(id.toInt());
    for (const QString &c : split(q.value(16).toString()))
        a.choices.append(A::choiceFromName(c));
    a.choice = A::choiceFromName(q.value(17).toString());
    a.attempts = q.value(18).toInt();
    a.lastError = q.value(19).toString();
    if (!q.isNull(20))
        a.fields.breakSeconds = q.value(20).toLongLong();
    if (!q.isNull(21))
        a.fields.billable = q.value(21).toInt() != 0;
    if (!q.isNull(22))
        a.fields.user = q.value(22).toInt();
    return a;
}

} // namespace kd::JournalRow
