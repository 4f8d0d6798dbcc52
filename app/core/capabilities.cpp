#include "core/capabilities.h"

namespace kd {

namespace {

// From which version a capability holds, and from which it no longer does (0: still holds).
struct Span
{
    Capability what;
    int from;
    int until;
};

// Sources: kimai/kimai at each tag; shared/kimai-api/NOTES.md section 9.
constexpr Span kTable[] = {
    {Capability::BearerAuth, 21400, 0},          // AccessToken authenticator, 2.14.0
    {Capability::LegacyAuth, 0, 30000},          // TokenAuthenticator removed on the 3.0 branch
    {Capability::LegacyDeprecated, 21400, 30000},
    {Capability::LegacyThrottled, 25400, 30000}, // usleep(200-500 ms) + rate limiter, 2.54.0
    {Capability::I18nConfig, 0, 20000},
    {Capability::PaginationHeaders, 20000, 0},
    {Capability::Colors, 21800, 0},
    {Capability::TagSearch, 21800, 0},
    {Capability::ModifiedAfterUtc, 24500, 0},
    {Capability::FilterDeniedIs403, 25300, 0},
    {Capability::GetStopRestart, 20010, 25800},
    {Capability::Favorites, 26600, 0},
    {Capability::OptionalRates, 26600, 0},
};

} // namespace

Capabilities Capabilities::forVersion(int versionId)
{
    Capabilities c;
    if (versionId <= 0)
        return c;
    c.m_versionId = versionId;
    c.m_flags = 0;
    for (const Span &s : kTable) {
        if (versionId >= s.from && (s.until == 0 || versionId < s.until))
            c.m_flags |= quint32(s.what);
    }
    return c;
}

bool Capabilities::has(Capability c) const
{
    return (m_flags & quint32(c)) != 0;
}

void Capabilities::drop(Capability c)
{
    m_flags &= ~quint32(c);
}

QString Capabilities::versionName(int versionId)
{
    return QStringLiteral("%1.%2").arg(versionId / 10000).arg((versionId / 100) % 100);
}

} // namespace kd
