// Benchmark: 1,000 journalled actions replayed against the demo server in another process
// (`kimai-desk --demo --serve-only`), with the journal file where the app keeps it (XDG data).
// Prints the time to journal them (each one committed with synchronous=FULL), the replay's total time,
// actions per second, requests sent, and the longest stall of this (the GUI) thread meanwhile, from a
// 5 ms timer (the target: 50 ms at most).
//
//   bench_journal --kimai-desk build/kimai-desk [--actions 1000]

#include "benchcore.h"

#include "api/kimaiclient.h"
#include "journal/journal.h"
#include "session/sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStorageInfo>

#include <cstdio>

using namespace kdbench;
using A = kd::JournalAction;

namespace {

QDateTime minutesAgo(qint64 minutes)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(now - now % 60 - minutes * 60 + 17, Qt::UTC);
}

// 1,000 actions as a day offline makes them: mostly starts and stops, some entries added, edited,
// deleted. Returns how many were journalled and the time per append in ms.
std::vector<double> journalActions(kd::Journal &journal, int count, int project, int activity)
{
    std::vector<double> appendMs;
    QElapsedTimer t;
    const auto append = [&](const A &a) {
        t.start();
        const qint64 id = journal.append(a);
        appendMs.push_back(double(t.nsecsElapsed()) / 1e6);
        return id;
    };
    int made = 0;
    qint64 minute = 4 * count;
    while (made < count) {
        const int kind = made % 10;   // 8 of 10: start+stop pairs; then a create, edited or deleted
        if (kind < 8 && made + 2 <= count) {
            const qint64 start = append(A::start(project, activity, QStringLiteral("bench start %1").arg(made), {},
                                                 minutesAgo(minute)));
            append(A::stop(kd::EntryRef::local(start), minutesAgo(minute - 2)));
            made += 2;
        } else {
            kd::EntryFields f;
            f.project = project;
            f.activity = activity;
            f.begin = minutesAgo(minute);
            f.end = minutesAgo(minute - 2);
            f.description = QStringLiteral("bench create %1").arg(made);
            const qint64 create = append(A::create(f, minutesAgo(1)));
            ++made;
            if (made < count) {
                if (made % 20 < 10) {
                    kd::EntryFields words;
                    words.description = QStringLiteral("bench edited %1").arg(made);
                    append(A::edit(kd::EntryRef::local(create), words, minutesAgo(1)));
                } else {
                    append(A::remove(kd::EntryRef::local(create), minutesAgo(1)));
                }
                ++made;
            }
        }
        minute -= 3;
    }
    return appendMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString kimaiDesk = argValue(args, QStringLiteral("--kimai-desk"), QStringLiteral("kimai-desk"));
    const int count = argValue(args, QStringLiteral("--actions"), QStringLiteral("1000")).toInt();

    // The server in its own process, with a token chosen here (the bench's own, not a secret).
    const QString token = QString::number(QRandomGenerator::global()->generate64(), 16);
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QUrl url;
    QObject::connect(&server, &QProcess::readyReadStandardOutput, &app, [&] {
        while (server.canReadLine()) {
            const QByteArray line = server.readLine().trimmed();
            if (url.isEmpty() && line.startsWith("Kimai demo server: "))
                url = QUrl(QString::fromUtf8(line.mid(19)));
        }
    });
    QObject::connect(&server, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError) {
        std::fprintf(stderr, "bench_journal: %s: %s\n", qPrintable(kimaiDesk), qPrintable(server.errorString()));
        QCoreApplication::exit(1);
    });

    QNetworkAccessManager nam;
    int requests = 0;
    QObject::connect(&nam, &QNetworkAccessManager::finished, &app, [&requests](QNetworkReply *) { ++requests; });
    kd::KimaiClient client(&nam);
    kd::Journal journal;
    std::unique_ptr<kd::Sync> sync;
    StallMeter stall;
    QElapsedTimer replay;
    int project = 0;
    int activity = 0;

    Steps steps;
    steps.add([&](Steps::Done done) {
        server.start(kimaiDesk, {QStringLiteral("--demo"), QStringLiteral("--serve-only"), QStringLiteral("--demo-token"),
                                 token, QStringLiteral("--demo-timezone"), QStringLiteral("Europe/Berlin")});
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll, done] {
            if (url.isEmpty())
                return;
            poll->deleteLater();
            done();
        });
        poll->start(10);
    });
    steps.add([&](Steps::Done done) {
        client.setServer(kd::ServerUrl::fromUserInput(url.toString()));
        client.setCredentials(QStringLiteral("demo"), token, kd::AuthMode::Bearer);
        client.setUserTimeZone(QTimeZone("Europe/Berlin"));
        auto *activities = client.activities();
        kd::onFinished(activities, &app, [&, done](kd::TypedReply<QList<kd::Activity>> *reply) {
            for (const kd::Activity &a : reply->result()) {
                if (!project && a.projectId && a.visible) {
                    project = *a.projectId;
                    activity = a.id;
                }
            }
            if (!project) {
                std::fprintf(stderr, "bench_journal: no activity with a project: %s\n", qPrintable(reply->error().message()));
                QCoreApplication::exit(1);
                return;
            }
            done();
        });
    });
    steps.add([&](Steps::Done done) {
        const QString path = kd::Journal::pathForProfile(QStringLiteral("bench-journal"));
        QFile::remove(path);
        if (!journal.open(path)) {
            std::fprintf(stderr, "bench_journal: %s\n", qPrintable(journal.errorString()));
            QCoreApplication::exit(1);
            return;
        }
        note(QStringLiteral("journal %1 on %2 (%3); server %4 in another process")
                 .arg(path, QString::fromUtf8(QStorageInfo(path).device()), QString::fromUtf8(QStorageInfo(path).fileSystemType()),
                      url.toString()));
        const std::vector<double> appendMs = journalActions(journal, count, project, activity);
        metric("journal_actions", double(appendMs.size()), 0);
        metric("journal_append_median_ms", median(appendMs), 3);
        metric("journal_append_max_ms", *std::max_element(appendMs.begin(), appendMs.end()), 3);

        const double actions = double(appendMs.size());
        sync = std::make_unique<kd::Sync>(&journal, &client);
        QObject::connect(sync.get(), &kd::Sync::drained, &app, [&, actions, done] {
            const double ms = double(replay.nsecsElapsed()) / 1e6;
            const double stalled = stall.stop();
            metric("journal_replay_total_ms", ms, 0);
            metric("journal_replay_actions_per_s", actions * 1000.0 / ms, 0);
            metric("journal_replay_requests", requests, 0);
            metric("journal_replay_max_stall_ms", stalled, 1);
            metric("journal_replay_stalls_over_20ms", double(stall.longGaps().size()), 0);
            if (journal.waitingCount() > 0 || journal.conflictCount() > 0) {
                std::fprintf(stderr, "bench_journal: %d waiting, %d conflicts after the replay\n", journal.waitingCount(),
                             journal.conflictCount());
                QCoreApplication::exit(1);
                return;
            }
            if (stalled > 50)
                note(QStringLiteral("the GUI thread stalled longer than the 50 ms target"));
            done();
        });
        requests = 0;
        stall.keepGapsOver(20);
        stall.start();
        replay.start();
        sync->retryNow();
    });
    steps.finished = [&] {
        journal.close();
        QFile::remove(kd::Journal::pathForProfile(QStringLiteral("bench-journal")));
        server.terminate();
        QCoreApplication::exit(0);
    };
    steps.start();
    const int rc = app.exec();
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        server.waitForFinished(5000);
    }
    return rc;
}
