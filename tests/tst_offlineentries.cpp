// The entry editor's changes while Kimai cannot be reached, through the real app core (AppCore)
// against the demo server "down": a new entry, an edit, a delete and its undo go to the offline
// journal at once with what the user typed; the list's copy stands in for a read; when Kimai answers
// again the server ends with exactly those changes, at the user's minutes, nothing doubled. Entries
// made offline can be edited and deleted before they reach Kimai. `--add` is queued the same way and
// says so in its JSON. Errors that are not about reaching Kimai are shown, not queued.

#include "session/commandline.h"
#include "session/commandrunner.h"
#include "models/timesheetmodel.h"
#include "session/entrycontroller.h"
#include "support/offlineapp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace kd;
using namespace kd::test;

class TestOfflineEntries : public QObject
{
    Q_OBJECT

    std::unique_ptr<OfflineApp> app;

    struct Outcome
    {
        QList<Timesheet> saved;
        QList<int> previous;
        QList<int> removed;
        QList<ApiError> errors;
        int queued = 0;
        bool finished = false;
    };

    // Runs one request of the entry controller to its end and collects what it reported.
    template<typename Fn>
    Outcome run(Fn start)
    {
        EntryController *entries = app->core->entries();
        Outcome out;
        QList<quint64> done;
        QObject context;
        connect(entries, &EntryController::saved, &context,
                [&out](quint64, EntryController::Operation, const Timesheet &t, int previous) {
                    out.saved.append(t);
                    out.previous.append(previous);
                });
        connect(entries, &EntryController::removed, &context, [&out](quint64, int id) { out.removed.append(id); });
        connect(entries, &EntryController::failed, &context,
                [&out](quint64, EntryController::Operation, const ApiError &e) { out.errors.append(e); });
        connect(entries, &EntryController::queued, &context, [&out] { ++out.queued; });
        connect(entries, &EntryController::done, &context, [&done](quint64 request) { done.append(request); });
        const quint64 request = start();
        out.finished = QTest::qWaitFor([&done, request] { return done.contains(request); }, 15000);
        return out;
    }

    EntryDraft draft(const QString &description, const QDateTime &begin, const QDateTime &end) const
    {
        EntryDraft d;
        d.project = app->project;
        d.activity = app->activity;
        d.begin = begin;
        d.end = end;
        d.description = description;
        return d;
    }

    // A whole minute of the user's day before today (Kimai keeps these to the minute).
    QDateTime yesterdayAt(int hour, int minute) const
    {
        const Session *s = app->core->session();
        return QDateTime(s->userToday().addDays(-1), QTime(hour, minute), s->userZone());
    }

    Timesheet onServer(int id) const
    {
        auto *reply = app->demo.client->timesheet(id);
        Timesheet t;
        if (waitFor(reply) && reply->ok())
            t = reply->result();
        delete reply;
        return t;
    }

private Q_SLOTS:
    void init()
    {
        app = std::make_unique<OfflineApp>();
        QVERIFY(app->demo.started);
        QVERIFY(app->logIn());
        QVERIFY(app->findWork());
    }
    void cleanup() { app.reset(); }

