#pragma once

// Serialisers that write the exact JSON shapes (keys, key order, types) of a Kimai 2.28 server,
// as recorded in shared/kimai-api/recorded-2.28/, and what other versions changed (Style, filled
// in from the server's DemoProfile and the demo user's permissions).

#include "demo/demodata.h"
#include "demo/jsonwriter.h"

#include <QPair>
#include <QTimeZone>

namespace kd::demo::json {

struct Style
{
    bool breakField = false;             // timesheets carry `break`
    bool richUser = false;               // users carry email, systemAccount, avatar, language,
                                         // locale, timezone, color-safe (2.45+)
    bool userLocaleAndApiToken = true;   // `locale` in users/me and `apiToken` in users
    bool projectDateTimes = false;       // 1.x: project start/end/orderDate as date-times in `zone`
    QTimeZone zone = QTimeZone::utc();
    bool rates = true;                   // timesheets carry rate, internalRate (fixedRate, hourlyRate)
    bool budgets = true;                 // customer/project/activity entities carry their budgets
    bool budgetsInCollections = false;   // … and so do their lists (2.66+)
    QStringList roles;                   // users/me `roles`
};

void customerCollection(JsonWriter &w, const Customer &c, const Style &st);   // GET /api/customers item
void customerEntity(JsonWriter &w, const Customer &c, const Style &st);       // GET /api/customers/{id}, POST
void customerNested(JsonWriter &w, const Customer &c);                        // inside expanded projects

void projectCollection(JsonWriter &w, const Store &s, const Project &p, const Style &st);
void projectEntity(JsonWriter &w, const Store &s, const Project &p, const Style &st);
void projectNested(JsonWriter &w, const Store &s, const Project &p);

void activityCollection(JsonWriter &w, const Store &s, const Activity &a, const Style &st);
void activityEntity(JsonWriter &w, const Store &s, const Activity &a, const Style &st);
void activityNested(JsonWriter &w, const Store &s, const Activity &a);

void tag(JsonWriter &w, const Tag &t);                        // tags/find, POST /api/tags

void userMe(JsonWriter &w, const User &u, const Style &st);   // GET /api/users/me
void userNested(JsonWriter &w, const User &u, const Style &st); // inside expanded timesheets

enum class TimesheetShape {
    Collection,      // GET /api/timesheets
    Entity,          // GET /api/timesheets/{id}, POST, PATCH, stop, restart (+ fixedRate/hourlyRate)
    Expanded,        // active, recent, ?full=true (nested activity/project/user objects)
    ExpandedEntity,  // POST ?full=true
};
void timesheet(JsonWriter &w, const Store &s, const Timesheet &t, TimesheetShape shape, const Style &st);

// {"code":400,"message":"Validation Failed","errors":{["errors":[...],]"children":{...}}}
struct FormErrors
{
    QStringList global;
    QList<QPair<QString, QStringList>> children;   // every accepted field, in form order

    void add(const QString &field, const QString &message);
    bool isEmpty() const;
};
QByteArray validationFailed(const FormErrors &errors);

} // namespace kd::demo::json
