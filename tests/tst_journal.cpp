// The journal file on its own: real SQLite files in a temporary folder. Appending and reading back
// every kind of action, the order, the state transitions, the pragmas that make it durable, reopening,
// two connections on one file, the replay lock, and migrating files of older (and newer) formats.

#include "journal/journal.h"
#include "journal/journalschema.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using A = JournalAction;

namespace {

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute, second), Qt::UTC);
}

// Runs SQL on a file outside the Journal class (as an older build, or another tool, would).
bool rawExec(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                ok = false;
                if (error)
                    *error = q.lastError().text() + QStringLiteral(" in ") + sql;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int rawInt(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("rawint-") + path;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The format-1 schema exactly as the first journal build wrote it (JournalSchema step 1), frozen here
// so that a later change to the steps cannot change what "a version 1 file" is.
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE actions (id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL,"
                   " state TEXT NOT NULL DEFAULT 'pending', acted_at TEXT NOT NULL, entry_id INTEGER,"
                   " entry_ref INTEGER REFERENCES actions(id), project INTEGER, activity INTEGER, begin_at TEXT,"
                   " end_at TEXT, description TEXT, tags TEXT, server_id INTEGER, conflict TEXT,"
                   " conflict_detail TEXT)"),
    QStringLiteral("CREATE INDEX actions_state ON actions(state)"),
    QStringLiteral("PRAGMA user_version = 1"),
};

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("j%1/journal.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openSetsDurablePragmas()
    {
        Journal j;
        const QString path = newPath();
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        QVERIFY(j.isOpen());
        QCOMPARE(j.pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(j.pragma(QStringLiteral("synchronous")), QStringLiteral("2"));   // FULL
        QCOMPARE(j.schemaVersion(), JournalSchema::latestVersion());
        QCOMPARE(j.schemaVersion(), 3);
        QVERIFY(QFile::exists(path));
        // Work descriptions are private: only the owner may read the file.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(j.actions().isEmpty());
    }

    void pathForProfileIsUnderTheDataDirectory()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(!data.isEmpty());
        QCOMPARE(Journal::pathForProfile(QStringLiteral("0f3c-11aa")),
                 data + QStringLiteral("/kimai-desk/journal/0f3c-11aa.sqlite"));
        // Nothing in an id can leave the folder.
        QCOMPARE(Journal::pathForProfile(QStringLiteral("../../etc/x")),
                 data + QStringLiteral("/kimai-desk/journal/______etc_x.sqlite"));
        QCOMPARE(Journal::pathForProfile({}), data + QStringLiteral("/kimai-desk/journal/default.sqlite"));
    }

    void appendAndReadEveryKind()
    {
        Journal j;
        QVERIFY(j.open(newPath()));
        QSignalSpy appended(&j, &Journal::appended);

        const qint64 start = j.append(A::start(3, 7, QStringLiteral("Sprint review"), {QStringLiteral("a"), QStringLiteral("b")},
                                               at(9, 0, 42), {41, 42}));
        QVERIFY(start > 0);
        const qint64 stop = j.append(A::stop(EntryRef::local(start), at(9, 30, 5)));
        EntryFields created;
        created.project = 4;
        created.activity = 8;
        created.begin = at(7, 0);
        created.end = at(8, 0);
        created.description = QString();   // set, but empty
        created.tags = QStringList();      // set, no tags
        created.breakSeconds = 1800;
        created.billable = false;          // set, and false
        created.user = 2;                  // another user's entry made again
        const qint64 create = j.append(A::create(created, at(10, 0)));
        EntryFields changes;
        changes.description = QStringLiteral("Renamed, with, commas");
        const qint64 edit = j.append(A::edit(EntryRef::server(555), changes, at(10, 1)));
        const qint64 removal = j.append(A::remove(EntryRef::server(556), at(10, 2)));
        QCOMPARE(appended.count(), 5);
        QVERIFY(start < stop && stop < create && create < edit && edit < removal);

        const QList<JournalAction> all = j.actions();
        QCOMPARE(all.size(), 5);
        const A &s = all[0];
        QCOMPARE(s.id, start);
        QCOMPARE(s.type, A::Type::Start);
        QCOMPARE(s.state, A::State::Pending);
        QCOMPARE(s.actedAt, at(9, 0, 42));
        QCOMPARE(s.fields.project, std::optional<int>(3));
        QCOMPARE(s.fields.activity, std::optional<int>(7));
        QCOMPARE(s.fields.begin, std::optional<QDateTime>(at(9, 0, 42)));
        QVERIFY(!s.fields.end);
        QCOMPARE(s.fields.description, std::optional<QString>(QStringLiteral("Sprint review")));
        QCOMPARE(s.fields.tags, std::optional<QStringList>({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(s.knownRunning, QList<int>({41, 42}));
        QCOMPARE(s.serverId, 0);

        QCOMPARE(all[1].type, A::Type::Stop);
        QCOMPARE(all[1].entry.localAction, start);
        QCOMPARE(all[1].entry.serverId, 0);
        QCOMPARE(all[1].fields.end, std::optional<QDateTime>(at(9, 30, 5)));
        QVERIFY(!all[1].fields.project && !all[1].fields.description && !all[1].fields.tags);

        QCOMPARE(all[2].type, A::Type::Create);
        QCOMPARE(all[2].fields, created);
        QVERIFY(all[2].fields.description.has_value());
        QVERIFY(all[2].fields.description->isEmpty());
        QVERIFY(all[2].fields.tags.has_value());
        QVERIFY(all[2].fields.tags->isEmpty());
        QCOMPARE(all[2].fields.breakSeconds, std::optional<qint64>(1800));
        QCOMPARE(all[2].fields.billable, std::optional<bool>(false));
        QCOMPARE(all[2].fields.user, std::optional<int>(2));
        QVERIFY(!all[0].fields.breakSeconds && !all[0].fields.billable);

        QCOMPARE(all[3].type, A::Type::Edit);
        QCOMPARE(all[3].entry.serverId, 555);
        QCOMPARE(all[3].fields, changes);
        QCOMPARE(all[4].type, A::Type::Delete);
        QCOMPARE(all[4].entry.serverId, 556);
        QVERIFY(all[4].fields.isEmpty());

        QCOMPARE(j.waitingCount(), 5);
        QCOMPARE(j.firstWaiting()->id, start);
        QCOMPARE(j.firstWaiting()->state, A::State::Pending);

        // A start whose first attempt may have reached Kimai is journalled "sending"; other kinds
        // and states are always journalled pending.
        A doubtful = A::start(3, 7, {}, {}, at(11, 0));
        doubtful.state = A::State::Sending;
        QCOMPARE(j.action(j.append(doubtful))->state, A::State::Sending);
        A stopSending = A::stop(EntryRef::server(1), at(11, 5));
        stopSending.state = A::State::Sending;
        QCOMPARE(j.action(j.append(stopSending))->state, A::State::Pending);
        A done = A::start(3, 7, {}, {}, at(11, 0));
        done.state = A::State::Done;
        QCOMPARE(j.action(j.append(done))->state, A::State::Pending);
        QCOMPARE(j.action(edit)->fields, changes);
        QVERIFY(!j.action(removal + 100));
    }

    void statesAndReplaySteps()
    {
        Journal j;
        QVERIFY(j.open(newPath()));
        const qint64 start = j.append(A::start(3, 7, {}, {}, at(9, 0)));
        const qint64 stop = j.append(A::stop(EntryRef::local(start), at(9, 30)));
        QCOMPARE(j.resolve(EntryRef::local(start)), 0);   // not on the server yet
        QCOMPARE(j.resolve(EntryRef::server(12)), 12);

        QVERIFY(j.markSending(start));
        QCOMPARE(j.action(start)->state, A::State::Sending);
        QCOMPARE(j.action(start)->attempts, 1);
        QVERIFY(j.markSending(start));   // sent again after a read-back found nothing
        QCOMPARE(j.action(start)->attempts, 2);
        QCOMPARE(j.waitingCount(), 2);

        QVERIFY(j.noteFailure(start, QStringLiteral("no answer")));
        QCOMPARE(j.action(start)->lastError, QStringLiteral("no answer"));
        QVERIFY(j.markDone(start, 901));
        const A done = *j.action(start);
        QCOMPARE(done.state, A::State::Done);
        QCOMPARE(done.serverId, 901);
        QVERIFY(done.lastError.isEmpty());
        QCOMPARE(j.resolve(EntryRef::local(start)), 901);
        QVERIFY(j.isClaimed(901, stop));
        QVERIFY(!j.isClaimed(901, start));
        QVERIFY(!j.markSending(start));   // done stays done
        QCOMPARE(j.action(start)->state, A::State::Done);

        QVERIFY(j.markConflict(stop, A::Conflict::DeletedOnServer, QStringLiteral("gone"),
                               {A::Choice::Recreate, A::Choice::Discard}));
        A c = *j.action(stop);
        QCOMPARE(c.state, A::State::Conflict);
        QCOMPARE(c.conflict, A::Conflict::DeletedOnServer);
        QCOMPARE(c.conflictDetail, QStringLiteral("gone"));
        QCOMPARE(c.choices, QList<A::Choice>({A::Choice::Recreate, A::Choice::Discard}));
        QCOMPARE(j.conflictCount(), 1);
        QCOMPARE(j.conflicts().size(), 1);
        QCOMPARE(j.waitingCount(), 0);
        QCOMPARE(j.unfinished().size(), 1);

        // Resolved: back to pending with what it is to do now.
        c.choice = A::Choice::Retry;
        c.fields.end = at(9, 45);
        c.fields.breakSeconds = 600;
        QVERIFY(j.requeue(c));
        const A requeued = *j.action(stop);
        QCOMPARE(requeued.state, A::State::Pending);
        QCOMPARE(requeued.conflict, A::Conflict::None);
        QVERIFY(requeued.choices.isEmpty());
        QCOMPARE(requeued.choice, A::Choice::Retry);
        QCOMPARE(requeued.fields.end, std::optional<QDateTime>(at(9, 45)));
        QCOMPARE(requeued.fields.breakSeconds, std::optional<qint64>(600));
        QVERIFY(!j.requeue(done));   // only unfinished actions are requeued

        QCOMPARE(j.entryIds(), QSet<int>({901}));
    }

    void discardTakesTheEntrysActionsAlong()
    {
        Journal j;
        QVERIFY(j.open(newPath()));
        const qint64 start = j.append(A::start(3, 7, {}, {}, at(9, 0)));
        const qint64 edit = j.append(A::edit(EntryRef::local(start), EntryFields{.description = QStringLiteral("x")}, at(9, 5)));
        const qint64 other = j.append(A::start(3, 7, {}, {}, at(9, 10)));
        const qint64 stop = j.append(A::stop(EntryRef::local(start), at(9, 30)));
        QVERIFY(j.markConflict(start, A::Conflict::RunningElsewhere, {}, {A::Choice::Discard}));
        QVERIFY(j.discard(start));
        QCOMPARE(j.action(start)->state, A::State::Discarded);
        QCOMPARE(j.action(edit)->state, A::State::Discarded);
        QCOMPARE(j.action(stop)->state, A::State::Discarded);
        QCOMPARE(j.action(other)->state, A::State::Pending);
        QVERIFY(!j.discard(start));   // nothing left to discard
    }

    void recreatedEntryTakesOverLaterActions()
    {
        Journal j;
        QVERIFY(j.open(newPath()));
        const qint64 start = j.append(A::start(3, 7, {}, {}, at(9, 0)));
        QVERIFY(j.markDone(start, 700));
        const qint64 edit = j.append(A::edit(EntryRef::server(700), EntryFields{.description = QStringLiteral("x")}, at(9, 5)));
        const qint64 stop = j.append(A::stop(EntryRef::local(start), at(9, 30)));
        const qint64 unrelated = j.append(A::remove(EntryRef::server(800), at(9, 31)));
        // The edit found entry 700 deleted; the person chose "recreate": it becomes a create.
        A recreate = *j.action(edit);
        recreate.type = A::Type::Create;
        recreate.fields.project = 3;
        recreate.fields.activity = 7;
        recreate.fields.begin = at(9, 0);
        QVERIFY(j.requeue(recreate));
        QVERIFY(j.markDone(edit, 701));
        QCOMPARE(j.action(stop)->entry.serverId, 701);
        QCOMPARE(j.action(stop)->entry.localAction, 0);
        QCOMPARE(j.resolve(j.action(stop)->entry), 701);
        QCOMPARE(j.action(unrelated)->entry.serverId, 800);
    }

    void purgeKeepsWhatIsStillReferred()
    {
        Journal j;
        QVERIFY(j.open(newPath()));
        const qint64 a = j.append(A::start(3, 7, {}, {}, at(9, 0)));
        const qint64 b = j.append(A::start(3, 7, {}, {}, at(10, 0)));
        const qint64 stopB = j.append(A::stop(EntryRef::local(b), at(10, 30)));
        const qint64 recent = j.append(A::start(3, 7, {}, {}, at(23, 0)));
        QVERIFY(j.markDone(a, 1));
        QVERIFY(j.markDone(b, 2));
        QVERIFY(j.markDone(recent, 3));
        QCOMPARE(j.purgeFinished(at(12, 0)), 1);   // b is still needed by its stop; `recent` is too new
        QVERIFY(!j.action(a));
        QVERIFY(j.action(b));
        QVERIFY(j.action(recent));
        QVERIFY(j.markDone(stopB, 2));
        QCOMPARE(j.purgeFinished(at(12, 0)), 2);
        QCOMPARE(j.actions().size(), 1);
        // Ids are never reused.
        QVERIFY(j.append(A::start(3, 7, {}, {}, at(9, 0))) > recent);
    }

    void reopenAfterClose()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            Journal j;
            QVERIFY(j.open(path));
            id = j.append(A::start(3, 7, QStringLiteral("kept"), {}, at(9, 0)));
            QVERIFY(j.markSending(id));
            j.close();
            QVERIFY(!j.isOpen());
            QCOMPARE(j.append(A::start(3, 7, {}, {}, at(9, 0))), 0);   // closed: refused, with a reason
            QVERIFY(!j.errorString().isEmpty());
        }
        Journal again;
        QVERIFY(again.open(path));
        const QList<JournalAction> all = again.actions();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, id);
        QCOMPARE(all[0].state, A::State::Sending);   // found "sending": the replay will read back first
        QCOMPARE(all[0].fields.description, std::optional<QString>(QStringLiteral("kept")));
    }

    void twoConnectionsSeeEachOthersCommits()
    {
        const QString path = newPath();
        Journal window;
        Journal command;   // e.g. a scripted --start while the window runs
        QVERIFY(window.open(path));
        QVERIFY(command.open(path));
        const qint64 id = command.append(A::start(3, 7, {}, {}, at(9, 0)));
        QVERIFY(id > 0);
        QCOMPARE(window.waitingCount(), 1);
        QCOMPARE(window.firstWaiting()->id, id);

        // One replayer at a time.
        QVERIFY(window.lockReplay());
        QVERIFY(window.lockReplay());   // held already
        QVERIFY(!command.lockReplay());
        window.unlockReplay();
        QVERIFY(command.lockReplay());
        command.close();   // closing lets go of the lock
        QVERIFY(window.lockReplay());
    }

    // A replayer killed while it wrote the lock leaves it empty: not a lock for ever (the next
    // replayer waited without end), but not taken while someone may be writing it either.
    void anEmptyLockLeftByAKilledReplayerGoesStale()
    {
        const QString path = newPath();
        Journal j;
        QVERIFY(j.open(path));
        QFile lock(path + QStringLiteral(".replay.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(!j.lockReplay());   // just written: its holder may be writing it still
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(j.lockReplay());
        j.unlockReplay();
        QVERIFY(!QFile::exists(lock.fileName()));
    }

    void migratesAVersion1File()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QString error;
        QStringList v1 = kVersion1;
        v1 << QStringLiteral("INSERT INTO actions (type, state, acted_at, project, activity, begin_at, description, tags)"
                             " VALUES ('start', 'pending', '2026-03-02T09:00:00.000Z', 3, 7, '2026-03-02T09:00:00.000Z',"
                             " 'old', 'x,y')")
           << QStringLiteral("INSERT INTO actions (type, state, acted_at, entry_ref, end_at)"
                             " VALUES ('stop', 'conflict', '2026-03-02T09:30:00.000Z', 1, '2026-03-02T09:30:00.000Z')")
           << QStringLiteral("UPDATE actions SET conflict = 'deleted_on_server', conflict_detail = 'gone' WHERE id = 2")
           << QStringLiteral("INSERT INTO actions (type, state, acted_at, entry_id, server_id)"
                             " VALUES ('delete', 'done', '2026-03-02T10:00:00.000Z', 77, 77)");
        QVERIFY2(rawExec(path, v1, &error), qPrintable(error));

        Journal j;
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), JournalSchema::latestVersion());
        QCOMPARE(JournalSchema::latestVersion(), 3);
        const QList<JournalAction> all = j.actions();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].type, A::Type::Start);
        QCOMPARE(all[0].fields.description, std::optional<QString>(QStringLiteral("old")));
        QCOMPARE(all[0].fields.tags, std::optional<QStringList>({QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(all[0].attempts, 0);
        QVERIFY(all[0].knownRunning.isEmpty());
        // A version-1 conflict had no choices: it is checked again.
        QCOMPARE(all[1].state, A::State::Pending);
        QCOMPARE(all[1].conflict, A::Conflict::None);
        QCOMPARE(all[1].entry.localAction, 1);
        QCOMPARE(all[2].state, A::State::Done);
        QCOMPARE(all[2].serverId, 77);
        // The new columns work.
        QVERIFY(j.markConflict(all[1].id, A::Conflict::Refused, QStringLiteral("no"), {A::Choice::Retry, A::Choice::Discard}));
        QCOMPARE(j.action(all[1].id)->choices.size(), 2);
        QVERIFY(j.append(A::start(1, 2, {}, {}, at(11, 0), {5})) > 3);
        // Version 3's columns: an edit's break and billable.
        QVERIFY(!all[0].fields.breakSeconds && !all[0].fields.billable);
        EntryFields changes;
        changes.breakSeconds = 900;
        changes.billable = true;
        const qint64 edit = j.append(A::edit(EntryRef::server(9), changes, at(11, 1)));
        QCOMPARE(j.action(edit)->fields, changes);
    }

    void failedStepIsRolledBack()
    {
        // A version-1 file that somehow has one of version 2's columns already: step 2 fails half-way
        // and must leave the file exactly at version 1.
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QStringList v1 = kVersion1;
        v1 << QStringLiteral("ALTER TABLE actions ADD COLUMN choices TEXT");
        QVERIFY(rawExec(path, v1));
        Journal j;
        QVERIFY(!j.open(path));
        QVERIFY(j.errorString().contains(QLatin1String("format 2")));
        QVERIFY(!j.isOpen());
        QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(rawInt(path, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('actions') WHERE name = 'known_running'")), 0);
    }

    void newerFileIsLeftAlone()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QStringList v99 = kVersion1;
        v99.last() = QStringLiteral("PRAGMA user_version = 99");
        QVERIFY(rawExec(path, v99));
        Journal j;
        QVERIFY(!j.open(path));
        QVERIFY(j.errorString().contains(QLatin1String("newer")));
        QCOMPARE(rawInt(path, QStringLiteral("PRAGMA user_version")), 99);
    }

    void unwritableFolderIsAClearError()
    {
        Journal j;
        QVERIFY(!j.open(QStringLiteral("/proc/kimai-desk-cannot/journal.sqlite")));
        QVERIFY(!j.errorString().isEmpty());
        QVERIFY(!j.isOpen());
        QCOMPARE(j.append(A::start(1, 2, {}, {}, at(9, 0))), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