    // Repairing a day on the train: one entry added, one corrected, one deleted and that delete
    // undone, all while Kimai cannot be reached; then Kimai answers and has exactly those changes.
    void newEditDeleteAndUndoWhileKimaiIsDown()
    {
        EntryController *entries = app->core->entries();
        OfflineWork *offline = app->core->offline();
        // Two entries Kimai has (made while it answered).
        const Outcome a = run([&] { return entries->create(draft(QStringLiteral("to correct"), yesterdayAt(8, 0), yesterdayAt(9, 0))); });
        const Outcome b = run([&] { return entries->create(draft(QStringLiteral("to delete"), yesterdayAt(9, 0), yesterdayAt(9, 30))); });
        QCOMPARE(a.saved.size(), 1);
        QCOMPARE(b.saved.size(), 1);
        QVERIFY(a.saved.first().id > 0 && b.saved.first().id > 0);
        QCOMPARE(a.queued + b.queued, 0);
        const int before = app->demo.server->timesheetCount();

        app->serverDown();
        // New: tried once, no answer, so journalled; the list gets it with a local id at once.
        const Outcome created = run([&] { return entries->create(draft(QStringLiteral("forgotten meeting"), yesterdayAt(13, 15), yesterdayAt(14, 45))); });
        QVERIFY(created.finished);
        QVERIFY(created.errors.isEmpty());
        QCOMPARE(created.queued, 1);
        QCOMPARE(created.saved.size(), 1);
        const Timesheet local = created.saved.first();
        QVERIFY(OfflineWork::isLocal(local.id));
        QCOMPARE(local.begin, yesterdayAt(13, 15));
        QCOMPARE(local.end, yesterdayAt(14, 45));
        QCOMPARE(local.duration, 90 * 60);
        QVERIFY(offline->hasUnsentChanges(local.id));

        // Edit: the list's copy stands in for the read (Kimai cannot be reached), then the change waits.
        app->demo.server->clearRequests();
        const Timesheet known = a.saved.first();
        QSignalSpy read(entries, &EntryController::readDone);
        entries->read(known.id, known);
        QVERIFY(read.wait(15000));
        QCOMPARE(read.first().at(1).value<Timesheet>().id, known.id);
        QVERIFY(read.first().at(3).toBool());   // as last known
        EntryDraft corrected = EntryDraft::of(known);
        corrected.end = yesterdayAt(9, 45);
        corrected.description = QStringLiteral("corrected offline");
        const Outcome edited = run([&] { return entries->update(known.id, corrected, EntryDraft::of(known)); });
        QVERIFY(edited.errors.isEmpty());
        QCOMPARE(edited.queued, 1);
        QCOMPARE(edited.saved.size(), 1);
        QCOMPARE(edited.saved.first().id, known.id);
        QCOMPARE(edited.saved.first().end, yesterdayAt(9, 45));
        QCOMPARE(edited.saved.first().description, QStringLiteral("corrected offline"));

        // Delete, then undo it: both wait; the undo creates it again from the list's copy.
        const Outcome removed = run([&] { return entries->remove({b.saved.first().id}, {b.saved.first()}); });
        QVERIFY(removed.errors.isEmpty());
        QCOMPARE(removed.removed, QList<int>{b.saved.first().id});
        QCOMPARE(removed.queued, 1);
        QVERIFY(entries->canUndo());
        const Outcome undone = run([&] { return entries->undo(); });
        QCOMPARE(undone.queued, 1);
        QCOMPARE(undone.saved.size(), 1);
        QVERIFY(OfflineWork::isLocal(undone.saved.first().id));
        QCOMPARE(undone.previous.first(), b.saved.first().id);
        // Only the first change tried Kimai; the others went straight to the journal behind it.
        QCOMPARE(app->requests("POST", QStringLiteral("^/api/timesheets$")), 0);
        QCOMPARE(app->requests("PATCH", QStringLiteral("^/api/timesheets/")), 0);
        QCOMPARE(app->requests("DELETE", QStringLiteral("^/api/timesheets/")), 0);
        QCOMPARE(offline->waitingCount(), 4);
        QCOMPARE(app->demo.server->timesheetCount(), before);

        // Kimai answers: the four changes, in order, at the user's minutes.
        app->serverUp();
        offline->retryNow();
        QVERIFY(app->settle());
        QCOMPARE(offline->attentionCount(), 0);
        QCOMPARE(app->demo.server->timesheetCount(), before + 1);   // +1 new, -1 deleted, +1 restored
        const QList<Timesheet> meeting = app->entries(QStringLiteral("forgotten meeting"));
        QCOMPARE(meeting.size(), 1);   // the read-back saw it had not landed: sent once
        QCOMPARE(meeting.first().begin, yesterdayAt(13, 15));
        QCOMPARE(meeting.first().end, yesterdayAt(14, 45));
        const Timesheet fixed = onServer(known.id);
        QCOMPARE(fixed.end, yesterdayAt(9, 45));
        QCOMPARE(fixed.description, QStringLiteral("corrected offline"));
        QCOMPARE(fixed.begin, yesterdayAt(8, 0));
        QVERIFY(!app->demo.server->timesheet(b.saved.first().id));   // deleted
        const QList<Timesheet> restored = app->entries(QStringLiteral("to delete"));
        QCOMPARE(restored.size(), 1);
        QVERIFY(restored.first().id != b.saved.first().id);
        QCOMPARE(restored.first().begin, yesterdayAt(9, 0));
        QCOMPARE(restored.first().end, yesterdayAt(9, 30));
        QCOMPARE(app->requests("DELETE", QStringLiteral("^/api/timesheets/")), 1);
    }

