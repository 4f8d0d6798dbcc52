#pragma once

// Serialisers that write the exact JSON shapes (keys, key order, types) of a Kimai 2.28 server,
// as recorded in shared/kimai-api/recorded-2.28/.

#include "demo/demodata.h"
#include "demo/jsonwriter.h"

#include <QPair>

namespace kd::demo::json {

void customerCollection(JsonWriter &w, const Customer &c);   // GET /api/customers item
void customerEntity(JsonWriter &w, const Customer &c);       // GET /api/customers/{id}, POST
void customerNested(JsonWriter &w, const Customer &c);       // inside expanded projects

void projectCollection(JsonWriter &w, const Store &s, const Project &p);
void projectEntity(JsonWriter &w, const Store &s, const Project &p);
void projectNested(JsonWriter &w, const Store &s, const Project &p);

void activityCollection(JsonWriter &w, const Store &s, const Activity &a);
void activityEntity(JsonWriter &w, const Store &s, const Activity &a);
void activityNested(JsonWriter &w, const Store &s, const Activity &a);

void tag(JsonWriter &w, const Tag &t);                        // tags/find, POST /api/tags

void userMe(JsonWriter &w, const User &u);                    // GET /api/users/me
void userNested(JsonWriter &w, const User &u);                // inside expanded timesheets

enum class TimesheetShape {
    Collection,      // GET /api/timesheets
    Entity,          // GET /api/timesheets/{id}, POST, PATCH, stop, restart (+ fixedRate/hourlyRate)
    Expanded,        // active, recent, ?full=true (nested activity/project/user objects)
    ExpandedEntity,  // POST ?full=true
};
void timesheet(JsonWriter &w, const Store &s, const Timesheet &t, TimesheetShape shape);

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
