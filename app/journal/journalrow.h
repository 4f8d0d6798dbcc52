#pragma once

// How a JournalAction is stored in a row of the `actions` table (see JournalSchema): instants as
// ISO 8601 UTC text, a NULL field for "not set", lists as comma-separated text. Used by Journal only.

#include "journal/journalaction.h"

#include <QVariant>

class QSqlQuery;

namespace kd::JournalRow {

// The columns read(), in order.
QString columns();
// The values of type, entry_id, entry_ref, project, activity, begin_at, end_at, description, tags,
// known_running and choice, in this order.
QVariantList values(const JournalAction &action);
JournalAction read(const QSqlQuery &query);

QString instant(const QDateTime &t);
QVariant optInt(int v);   // 0 or less: NULL
QString choiceList(const QList<JournalAction::Choice> &choices);

} // namespace kd::JournalRow
