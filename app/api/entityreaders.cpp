#include "api/jsonreader.h"

namespace kd::Parse::detail {

Customer readCustomer(const QJsonObject &o, const QString &path, QString *err)
{
    Reader r(o, path, err);
    Customer c;
    c.id = r.reqInt(QStringLiteral("id"));
    c.name = r.reqString(QStringLiteral("name"));
    c.number = r.optString(QStringLiteral("number"));
    c.comment = r.optString(QStringLiteral("comment"));
    c.visible = r.optBool(QStringLiteral("visible"), true);
    c.billable = r.optBool(QStringLiteral("billable"), true);
    c.currency = r.optString(QStringLiteral("currency"));
    c.color = r.optString(QStringLiteral("color"));
    c.colorSafe = r.optString(QStringLiteral("color-safe"));
    c.company = r.optString(QStringLiteral("company"));
    c.country = r.optString(QStringLiteral("country"));
    c.timezone = r.optString(QStringLiteral("timezone"));
    c.homepage = r.optString(QStringLiteral("homepage"));
    c.email = r.optString(QStringLiteral("email"));
    c.phone = r.optString(QStringLiteral("phone"));
    c.metaFields = r.metaFields(QStringLiteral("metaFields"));
    return c;
}

Project readProject(const QJsonObject &o, const QString &path, QString *err, std::optional<Customer> *expanded)
{
    Reader r(o, path, err);
    Project p;
    p.id = r.reqInt(QStringLiteral("id"));
    p.name = r.reqString(QStringLiteral("name"));
    const QJsonValue cust = r.raw(QStringLiteral("customer"));
    if (cust.isObject()) {
        const Customer c = readCustomer(cust.toObject(), r.childPath(QStringLiteral("customer")), err);
        p.customerId = c.id;
        p.customerName = c.name;
        if (expanded)
            *expanded = c;
    } else {
        p.customerId = r.reqInt(QStringLiteral("customer"));
        p.customerName = r.optString(QStringLiteral("parentTitle"));
    }
    p.number = r.optString(QStringLiteral("number"));
    p.orderNumber = r.optString(QStringLiteral("orderNumber"));
    p.comment = r.optString(QStringLiteral("comment"));
    p.start = r.optDate(QStringLiteral("start"));
    p.end = r.optDate(QStringLiteral("end"));
    p.orderDate = r.optDate(QStringLiteral("orderDate"));
    p.visible = r.optBool(QStringLiteral("visible"), true);
    p.billable = r.optBool(QStringLiteral("billable"), true);
    p.globalActivities = r.optBool(QStringLiteral("globalActivities"), true);
    p.color = r.optString(QStringLiteral("color"));
    p.metaFields = r.metaFields(QStringLiteral("metaFields"));
    return p;
}

Activity readActivity(const QJsonObject &o, const QString &path, QString *err)
{
    Reader r(o, path, err);
    Activity a;
    a.id = r.reqInt(QStringLiteral("id"));
    a.name = r.reqString(QStringLiteral("name"));
    const QJsonValue proj = r.raw(QStringLiteral("project"));
    if (proj.isObject()) {
        const Project p = readProject(proj.toObject(), r.childPath(QStringLiteral("project")), err);
        a.projectId = p.id;
        a.projectName = p.name;
    } else if (!proj.isNull() && !proj.isUndefined()) {
        a.projectId = r.reqInt(QStringLiteral("project"));
        a.projectName = r.optString(QStringLiteral("parentTitle"));
    }
    a.number = r.optString(QStringLiteral("number"));
    a.comment = r.optString(QStringLiteral("comment"));
    a.visible = r.optBool(QStringLiteral("visible"), true);
    a.billable = r.optBool(QStringLiteral("billable"), true);
    a.color = r.optString(QStringLiteral("color"));
    a.metaFields = r.metaFields(QStringLiteral("metaFields"));
    return a;
}

User readUser(const QJsonObject &o, const QString &path, QString *err)
{
    Reader r(o, path, err);
    User u;
    u.id = r.reqInt(QStringLiteral("id"));
    u.username = r.reqString(QStringLiteral("username"));
    u.alias = r.optString(QStringLiteral("alias"));
    u.title = r.optString(QStringLiteral("title"));
    u.initials = r.optString(QStringLiteral("initials"));
    u.accountNumber = r.optString(QStringLiteral("accountNumber"));
    u.color = r.optString(QStringLiteral("color"));
    u.email = r.maybeString(QStringLiteral("email"));
    u.language = r.optString(QStringLiteral("language"));
    u.locale = r.optString(QStringLiteral("locale"));
    u.timezone = r.optString(QStringLiteral("timezone"));
    u.enabled = r.optBool(QStringLiteral("enabled"), true);
    u.roles = r.optStringList(QStringLiteral("roles"));
    const QJsonArray teams = r.raw(QStringLiteral("teams")).toArray();
    for (const QJsonValue &t : teams) {
        const QJsonObject to = t.toObject();
        if (to.value(QLatin1String("id")).isDouble())
            u.teams.append({to.value(QLatin1String("id")).toInt(), to.value(QLatin1String("name")).toString(),
                            to.value(QLatin1String("color")).toString()});
    }
    u.preferences = r.metaFields(QStringLiteral("preferences"));
    return u;
}

Timesheet readTimesheet(const QJsonObject &o, const QString &path, QString *err)
{
    Reader r(o, path, err);
    Timesheet t;
    t.id = r.reqInt(QStringLiteral("id"));
    t.begin = r.reqDateTime(QStringLiteral("begin"));
    t.end = r.optDateTime(QStringLiteral("end"));
    t.duration = r.optInteger(QStringLiteral("duration")).value_or(0);
    t.breakSeconds = r.optInteger(QStringLiteral("break"));
    t.description = r.optString(QStringLiteral("description"));
    t.rate = r.optDouble(QStringLiteral("rate"));
    t.internalRate = r.optDouble(QStringLiteral("internalRate"));
    t.fixedRate = r.optDouble(QStringLiteral("fixedRate"));
    t.hourlyRate = r.optDouble(QStringLiteral("hourlyRate"));
    t.tags = r.optStringList(QStringLiteral("tags"));
    t.exported = r.optBool(QStringLiteral("exported"), false);
    t.billable = r.optBool(QStringLiteral("billable"), true);
    t.metaFields = r.metaFields(QStringLiteral("metaFields"));

    const QJsonValue act = r.raw(QStringLiteral("activity"));
    if (act.isObject()) {
        t.activity = readActivity(act.toObject(), r.childPath(QStringLiteral("activity")), err);
        t.activityId = t.activity->id;
    } else {
        t.activityId = r.reqInt(QStringLiteral("activity"));
    }
    const QJsonValue proj = r.raw(QStringLiteral("project"));
    if (proj.isObject()) {
        std::optional<Customer> cust;
        t.project = readProject(proj.toObject(), r.childPath(QStringLiteral("project")), err, &cust);
        t.projectId = t.project->id;
        t.customer = cust;
        t.customerId = t.project->customerId;
    } else {
        t.projectId = r.reqInt(QStringLiteral("project"));
    }
    const QJsonValue usr = r.raw(QStringLiteral("user"));
    if (usr.isObject()) {
        t.user = readUser(usr.toObject(), r.childPath(QStringLiteral("user")), err);
        t.userId = t.user->id;
    } else if (!usr.isUndefined() && !usr.isNull()) {
        t.userId = r.reqInt(QStringLiteral("user"));
    }
    if (t.end.isValid() && t.begin.isValid() && t.end < t.begin)
        r.fail(QStringLiteral("end"), QStringLiteral("before begin"));
    return t;
}

Tag readTag(const QJsonObject &o, const QString &path, QString *err)
{
    Reader r(o, path, err);
    Tag t;
    t.id = r.reqInt(QStringLiteral("id"));
    t.name = r.reqString(QStringLiteral("name"));
    t.visible = r.optBool(QStringLiteral("visible"), true);
    t.color = r.optString(QStringLiteral("color"));
    t.colorSafe = r.optString(QStringLiteral("color-safe"));
    return t;
}

} // namespace kd::Parse::detail
