#include "support/fakedesktopclient.h"

#include <QDBusConnection>
#include <QJsonDocument>

namespace kd::test {

FakeDesktop::FakeDesktop(const QStringList &args)
{
    if (!onTestBuses()) {
        error = QStringLiteral("not on the test buses: run under tests/scripts/with-test-dbus.sh");
        return;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(KD_FAKE_DESKTOP), args);
    // It prints "ready" once it owns every name it offers.
    QByteArray out;
    while (!out.contains("ready\n") && m_process.waitForReadyRead(10'000))
        out += m_process.readAllStandardOutput();
    started = out.contains("ready\n");
    if (!started)
        error = QStringLiteral("kd-fake-desktop did not start: ") + QString::fromLocal8Bit(out);
}

FakeDesktop::~FakeDesktop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    call(QStringLiteral("Quit"));
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool FakeDesktop::onTestBuses()
{
    return qEnvironmentVariable("KD_TEST_DBUS") == QLatin1String("1")
           && !qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS");
}

QDBusMessage FakeDesktop::call(const QString &method, const QVariantList &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.kimaidesk.FakeDesktop"),
                                                    QStringLiteral("/org/kimaidesk/FakeDesktop"),
                                                    QStringLiteral("org.kimaidesk.FakeDesktop"), method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, 5000);
}

void FakeDesktop::setIdleTime(qint64 ms)
{
    call(QStringLiteral("SetIdleTime"), {QVariant::fromValue(qulonglong(ms))});
}

void FakeDesktop::emitLock()
{
    call(QStringLiteral("EmitLock"));
}

void FakeDesktop::emitUnlock()
{
    call(QStringLiteral("EmitUnlock"));
}

void FakeDesktop::setLockedHint(bool locked)
{
    call(QStringLiteral("SetLockedHint"), {locked});
}

void FakeDesktop::prepareForSleep(bool start)
{
    call(QStringLiteral("PrepareForSleep"), {start});
}

bool FakeDesktop::invokeAction(uint id, const QString &key)
{
    return call(QStringLiteral("InvokeAction"), {id, key}).arguments().value(0).toBool();
}

bool FakeDesktop::dismissNotification(uint id)
{
    return call(QStringLiteral("DismissNotification"), {id}).arguments().value(0).toBool();
}

int FakeDesktop::openInhibitors()
{
    return call(QStringLiteral("OpenInhibitors")).arguments().value(0).toInt();
}

QJsonObject FakeDesktop::log()
{
    const QString json = call(QStringLiteral("Log")).arguments().value(0).toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace kd::test
