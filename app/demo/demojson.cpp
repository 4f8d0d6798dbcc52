#include "demo/demojson.h"

#include "core/kimaidatetime.h"

using namespace Qt::StringLiterals;

namespace kd::demo::json {

namespace {

void customerHead(JsonWriter &w, const Customer &c)
{
    w.field("id", c.id).field("name", c.name).field("number", c.number).field("comment", c.comment);
    w.field("visible", c.visible).field("billable", c.billable);
}

void budget(JsonWriter &w, double budget, int timeBudget, const QString &budgetType)
{
    w.field("budget", budget).field("timeBudget", timeBudget).field("budgetType", budgetType);
}

QString parentTitle(const Store &s, const Project &p)
{
    const Customer *c = s.customer(p.customer);
    return c ? c->name : QString();
}

QString parentTitle(const Store &s, const Activity &a)
{
    const Project *p = a.project ? s.project(a.project) : nullptr;
    return p ? p->name : QString();
}

void projectOrNull(JsonWriter &w, int id)
{
    if (id)
        w.value(id);
    else
        w.null();
}

QString datetime(const Store &s, qint64 secs, int zone)
{
    return KimaiDateTime::toResponse(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC), s.zones.value(zone, QTimeZone::utc()));
}

// Project dates: plain `Y-m-d` since 2.0, date-times at midnight in 1.x.
void projectDate(JsonWriter &w, const char *name, const QDate &d, const Style &st)
{
    w.key(name);
    if (!st.projectDateTimes || !d.isValid())
        w.date(d);
    else
        w.value(KimaiDateTime::toResponse(QDateTime(d, QTime(0, 0), st.zone), st.zone));
}

void budgetIf(JsonWriter &w, bool show, double amount, int timeBudget, const QString &budgetType)
{
    if (show)
        budget(w, amount, timeBudget, budgetType);
}

} // namespace

void customerCollection(JsonWriter &w, const Customer &c, const Style &st)
{
    w.beginObject();
    customerHead(w, c);
    w.field("currency", c.currency);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    budgetIf(w, st.budgets && st.budgetsInCollections, c.budget, c.timeBudget, c.budgetType);
    w.field("color", c.color);
    w.endObject();
}

void customerEntity(JsonWriter &w, const Customer &c, const Style &st)
{
    w.beginObject();
    customerHead(w, c);
    w.field("company", c.company).field("vatId", c.vatId).field("contact", c.contact).field("address", c.address);
    w.field("country", c.country).field("currency", c.currency).field("phone", c.phone).field("fax", c.fax);
    w.field("mobile", c.mobile).field("email", c.email).field("homepage", c.homepage).field("timezone", c.timezone);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    budgetIf(w, st.budgets, c.budget, c.timeBudget, c.budgetType);
    w.field("color", c.color);
    w.endObject();
}

void customerNested(JsonWriter &w, const Customer &c)
{
    w.beginObject();
    customerHead(w, c);
    w.field("color", c.color);
    w.endObject();
}

void projectCollection(JsonWriter &w, const Store &s, const Project &p, const Style &st)
{
    w.beginObject();
    w.field("parentTitle", parentTitle(s, p)).field("customer", p.customer).field("id", p.id).field("name", p.name);
    projectDate(w, "start", p.start, st);
    projectDate(w, "end", p.end, st);
    w.field("comment", p.comment).field("visible", p.visible).field("billable", p.billable);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    w.field("globalActivities", p.globalActivities).field("number", p.number);
    budgetIf(w, st.budgets && st.budgetsInCollections, p.budget, p.timeBudget, p.budgetType);
    w.field("color", p.color);
    w.endObject();
}

