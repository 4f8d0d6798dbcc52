#pragma once

// The Kimai versions the demo server can be, in one table (demoversion.cpp): each row says how that
// version behaves wherever Kimai's API changed (shared/kimai-api/NOTES.md section 9, checked in
// Kimai's source). Handlers ask the row of the running server; nothing else compares versions.
//
// And the roles the demo user can have, with the permissions of Kimai's default role map
// (config/packages/kimai.yaml) that the API looks at.

#include <QList>
#include <QString>
#include <QStringList>

namespace kd::demo {

// How GET /api/timesheets treats ids in its customer/project/activity filters.
enum class FilterCheck {
    Ignore,        // 1.x: the ids go into the query as they are
    UnknownIs404,  // 2.0 - 2.52: an id that does not exist is 404 ("Unknown project: …")
    DeniedIs403,   // 2.53+: unknown ids are ignored; one the user may not access is 403
};

struct DemoProfile
{
    const char *name;              // what --demo-version takes: "2.45"
    const char *version;           // what /api/version says: "2.45.0"
    int versionId;                 // 24500

    // Authentication
    bool legacyAuth;               // X-AUTH-USER + X-AUTH-TOKEN (API passwords); removed in 3.0
    bool legacyOnEveryRequest;     // 1.x: every API request goes through the X-AUTH check
    bool bearerAuth;               // Authorization: Bearer <API token> (2.14+)
    bool legacyThrottled;          // 2.54+: each X-AUTH request waits 200-500 ms; after 5 failed
                                   // attempts in a minute the next ones get 400

    // Routes
    bool i18nConfig;               // GET /api/config/i18n (1.x only)
    bool colorsAndTagSearch;       // GET /api/config/colors and GET /api/tags/find (2.18+; before,
                                   // "find" is the id of DELETE /api/tags/{id}: GET is 405)
    bool getStopRestart;           // GET …/stop and …/restart besides PATCH (2.0.10 - 2.57)
    bool favorites;                // GET/POST/DELETE /api/favorites/timesheets[/{id}] (2.66+)

    // Answers
    bool kimai1Shapes;             // 1.x: version with candidate/semver/name, activeEntriesSoftLimit
                                   // in config/timesheet, project dates as date-times
    bool userLocaleAndApiToken;    // users/me `locale` (2.11+) and users' `apiToken` (2.5+)
    bool breakField;               // `break` (seconds) in every timesheet (2.45+)
    bool richEmbeddedUser;         // users gain email, systemAccount, avatar, language, locale,
                                   // timezone and color-safe everywhere (2.45+)
    bool moneyNeedsPermission;     // rate fields and budgets only for users allowed to see them;
                                   // budgets then also in collections (2.66+)

    // Lists
    bool paginationHeaders;        // X-Page, X-Total-Count, X-Total-Pages, X-Per-Page (2.0+)
    int pageOverflowStatus;        // a page past the end: 500 (1.x), 404 (2.x)
    int maxPageSize;               // 0: no limit; else a larger `size` is clamped to it (2.45+)
    bool modifiedAfterUtc;         // `modified_after` is UTC (2.45+); before: the user's timezone
    FilterCheck filterCheck;

    // Timesheet form
    bool createsUnknownTags;       // unknown tag names are created, not dropped (up to 2.10)
    bool breakInForm;              // `break` accepted when break time is switched on (shown from 2.45)
    bool trackingModeTimesForViewers; // punch/duration modes still take begin/end from users with
                                      // view_other_timesheet (2.25+)
};

// All profiles, oldest first.
const QList<const DemoProfile *> &demoProfiles();
// The profile called `name` ("2.45"), nullptr if there is none.
const DemoProfile *findDemoProfile(const QString &name);
const DemoProfile &newestDemoProfile();
QStringList demoVersionNames();    // "1.17", "2.0", … in table order

// The demo user's role (Kimai's default permission sets; teams are left out).
enum class DemoRole { User, Teamlead, Admin };

struct RolePermissions
{
    bool viewOtherTimesheets;      // view_other_timesheet: user=all, others' records
    bool editOtherTimesheets;      // edit/delete/stop/start_other_timesheet
    bool createOtherTimesheets;    // `user` in the timesheet form
    bool editExportFlag;           // `exported` in the timesheet form
    bool editBillable;             // `billable` in the timesheet form
    bool viewRates;                // view_rate_*_timesheet (rate fields on 2.66+)
    bool editRates;                // `fixedRate`, `hourlyRate` in the timesheet form
    bool editExportedRecords;      // edit_exported_timesheet: change or delete exported records
    bool seesTeamProjects;         // projects restricted to a team the demo user is not in
    bool viewBudgets;              // budget fields (2.66+)
    const char *storedRole;        // users/me `roles` ("" for a plain user: ROLE_USER is implicit)
};

const RolePermissions &permissionsOf(DemoRole role);
// "user", "teamlead", "admin"
QString demoRoleName(DemoRole role);

} // namespace kd::demo
