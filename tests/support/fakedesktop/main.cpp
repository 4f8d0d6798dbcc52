// kd-fake-desktop: stands in for the desktop on private buses (tests/scripts/with-test-dbus.sh).
// Session bus: org.gnome.Mutter.IdleMonitor, org.freedesktop.ScreenSaver,
// org.freedesktop.Notifications and the control interface org.kimaidesk.FakeDesktop; the stand-in
// system bus: org.freedesktop.login1 (Manager and one Session). Prints "ready" once all are owned.
//
//   --profile=gnome   Mutter's idle monitor, and a ScreenSaver that only inhibits (default)
//   --profile=kde     ScreenSaver with GetSessionIdleTime, no Mutter
//   --profile=stub    only the ScreenSaver that only inhibits: no idle source answers
//   --profile=none    no idle source at all
//   --no-actions      the notification server has no action buttons
//   --no-notifications, --no-login1   leave those out
//   --session-id=ID   our session's id in logind (default c1)

#include "fakecontrol.h"
#include "fakeidle.h"
#include "fakelogind.h"
#include "fakenotifications.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <cstdio>

using namespace kd::test;

namespace {

bool publish(QDBusConnection &bus, const QString &service, const QString &path, QObject *object)
{
    constexpr auto options = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
                             | QDBusConnection::ExportAllProperties;
    if (!bus.registerObject(path, object, options) || !bus.registerService(service)) {
        std::fprintf(stderr, "kd-fake-desktop: cannot publish %s: %s\n", qPrintable(service),
                     qPrintable(bus.lastError().message()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("gnome, kde, stub or none"), QStringLiteral("name"),
                      QStringLiteral("gnome")});
    parser.addOption({QStringLiteral("no-actions"), QStringLiteral("No action buttons")});
    parser.addOption({QStringLiteral("no-notifications"), QStringLiteral("No notification server")});
    parser.addOption({QStringLiteral("no-login1"), QStringLiteral("No logind")});
    parser.addOption({QStringLiteral("session-id"), QStringLiteral("Our logind session"), QStringLiteral("id"),
                      QStringLiteral("c1")});
    parser.process(app);

    // Never on the real buses: the wrapper script sets both addresses.
    if (qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS") || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || qEnvironmentVariable("KD_TEST_DBUS") != QLatin1String("1")) {
        std::fprintf(stderr, "kd-fake-desktop: run me under tests/scripts/with-test-dbus.sh\n");
        return 2;
    }
    const QString profile = parser.value(QStringLiteral("profile"));
    QDBusConnection session = QDBusConnection::sessionBus();
    QDBusConnection system = QDBusConnection::systemBus();
    if (!session.isConnected() || !system.isConnected()) {
        std::fprintf(stderr, "kd-fake-desktop: no bus\n");
        return 1;
    }

    FakeControl::Parts parts;
    parts.activity = new UserActivity(&app);
    bool ok = true;
    if (profile == QLatin1String("gnome")) {
        parts.mutter = new FakeMutter(parts.activity, &app);
        ok = ok && publish(session, QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                           QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), parts.mutter);
    }
    if (profile == QLatin1String("gnome") || profile == QLatin1String("stub")) {
        ok = ok && publish(session, QStringLiteral("org.freedesktop.ScreenSaver"),
                           QStringLiteral("/org/freedesktop/ScreenSaver"), new ScreenSaverStub(&app));
    } else if (profile == QLatin1String("kde")) {
        ok = ok && publish(session, QStringLiteral("org.freedesktop.ScreenSaver"),
                           QStringLiteral("/org/freedesktop/ScreenSaver"), new FakeScreenSaver(parts.activity, &app));
    } else if (profile != QLatin1String("none")) {
        std::fprintf(stderr, "kd-fake-desktop: unknown profile %s\n", qPrintable(profile));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("no-notifications"))) {
        parts.notifications = new FakeNotifications(!parser.isSet(QStringLiteral("no-actions")), &app);
        ok = ok && publish(session, QStringLiteral("org.freedesktop.Notifications"),
                           QStringLiteral("/org/freedesktop/Notifications"), parts.notifications);
    }
    if (!parser.isSet(QStringLiteral("no-login1"))) {
        parts.session = new FakeLogindSession(system, parser.value(QStringLiteral("session-id")), &app);
        parts.manager = new FakeLogindManager(parts.session, &app);
        ok = ok && system.registerObject(parts.session->path(), parts.session,
                                         QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
                                             | QDBusConnection::ExportAllProperties)
             && publish(system, QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                        parts.manager);
    }
    ok = ok && publish(session, QStringLiteral("org.kimaidesk.FakeDesktop"), QStringLiteral("/org/kimaidesk/FakeDesktop"),
                       new FakeControl(parts, &app));
    if (!ok)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
