#include "journal/journalschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kd::JournalSchema {

const QList<Step> &steps()
{
    static const QList<Step> list = {
        // 1: one row per action, in the order the user acted. Instants are ISO 8601 UTC text; a NULL
        // field is "not set" (for an edit: unchanged), tags are comma-separated names ('' = none).
        {1,
         {QStringLiteral("CREATE TABLE actions ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " type TEXT NOT NULL,"
                         " state TEXT NOT NULL DEFAULT 'pending',"
                         " acted_at TEXT NOT NULL,"
                         " entry_id INTEGER,"
                         " entry_ref INTEGER REFERENCES actions(id),"
                         " project INTEGER,"
                         " activity INTEGER,"
                         " begin_at TEXT,"
                         " end_at TEXT,"
                         " description TEXT,"
                         " tags TEXT,"
                         " server_id INTEGER,"
                         " conflict TEXT,"
                         " conflict_detail TEXT)"),
          QStringLiteral("CREATE INDEX actions_state ON actions(state)")}},
        // 2: conflicts offer choices and remember the one being carried out; starts remember which
        // entries were running then; retries are counted with their last error. Conflicts written by
        // version 1 carry no choices: they are checked again on the next replay.
        {2,
         {QStringLiteral("ALTER TABLE actions ADD COLUMN known_running TEXT"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN choices TEXT"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN choice TEXT"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN last_error TEXT"),
          QStringLiteral("UPDATE actions SET state = 'pending', conflict = NULL, conflict_detail = NULL"
                         " WHERE state = 'conflict'")}},
        // 3: the entry editor's changes journalled too: the break (seconds), billable (0/1) and the
        // owner of another user's entry made again.
        {3,
         {QStringLiteral("ALTER TABLE actions ADD COLUMN break_seconds INTEGER"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN billable INTEGER"),
          QStringLiteral("ALTER TABLE actions ADD COLUMN user_id INTEGER")}},
    };
    return list;
}

int latestVersion()
{
    return steps().constLast().version;
}

int versionOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    const int current = versionOf(db);
    if (current < 0) {
        *error = QCoreApplication::translate("kd::Journal", "The journal file could not be read: %1")
                     .arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        *error = QCoreApplication::translate("kd::Journal",
                                             "The journal file was written by a newer version of Kimai Desk "
                                             "(format %1; this version knows up to %2). It was left unchanged.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = step.statements;
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                *error = QCoreApplication::translate("kd::Journal", "Updating the journal file to format %1 failed: %2")
                             .arg(step.version)
                             .arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace kd::JournalSchema
