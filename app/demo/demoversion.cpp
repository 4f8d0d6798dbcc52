#include "demo/demoversion.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

// Sources: kimai/kimai at each tag (src/API/*, src/API/Authentication/*, src/Entity/*, config/*);
// shared/kimai-api/NOTES.md section 9. 2.0 is the last 2.0.x (2.0.35, the era of
// openapi-kimai-2.0.x.json); 2.66 is the unreleased main branch (Constants::VERSION 2.66.0); 3.0
// is 2.66 without API passwords (the `dev` branch removed them; it has not merged 2.66 yet).
constexpr DemoProfile kProfiles[] = {
    {.name = "1.17", .version = "1.17", .versionId = 11700,
     .legacyAuth = true, .legacyOnEveryRequest = true, .bearerAuth = false, .legacyThrottled = false,
     .i18nConfig = true, .colorsAndTagSearch = false, .getStopRestart = false, .favorites = false,
     .kimai1Shapes = true, .userLocaleAndApiToken = false, .breakField = false, .richEmbeddedUser = false,
     .moneyNeedsPermission = false,
     .paginationHeaders = false, .pageOverflowStatus = 500, .maxPageSize = 0, .modifiedAfterUtc = false,
     .filterCheck = FilterCheck::Ignore,
     .createsUnknownTags = true, .breakInForm = false, .trackingModeTimesForViewers = false},
    {.name = "2.0", .version = "2.0.35", .versionId = 20035,
     .legacyAuth = true, .legacyOnEveryRequest = false, .bearerAuth = false, .legacyThrottled = false,
     .i18nConfig = false, .colorsAndTagSearch = false, .getStopRestart = true, .favorites = false,
     .kimai1Shapes = false, .userLocaleAndApiToken = false, .breakField = false, .richEmbeddedUser = false,
     .moneyNeedsPermission = false,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 0, .modifiedAfterUtc = false,
     .filterCheck = FilterCheck::UnknownIs404,
     .createsUnknownTags = true, .breakInForm = false, .trackingModeTimesForViewers = false},
    {.name = "2.28", .version = "2.28.0", .versionId = 22800,
     .legacyAuth = true, .legacyOnEveryRequest = false, .bearerAuth = true, .legacyThrottled = false,
     .i18nConfig = false, .colorsAndTagSearch = true, .getStopRestart = true, .favorites = false,
     .kimai1Shapes = false, .userLocaleAndApiToken = true, .breakField = false, .richEmbeddedUser = false,
     .moneyNeedsPermission = false,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 0, .modifiedAfterUtc = false,
     .filterCheck = FilterCheck::UnknownIs404,
     .createsUnknownTags = false, .breakInForm = false, .trackingModeTimesForViewers = true},
    {.name = "2.45", .version = "2.45.0", .versionId = 24500,
     .legacyAuth = true, .legacyOnEveryRequest = false, .bearerAuth = true, .legacyThrottled = false,
     .i18nConfig = false, .colorsAndTagSearch = true, .getStopRestart = true, .favorites = false,
     .kimai1Shapes = false, .userLocaleAndApiToken = true, .breakField = true, .richEmbeddedUser = true,
     .moneyNeedsPermission = false,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 500, .modifiedAfterUtc = true,
     .filterCheck = FilterCheck::UnknownIs404,
     .createsUnknownTags = false, .breakInForm = true, .trackingModeTimesForViewers = true},
    {.name = "2.58", .version = "2.58.0", .versionId = 25800,
     .legacyAuth = true, .legacyOnEveryRequest = false, .bearerAuth = true, .legacyThrottled = true,
     .i18nConfig = false, .colorsAndTagSearch = true, .getStopRestart = false, .favorites = false,
     .kimai1Shapes = false, .userLocaleAndApiToken = true, .breakField = true, .richEmbeddedUser = true,
     .moneyNeedsPermission = false,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 500, .modifiedAfterUtc = true,
     .filterCheck = FilterCheck::DeniedIs403,
     .createsUnknownTags = false, .breakInForm = true, .trackingModeTimesForViewers = true},
    {.name = "2.66", .version = "2.66.0", .versionId = 26600,
     .legacyAuth = true, .legacyOnEveryRequest = false, .bearerAuth = true, .legacyThrottled = true,
     .i18nConfig = false, .colorsAndTagSearch = true, .getStopRestart = false, .favorites = true,
     .kimai1Shapes = false, .userLocaleAndApiToken = true, .breakField = true, .richEmbeddedUser = true,
     .moneyNeedsPermission = true,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 500, .modifiedAfterUtc = true,
     .filterCheck = FilterCheck::DeniedIs403,
     .createsUnknownTags = false, .breakInForm = true, .trackingModeTimesForViewers = true},
    {.name = "3.0", .version = "3.0.0", .versionId = 30000,
     .legacyAuth = false, .legacyOnEveryRequest = false, .bearerAuth = true, .legacyThrottled = false,
     .i18nConfig = false, .colorsAndTagSearch = true, .getStopRestart = false, .favorites = true,
     .kimai1Shapes = false, .userLocaleAndApiToken = true, .breakField = true, .richEmbeddedUser = true,
     .moneyNeedsPermission = true,
     .paginationHeaders = true, .pageOverflowStatus = 404, .maxPageSize = 500, .modifiedAfterUtc = true,
     .filterCheck = FilterCheck::DeniedIs403,
     .createsUnknownTags = false, .breakInForm = true, .trackingModeTimesForViewers = true},
};

