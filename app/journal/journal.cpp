#include "journal/journal.h"

#include "journal/journalrow.h"
#include "journal/journalschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace kd {

namespace {

constexpr qint64 kUnreadableLockStaleMs = 2000;   // a replay lock nobody could have been writing still

const QString kUnfinished = QStringLiteral("state IN ('pending', 'sending', 'conflict')");

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kd-journal-%1").arg(++counter);
}

} // namespace

Journal::Journal(QObject *parent)
    : QObject(parent)
{
}

Journal::~Journal()
{
    close();
}

QString Journal::pathForProfile(const QString &profileId)
{
    QString name;
    for (const QChar c : profileId) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        name.append(safe ? c : QChar(u'_'));
    }
    if (name.isEmpty())
        name = QStringLiteral("default");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kimai-desk/journal/")
        + name + QStringLiteral(".sqlite");
}

bool Journal::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    return false;
}

bool Journal::open(const QString &path)
{
    close();
    m_error.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("The journal's folder could not be created"), info.absolutePath());
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_connection = connectionName();
    m_path = info.absoluteFilePath();
    QString what;
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        // Another process may be writing for a moment (a scripted command appending).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            what = tr("The journal file could not be opened");
            detail = db.lastError().text();
        } else {
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
            QSqlQuery q(db);
            // WAL: appends do not block readers; FULL: each commit is on disk before it returns.
            const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
                && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            if (!wal || !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
                what = tr("The journal file could not be set up");
                detail = q.lastError().text();
            } else {
                JournalSchema::migrate(db, &what);   // sets `what` when it fails
            }
        }
    }
    if (!what.isEmpty()) {
        close();   // the database handles above are gone: the connection can be removed cleanly
        return fail(what, detail);
    }
    return true;
}

void Journal::close()
{
    unlockReplay();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

bool Journal::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

int Journal::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return JournalSchema::versionOf(db);
}

QString Journal::pragma(const QString &name) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

bool Journal::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    if (!isOpen())
        return fail(tr("The journal is not open"), {});
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql))
        return fail(tr("The journal could not be written"), q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("The journal could not be written"), q.lastError().text());
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

QList<JournalAction> Journal::select(const QString &where, const QVariantList &values, const QString &tail) const
{
    QList<JournalAction> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + JournalRow::columns() + QStringLiteral(" FROM actions")
                   + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY id")
                   + tail)) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(JournalRow::read(q));
    return out;
}

int Journal::count(const QString &where) const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM actions WHERE ") + where) || !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 Journal::append(const JournalAction &action)
{
    if (!isOpen()) {
        fail(tr("The journal is not open"), {});
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO actions (type, entry_id, entry_ref, project, activity, begin_at, end_at,"
                             " description, tags, break_seconds, billable, user_id, known_running, choice, state, acted_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVariantList values = JournalRow::values(action);
    // A create whose first attempt may have reached Kimai is journalled as "sending": read back first.
    const bool sending = action.state == JournalAction::State::Sending && action.createsEntry();
    values.append(JournalAction::stateName(sending ? JournalAction::State::Sending : JournalAction::State::Pending));
    values.append(JournalRow::instant(action.actedAt.isValid() ? action.actedAt : QDateTime::currentDateTimeUtc()));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("The journal could not be written"), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT appended(id);
    Q_EMIT changed();
    return id;
}

std::optional<JournalAction> Journal::action(qint64 id) const
{
    const QList<JournalAction> rows = select(QStringLiteral("id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<JournalAction> Journal::actions() const
{
    return select({});
}

QList<JournalAction> Journal::unfinished() const
{
    return select(kUnfinished);
}

std::optional<JournalAction> Journal::firstWaiting() const
{
    const QList<JournalAction> rows = select(QStringLiteral("state IN ('pending', 'sending')"), {}, QStringLiteral(" LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<JournalAction> Journal::conflicts() const
{
    return select(QStringLiteral("state = 'conflict'"));
}

int Journal::waitingCount() const
{
    return count(QStringLiteral("state IN ('pending', 'sending')"));
}

int Journal::conflictCount() const
{
    return count(QStringLiteral("state = 'conflict'"));
}

int Journal::resolve(const EntryRef &entry) const
{
    if (entry.serverId > 0)
        return entry.serverId;
    if (entry.localAction <= 0)
        return 0;
    const std::optional<JournalAction> maker = action(entry.localAction);
    return maker && maker->state == JournalAction::State::Done ? maker->serverId : 0;
}

QSet<int> Journal::entryIds() const
{
    QSet<int> ids;
    if (!isOpen())
        return ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT server_id FROM actions WHERE server_id IS NOT NULL"
                               " UNION SELECT entry_id FROM actions WHERE entry_id IS NOT NULL")))
        return ids;
    while (q.next())
        ids.insert(q.value(0).toInt());
    return ids;
}

bool Journal::isClaimed(int serverId, qint64 except) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actions WHERE server_id = ? AND id != ?"
                             " AND type IN ('start', 'create') AND state != 'discarded'"));
    q.addBindValue(serverId);
    q.addBindValue(except);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

bool Journal::markSending(qint64 id)
{
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE actions SET state = 'sending', attempts = attempts + 1"
                             " WHERE id = ? AND state IN ('pending', 'sending')"),
              {id}, &rows))
        return false;
    if (rows != 1)
        return fail(tr("The action is no longer waiting"), QString::number(id));
    Q_EMIT changed();
    return true;
}