    // An entry made offline is edited and then deleted before Kimai ever has it: Kimai ends with
    // nothing of it; another, edited, reaches Kimai as edited.
    void entriesMadeOfflineCanBeChangedBeforeTheyReachKimai()
    {
        EntryController *entries = app->core->entries();
        OfflineWork *offline = app->core->offline();
        app->serverDown();
        const Outcome kept = run([&] { return entries->create(draft(QStringLiteral("made offline"), yesterdayAt(10, 0), yesterdayAt(11, 0))); });
        const Outcome dropped = run([&] { return entries->create(draft(QStringLiteral("made by mistake"), yesterdayAt(11, 0), yesterdayAt(11, 5))); });
        QCOMPARE(kept.queued + dropped.queued, 2);
        const Timesheet local = kept.saved.first();
        QVERIFY(OfflineWork::isLocal(local.id));

        // Kimai has no copy of it: the list's copy is the entry, without trying Kimai.
        app->demo.server->clearRequests();
        QSignalSpy read(entries, &EntryController::readDone);
        entries->read(local.id, local);
        QVERIFY(read.wait(15000));
        QVERIFY(read.first().at(3).toBool());
        QVERIFY(!read.first().at(2).value<ApiError>().isError());
        // Never asked of Kimai (the replay's retries may knock meanwhile, on other paths).
        QCOMPARE(app->requests("GET", QStringLiteral("^/api/timesheets/-?\\d+$")), 0);

        EntryDraft changed = EntryDraft::of(local);
        changed.end = yesterdayAt(11, 30);
        changed.tags = {QStringLiteral("offline-tag")};
        const Outcome edited = run([&] { return entries->update(local.id, changed, EntryDraft::of(local)); });
        QCOMPARE(edited.queued, 1);
        QCOMPARE(edited.saved.first().id, local.id);
        const Outcome removed = run([&] { return entries->remove({dropped.saved.first().id}, {dropped.saved.first()}); });
        QCOMPARE(removed.queued, 1);
        QCOMPARE(removed.removed, QList<int>{dropped.saved.first().id});

        QSignalSpy replayed(offline, &OfflineWork::replayed);
        app->serverUp();
        offline->retryNow();
        QVERIFY(app->settle());
        const QList<Timesheet> onKimai = app->entries(QStringLiteral("made offline"));
        QCOMPARE(onKimai.size(), 1);
        QCOMPARE(onKimai.first().begin, yesterdayAt(10, 0));
        QCOMPARE(onKimai.first().end, yesterdayAt(11, 30));
        QCOMPARE(onKimai.first().tags, QStringList{QStringLiteral("offline-tag")});
        int mistakes = 0;
        for (const int id : app->demo.server->timesheetIds())
            mistakes += app->demo.server->timesheet(id)->description == QLatin1String("made by mistake");
        QCOMPARE(mistakes, 0);
        // The local entry took Kimai's id.
        const auto made = std::find_if(replayed.cbegin(), replayed.cend(), [&local](const QList<QVariant> &args) {
            return OfflineWork::localId(args.at(0).value<JournalAction>().id) == local.id;
        });
        QVERIFY(made != replayed.cend());
        QCOMPARE(made->at(1).toInt(), onKimai.first().id);

        // An editor still open on the local entry saves to Kimai's entry, not a new row or id -N.
        EntryDraft later = changed;
        later.description = QStringLiteral("made offline, edited after");
        app->demo.server->clearRequests();
        const Outcome afterReplay = run([&] { return entries->update(local.id, later, changed); });
        QVERIFY(afterReplay.errors.isEmpty());
        QCOMPARE(afterReplay.queued, 0);
        QCOMPARE(afterReplay.saved.size(), 1);
        QCOMPARE(afterReplay.saved.first().id, onKimai.first().id);
        QCOMPARE(app->demo.server->timesheet(onKimai.first().id)->description, QStringLiteral("made offline, edited after"));
        QCOMPARE(app->requests("PATCH", QStringLiteral("^/api/timesheets/%1$").arg(onKimai.first().id)), 1);
    }