// ROLE_USER, ROLE_TEAMLEAD and ROLE_ADMIN of Kimai's default permission map. The demo has one team
// whose projects a plain user does not see; a teamlead leads it, an admin sees everything.
constexpr RolePermissions kUser{
    .viewOtherTimesheets = false, .editOtherTimesheets = false, .createOtherTimesheets = false,
    .editExportFlag = false, .editBillable = false, .viewRates = false, .editRates = false,
    .editExportedRecords = false, .seesTeamProjects = false, .viewBudgets = false, .storedRole = ""};
constexpr RolePermissions kTeamlead{
    .viewOtherTimesheets = true, .editOtherTimesheets = true, .createOtherTimesheets = true,
    .editExportFlag = true, .editBillable = true, .viewRates = true, .editRates = false,
    .editExportedRecords = false, .seesTeamProjects = true, .viewBudgets = true, .storedRole = "ROLE_TEAMLEAD"};
constexpr RolePermissions kAdmin{
    .viewOtherTimesheets = true, .editOtherTimesheets = true, .createOtherTimesheets = true,
    .editExportFlag = true, .editBillable = true, .viewRates = true, .editRates = true,
    .editExportedRecords = true, .seesTeamProjects = true, .viewBudgets = true, .storedRole = "ROLE_ADMIN"};

} // namespace

const QList<const DemoProfile *> &demoProfiles()
{
    static const QList<const DemoProfile *> all = [] {
        QList<const DemoProfile *> list;
        for (const DemoProfile &p : kProfiles)
            list.append(&p);
        return list;
    }();
    return all;
}

const DemoProfile *findDemoProfile(const QString &name)
{
    for (const DemoProfile &p : kProfiles) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

const DemoProfile &newestDemoProfile()
{
    return kProfiles[std::size(kProfiles) - 1];
}

QStringList demoVersionNames()
{
    QStringList names;
    for (const DemoProfile &p : kProfiles)
        names.append(QLatin1String(p.name));
    return names;
}

const RolePermissions &permissionsOf(DemoRole role)
{
    switch (role) {
    case DemoRole::Teamlead: return kTeamlead;
    case DemoRole::Admin: return kAdmin;
    case DemoRole::User: break;
    }
    return kUser;
}

QString demoRoleName(DemoRole role)
{
    switch (role) {
    case DemoRole::Teamlead: return u"teamlead"_s;
    case DemoRole::Admin: return u"admin"_s;
    case DemoRole::User: break;
    }
    return u"user"_s;
}

} // namespace kd::demo
