#include "demo/serveonly.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kd::demo {
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
#ifdef Q_OS_UNIX
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
#endif
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int serveOnly(QCoreApplication &app, const DemoOptions &options)
{
    DemoServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fputs(qPrintable(QCoreApplication::translate("kd::demo", "The demo server could not start: %1").arg(error)
                              + QLatin1Char('\n')),
                   stderr);
        return 1;
    }
    const DemoProfile &profile = *server.profile();
    print(QStringLiteral("Kimai demo server: %1").arg(server.url().toString()));
    print(QStringLiteral("version: Kimai %1 (--demo-version %2)")
              .arg(QString::fromLatin1(profile.version), QString::fromLatin1(profile.name)));
    print(QStringLiteral("user:   %1").arg(server.username()));
    if (profile.bearerAuth)
        print(QStringLiteral("token:  %1").arg(server.token()));
    if (profile.legacyAuth)
        print(QStringLiteral("legacy: X-AUTH-USER: %1  X-AUTH-TOKEN: %2").arg(server.username(), server.legacyPassword()));
    if (profile.bearerAuth) {
        print(QStringLiteral("try:    curl -H \"Authorization: Bearer %1\" %2/api/version").arg(server.token(), server.url().toString()));
    } else {
        print(QStringLiteral("try:    curl -H \"X-AUTH-USER: %1\" -H \"X-AUTH-TOKEN: %2\" %3/api/version")
                  .arg(server.username(), server.legacyPassword(), server.url().toString()));
    }
#ifdef Q_OS_UNIX
    // Ctrl+C / SIGTERM end the loop cleanly (the signal handler only writes to a pipe).
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
#endif
    const int rc = app.exec();
    server.stop();
    return rc;
}

} // namespace kd::demo