    // Undo of a delete made offline, from the list's copy: the break comes back too (the list keeps
    // no break; it is what the duration lacks against end - begin). Kimai 2.45+ has breaks.
    void undoAfterAnOfflineDeleteKeepsTheBreak()
    {
        app = std::make_unique<OfflineApp>(DemoFixture::optionsFor(QStringLiteral("2.45")));
        QVERIFY(app->demo.started);
        QVERIFY(app->logIn());
        QVERIFY(app->findWork());
        EntryController *entries = app->core->entries();
        QVERIFY(entries->rules().breakField);
        EntryDraft withBreak = draft(QStringLiteral("with a break"), yesterdayAt(9, 0), yesterdayAt(12, 30));
        withBreak.breakSeconds = 1800;
        const Outcome made = run([&] { return entries->create(withBreak); });
        QCOMPARE(made.saved.size(), 1);
        QCOMPARE(made.saved.first().duration, 3 * 3600);
        // The list's copy, as the Timesheets tab hands it over.
        const Timesheet copy = TimesheetModel::toTimesheet(TimesheetModel::toRow(made.saved.first()));
        QCOMPARE(copy.breakSeconds, std::optional<qint64>(1800));

        app->serverDown();
        QCOMPARE(run([&] { return entries->remove({copy.id}, {copy}); }).queued, 1);
        QCOMPARE(run([&] { return entries->undo(); }).queued, 1);
        app->serverUp();
        app->core->offline()->retryNow();
        QVERIFY(app->settle());
        const QList<Timesheet> back = app->entries(QStringLiteral("with a break"));
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().id != copy.id);
        QCOMPARE(back.first().breakSeconds, std::optional<qint64>(1800));
        QCOMPARE(back.first().duration, 3 * 3600);
    }

    // --add while Kimai cannot be reached: queued, exit 0, the JSON says so; Kimai gets it later.
    void addCommandIsQueued()
    {
        app->serverDown();
        CommandLine command;
        command.command = CommandLine::Command::Add;
        command.entry = QStringLiteral("yesterday 9-12:30");
        command.project = QString::number(app->project);
        command.activity = QString::number(app->activity);
        command.description = QStringLiteral("added on the train");
        QSignalSpy finished(app->core->commands(), &CommandRunner::finished);
        app->core->commands()->run(command);
        QVERIFY(finished.wait(15000));
        const QByteArray json = finished.first().at(1).toByteArray();
        QCOMPARE(finished.first().at(0).toInt(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(json).object();
        QVERIFY2(answer.value(QStringLiteral("queued")).toBool(), json.constData());
        QCOMPARE(answer.value(QStringLiteral("waiting")).toInt(), 1);
        const QJsonObject entry = answer.value(QStringLiteral("entry")).toObject();
        QVERIFY2(entry.value(QStringLiteral("id")).isNull(), json.constData());
        QVERIFY(entry.value(QStringLiteral("pending")).toBool());
        QCOMPARE(entry.value(QStringLiteral("description")).toString(), QStringLiteral("added on the train"));
        QVERIFY(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("cannot be reached")));

        app->serverUp();
        app->core->offline()->retryNow();
        QVERIFY(app->settle());
        const QList<Timesheet> found = app->entries(QStringLiteral("added on the train"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().begin, yesterdayAt(9, 0));
        QCOMPARE(found.first().end, yesterdayAt(12, 30));
    }

    // Kimai answered and refused: shown as before, nothing journalled.
    void refusalsAreShownNotQueued()
    {
        EntryController *entries = app->core->entries();
        EntryDraft bad = draft(QStringLiteral("wrong activity"), yesterdayAt(15, 0), yesterdayAt(16, 0));
        bad.activity = 999999;
        const Outcome refused = run([&] { return entries->create(bad); });
        QCOMPARE(refused.queued, 0);
        QCOMPARE(refused.saved.size(), 0);
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().kind(), ApiError::Kind::Validation);
        QCOMPARE(app->core->offline()->waitingCount(), 0);
        QVERIFY(!app->core->offline()->isOpen());   // no journal file for a profile that never waited
    }
};

QTEST_GUILESS_MAIN(TestOfflineEntries)
#include "tst_offlineentries.moc"
