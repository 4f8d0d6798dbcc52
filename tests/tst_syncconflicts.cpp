// The conflicts of a replay, each with the choices a person gets and each choice carried out against
// the demo server: a timer running in Kimai that this client did not start (keep both / stop theirs at
// my start / discard mine), an entry deleted in Kimai (recreate / discard), data Kimai refuses (edit and
// retry / discard). Conflicts hold back only the actions on the same entry.

#include "api/kimaiclient.h"
#include "support/syncfixture.h"

#include <QTest>

using namespace kd;
using namespace kd::test;
using A = JournalAction;
using Choices = QList<A::Choice>;

class TestSyncConflicts : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> f;

    // An entry made on the server by someone else (the web UI, another device).
    Timesheet serverEntry(const QString &description, const QDateTime &begin, const QDateTime &end = {})
    {
        TimesheetForm form;
        form.project = f->project;
        form.activity = f->otherActivity;
        form.begin = begin;
        if (end.isValid())
            form.end = end;
        form.description = description;
        auto *reply = f->demo.client->createTimesheet(form);
        Timesheet t;
        if (waitFor(reply) && reply->ok())
            t = reply->result();
        delete reply;
        return t;
    }

    bool deleteOnServer(int id)
    {
        auto *reply = f->demo.client->deleteTimesheet(id);
        const bool ok = waitFor(reply) && reply->ok();
        delete reply;
        return ok;
    }

    qint64 start(const QString &description, int minutesAgo, const QList<int> &knownRunning = {})
    {
        return f->journal.append(A::start(f->project, f->activity, description, {}, SyncFixture::minutesAgo(minutesAgo, 17),
                                          knownRunning));
    }

    qint64 stop(qint64 startId, int minutesAgo)
    {
        return f->journal.append(A::stop(EntryRef::local(startId), SyncFixture::minutesAgo(minutesAgo, 41)));
    }

    bool replay()
    {
        f->sync->retryNow();
        return f->settle();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SyncFixture>();
        QVERIFY(f->ready());
    }
    void cleanup() { f.reset(); }

    void runningElsewhereStopTheirs()
    {
        const Timesheet theirs = serverEntry(QStringLiteral("jrnl theirs"), SyncFixture::minutesAgo(120));
        QVERIFY(theirs.id > 0 && theirs.isRunning());
        const qint64 mine = start(QStringLiteral("jrnl mine"), 60);
        const qint64 myStop = stop(mine, 30);
        f->demo.server->clearRequests();

        QSignalSpy raised(f->sync.get(), &Sync::conflictRaised);
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        QCOMPARE(raised.count(), 1);
        const QList<JournalAction> conflicts = f->sync->conflicts();
        QCOMPARE(conflicts.size(), 1);
        const A &c = conflicts.first();
        QCOMPARE(c.id, mine);
        QCOMPARE(c.conflict, A::Conflict::RunningElsewhere);
        QCOMPARE(c.choices, Choices({A::Choice::StopTheirs, A::Choice::Discard}));   // hard limit 1: not both
        QVERIFY(c.conflictDetail.contains(QString::number(theirs.id)));
        QVERIFY(!Sync::conflictTitle(c.conflict).isEmpty());
        for (const A::Choice choice : c.choices)
            QVERIFY(!Sync::choiceLabel(choice).isEmpty());
        QVERIFY(!f->sync->statusText().isEmpty());
        // Nothing was sent; my stop waits for my start.
        QCOMPARE(f->requests("POST", QStringLiteral("^/api/timesheets")), 0);
        QCOMPARE(f->requests("PATCH", QStringLiteral("^/api/timesheets")), 0);
        QCOMPARE(f->journal.action(myStop)->state, A::State::Pending);
        QCOMPARE(f->demo.server->runningIds(), QList<int>({theirs.id}));

        QVERIFY(!f->sync->resolve(mine, A::Choice::KeepBoth));   // not offered
        QVERIFY(!f->sync->resolve(myStop, A::Choice::Discard));  // not a conflict
        QVERIFY(f->sync->resolve(mine, A::Choice::StopTheirs));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->demo.server->runningCount(), 0);
        const QList<Timesheet> theirsNow = f->entries(QStringLiteral("jrnl theirs"));
        QCOMPARE(theirsNow.size(), 1);
        QCOMPARE(theirsNow.first().end.toSecsSinceEpoch(), ceilMinute(SyncFixture::minutesAgo(60, 17)));
        const QList<Timesheet> mineNow = f->entries(QStringLiteral("jrnl mine"));
        QCOMPARE(mineNow.size(), 1);
        QCOMPARE(mineNow.first().begin.toSecsSinceEpoch(), floorMinute(SyncFixture::minutesAgo(60, 17)));
        QCOMPARE(mineNow.first().end.toSecsSinceEpoch(), ceilMinute(SyncFixture::minutesAgo(30, 41)));
    }

    void runningElsewhereKeepBoth()
    {
        f->demo.server->setActiveEntriesHardLimit(2);
        f->sync->setActiveEntriesHardLimit(2);
        const Timesheet theirs = serverEntry(QStringLiteral("jrnl theirs"), SyncFixture::minutesAgo(120));
        const qint64 mine = start(QStringLiteral("jrnl mine"), 60);
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        QCOMPARE(f->journal.action(mine)->choices,
                 Choices({A::Choice::KeepBoth, A::Choice::StopTheirs, A::Choice::Discard}));
        QVERIFY(f->sync->resolve(mine, A::Choice::KeepBoth));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->demo.server->runningCount(), 2);
        QVERIFY(f->demo.server->runningIds().contains(theirs.id));
        QVERIFY(f->demo.server->runningIds().contains(f->journal.action(mine)->serverId));
    }

    void runningElsewhereDiscardMine()
    {
        const Timesheet theirs = serverEntry(QStringLiteral("jrnl theirs"), SyncFixture::minutesAgo(120));
        const qint64 mine = start(QStringLiteral("jrnl mine"), 60);
        const qint64 myStop = stop(mine, 30);
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        QVERIFY(f->sync->resolve(mine, A::Choice::Discard));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->journal.action(mine)->state, A::State::Discarded);
        QCOMPARE(f->journal.action(myStop)->state, A::State::Discarded);
        QVERIFY(f->entries(QStringLiteral("jrnl mine")).isEmpty());
        QCOMPARE(f->demo.server->runningIds(), QList<int>({theirs.id}));
    }

    void knownRunningEntryIsNoConflict()
    {
        // The client itself had started it before the network went away.
        const Timesheet earlier = serverEntry(QStringLiteral("jrnl earlier"), SyncFixture::minutesAgo(120));
        const qint64 mine = start(QStringLiteral("jrnl mine"), 60, {earlier.id});
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->journal.action(mine)->state, A::State::Done);
        QCOMPARE(f->entries(QStringLiteral("jrnl mine")).size(), 1);
    }

    void laterRunningConflictsAreLookedAtAgain()
    {
        serverEntry(QStringLiteral("jrnl theirs"), SyncFixture::minutesAgo(120));
        const qint64 first = start(QStringLiteral("jrnl first"), 90);
        stop(first, 80);
        const qint64 second = start(QStringLiteral("jrnl second"), 70);
        stop(second, 60);
        QVERIFY(replay());
        QCOMPARE(f->sync->conflicts().size(), 2);   // both see the server's timer
        QVERIFY(f->sync->resolve(first, A::Choice::StopTheirs));
        QVERIFY(f->settle());
        // Once theirs was stopped, the second start had nothing to collide with.
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->demo.server->runningCount(), 0);
        QCOMPARE(f->entries(QStringLiteral("jrnl first")).size(), 1);
        QCOMPARE(f->entries(QStringLiteral("jrnl second")).size(), 1);
        QCOMPARE(f->journal.action(second)->state, A::State::Done);
    }

    void deletedOnServerRecreate()
    {
        const QDateTime begin = SyncFixture::minutesAgo(90, 9);
        const Timesheet x = serverEntry(QStringLiteral("jrnl recreate me"), begin);
        QVERIFY(x.id > 0);
        EntryFields known;
        known.project = f->project;
        known.activity = f->otherActivity;
        known.begin = begin;
        known.description = QStringLiteral("jrnl recreate me");
        const qint64 stopX = f->journal.append(A::stop(EntryRef::server(x.id), SyncFixture::minutesAgo(60, 41), known));
        EntryFields words;
        words.description = QStringLiteral("jrnl recreated and edited");
        const qint64 editX = f->journal.append(A::edit(EntryRef::server(x.id), words, SyncFixture::minutesAgo(59)));
        const qint64 other = start(QStringLiteral("jrnl unrelated"), 50);
        QVERIFY(deleteOnServer(x.id));

        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        const A c = *f->journal.action(stopX);
        QCOMPARE(c.conflict, A::Conflict::DeletedOnServer);
        QCOMPARE(c.choices, Choices({A::Choice::Recreate, A::Choice::Discard}));
        QVERIFY(c.conflictDetail.contains(QString::number(x.id)));
        QCOMPARE(f->journal.action(editX)->state, A::State::Pending);   // same entry: waits
        QCOMPARE(f->journal.action(other)->state, A::State::Done);      // another entry: went on

        QVERIFY(f->sync->resolve(stopX, A::Choice::Recreate));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        const QList<Timesheet> now = f->entries(QStringLiteral("jrnl recreate"));
        QCOMPARE(now.size(), 1);
        QVERIFY(now.first().id != x.id);
        QCOMPARE(now.first().description, QStringLiteral("jrnl recreated and edited"));
        QCOMPARE(now.first().activityId, f->otherActivity);
        QCOMPARE(now.first().begin.toSecsSinceEpoch(), floorMinute(begin));
        QCOMPARE(now.first().end.toSecsSinceEpoch(), ceilMinute(SyncFixture::minutesAgo(60, 41)));
        QCOMPARE(f->journal.action(editX)->serverId, now.first().id);
    }

    void deletedOnServerDiscard()
    {
        const Timesheet x = serverEntry(QStringLiteral("jrnl gone"), SyncFixture::minutesAgo(90), SyncFixture::minutesAgo(80));
        EntryFields words;
        words.description = QStringLiteral("jrnl gone, edited");
        const qint64 edit = f->journal.append(A::edit(EntryRef::server(x.id), words, SyncFixture::minutesAgo(10)));
        QVERIFY(deleteOnServer(x.id));
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        // Begin, project and activity are unknown: it cannot be recreated.
        QCOMPARE(f->journal.action(edit)->choices, Choices({A::Choice::Discard}));
        QVERIFY(!f->sync->resolve(edit, A::Choice::Recreate));
        QVERIFY(f->sync->resolve(edit, A::Choice::Discard));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QVERIFY(f->entries(QStringLiteral("jrnl gone")).isEmpty());
    }

    void deletingWhatIsGoneIsDone()
    {
        const Timesheet x = serverEntry(QStringLiteral("jrnl twice gone"), SyncFixture::minutesAgo(90), SyncFixture::minutesAgo(80));
        const qint64 removal = f->journal.append(A::remove(EntryRef::server(x.id), SyncFixture::minutesAgo(10)));
        QVERIFY(deleteOnServer(x.id));
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->journal.action(removal)->state, A::State::Done);
    }

    void refusedEditAndRetry()
    {
        EntryFields bad;
        bad.project = f->project;
        bad.activity = f->activity;
        bad.begin = SyncFixture::minutesAgo(100);
        bad.end = SyncFixture::minutesAgo(110);   // before the begin
        bad.description = QStringLiteral("jrnl refused");
        const qint64 create = f->journal.append(A::create(bad, SyncFixture::minutesAgo(5)));
        const qint64 later = start(QStringLiteral("jrnl goes on"), 4);
        QVERIFY(replay());
        QCOMPARE(f->sync->status(), Sync::Status::NeedsAttention);
        const A c = *f->journal.action(create);
        QCOMPARE(c.conflict, A::Conflict::Refused);
        QCOMPARE(c.choices, Choices({A::Choice::Retry, A::Choice::Discard}));
        QVERIFY2(c.conflictDetail.contains(QLatin1String("End date must not be earlier then start date.")),
                 qPrintable(c.conflictDetail));
        QCOMPARE(f->journal.action(later)->state, A::State::Done);
        QVERIFY(f->entries(QStringLiteral("jrnl refused")).isEmpty());

        EntryFields fixed;
        fixed.end = SyncFixture::minutesAgo(90, 30);
        QVERIFY(f->sync->resolve(create, A::Choice::Retry, fixed));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        const QList<Timesheet> made = f->entries(QStringLiteral("jrnl refused"));
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().end.toSecsSinceEpoch(), ceilMinute(SyncFixture::minutesAgo(90, 30)));
    }

    void refusedDiscard()
    {
        const qint64 bad = f->journal.append(A::start(f->project, 987654, QStringLiteral("jrnl no such activity"), {},
                                                      SyncFixture::minutesAgo(30)));
        const qint64 badStop = stop(bad, 20);
        QVERIFY(replay());
        QCOMPARE(f->journal.action(bad)->conflict, A::Conflict::Refused);
        QVERIFY(f->journal.action(bad)->conflictDetail.contains(QLatin1String("activity")));
        QCOMPARE(f->journal.action(badStop)->state, A::State::Pending);
        QVERIFY(f->sync->resolve(bad, A::Choice::Discard));
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->journal.action(badStop)->state, A::State::Discarded);
        QCOMPARE(f->journal.waitingCount(), 0);
        QCOMPARE(f->journal.conflictCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_syncconflicts.moc"
