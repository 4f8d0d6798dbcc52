// Crash safety of the replay: a child process (tests/helpers/journal_replayer: KimaiClient, Journal,
// Sync, nothing else) replays a journal against the demo server in this process and is killed with
// SIGKILL at a random moment (seeded, a different seed per run); a second child finishes the replay.
// After every run the server has each journalled action exactly once.

#include "api/kimaiclient.h"
#include "support/syncfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace kd;
using namespace kd::test;
using A = JournalAction;

class TestJournalCrash : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> f;
    qint64 m_minute = 0;   // the minute the journal was written in: the expected times follow from it

    // Like SyncFixture::minutesAgo, but from the minute the journal was written in, so that a minute
    // turning between writing and checking changes nothing.
    QDateTime minutesAgo(int minutes, int seconds = 0) const
    {
        return QDateTime::fromSecsSinceEpoch(m_minute - qint64(minutes) * 60 + seconds, Qt::UTC);
    }

    // Seven actions of every kind: start, edit, stop (of an entry still local), create and delete,
    // another start and stop. Their descriptions carry `tag`.
    bool writeJournal(const QString &path, const QString &tag)
    {
        Journal j;
        if (!j.open(path))
            return false;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_minute = now - now % 60;
        const qint64 a = j.append(A::start(f->project, f->activity, tag + QStringLiteral(" a"), {},
                                           minutesAgo(50, 17)));
        EntryFields words;
        words.description = tag + QStringLiteral(" a edited");
        j.append(A::edit(EntryRef::local(a), words, minutesAgo(45)));
        j.append(A::stop(EntryRef::local(a), minutesAgo(40, 41)));
        EntryFields c;
        c.project = f->project;
        c.activity = f->otherActivity;
        c.begin = minutesAgo(300, 5);
        c.end = minutesAgo(290, 5);
        c.description = tag + QStringLiteral(" c");
        const qint64 create = j.append(A::create(c, minutesAgo(35)));
        j.append(A::remove(EntryRef::local(create), minutesAgo(34)));
        const qint64 b = j.append(A::start(f->project, f->activity, tag + QStringLiteral(" b"), {},
                                           minutesAgo(30, 3)));
        j.append(A::stop(EntryRef::local(b), minutesAgo(20, 59)));
        return j.waitingCount() == 7;
    }

    struct Outcome
    {
        bool finished = false;
        bool crashed = false;   // killed (or died) rather than exited
        int exitCode = -1;
        qint64 replayMs = -1;   // from "replaying" to the end
        QByteArray errors;
    };

    // Runs one replayer; kills it `killAfterMs` after it says "replaying" (-1: never).
    Outcome runReplayer(const QString &journalPath, int killAfterMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KD_REPLAYER_TOKEN"), f->demo.server->token());
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &process, &QProcess::kill);
        connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            if (process.readAllStandardOutput().contains("replaying")) {
                clock.start();
                if (killAfterMs >= 0)
                    killer.start(killAfterMs);
            }
        });
        Outcome out;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(KD_REPLAYER),
                      {f->demo.server->url().toString(), f->demo.server->username(), f->demo.server->timezone(),
                       journalPath});
        out.finished = finished.wait(30000);
        if (!out.finished) {
            process.kill();
            process.waitForFinished(5000);   // test code: reap the child before returning
        }
        out.crashed = process.exitStatus() == QProcess::CrashExit;
        out.exitCode = process.exitCode();
        out.replayMs = clock.isValid() ? clock.elapsed() : -1;
        out.errors = process.readAllStandardError();
        return out;
    }

    void verifyServer(const QString &tag)
    {
        const QList<Timesheet> a = f->entries(tag + QStringLiteral(" a"));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().description, tag + QStringLiteral(" a edited"));
        QCOMPARE(a.first().begin.toSecsSinceEpoch(), floorMinute(minutesAgo(50, 17)));
        QCOMPARE(a.first().end.toSecsSinceEpoch(), ceilMinute(minutesAgo(40, 41)));
        QVERIFY(f->entries(tag + QStringLiteral(" c")).isEmpty());
        const QList<Timesheet> b = f->entries(tag + QStringLiteral(" b"));
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().begin.toSecsSinceEpoch(), floorMinute(minutesAgo(30, 3)));
        QCOMPARE(b.first().end.toSecsSinceEpoch(), ceilMinute(minutesAgo(20, 59)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<SyncFixture>();
        QVERIFY(f->ready());
        // Each answer takes a little while, so that the kills land inside requests as well as between.
        demo::Fault slow;
        slow.action = demo::Fault::Action::Delay;
        slow.delayMs = 15;
        slow.times = -1;
        f->demo.server->addFault(slow);
    }
    void cleanupTestCase() { f.reset(); }

    void killedAtRandomMomentsNeverDoublesOrDrops()
    {
        // A run without a kill tells how long a replay takes; kills are spread over that time.
        const QString calibration = f->dir.filePath(QStringLiteral("calibration.sqlite"));
        QVERIFY(writeJournal(calibration, QStringLiteral("crash calibration")));
        const Outcome whole = runReplayer(calibration, -1);
        QVERIFY2(whole.finished && !whole.crashed && whole.exitCode == 0, whole.errors.constData());
        verifyServer(QStringLiteral("crash calibration"));
        const int window = int(std::max<qint64>(50, whole.replayMs * 11 / 10));

        const int runs = 50;
        int killedMidway = 0;
        int resumedSending = 0;
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = 20260302u + quint32(run);
            QRandomGenerator random(seed);
            const int killAfter = random.bounded(window);
            const QString tag = QStringLiteral("crash %1").arg(run);
            const QString path = f->dir.filePath(QStringLiteral("run-%1.sqlite").arg(run));
            QVERIFY(writeJournal(path, tag));

            const Outcome killed = runReplayer(path, killAfter);
            QVERIFY2(killed.finished, "the first replayer did not end");
            if (killed.crashed) {
                ++killedMidway;
                Journal peek;
                QVERIFY(peek.open(path));
                const std::optional<JournalAction> next = peek.firstWaiting();
                if (next && next->state == A::State::Sending)
                    ++resumedSending;
            }
            const Outcome rest = runReplayer(path, -1);
            QVERIFY2(rest.finished && !rest.crashed && rest.exitCode == 0,
                     qPrintable(QStringLiteral("seed %1, kill after %2 ms: exit %3 %4")
                                    .arg(seed)
                                    .arg(killAfter)
                                    .arg(rest.exitCode)
                                    .arg(QString::fromUtf8(rest.errors))));
            verifyServer(tag);
            if (QTest::currentTestFailed()) {
                qWarning("failed with seed %u, kill after %d ms", seed, killAfter);
                return;
            }
            Journal after;
            QVERIFY(after.open(path));
            QCOMPARE(after.waitingCount(), 0);
            QCOMPARE(after.conflictCount(), 0);
        }
        qInfo("%d runs, replay window %d ms: %d killed during the replay, %d of them with a create found "
              "\"sending\" by the next replayer",
              runs, window, killedMidway, resumedSending);
        // The kills must really have hit replays under way (and some of them a create in flight).
        QVERIFY(killedMidway >= runs / 2);
        QVERIFY(resumedSending >= 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
