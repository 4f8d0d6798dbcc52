// A small program for tst_journalcrash: the app's core replaying a journal, nothing else. The test
// starts it with QProcess and kills it with SIGKILL at random moments; a new one finishes the replay.
//
//   journal_replayer <server url> <username> <user timezone> <journal file>
//
// The token comes from the environment variable KD_REPLAYER_TOKEN and is never printed. Prints
// "replaying" once the replay starts. Exit codes: 0 all sent, 2 could not start, 3 conflicts remain,
// 4 the token was refused.

#include "api/kimaiclient.h"
#include "journal/journal.h"
#include "session/sync.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: journal_replayer <server url> <username> <user timezone> <journal file>\n", stderr);
        return 2;
    }
    QNetworkAccessManager nam;
    kd::KimaiClient client(&nam);
    client.setServer(kd::ServerUrl::fromUserInput(args[1]));
    client.setCredentials(args[2], qEnvironmentVariable("KD_REPLAYER_TOKEN"), kd::AuthMode::Bearer);
    client.setUserTimeZone(QTimeZone(args[3].toUtf8()));

    kd::Journal journal;
    if (!journal.open(args[4])) {
        std::fprintf(stderr, "journal_replayer: %s\n", qPrintable(journal.errorString()));
        return 2;
    }
    kd::Sync sync(&journal, &client);
    sync.setRetryDelays(20, 200);
    QObject::connect(&sync, &kd::Sync::drained, &app,
                     [&journal] { QCoreApplication::exit(journal.conflictCount() > 0 ? 3 : 0); });
    QObject::connect(&sync, &kd::Sync::loginNeeded, &app, [] { QCoreApplication::exit(4); });
    QTimer::singleShot(0, &sync, [&sync] {
        std::puts("replaying");
        std::fflush(stdout);
        sync.retryNow();
    });
    return app.exec();
}
