// Authentication, the way each Kimai version's API firewall does it (the profile says which):
//
// - Bearer API tokens (2.14+): a wrong token is 401 with an empty body and WWW-Authenticate.
// - API passwords, X-AUTH-USER + X-AUTH-TOKEN (up to 2.x): a wrong one is 403
//   {"message":"Invalid credentials"}; a missing or empty header is 403 with its own message. In 2.x
//   the check runs only when both headers are present, in 1.x for every request (a Bearer header
//   means nothing there). From 2.54 every such request waits 200-500 ms (usleep in
//   TokenAuthenticator::authenticate, also for good passwords), and failed attempts go through a
//   fixed-window rate limiter (5 per minute per client; config/packages/rate_limiter.yaml
//   `old_api_tokens`): beyond it the authenticator throws BadRequestHttpException('Too many API
//   requests with invalid username. Possible attack?'), which FOSRest renders in production as
//   {"code":400,"message":"Bad Request"} (exception messages are not shown in prod). A correct
//   password still works while the limit holds: only failures are counted and refused.
// - 3.0 has no X-AUTH authenticator: those headers are ignored and the request is unauthenticated.
// - No usable credentials: 401 {"code":401,"message":"Unauthorized"}.
//
// The demo serves loopback, so its rate limiter counts for the whole server, not per client address.

#include "demo/demoapi.h"

#include "core/clock.h"
#include "demo/httpdate.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

constexpr int kFailedAttemptsPerWindow = 5;
constexpr qint64 kWindowMs = 60 * 1000;

} // namespace

bool DemoApi::consumeFailedLegacyAttempt()
{
    const qint64 nowMs = m_clock->now().toMSecsSinceEpoch();
    if (m_failedLegacyAttempts == 0 || nowMs - m_failedLegacyWindowMs >= kWindowMs) {
        m_failedLegacyWindowMs = nowMs;
        m_failedLegacyAttempts = 0;
    }
    ++m_failedLegacyAttempts;
    return m_failedLegacyAttempts <= kFailedAttemptsPerWindow;
}

std::optional<http::Response> DemoApi::authenticate(const http::Request &request, int *delayMs)
{
    const DemoProfile &p = profile();
    const QByteArray authorization = request.header("Authorization");
    if (p.bearerAuth && authorization.startsWith("Bearer ")) {
        if (QString::fromUtf8(authorization.mid(7).trimmed()) == settings.token)
            return std::nullopt;
        // Symfony's access-token authenticator: 401, empty body, the reason in WWW-Authenticate.
        http::Response r;
        r.status = 401;
        r.setHeader("Date", http::formatHttpDate(m_clock->now()));
        r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\",error_description=\"Invalid credentials.\"");
        r.setHeader("Cache-Control", "no-cache, private");
        r.setHeader("Content-Language", "en");
        r.setHeader("Content-Type", "application/json");
        r.setHeader("X-Robots-Tag", "noindex");
        return r;
    }
    const bool legacyHeaders = request.hasHeader("X-AUTH-USER") && request.hasHeader("X-AUTH-TOKEN");
    if (p.legacyAuth && (legacyHeaders || p.legacyOnEveryRequest)) {
        auto forbidden = [this](const QString &message) {
            http::Response r = earlyError(403, false);
            JsonWriter w;
            w.beginObject().field("message", message).endObject();
            r.body = w.take();
            return r;
        };
        const QByteArray user = request.header("X-AUTH-USER");
        const QByteArray password = request.header("X-AUTH-TOKEN");
        if (user.isEmpty())
            return forbidden(u"Authentication required, missing user header: X-AUTH-USER"_s);
        if (password.isEmpty())
            return forbidden(u"Authentication required, missing token header: X-AUTH-TOKEN"_s);
        if (p.legacyThrottled) {
            const int low = std::max(0, settings.legacyDelayMinMs);
            const int high = std::max(low, settings.legacyDelayMaxMs);
            *delayMs = low == high ? low : int(QRandomGenerator::global()->bounded(low, high + 1));
        }
        if (QString::fromUtf8(user) == settings.username && QString::fromUtf8(password) == settings.legacyPassword)
            return std::nullopt;
        if (p.legacyThrottled && !consumeFailedLegacyAttempt())
            return error(400);
        return forbidden(u"Invalid credentials"_s);
    }
    return earlyError(401, true);
}

} // namespace kd::demo
