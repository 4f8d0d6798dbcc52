// The entry operations over real HTTP against the demo server (an AppCore logged in, as the app
// composes it): create, update (only what changed), delete several and undo, tags created first
// where Kimai would drop them (and said when they cannot be), break on Kimai 2.45, Kimai's rules
// (future times, punch and duration-only modes, exported entries), per-field messages. Each test
// asserts the request that was sent and the server's state after it.

#include "auth/memorycredentialstore.h"
#include "api/queries.h"
#include "session/appcore.h"
#include "session/entrycontroller.h"
#include "session/logincontroller.h"
#include "session/session.h"
#include "session/tagensurer.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestEntryController : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoFixture> f;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    MemoryCredentialStore store;
    std::unique_ptr<AppCore> core;
    EntryController *entries = nullptr;
    const QTimeZone berlin{QByteArrayLiteral("Europe/Berlin")};

    bool logIn(demo::DemoOptions options = DemoFixture::defaultOptions())
    {
        f = std::make_unique<DemoFixture>(options);
        if (!f->started)
            return false;
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        core = std::make_unique<AppCore>(&f->nam, &store, settings.get());
        core->timer()->setRefreshIntervalSeconds(0);
        entries = core->entries();
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = f->server->profile()->bearerAuth ? f->server->token() : f->server->legacyPassword();
        r.remember = false;
        r.oneOff = true;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        return loggedIn.wait(15000);
    }

    struct Outcome
    {
        QList<Timesheet> saved;
        QList<int> previous;
        QList<int> removed;
        QList<ApiError> errors;
        bool finished = false;
    };

    // Runs one request to its end and collects what it reported.
    template<typename Fn>
    Outcome run(Fn start)
    {
        Outcome out;
        QSignalSpy done(entries, &EntryController::done);
        QMetaObject::Connection a = connect(entries, &EntryController::saved, this,
                                            [&out](quint64, EntryController::Operation, const Timesheet &t, int previous) {
                                                out.saved.append(t);
                                                out.previous.append(previous);
                                            });
        QMetaObject::Connection b = connect(entries, &EntryController::removed, this, [&out](quint64, int id) { out.removed.append(id); });
        QMetaObject::Connection c = connect(entries, &EntryController::failed, this,
                                            [&out](quint64, EntryController::Operation, const ApiError &e) { out.errors.append(e); });
        const quint64 request = start();
        out.finished = QTest::qWaitFor(
            [&done, request] {
                return std::any_of(done.cbegin(), done.cend(), [request](const QList<QVariant> &args) { return args.at(0).toULongLong() == request; });
            },
            15000);
        if (!out.finished)
            qWarning("request %llu did not finish", request);
        disconnect(a);
        disconnect(b);
        disconnect(c);
        return out;
    }

    // A visible project and an activity of its own, from the server's catalog.
    QPair<int, int> work()
    {
        auto *projects = f->client->projects();
        if (!waitFor(projects) || !projects->ok())
            return {};
        for (const Project &p : projects->result()) {
            ActivityQuery q;
            q.projects = {p.id};
            auto *activities = f->client->activities(q);
            if (!waitFor(activities) || !activities->ok())
                continue;
            for (const Activity &a : activities->result()) {
                if (!a.isGlobal()) {
                    const QPair<int, int> found{p.id, a.id};
                    delete activities;
                    delete projects;
                    return found;
                }
            }
            delete activities;
        }
        delete projects;
        return {};
    }

    EntryDraft draftYesterday(int fromHour, int toHour)
    {
        const auto [project, activity] = work();
        EntryDraft d;
        d.project = project;
        d.activity = activity;
        const QDate yesterday = core->session()->userToday().addDays(-1);
        d.begin = QDateTime(yesterday, QTime(fromHour, 0), berlin);
        d.end = QDateTime(yesterday, QTime(toHour, 30), berlin);
        d.description = QStringLiteral("Forgotten meeting");
        return d;
    }

    QJsonObject bodyOf(const demo::ReceivedRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

    QList<demo::ReceivedRequest> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<demo::ReceivedRequest> out;
        for (const demo::ReceivedRequest &r : f->server->requests()) {
            if (r.method == method && r.path == path)
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        core.reset();
        settings.reset();
        f.reset();
    }

    void createSendsTheFormAndTheServerHasIt()
    {
        QVERIFY(logIn());
        const EntryDraft d = draftYesterday(9, 12);
        f->server->clearRequests();
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message()));
        QCOMPARE(out.saved.size(), 1);
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/api/timesheets")).value(0));
        const QString day = d.begin.date().toString(Qt::ISODate);
        QCOMPARE(body.value(QStringLiteral("begin")).toString(), day + QStringLiteral("T09:00:00"));
        QCOMPARE(body.value(QStringLiteral("end")).toString(), day + QStringLiteral("T12:30:00"));
        QCOMPARE(body.value(QStringLiteral("project")).toInt(), d.project);
        QCOMPARE(body.value(QStringLiteral("activity")).toInt(), d.activity);
        QCOMPARE(body.value(QStringLiteral("description")).toString(), d.description);
        QVERIFY(!body.contains(QStringLiteral("tags")));
        QVERIFY(!body.contains(QStringLiteral("billable")));   // a plain user may not send it
        QVERIFY(!body.contains(QStringLiteral("break")));      // Kimai 2.28 has no breaks
        const auto stored = f->server->timesheet(out.saved.first().id);
        QVERIFY(stored);
        QCOMPARE(stored->begin, d.begin.toSecsSinceEpoch());
        QCOMPARE(stored->end, d.end.toSecsSinceEpoch());
        QCOMPARE(stored->description, d.description);
        QVERIFY(!stored->running);
    }

    void updateSendsOnlyWhatChanged()
    {
        QVERIFY(logIn());
        const EntryDraft d = draftYesterday(8, 10);
        const Outcome created = run([&] { return entries->create(d); });
        QCOMPARE(created.saved.size(), 1);
        const Timesheet t = created.saved.first();
        EntryDraft changed = EntryDraft::of(t);
        changed.end = t.end.addSecs(45 * 60);
        f->server->clearRequests();
        const Outcome out = run([&] { return entries->update(t.id, changed, EntryDraft::of(t)); });
        QVERIFY(out.errors.isEmpty());
        const QList<demo::ReceivedRequest> patches = requestsTo("PATCH", QStringLiteral("/api/timesheets/%1").arg(t.id));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(bodyOf(patches.first()).keys(), QStringList{QStringLiteral("end")});
        QCOMPARE(f->server->timesheet(t.id)->end, changed.end.toSecsSinceEpoch());

        // Nothing changed: nothing is sent.
        f->server->clearRequests();
        const Outcome none = run([&] { return entries->update(t.id, EntryDraft::of(out.saved.first()), EntryDraft::of(out.saved.first())); });
        QVERIFY(none.saved.isEmpty() && none.errors.isEmpty());
        // (The reads that followed the first change may still arrive; nothing that writes.)
        for (const demo::ReceivedRequest &r : f->server->requests())
            QVERIFY2(r.method == "GET", qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
    }

    void deleteSeveralThenUndo()
    {
        QVERIFY(logIn());
        EntryDraft a = draftYesterday(6, 7);
        a.tags = {QStringLiteral("undo-me")};
        const EntryDraft b = draftYesterday(13, 14);
        const Timesheet ta = run([&] { return entries->create(a); }).saved.value(0);
        const Timesheet tb = run([&] { return entries->create(b); }).saved.value(0);
        QVERIFY(ta.id && tb.id);
        QCOMPARE(f->server->tagsOf(ta.id), QStringList{QStringLiteral("undo-me")});

        const Outcome removed = run([&] { return entries->remove({ta.id, tb.id}); });
        QCOMPARE(removed.removed, (QList<int>{ta.id, tb.id}));
        QVERIFY(!f->server->timesheet(ta.id));
        QVERIFY(!f->server->timesheet(tb.id));
        QVERIFY(entries->canUndo());
        QCOMPARE(entries->undoCount(), 2);

        const Outcome restored = run([&] { return entries->undo(); });
        QVERIFY(restored.errors.isEmpty());
        QCOMPARE(restored.saved.size(), 2);
        QVERIFY(!entries->canUndo());
        // Oldest first; each has a new id and the fields it had.
        QCOMPARE(restored.previous, (QList<int>{ta.id, tb.id}));
        for (int i = 0; i < 2; ++i) {
            const Timesheet &was = i == 0 ? ta : tb;
            const Timesheet &now = restored.saved.at(i);
            QVERIFY(now.id != was.id);
            const auto stored = f->server->timesheet(now.id);
            QVERIFY(stored);
            QCOMPARE(stored->begin, was.begin.toSecsSinceEpoch());
            QCOMPARE(stored->end, was.end.toSecsSinceEpoch());
            QCOMPARE(stored->project, was.projectId);
            QCOMPARE(stored->activity, was.activityId);
            QCOMPARE(stored->description, was.description);
        }
        QCOMPARE(f->server->tagsOf(restored.saved.first().id), QStringList{QStringLiteral("undo-me")});
    }

    // Kimai 2.11+ drops tag names it does not know: they are created first (visible), then sent.
    void missingTagsAreCreatedFirst()
    {
        QVERIFY(logIn());
        EntryDraft d = draftYesterday(15, 16);
        d.tags = {QStringLiteral("brand-new"), QStringLiteral(" brand-new "), QStringLiteral("second")};
        QSignalSpy notSaved(core->tags(), &TagEnsurer::tagsNotSaved);
        f->server->clearRequests();
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY(out.errors.isEmpty());
        const QList<demo::ReceivedRequest> posts = requestsTo("POST", QStringLiteral("/api/tags"));
        QCOMPARE(posts.size(), 2);   // once per name
        QCOMPARE(bodyOf(posts.first()).value(QStringLiteral("visible")).toBool(), true);
        // The entry goes after the tags (the reads that follow a save may come later still).
        const QList<demo::ReceivedRequest> all = f->server->requests();
        qsizetype lastTag = -1;
        qsizetype entry = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).method == "POST" && all.at(i).path == QStringLiteral("/api/tags"))
                lastTag = i;
            if (all.at(i).method == "POST" && all.at(i).path == QStringLiteral("/api/timesheets"))
                entry = i;
        }
        QVERIFY(lastTag >= 0 && entry > lastTag);
        QCOMPARE(bodyOf(all.at(entry)).value(QStringLiteral("tags")).toString(), QStringLiteral("brand-new,second"));
        QStringList tags = f->server->tagsOf(out.saved.first().id);
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("brand-new"), QStringLiteral("second")}));
        QCOMPARE(notSaved.size(), 0);
        QVERIFY(f->server->tagNames().contains(QStringLiteral("brand-new")));

        // Known now: not created again.
        f->server->clearRequests();
        EntryDraft again = draftYesterday(17, 18);
        again.tags = {QStringLiteral("BRAND-NEW")};   // the server's spelling is sent
        const Outcome second = run([&] { return entries->create(again); });
        QVERIFY(requestsTo("POST", QStringLiteral("/api/tags")).isEmpty());
        QCOMPARE(f->server->tagsOf(second.saved.first().id), QStringList{QStringLiteral("brand-new")});
    }

    // Without create_tag Kimai refuses: the entry is saved, and which tags were lost and why is said.
    void refusedTagsAreReported()
    {
        QVERIFY(logIn());
        f->server->setMayCreateTags(false);
        EntryDraft d = draftYesterday(10, 11);
        d.tags = {QStringLiteral("not-allowed")};
        QSignalSpy notSaved(core->tags(), &TagEnsurer::tagsNotSaved);
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY(out.errors.isEmpty());
        QCOMPARE(out.saved.size(), 1);
        QVERIFY(f->server->tagsOf(out.saved.first().id).isEmpty());
        QCOMPARE(notSaved.size(), 1);
        QCOMPARE(notSaved.first().at(0).toStringList(), QStringList{QStringLiteral("not-allowed")});
        const QString message = notSaved.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("not-allowed")) && message.contains(QStringLiteral("may not create tags")),
                 qPrintable(message));
    }

    // Kimai up to 2.10 creates unknown tags itself: nothing is created first.
    void oldKimaiCreatesTagsItself()
    {
        QVERIFY(logIn(DemoFixture::optionsFor(QStringLiteral("2.0"))));
        EntryDraft d = draftYesterday(9, 10);
        d.tags = {QStringLiteral("made-by-kimai")};
        f->server->clearRequests();
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY(out.errors.isEmpty());
        QVERIFY(requestsTo("POST", QStringLiteral("/api/tags")).isEmpty());
        QCOMPARE(f->server->tagsOf(out.saved.first().id), QStringList{QStringLiteral("made-by-kimai")});
    }

    // The Start dialog and --start go through the TimerController: the same rule.
    void aTimerStartCreatesItsTagsFirst()
    {
        QVERIFY(logIn());
        QTRY_VERIFY(core->timer()->activeKnown());
        const auto [project, activity] = work();
        TimerController::StartRequest r;
        r.project = project;
        r.activity = activity;
        r.tags = {QStringLiteral("brand-new")};
        QSignalSpy started(core->timer(), &TimerController::started);
        core->timer()->start(r);
        QVERIFY(started.wait(15000));
        const int id = started.first().at(0).value<Timesheet>().id;
        QCOMPARE(f->server->tagsOf(id), QStringList{QStringLiteral("brand-new")});
        QCOMPARE(requestsTo("POST", QStringLiteral("/api/tags")).size(), 1);
    }

    void kimaisFieldMessagesComeBack()
    {
        QVERIFY(logIn());
        EntryDraft d = draftYesterday(9, 10);
        d.activity = 999999;   // no such activity
        const Outcome out = run([&] { return entries->create(d); });
        QCOMPARE(out.saved.size(), 0);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors.first().kind(), ApiError::Kind::Validation);
        QVERIFY(!out.errors.first().fieldErrors().messagesFor(QStringLiteral("activity")).isEmpty());
    }

    void futureTimesAreRefusedBeforeSending()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.allowFutureTimes = false;
        QVERIFY(logIn(o));
        EntryDraft d = draftYesterday(9, 10);
        d.end = core->session()->serverNow().addSecs(3 * 3600);
        f->server->clearRequests();
        const Outcome out = run([&] { return entries->create(d); });
        QCOMPARE(out.errors.size(), 1);
        QVERIFY(!out.errors.first().fieldErrors().messagesFor(QStringLiteral("end")).isEmpty());
        QVERIFY(requestsTo("POST", QStringLiteral("/api/timesheets")).isEmpty());
    }

    // Overlapping entries not allowed: Kimai's message comes back and the server keeps one entry.
    void overlappingEntriesAreRefusedWithKimaisMessage()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.allowOverlapping = false;
        QVERIFY(logIn(o));
        QVERIFY(!entries->rules().overlappingAllowed);
        const EntryDraft first = draftYesterday(6, 7);   // 6:00-7:30, before the sample day begins
        const Outcome a = run([&] { return entries->create(first); });
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).message()));
        EntryDraft second = first;
        second.begin = first.begin.addSecs(30 * 60);    // 6:30-8:00
        second.end = first.end.addSecs(30 * 60);
        const int before = f->server->timesheetCount();
        const Outcome b = run([&] { return entries->create(second); });
        QCOMPARE(b.saved.size(), 0);
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors.first().kind(), ApiError::Kind::Validation);
        QVERIFY2(b.errors.first().fieldErrors().global.join(QLatin1Char(' ')).contains(QStringLiteral("already have an entry")),
                 qPrintable(b.errors.first().message()));
        QCOMPARE(requestsTo("POST", QStringLiteral("/api/timesheets")).size(), 2);   // it was Kimai that refused
        QCOMPARE(f->server->timesheetCount(), before);
    }

    // Duplicate: the same project, activity, description, tags and times of day, today.
    void duplicateIsTheSameEntryToday()
    {
        QVERIFY(logIn());
        EntryDraft d = draftYesterday(13, 14);
        d.tags = {QStringLiteral("meeting")};
        const Outcome created = run([&] { return entries->create(d); });
        QCOMPARE(created.saved.size(), 1);
        const Timesheet original = created.saved.first();
        const Outcome copy = run([&] { return entries->duplicate(original); });
        QVERIFY2(copy.errors.isEmpty(), qPrintable(copy.errors.value(0).message()));
        QCOMPARE(copy.saved.size(), 1);
        const auto stored = f->server->timesheet(copy.saved.first().id);
        QVERIFY(stored);
        QVERIFY(copy.saved.first().id != original.id);
        const QDate today = core->session()->userToday();
        QCOMPARE(stored->begin, QDateTime(today, QTime(13, 0), berlin).toSecsSinceEpoch());
        QCOMPARE(stored->end, QDateTime(today, QTime(14, 30), berlin).toSecsSinceEpoch());
        QCOMPARE(stored->project, d.project);
        QCOMPARE(stored->activity, d.activity);
        QCOMPARE(stored->description, d.description);
        QCOMPARE(f->server->tagsOf(stored->id), QStringList{QStringLiteral("meeting")});
        QVERIFY(f->server->timesheet(original.id));   // the original stays
    }

    // Punch-clock mode: a plain user may not send begin or end; the rules say so and none is sent.
    void punchModeSendsNoTimes()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.trackingMode = QStringLiteral("punch");
        QVERIFY(logIn(o));
        const EntryController::Rules rules = entries->rules();
        QVERIFY(!rules.timesAllowed);
        QVERIFY(entries->timesLockedReason().contains(QStringLiteral("punch")));
        const EntryDraft d = draftYesterday(9, 10);
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message()));
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/api/timesheets")).value(0));
        QVERIFY(!body.contains(QStringLiteral("begin")) && !body.contains(QStringLiteral("end")));
    }

    // duration_fixed_begin (Kimai's DurationFixedBeginMode, the same from 2.25 to 2.65): the form
    // of a user without view_other_timesheet has no begin and no end (sent, they are extra fields:
    // 400), and Kimai begins the entry today at its default begin time ("now": this minute), running.
    // Nothing refused is sent; the editor says why the times are locked. A teamlead may set them.
    void durationFixedBeginModeSendsNoTimes()
    {
        demo::DemoOptions o = DemoFixture::defaultOptions();
        o.trackingMode = QStringLiteral("duration_fixed_begin");
        QVERIFY(logIn(o));
        const EntryController::Rules rules = entries->rules();
        QCOMPARE(rules.trackingMode, QStringLiteral("duration_fixed_begin"));
        QVERIFY(!rules.timesAllowed);
        const QString why = entries->timesLockedReason();
        QVERIFY2(why.contains(QStringLiteral("fixed begin")) && why.contains(QStringLiteral("until you stop it")), qPrintable(why));

        // What the editor must not send: Kimai refuses begin and end from this user.
        const EntryDraft d = draftYesterday(9, 10);
        TimesheetForm withTimes;
        withTimes.project = d.project;
        withTimes.activity = d.activity;
        withTimes.begin = d.begin;
        withTimes.end = d.end;
        auto *refused = f->client->createTimesheet(withTimes);
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error().kind(), ApiError::Kind::Validation);
        delete refused;

        f->server->clearRequests();
        const int before = f->server->timesheetCount();
        const qint64 asked = core->session()->serverNow().toSecsSinceEpoch();
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message()));
        QCOMPARE(out.saved.size(), 1);
        const QList<demo::ReceivedRequest> posts = requestsTo("POST", QStringLiteral("/api/timesheets"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = bodyOf(posts.first());
        QVERIFY(!body.contains(QStringLiteral("begin")) && !body.contains(QStringLiteral("end")));
        QCOMPARE(body.value(QStringLiteral("project")).toInt(), d.project);
        QCOMPARE(body.value(QStringLiteral("description")).toString(), d.description);
        QCOMPARE(f->server->timesheetCount(), before + 1);
        const auto stored = f->server->timesheet(out.saved.first().id);
        QVERIFY(stored);
        QVERIFY(stored->running);
        QCOMPARE(stored->begin % 60, 0);                          // at the minute
        QVERIFY2(stored->begin >= asked - 60 && stored->begin <= asked + 60, qPrintable(QString::number(stored->begin - asked)));
        QVERIFY(out.saved.first().isRunning());

        // A teamlead (2.25+) may send the times, and they are kept.
        demo::DemoOptions lead = o;
        lead.role = demo::DemoRole::Teamlead;
        core.reset();
        QVERIFY(logIn(lead));
        QVERIFY(entries->rules().timesAllowed);
        QVERIFY(entries->timesLockedReason().isEmpty());
        const EntryDraft times = draftYesterday(9, 10);
        const Outcome led = run([&] { return entries->create(times); });
        QVERIFY2(led.errors.isEmpty(), qPrintable(led.errors.value(0).message()));
        const auto kept = f->server->timesheet(led.saved.first().id);
        QCOMPARE(kept->begin, times.begin.toSecsSinceEpoch());
        QCOMPARE(kept->end, times.end.toSecsSinceEpoch());
    }

    void exportedEntriesAreLockedForPlainUsers()
    {
        QVERIFY(logIn());
        QVERIFY(!entries->lockReason(true).isEmpty());
        QVERIFY(entries->lockReason(false).isEmpty());
        int exported = 0;
        for (const int id : f->server->timesheetIds()) {
            if (f->server->timesheet(id)->exported)
                exported = id;
        }
        QVERIFY(exported);
        Timesheet t;
        t.id = exported;
        EntryDraft before;
        before.description = QStringLiteral("a");
        EntryDraft after = before;
        after.description = QStringLiteral("changed");
        const Outcome out = run([&] { return entries->update(exported, after, before); });
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors.first().kind(), ApiError::Kind::Forbidden);

        demo::DemoOptions admin = DemoFixture::defaultOptions();
        admin.role = demo::DemoRole::Admin;
        QVERIFY(logIn(admin));
        QVERIFY(entries->lockReason(true).isEmpty());
        QVERIFY(entries->rules().billableEditable);
    }

    // Kimai 2.45 with break time: the break goes as "h:mm" and is not worked time.
    void breakOnKimai245()
    {
        QVERIFY(logIn(DemoFixture::optionsFor(QStringLiteral("2.45"))));
        QVERIFY(entries->rules().breakField);
        EntryDraft d = draftYesterday(9, 12);
        d.breakSeconds = 30 * 60;
        const Outcome out = run([&] { return entries->create(d); });
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message()));
        const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("/api/timesheets")).value(0));
        QCOMPARE(body.value(QStringLiteral("break")).toString(), QStringLiteral("0:30"));
        const auto stored = f->server->timesheet(out.saved.first().id);
        QCOMPARE(stored->breakSeconds, 1800);
        QCOMPARE(out.saved.first().duration, 3 * 3600);   // 9:00-12:30 less 0:30
        QCOMPARE(out.saved.first().breakSeconds.value_or(-1), 1800);
    }
};

QTEST_GUILESS_MAIN(TestEntryController)
#include "tst_entrycontroller.moc"
