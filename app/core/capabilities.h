#pragma once

// What a Kimai server offers the client, in one place. The table in capabilities.cpp says from
// which version (versionId of /api/version) to which a capability holds (shared/kimai-api/NOTES.md
// section 9, checked in Kimai's source). KimaiClient keeps the live copy of the server it talks to:
// it starts from the table and drops what the server answers it does not offer (a 404 on
// /api/config/colors, a 405 on /api/tags/find). Nothing else compares version numbers.

#include <QString>

namespace kd {

enum class Capability : quint32 {
    BearerAuth = 1u << 0,         // Authorization: Bearer <API token> (2.14+)
    LegacyAuth = 1u << 1,         // X-AUTH-USER + X-AUTH-TOKEN, API passwords (removed in 3.0)
    LegacyDeprecated = 1u << 2,   // API passwords still work but are deprecated (2.14 - 2.x)
    LegacyThrottled = 1u << 3,    // each X-AUTH request is slowed down, failures rate-limited (2.54+)
    I18nConfig = 1u << 4,         // GET /api/config/i18n (1.x)
    PaginationHeaders = 1u << 5,  // X-Page, X-Total-Count … on /api/timesheets (2.0+)
    Colors = 1u << 6,             // GET /api/config/colors (2.18+)
    TagSearch = 1u << 7,          // GET /api/tags/find (2.18+)
    ModifiedAfterUtc = 1u << 8,   // `modified_after` is read as UTC (2.45+); before, in the user's zone
    FilterDeniedIs403 = 1u << 9,  // a filter id the user may not see is 403 (2.53+)
    GetStopRestart = 1u << 10,    // GET …/stop and …/restart besides PATCH (2.0.10 - 2.57)
    Favorites = 1u << 11,         // GET/POST/DELETE /api/favorites/timesheets (2.66+)
    OptionalRates = 1u << 12,     // rate and budget fields only with the permission (2.66+)
};

class Capabilities
{
public:
    // Nothing known yet (before the first /api/version): both ways of logging in may work, no
    // optional endpoint is assumed.
    Capabilities() = default;
    // What Kimai `versionId` (22800 for 2.28.0) offers; 0 is the same as the default.
    static Capabilities forVersion(int versionId);

    int versionId() const { return m_versionId; }
    bool isKnown() const { return m_versionId > 0; }
    bool has(Capability c) const;
    // The server answered that it does not offer it after all.
    void drop(Capability c);

    bool operator==(const Capabilities &) const = default;

    // "2.28" style name of a version id, for messages ("Kimai 2.54").
    static QString versionName(int versionId);

private:
    int m_versionId = 0;
    quint32 m_flags = quint32(Capability::BearerAuth) | quint32(Capability::LegacyAuth);
};

} // namespace kd
