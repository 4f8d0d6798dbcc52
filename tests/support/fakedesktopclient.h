#pragma once

// A test's handle on kd-fake-desktop (tests/support/fakedesktop): starts it with a profile on the
// private buses of tests/scripts/with-test-dbus.sh, waits until it owns its names, and plays the
// user and the system through its control interface. Stopped when destroyed.

#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace kd::test {

class FakeDesktop
{
public:
    // `args`: e.g. {"--profile=kde"}, {"--no-actions"} (see fakedesktop/main.cpp).
    explicit FakeDesktop(const QStringList &args = {});
    ~FakeDesktop();
    FakeDesktop(const FakeDesktop &) = delete;
    FakeDesktop &operator=(const FakeDesktop &) = delete;

    bool started = false;
    QString error;

    // Whether this process runs under with-test-dbus.sh (never on the real buses).
    static bool onTestBuses();

    void setIdleTime(qint64 ms);
    void emitLock();
    void emitUnlock();
    void setLockedHint(bool locked);
    void prepareForSleep(bool start);
    bool invokeAction(uint id, const QString &key);
    bool dismissNotification(uint id);
    int openInhibitors();
    QJsonObject log();
    QJsonArray notifyCalls() { return log().value(QStringLiteral("notify")).toArray(); }
    int idleQueries() { return log().value(QStringLiteral("idleQueries")).toInt(); }

private:
    QDBusMessage call(const QString &method, const QVariantList &args = {});

    QProcess m_process;
};

} // namespace kd::test
