#include "support/demofixture.h"

namespace kd::test {

demo::DemoOptions DemoFixture::defaultOptions()
{
    demo::DemoOptions o;
    o.token = QString::fromLatin1(kToken);
    o.legacyPassword = QString::fromLatin1(kLegacyPassword);
    o.timezone = QStringLiteral("Europe/Berlin");
    o.timesheetCount = 2000;
    o.version = QStringLiteral("2.28");   // the version of recorded-2.28; tests of others say so
    return o;
}

demo::DemoOptions DemoFixture::optionsFor(const QString &version)
{
    demo::DemoOptions o = defaultOptions();
    o.version = version;
    return o;
}

DemoFixture::DemoFixture(demo::DemoOptions options)
    : server(std::make_unique<demo::DemoServer>(options))
{
    QString error;
    started = server->start(&error);
    if (!started)
        qWarning("demo server did not start: %s", qPrintable(error));
    client = std::make_unique<KimaiClient>(&nam);
    client->setServer(ServerUrl::fromUserInput(server->url().toString()));
    if (server->profile() && !server->profile()->bearerAuth)
        useLegacy();
    else
        useBearer();
}

DemoFixture::~DemoFixture()
{
    client.reset();
    server->stop();
}

void DemoFixture::useBearer()
{
    client->setCredentials(server->username(), server->token(), AuthMode::Bearer);
}

void DemoFixture::useLegacy()
{
    client->setCredentials(server->username(), server->legacyPassword(), AuthMode::Legacy);
}

void DemoFixture::useAuto(const QString &secret)
{
    client->setCredentials(server->username(), secret, AuthMode::Auto);
}

demo::ReceivedRequest lastRequest(const demo::DemoServer &server, const QString &path)
{
    const QList<demo::ReceivedRequest> all = server.requests();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

} // namespace kd::test
