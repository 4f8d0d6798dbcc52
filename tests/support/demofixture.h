#pragma once

// A demo server on loopback plus a client for it, for integration tests over real HTTP.

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "demo/demoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kd::test {

inline constexpr auto kToken = "test-token-0123456789abcdef";
inline constexpr auto kLegacyPassword = "test-legacy-password";

struct DemoFixture
{
    explicit DemoFixture(demo::DemoOptions options = defaultOptions());
    ~DemoFixture();

    static demo::DemoOptions defaultOptions();                         // Kimai 2.28, as recorded-2.28
    static demo::DemoOptions optionsFor(const QString &version);       // the same as another version

    // A client configured for the server with the given auth mode (by default the Bearer token, or
    // the API password on versions without tokens).
    void useBearer();
    void useLegacy();
    void useAuto(const QString &secret);

    std::unique_ptr<demo::DemoServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<KimaiClient> client;
    bool started = false;
};

// Keeps a reply alive after it finishes (the test deletes it). Use it when several replies are
// started before waiting: an unwaited one could otherwise finish and delete itself meanwhile.
template<typename R>
R *keep(R *reply)
{
    reply->setAutoDelete(false);
    return reply;
}

// Waits for a reply to finish (it must not be auto-deleted before we read it). Fails the test on timeout.
template<typename R>
bool waitFor(R *reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(timeoutMs);
}

// Finds the last request the server received for `path`.
demo::ReceivedRequest lastRequest(const demo::DemoServer &server, const QString &path);

} // namespace kd::test
