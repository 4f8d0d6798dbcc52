// Sync replays the journal against the demo server over real HTTP, with a real SQLite journal: across
// a server that is down and comes back, answers dropped after the server handled the request, bursts
// of 503, slow answers and timeouts, a journal found "sending" at start-up, the retry backoff and a
// revoked token. The server must end with each journalled action exactly once, at the user's minutes.

#include "api/kimaiclient.h"
#include "core/kimaidatetime.h"
#include "support/syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kd;
using namespace kd::test;
using A = JournalAction;

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> f;

    // A start and its stop, `minutes` ago, lasting `length` minutes.
    qint64 startStop(const QString &description, int minutes, int length)
    {
        const qint64 start = f->journal.append(A::start(f->project, f->activity, description, {},
                                                        SyncFixture::minutesAgo(minutes, 17)));
        f->journal.append(A::stop(EntryRef::local(start), SyncFixture::minutesAgo(minutes - length, 41)));
        return start;
    }

    // The entries the server has for `description`, checked against what was journalled.
    void verifyStartStop(const QString &description, int minutes, int length)
    {
        const QList<Timesheet> found = f->entries(description);
        QCOMPARE(found.size(), 1);
        const Timesheet &t = found.first();
        QVERIFY(!t.isRunning());
        QCOMPARE(t.projectId, f->project);
        QCOMPARE(t.activityId, f->activity);
        QCOMPARE(t.begin.toSecsSinceEpoch(), floorMinute(SyncFixture::minutesAgo(minutes, 17)));
        QCOMPARE(t.end.toSecsSinceEpoch(), ceilMinute(SyncFixture::minutesAgo(minutes - length, 41)));
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SyncFixture>();
        QVERIFY(f->ready());
    }
    void cleanup() { f.reset(); }

    void unreachableErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("unreachable");
        using K = ApiError::Kind;
        using C = ApiError::Cause;
        QTest::newRow("refused") << int(K::Network) << int(C::ConnectionRefused) << 0 << true;
        QTest::newRow("host not found") << int(K::Network) << int(C::HostNotFound) << 0 << true;
        QTest::newRow("closed") << int(K::Network) << int(C::ConnectionClosed) << 0 << true;
        QTest::newRow("offline") << int(K::Network) << int(C::NetworkUnreachable) << 0 << true;
        QTest::newRow("timeout") << int(K::Timeout) << int(C::TransferTimeout) << 0 << true;
        QTest::newRow("502") << int(K::Server) << int(C::ServerFailure) << 502 << true;
        QTest::newRow("503") << int(K::Server) << int(C::ServerFailure) << 503 << true;
        QTest::newRow("504") << int(K::Server) << int(C::ServerFailure) << 504 << true;
        QTest::newRow("500") << int(K::Server) << int(C::ServerFailure) << 500 << false;
        QTest::newRow("redirect") << int(K::Network) << int(C::RedirectRefused) << 0 << false;
        QTest::newRow("400") << int(K::Validation) << int(C::FormInvalid) << 400 << false;
        QTest::newRow("401") << int(K::Unauthorized) << int(C::BearerRejected) << 401 << false;
        QTest::newRow("403") << int(K::Forbidden) << int(C::AccessDenied) << 403 << false;
        QTest::newRow("tls") << int(K::Tls) << int(C::TlsCertificate) << 0 << false;
    }
    void unreachableErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, cause);
        QFETCH(int, status);
        QFETCH(bool, unreachable);
        ApiError e(ApiError::Kind(kind), ApiError::Cause(cause), QStringLiteral("m"));
        e.setHttpStatus(status);
        QCOMPARE(Sync::isUnreachable(e), unreachable);
    }

    void replayAcrossDownAndUp()
    {
        f->serverDown();
        const int before = f->demo.server->timesheetCount();
        startStop(QStringLiteral("jrnl Offline first"), 50, 10);
        startStop(QStringLiteral("jrnl Offline second"), 30, 12);
        QCOMPARE(f->journal.waitingCount(), 4);

        QSignalSpy status(f->sync.get(), &Sync::statusChanged);
        f->sync->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(f->sync->status(), Sync::Status::Offline, 10000);
        QVERIFY(Sync::isUnreachable(f->sync->lastError()));
        QVERIFY(f->sync->retryDelayMs() > 0);
        QVERIFY(!f->sync->statusText().isEmpty());
        QCOMPARE(f->sync->waitingCount(), 4);
        // The server was asked (and dropped every request), and nothing changed there.
        QTRY_VERIFY_WITH_TIMEOUT(f->requests("GET", QStringLiteral("^/api/timesheets/active$")) >= 2, 10000);
        QCOMPARE(f->demo.server->timesheetCount(), before);

        f->serverUp();
        f->demo.server->clearRequests();
        QSignalSpy replayed(f->sync.get(), &Sync::actionReplayed);
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(replayed.count(), 4);
        QCOMPARE(f->journal.waitingCount(), 0);
        QCOMPARE(f->sync->retryDelayMs(), 0);
        QVERIFY(f->sync->statusText().isEmpty());

        QCOMPARE(f->demo.server->timesheetCount(), before + 2);
        QCOMPARE(f->demo.server->runningCount(), 0);
        verifyStartStop(QStringLiteral("jrnl Offline first"), 50, 10);
        verifyStartStop(QStringLiteral("jrnl Offline second"), 30, 12);
        // Two POSTs with the original begin in the user's timezone, two PATCHes of `end`, no /stop.
        QCOMPARE(f->requests("POST", QStringLiteral("^/api/timesheets$")), 2);
        QCOMPARE(f->requests("PATCH", QStringLiteral("^/api/timesheets/\\d+$")), 2);
        QCOMPARE(f->requests("PATCH", QStringLiteral("/stop$")), 0);
        bool sawBegin = false;
        for (const demo::ReceivedRequest &r : f->demo.server->requests()) {
            if (r.method != "POST")
                continue;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QStringLiteral("description")).toString() == QLatin1String("jrnl Offline first")) {
                QCOMPARE(body.value(QStringLiteral("begin")).toString(),
                         KimaiDateTime::toRequest(SyncFixture::minutesAgo(50, 17), f->demo.client->userTimeZone()));
                QVERIFY(!body.contains(QStringLiteral("end")));
                sawBegin = true;
            }
        }
        QVERIFY(sawBegin);
    }

    void retryNowDoesNotWaitForTheTimer()
    {
        f->sync->setRetryDelays(60'000, 60'000);
        f->serverDown();
        startStop(QStringLiteral("jrnl Now"), 20, 5);
        QSignalSpy scheduled(f->sync.get(), &Sync::retryScheduled);
        f->sync->retryNow();
        QVERIFY(scheduled.wait(10000));
        QCOMPARE(f->sync->retryDelayMs(), 60'000);
        const int before = f->requests("GET", QStringLiteral("^/api/timesheets/active$"));
        f->sync->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(f->requests("GET", QStringLiteral("^/api/timesheets/active$")) > before, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.count(), 2, 10000);   // failed again: waits again
        f->serverUp();
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->sync->retryDelayMs(), 0);
        verifyStartStop(QStringLiteral("jrnl Now"), 20, 5);
    }

    void backoffDoublesUpToTheLimit()
    {
        f->sync->setRetryDelays(100, 400);
        f->serverDown();
        startStop(QStringLiteral("jrnl Backoff"), 20, 5);
        QSignalSpy scheduled(f->sync.get(), &Sync::retryScheduled);
        f->sync->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 5, 10000);
        QList<int> delays;
        for (const QList<QVariant> &args : std::as_const(scheduled))
            delays.append(args.first().toInt());
        QCOMPARE(delays.mid(0, 5), QList<int>({100, 200, 400, 400, 400}));
        // Success ends the backoff: the next outage starts again at the first delay.
        f->serverUp();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->sync->retryDelayMs(), 0);
        verifyStartStop(QStringLiteral("jrnl Backoff"), 20, 5);
        f->serverDown();
        scheduled.clear();
        startStop(QStringLiteral("jrnl Backoff again"), 10, 5);
        QVERIFY(scheduled.wait(10000));
        QCOMPARE(scheduled.first().first().toInt(), 100);
    }

    void defaultBackoffStartsAtFiveSeconds()
    {
        Sync sync(&f->journal, f->demo.client.get());
        f->serverDown();
        startStop(QStringLiteral("jrnl Default backoff"), 20, 5);
        sync.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(sync.status(), Sync::Status::Offline, 10000);
        QCOMPARE(sync.retryDelayMs(), Sync::kFirstRetryMs);
        QCOMPARE(Sync::kFirstRetryMs, 5000);
        QCOMPARE(Sync::kMaxRetryMs, 300000);
    }

    void answerLostAfterThePostWasHandled()
    {
        demo::Fault lost;
        lost.method = "POST";
        lost.pathRegex = QStringLiteral("^/api/timesheets$");
        lost.action = demo::Fault::Action::DropAfterHandling;
        lost.times = 2;   // the start and the create
        f->demo.server->addFault(lost);
        const int before = f->demo.server->timesheetCount();
        startStop(QStringLiteral("jrnl Lost answer"), 40, 15);
        EntryFields created;
        created.project = f->project;
        created.activity = f->otherActivity;
        created.begin = SyncFixture::minutesAgo(90, 5);
        created.end = SyncFixture::minutesAgo(70, 55);
        created.description = QStringLiteral("jrnl Lost create");
        const qint64 create = f->journal.append(A::create(created, SyncFixture::minutesAgo(1)));

        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        // Each POST went out once; the read-back found what the server had saved.
        QCOMPARE(f->requests("POST", QStringLiteral("^/api/timesheets$")), 2);
        QVERIFY(f->requests("GET", QStringLiteral("^/api/timesheets$")) >= 2);
        QCOMPARE(f->demo.server->timesheetCount(), before + 2);
        verifyStartStop(QStringLiteral("jrnl Lost answer"), 40, 15);
        const QList<Timesheet> c = f->entries(QStringLiteral("jrnl Lost create"));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().activityId, f->otherActivity);
        QCOMPARE(c.first().id, f->journal.action(create)->serverId);
        QCOMPARE(f->journal.action(create)->attempts, 1);
    }

    void answerLostAfterThePatchWasHandled()
    {
        demo::Fault lost;
        lost.method = "PATCH";
        lost.action = demo::Fault::Action::DropAfterHandling;
        lost.times = 1;
        f->demo.server->addFault(lost);
        startStop(QStringLiteral("jrnl Lost patch"), 40, 15);
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->requests("PATCH", QStringLiteral("^/api/timesheets/\\d+$")), 2);   // a stop is safe to resend
        verifyStartStop(QStringLiteral("jrnl Lost patch"), 40, 15);
    }

    void burstsOf503()
    {
        demo::Fault busy;
        busy.action = demo::Fault::Action::Status;
        busy.status = 503;
        busy.body = QByteArrayLiteral("{\"code\":503,\"message\":\"Service Unavailable\"}");
        busy.times = 3;   // the first three requests
        f->demo.server->addFault(busy);
        busy.times = 2;   // then the first two stops
        busy.method = "PATCH";
        f->demo.server->addFault(busy);
        const int before = f->demo.server->timesheetCount();
        startStop(QStringLiteral("jrnl Busy one"), 60, 10);
        startStop(QStringLiteral("jrnl Busy two"), 45, 10);
        QSignalSpy status(f->sync.get(), &Sync::statusChanged);
        f->sync->retryNow();
        QVERIFY(f->settle());
        QVERIFY(status.contains({QVariant::fromValue(Sync::Status::Offline)}));
        QCOMPARE(f->requests("PATCH", QStringLiteral("^/api/timesheets/\\d+$")), 4);
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->demo.server->timesheetCount(), before + 2);
        verifyStartStop(QStringLiteral("jrnl Busy one"), 60, 10);
        verifyStartStop(QStringLiteral("jrnl Busy two"), 45, 10);
    }

    void slowAnswers()
    {
        // Every answer is slow; the first POST's answer is slower than the client waits for.
        f->demo.client->setTransferTimeoutMs(700);
        demo::Fault slowPost;
        slowPost.method = "POST";
        slowPost.action = demo::Fault::Action::Delay;
        slowPost.delayMs = 2000;
        slowPost.times = 1;
        f->demo.server->addFault(slowPost);
        demo::Fault drip;
        drip.action = demo::Fault::Action::Delay;
        drip.delayMs = 150;
        drip.times = -1;
        f->demo.server->addFault(drip);
        const int before = f->demo.server->timesheetCount();
        const qint64 start = startStop(QStringLiteral("jrnl Slow"), 30, 10);
        QSignalSpy status(f->sync.get(), &Sync::statusChanged);
        f->sync->retryNow();
        QVERIFY(f->settle());
        QVERIFY(status.contains({QVariant::fromValue(Sync::Status::Offline)}));   // the timeout
        QCOMPARE(f->journal.action(start)->attempts, 1);
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->requests("POST", QStringLiteral("^/api/timesheets$")), 1);
        f->demo.server->clearFaults();
        QCOMPARE(f->demo.server->timesheetCount(), before + 1);
        verifyStartStop(QStringLiteral("jrnl Slow"), 30, 10);
    }

    void foundSendingAtStartUp()
    {
        // The app died after sending a start: one landed (its answer never recorded), one did not.
        const QDateTime landedBegin = SyncFixture::minutesAgo(80, 9);
        TimesheetForm form;
        form.project = f->project;
        form.activity = f->activity;
        form.begin = landedBegin;
        form.end = SyncFixture::minutesAgo(75, 0);
        form.description = QStringLiteral("jrnl Landed before the crash");
        auto *post = f->demo.client->createTimesheet(form);
        QVERIFY(waitFor(post) && post->ok());
        const int landedId = post->result().id;
        delete post;
        const qint64 landed = f->journal.append(A::start(f->project, f->activity, QStringLiteral("jrnl Landed before the crash"),
                                                         {}, landedBegin));
        QVERIFY(f->journal.markSending(landed));
        const qint64 lost = f->journal.append(A::start(f->project, f->activity, QStringLiteral("jrnl Never arrived"), {},
                                                       SyncFixture::minutesAgo(60, 3)));
        f->journal.append(A::stop(EntryRef::local(lost), SyncFixture::minutesAgo(55, 30)));
        QVERIFY(f->journal.markSending(lost));
        f->demo.server->clearRequests();

        // A new process: a new Sync over the same file.
        f->sync = std::make_unique<Sync>(&f->journal, f->demo.client.get());
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QCOMPARE(f->journal.action(landed)->serverId, landedId);
        QCOMPARE(f->entries(QStringLiteral("jrnl Landed before the crash")).size(), 1);
        QCOMPARE(f->requests("POST", QStringLiteral("^/api/timesheets$")), 1);   // only the lost one
        verifyStartStop(QStringLiteral("jrnl Never arrived"), 60, 5);
    }

    void editAndDeleteOfOfflineEntries()
    {
        const qint64 start = f->journal.append(A::start(f->project, f->activity, QStringLiteral("jrnl Edit me"), {},
                                                        SyncFixture::minutesAgo(30)));
        EntryFields changes;
        changes.description = QStringLiteral("jrnl Edited offline");
        changes.activity = f->otherActivity;
        f->journal.append(A::edit(EntryRef::local(start), changes, SyncFixture::minutesAgo(25)));
        f->journal.append(A::stop(EntryRef::local(start), SyncFixture::minutesAgo(20, 41)));
        EntryFields created;
        created.project = f->project;
        created.activity = f->activity;
        created.begin = SyncFixture::minutesAgo(200);
        created.end = SyncFixture::minutesAgo(190);
        created.description = QStringLiteral("jrnl Created then deleted");
        const qint64 create = f->journal.append(A::create(created, SyncFixture::minutesAgo(19)));
        f->journal.append(A::remove(EntryRef::local(create), SyncFixture::minutesAgo(18)));
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QVERIFY(f->entries(QStringLiteral("jrnl Edit me")).isEmpty());
        const QList<Timesheet> edited = f->entries(QStringLiteral("jrnl Edited offline"));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().activityId, f->otherActivity);
        QVERIFY(!edited.first().isRunning());
        QVERIFY(f->entries(QStringLiteral("jrnl Created then deleted")).isEmpty());
        QCOMPARE(f->requests("DELETE", QStringLiteral("^/api/timesheets/\\d+$")), 1);
    }

    void revokedTokenWaitsForLogin()
    {
        f->demo.client->setCredentials(f->demo.server->username(), QStringLiteral("revoked-token"), AuthMode::Bearer);
        startStop(QStringLiteral("jrnl After login"), 30, 10);
        QSignalSpy login(f->sync.get(), &Sync::loginNeeded);
        f->sync->retryNow();
        QVERIFY(login.wait(10000));
        QCOMPARE(f->sync->status(), Sync::Status::NeedsLogin);
        QCOMPARE(f->sync->retryDelayMs(), 0);   // no retries with a refused token
        QCOMPARE(f->journal.waitingCount(), 2);
        f->demo.useBearer();
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        verifyStartStop(QStringLiteral("jrnl After login"), 30, 10);
    }

    void appendedWhileIdleGoesOutAtOnce()
    {
        f->sync->retryNow();
        QVERIFY(f->settle());
        QCOMPARE(f->sync->status(), Sync::Status::Idle);
        QSignalSpy replayed(f->sync.get(), &Sync::actionReplayed);
        startStop(QStringLiteral("jrnl Appended later"), 15, 5);
        QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 2, 10000);
        QVERIFY(f->settle());
        verifyStartStop(QStringLiteral("jrnl Appended later"), 15, 5);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
