#pragma once

// The journal file's schema: a table of steps, each taking the file from one version to the next.
// `PRAGMA user_version` holds the version a file is at; a file from a newer build is not touched.

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace kd::JournalSchema {

struct Step
{
    int version;              // the version the file is at after this step
    QStringList statements;   // run in one transaction together with the version update
};

// Every step, oldest first. A new version appends a step; old steps never change.
const QList<Step> &steps();
int latestVersion();

// Brings `db` to the latest version, one transaction per step. False with `error` set when a step
// fails (that step is rolled back) or the file is newer than this build knows.
bool migrate(QSqlDatabase &db, QString *error);
int versionOf(QSqlDatabase &db);

} // namespace kd::JournalSchema