bool Journal::markDone(qint64 id, int serverId)
{
    const std::optional<JournalAction> a = action(id);
    if (!a)
        return fail(tr("The action is not in the journal"), QString::number(id));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("The journal could not be written"), db.lastError().text());
    bool ok = exec(QStringLiteral("UPDATE actions SET state = 'done', server_id = ?, last_error = NULL,"
                                  " conflict = NULL, conflict_detail = NULL, choices = NULL WHERE id = ?"),
                   {JournalRow::optInt(serverId), id});
    if (ok && a->type == JournalAction::Type::Create && a->entry.serverId > 0 && serverId > 0) {
        // A recreated entry: what was to happen to the deleted one happens to the new one.
        const int old = a->entry.serverId;
        ok = exec(QStringLiteral("UPDATE actions SET entry_id = ?, entry_ref = NULL WHERE id > ? AND ") + kUnfinished
                      + QStringLiteral(" AND (entry_id = ? OR entry_ref IN (SELECT id FROM actions WHERE server_id = ?))"),
                  {serverId, id, old, old});
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return fail(tr("The journal could not be written"), m_error);
    }
    Q_EMIT changed();
    return true;
}

bool Journal::markConflict(qint64 id, JournalAction::Conflict kind, const QString &detail,
                           const QList<JournalAction::Choice> &choices)
{
    if (!exec(QStringLiteral("UPDATE actions SET state = 'conflict', conflict = ?, conflict_detail = ?, choices = ?,"
                             " choice = NULL WHERE id = ?"),
              {JournalAction::conflictName(kind), detail, JournalRow::choiceList(choices), id}))
        return false;
    Q_EMIT changed();
    return true;
}

bool Journal::noteFailure(qint64 id, const QString &error)
{
    if (!exec(QStringLiteral("UPDATE actions SET last_error = ? WHERE id = ?"), {error, id}))
        return false;
    Q_EMIT changed();
    return true;
}

bool Journal::requeue(const JournalAction &a)
{
    QVariantList values = JournalRow::values(a);
    values.append(a.id);
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE actions SET type = ?, entry_id = ?, entry_ref = ?, project = ?, activity = ?,"
                             " begin_at = ?, end_at = ?, description = ?, tags = ?, break_seconds = ?, billable = ?, user_id = ?,"
                             " known_running = ?, choice = ?,"
                             " state = 'pending', conflict = NULL, conflict_detail = NULL, choices = NULL"
                             " WHERE id = ? AND ")
                  + kUnfinished,
              values, &rows))
        return false;
    if (rows != 1)
        return fail(tr("The action is no longer waiting"), QString::number(a.id));
    Q_EMIT changed();
    return true;
}

bool Journal::discard(qint64 id)
{
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE actions SET state = 'discarded', choices = NULL"
                             " WHERE (id = ? OR entry_ref = ?) AND ")
                  + kUnfinished,
              {id, id}, &rows))
        return false;
    if (rows == 0)
        return fail(tr("The action is no longer waiting"), QString::number(id));
    Q_EMIT changed();
    return true;
}

int Journal::purgeFinished(const QDateTime &before)
{
    int rows = 0;
    if (!exec(QStringLiteral("DELETE FROM actions WHERE state IN ('done', 'discarded') AND acted_at < ? AND id NOT IN"
                             " (SELECT entry_ref FROM actions WHERE entry_ref IS NOT NULL AND ")
                  + kUnfinished + QLatin1Char(')'),
              {JournalRow::instant(before)}, &rows))
        return 0;
    if (rows > 0)
        Q_EMIT changed();
    return rows;
}

bool Journal::lockReplay()
{
    if (m_replayLock)
        return true;
    if (m_path.isEmpty())
        return false;
    const QString lockPath = m_path + QStringLiteral(".replay.lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);   // held as long as a replayer runs; a dead holder's lock is stale
    if (!lock->tryLock(0)) {
        // A holder killed while it wrote the lock leaves it empty: no process to ask, so never stale
        // to QLockFile, and no replay ever again. Once it is a little old, it is taken as stale.
        qint64 pid = 0;
        QString host;
        QString app;
        const QDateTime written = QFileInfo(lockPath).lastModified();
        const bool unreadable = !lock->getLockInfo(&pid, &host, &app);
        if (!unreadable || !written.isValid() || written.msecsTo(QDateTime::currentDateTime()) < kUnreadableLockStaleMs
            || !lock->removeStaleLockFile() || !lock->tryLock(0))
            return false;
    }
    m_replayLock = std::move(lock);
    return true;
}

void Journal::unlockReplay()
{
    m_replayLock.reset();
}

} // namespace kd