void projectEntity(JsonWriter &w, const Store &s, const Project &p, const Style &st)
{
    w.beginObject();
    w.field("parentTitle", parentTitle(s, p)).field("customer", p.customer).field("id", p.id).field("name", p.name);
    w.field("orderNumber", p.orderNumber);
    projectDate(w, "orderDate", p.orderDate, st);
    projectDate(w, "start", p.start, st);
    projectDate(w, "end", p.end, st);
    w.field("comment", p.comment).field("visible", p.visible).field("billable", p.billable);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    w.field("globalActivities", p.globalActivities).field("number", p.number);
    budgetIf(w, st.budgets, p.budget, p.timeBudget, p.budgetType);
    w.field("color", p.color);
    w.endObject();
}

void projectNested(JsonWriter &w, const Store &s, const Project &p)
{
    w.beginObject();
    w.field("id", p.id);
    w.key("customer");
    if (const Customer *c = s.customer(p.customer))
        customerNested(w, *c);
    else
        w.null();
    w.field("name", p.name).field("comment", p.comment).field("visible", p.visible).field("billable", p.billable);
    w.field("globalActivities", p.globalActivities).field("number", p.number).field("color", p.color);
    w.endObject();
}

void activityCollection(JsonWriter &w, const Store &s, const Activity &a, const Style &st)
{
    w.beginObject();
    w.field("parentTitle", parentTitle(s, a)).key("project");
    projectOrNull(w, a.project);
    w.field("id", a.id).field("name", a.name).field("comment", a.comment);
    w.field("visible", a.visible).field("billable", a.billable);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    w.field("number", a.number);
    budgetIf(w, st.budgets && st.budgetsInCollections, a.budget, a.timeBudget, a.budgetType);
    w.field("color", a.color);
    w.endObject();
}

void activityEntity(JsonWriter &w, const Store &s, const Activity &a, const Style &st)
{
    w.beginObject();
    w.field("parentTitle", parentTitle(s, a)).key("project");
    projectOrNull(w, a.project);
    w.field("id", a.id).field("name", a.name).field("comment", a.comment);
    w.field("visible", a.visible).field("billable", a.billable);
    w.key("metaFields").emptyArray();
    w.key("teams").emptyArray();
    w.field("number", a.number);
    budgetIf(w, st.budgets, a.budget, a.timeBudget, a.budgetType);
    w.field("color", a.color);
    w.endObject();
}

void activityNested(JsonWriter &w, const Store &s, const Activity &a)
{
    w.beginObject();
    w.field("id", a.id).key("project");
    const Project *p = a.project ? s.project(a.project) : nullptr;
    if (p)
        projectNested(w, s, *p);
    else
        w.null();
    w.field("name", a.name).field("comment", a.comment).field("visible", a.visible).field("billable", a.billable);
    w.field("number", a.number).field("color", a.color);
    w.endObject();
}

void tag(JsonWriter &w, const Tag &t)
{
    w.beginObject();
    w.field("color-safe", t.color.isEmpty() ? colorFromName(t.name) : t.color);
    w.field("id", t.id).field("name", t.name).field("visible", t.visible).field("color", t.color);
    w.endObject();
}

namespace {

// The keys every serialised user has (JMS group "Default"), in Kimai's order.
void userDefaults(JsonWriter &w, const User &u, const Style &st)
{
    if (st.userLocaleAndApiToken)
        w.field("apiToken", true);
    w.field("initials", u.initials).field("id", u.id).field("alias", u.alias).field("title", u.title);
    if (st.richUser)
        w.nullField("avatar");
    w.field("username", u.username);
    if (st.richUser)
        w.field("email", u.email);
    w.field("accountNumber", u.accountNumber).field("enabled", true);
    if (st.richUser) {
        w.field("systemAccount", false).field("locale", u.locale).field("timezone", u.timezone);
        w.field("language", u.language);
    }
    w.field("color", u.color);
    if (st.richUser)
        w.field("color-safe", u.color.isEmpty() ? colorFromName(u.alias.isEmpty() ? u.username : u.alias) : u.color);
}

} // namespace

void userMe(JsonWriter &w, const User &u, const Style &st)
{
    w.beginObject();
    w.key("preferences").beginArray();
    w.beginObject().field("name", u"hourly_rate"_s).field("value", QString::number(u.hourlyRate)).endObject();
    w.beginObject().field("name", u"internal_rate"_s).nullField("value").endObject();
    w.beginObject().field("name", u"first_weekday"_s).field("value", u"monday"_s).endObject();
    w.beginObject().field("name", u"favorite_routes"_s).field("value", u""_s).endObject();
    w.endArray();
    if (!st.richUser) {   // richer users carry these three among their default keys
        if (st.userLocaleAndApiToken)
            w.field("locale", u.locale);
        w.field("timezone", u.timezone).field("language", u.language);
    }
    w.key("teams").emptyArray();
    if (!st.richUser)
        w.nullField("avatar");
    w.key("memberships").emptyArray();
    w.key("roles").value(st.roles);   // a plain user: [] (ROLE_USER is implicit and never stored)
    w.nullField("supervisor");
    userDefaults(w, u, st);
    w.endObject();
}

void userNested(JsonWriter &w, const User &u, const Style &st)
{
    w.beginObject();
    userDefaults(w, u, st);
    w.endObject();
}

void timesheet(JsonWriter &w, const Store &s, const Timesheet &t, TimesheetShape shape, const Style &st)
{
    const bool expanded = shape == TimesheetShape::Expanded || shape == TimesheetShape::ExpandedEntity;
    const bool entity = shape == TimesheetShape::Entity || shape == TimesheetShape::ExpandedEntity;
    const QStringList tags = s.tagNames(t.tags);
    w.beginObject();
    if (!expanded) {
        w.field("activity", t.activity).field("project", t.project).field("user", t.user);
        w.field("tags", tags);
    } else {
        w.field("tags", tags);
    }
    w.field("id", t.id).field("begin", datetime(s, t.begin, t.zone));
    if (t.running)
        w.nullField("end");
    else
        w.field("end", datetime(s, t.end, t.zone));
    w.field("duration", t.duration());
    if (st.breakField)
        w.field("break", t.breakSeconds);
    if (expanded) {
        w.key("user");
        if (const User *u = s.user(t.user))
            userNested(w, *u, st);
        else
            w.null();
        w.key("activity");
        if (const Activity *a = s.activity(t.activity))
            activityNested(w, s, *a);
        else
            w.null();
        w.key("project");
        if (const Project *p = s.project(t.project))
            projectNested(w, s, *p);
        else
            w.null();
    }
    w.field("description", t.description);
    if (st.rates) {
        const double rate = t.rate();
        w.field("rate", rate).field("internalRate", rate);
        if (entity) {
            if (t.fixedRate)
                w.field("fixedRate", *t.fixedRate);
            else
                w.nullField("fixedRate");
            if (t.running || t.fixedRate)
                w.nullField("hourlyRate");
            else
                w.field("hourlyRate", t.hourlyRate);
        }
    }
    w.field("exported", t.exported).field("billable", t.billable);
    w.key("metaFields").emptyArray();
    w.endObject();
}

void FormErrors::add(const QString &field, const QString &message)
{
    for (auto &child : children) {
        if (child.first == field) {
            if (!child.second.contains(message))
                child.second.append(message);
            return;
        }
    }
    children.append({field, {message}});
}

bool FormErrors::isEmpty() const
{
    if (!global.isEmpty())
        return false;
    for (const auto &child : children) {
        if (!child.second.isEmpty())
            return false;
    }
    return true;
}

QByteArray validationFailed(const FormErrors &errors)
{
    JsonWriter w;
    w.beginObject().field("code", 400).field("message", u"Validation Failed"_s);
    w.key("errors").beginObject();
    if (!errors.global.isEmpty())
        w.field("errors", errors.global);
    w.key("children").beginObject();
    for (const auto &child : errors.children) {
        const QByteArray name = child.first.toLatin1();
        w.key(name.constData()).beginObject();
        if (!child.second.isEmpty())
            w.field("errors", child.second);
        w.endObject();
    }
    w.endObject();   // children
    w.endObject();   // errors
    w.endObject();
    return w.take();
}

} // namespace kd::demo::json
