// Customers, projects, activities and tags: lists with Kimai's filters, single entities, POST.

#include "demo/demoapi.h"
#include "demo/demoform.h"

#include "core/kimaidatetime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

const QString kVisible = u"1|2|3"_s;
const QString kOrder = u"ASC|DESC"_s;
const QString kId = u"\\d+"_s;
const QString kBool = u"0|1|true|false"_s;

// 1: visible only (default), 2: hidden only, 3: both.
bool visibilityMatches(const QString &mode, bool visible)
{
    if (mode == u"3")
        return true;
    if (mode == u"2")
        return !visible;
    return visible;
}

bool contains(const QString &haystack, const QString &term)
{
    return !haystack.isNull() && haystack.contains(term, Qt::CaseInsensitive);
}

template<typename T, typename Key>
void sortBy(QList<const T *> &list, bool descending, Key key)
{
    std::stable_sort(list.begin(), list.end(), [&](const T *a, const T *b) {
        const int c = key(*a, *b);
        const int r = c != 0 ? c : (a->id < b->id ? -1 : (a->id > b->id ? 1 : 0));
        return descending ? r > 0 : r < 0;
    });
}

int byName(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

int byId(int a, int b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

int nextId(const auto &list)
{
    int id = 0;
    for (const auto &item : list)
        id = std::max(id, item.id);
    return id + 1;
}

std::optional<QDate> dateParam(QueryParams &q, const QString &name)
{
    const QString v = q.value(name, u"\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2})?"_s);
    if (v.isEmpty() || q.bad())
        return std::nullopt;
    return KimaiDateTime::parseDate(v.left(10));
}

} // namespace

// ---- customers ------------------------------------------------------------------------------

http::Response DemoApi::customers(const http::Request &r)
{
    QueryParams q(r.query);
    const QString visible = q.value(u"visible"_s, kVisible);
    const QString order = q.value(u"order"_s, kOrder);
    const QString orderBy = q.value(u"orderBy"_s, u"id|name"_s);
    const QString term = q.value(u"term"_s);
    if (q.bad())
        return error(400);
    QList<const Customer *> list;
    for (const Customer &c : m_store->customers) {
        if (!visibilityMatches(visible, c.visible))
            continue;
        if (!term.isEmpty() && !contains(c.name, term) && !contains(c.number, term) && !contains(c.comment, term)
            && !contains(c.company, term))
            continue;
        list.append(&c);
    }
    sortBy(list, order == u"DESC", [&](const Customer &a, const Customer &b) {
        return orderBy == u"id" ? byId(a.id, b.id) : byName(a.name, b.name);
    });
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    for (const Customer *c : std::as_const(list))
        json::customerCollection(w, *c, st);
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::customer(int id)
{
    const Customer *c = m_store->customer(id);
    if (!c)
        return error(404);
    JsonWriter w;
    json::customerEntity(w, *c, style());
    return json(w.take());
}

http::Response DemoApi::postCustomer(const QJsonObject &body)
{
    FormInput f(body, {u"name"_s, u"number"_s, u"comment"_s, u"company"_s, u"vatId"_s, u"contact"_s, u"address"_s,
                       u"country"_s, u"currency"_s, u"phone"_s, u"fax"_s, u"mobile"_s, u"email"_s, u"homepage"_s,
                       u"timezone"_s, u"invoiceText"_s, u"invoiceTemplate"_s, u"teams"_s, u"color"_s, u"budget"_s,
                       u"timeBudget"_s, u"budgetType"_s, u"visible"_s, u"billable"_s});
    Customer c;
    c.name = f.string(u"name"_s).trimmed();
    c.number = f.string(u"number"_s);
    c.comment = f.string(u"comment"_s);
    c.company = f.string(u"company"_s);
    c.vatId = f.string(u"vatId"_s);
    c.contact = f.string(u"contact"_s);
    c.address = f.string(u"address"_s);
    c.country = f.string(u"country"_s);
    c.currency = f.string(u"currency"_s);
    c.phone = f.string(u"phone"_s);
    c.fax = f.string(u"fax"_s);
    c.mobile = f.string(u"mobile"_s);
    c.email = f.string(u"email"_s);
    c.homepage = f.string(u"homepage"_s);
    c.timezone = f.string(u"timezone"_s);
    c.color = f.string(u"color"_s);
    c.budget = f.number(u"budget"_s).value_or(0.0);
    c.timeBudget = int(f.number(u"timeBudget"_s).value_or(0.0));
    c.budgetType = f.string(u"budgetType"_s);
    c.visible = f.boolean(u"visible"_s).value_or(false);
    c.billable = f.boolean(u"billable"_s).value_or(false);
    if (c.name.isEmpty())
        f.error(u"name"_s, msg::blank());
    if (c.country.isEmpty())
        f.error(u"country"_s, msg::blank());
    else if (c.country.size() != 2 || c.country != c.country.toUpper())
        f.error(u"country"_s, u"This value is not a valid country."_s);
    if (c.currency.isEmpty())
        f.error(u"currency"_s, msg::blank());
    else if (c.currency.size() != 3 || c.currency != c.currency.toUpper())
        f.error(u"currency"_s, u"This value is not a valid currency."_s);
    if (c.timezone.isEmpty())
        f.error(u"timezone"_s, msg::blank());
    else if (!QTimeZone(c.timezone.toUtf8()).isValid())
        f.error(u"timezone"_s, u"This value is not a valid timezone."_s);
    if (!c.color.isEmpty() && !isColor(c.color))
        f.error(u"color"_s, u"The given value is not a valid hexadecimal color."_s);
    if (!c.budgetType.isEmpty() && c.budgetType != u"month")
        f.error(u"budgetType"_s, msg::invalidChoice());
    if (!f.ok())
        return validation(f.errors);
    c.id = nextId(m_store->customers);
    m_store->customers.append(c);
    return customer(c.id);
}

// ---- projects -------------------------------------------------------------------------------

http::Response DemoApi::projects(const http::Request &r)
{
    QueryParams q(r.query);
    QStringList customers = q.list(u"customers"_s, kId);
    const QString customer = q.value(u"customer"_s, kId);
    if (!customer.isEmpty())
        customers.append(customer);
    const QString visible = q.value(u"visible"_s, kVisible);
    const auto start = dateParam(q, u"start"_s);
    const auto end = dateParam(q, u"end"_s);
    const QString ignoreDates = q.value(u"ignoreDates"_s, kBool);
    const QString globals = q.value(u"globalActivities"_s, kBool);
    const QString order = q.value(u"order"_s, kOrder);
    const QString orderBy = q.value(u"orderBy"_s, u"id|name|customer"_s);
    const QString term = q.value(u"term"_s);
    if (q.bad())
        return error(400);

    std::optional<QDate> from = start;   // "started before": project start <= from
    std::optional<QDate> to = end;       // "ended after": project end >= to
    if (!from && !to && !(ignoreDates == u"1" || ignoreDates == u"true")) {
        const QDate today = now().toTimeZone(userZone()).date();
        from = today;
        to = today;
    }
    QList<const Project *> list;
    for (const Project &p : m_store->projects) {
        if (!mayAccess(p))
            continue;
        if (!customers.isEmpty() && !customers.contains(QString::number(p.customer)))
            continue;
        if (!visibilityMatches(visible, m_store->projectUsable(p)))
            continue;
        if (from && p.start.isValid() && p.start > *from)
            continue;
        if (to && p.end.isValid() && p.end < *to)
            continue;
        if (!globals.isEmpty() && p.globalActivities != (globals == u"1" || globals == u"true"))
            continue;
        if (!term.isEmpty() && !contains(p.name, term) && !contains(p.number, term) && !contains(p.comment, term)
            && !contains(p.orderNumber, term))
            continue;
        list.append(&p);
    }
    sortBy(list, order == u"DESC", [&](const Project &a, const Project &b) {
        if (orderBy == u"id")
            return byId(a.id, b.id);
        if (orderBy == u"customer") {
            const Customer *ca = m_store->customer(a.customer);
            const Customer *cb = m_store->customer(b.customer);
            const int c = byName(ca ? ca->name : QString(), cb ? cb->name : QString());
            if (c != 0)
                return c;
        }
        return byName(a.name, b.name);
    });
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    for (const Project *p : std::as_const(list))
        json::projectCollection(w, *m_store, *p, st);
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::project(int id)
{
    const Project *p = m_store->project(id);
    if (!p)
        return error(404);
    if (!mayAccess(*p))
        return error(403);
    JsonWriter w;
    json::projectEntity(w, *m_store, *p, style());
    return json(w.take());
}

http::Response DemoApi::postProject(const QJsonObject &body)
{
    FormInput f(body, {u"name"_s, u"number"_s, u"comment"_s, u"invoiceText"_s, u"orderNumber"_s, u"orderDate"_s,
                       u"start"_s, u"end"_s, u"customer"_s, u"teams"_s, u"color"_s, u"globalActivities"_s,
                       u"budget"_s, u"timeBudget"_s, u"budgetType"_s, u"visible"_s, u"billable"_s});
    Project p;
    p.name = f.string(u"name"_s).trimmed();
    p.number = f.string(u"number"_s);
    p.comment = f.string(u"comment"_s);
    p.orderNumber = f.string(u"orderNumber"_s);
    p.orderDate = f.date(u"orderDate"_s);
    p.start = f.date(u"start"_s);
    p.end = f.date(u"end"_s);
    p.color = f.string(u"color"_s);
    p.budget = f.number(u"budget"_s).value_or(0.0);
    p.timeBudget = int(f.number(u"timeBudget"_s).value_or(0.0));
    p.budgetType = f.string(u"budgetType"_s);
    p.globalActivities = f.boolean(u"globalActivities"_s).value_or(false);
    p.visible = f.boolean(u"visible"_s).value_or(false);
    p.billable = f.boolean(u"billable"_s).value_or(false);
    p.customer = f.id(u"customer"_s);
    if (p.name.isEmpty())
        f.error(u"name"_s, msg::blank());
    if (p.customer == 0) {
        f.error(u"customer"_s, msg::blank());
    } else {
        const Customer *c = m_store->customer(p.customer);
        if (!c || !c->visible)
            f.error(u"customer"_s, msg::invalidChoice());
    }
    if (p.start.isValid() && p.end.isValid() && p.end < p.start)
        f.error(u"end"_s, msg::endBeforeBegin());
    if (!p.color.isEmpty() && !isColor(p.color))
        f.error(u"color"_s, u"The given value is not a valid hexadecimal color."_s);
    if (!f.ok())
        return validation(f.errors);
    p.id = nextId(m_store->projects);
    m_store->projects.append(p);
    return project(p.id);
}

// ---- activities -----------------------------------------------------------------------------

http::Response DemoApi::activities(const http::Request &r)
{
    QueryParams q(r.query);
    QStringList projects = q.list(u"projects"_s, kId);
    const QString projectParam = q.value(u"project"_s, kId);
    if (!projectParam.isEmpty())
        projects.append(projectParam);
    const QString visible = q.value(u"visible"_s, kVisible);
    const QString globals = q.value(u"globals"_s, kBool);
    const QString order = q.value(u"order"_s, kOrder);
    const QString orderBy = q.value(u"orderBy"_s, u"id|name|project"_s);
    const QString term = q.value(u"term"_s);
    if (q.bad())
        return error(400);
    projects.removeDuplicates();
    const bool globalsOnly = globals == u"1" || globals == u"true";
    bool withGlobals = true;
    if (projects.size() == 1) {
        const Project *p = m_store->project(projects.first().toInt());
        withGlobals = !p || p->globalActivities;
    }
    QList<const Activity *> list;
    for (const Activity &a : m_store->activities) {
        if (!mayAccess(a))
            continue;
        if (globalsOnly && a.project != 0)
            continue;
        if (!projects.isEmpty() && !(a.project == 0 ? withGlobals : projects.contains(QString::number(a.project))))
            continue;
        if (!visibilityMatches(visible, m_store->activityUsable(a)))
            continue;
        if (!term.isEmpty() && !contains(a.name, term) && !contains(a.number, term) && !contains(a.comment, term))
            continue;
        list.append(&a);
    }
    sortBy(list, order == u"DESC", [&](const Activity &a, const Activity &b) {
        if (orderBy == u"id")
            return byId(a.id, b.id);
        if (orderBy == u"project") {
            const Project *pa = a.project ? m_store->project(a.project) : nullptr;
            const Project *pb = b.project ? m_store->project(b.project) : nullptr;
            const int c = byName(pa ? pa->name : QString(), pb ? pb->name : QString());
            if (c != 0)
                return c;
        }
        return byName(a.name, b.name);
    });
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    for (const Activity *a : std::as_const(list))
        json::activityCollection(w, *m_store, *a, st);
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::activity(int id)
{
    const Activity *a = m_store->activity(id);
    if (!a)
        return error(404);
    if (!mayAccess(*a))
        return error(403);
    JsonWriter w;
    json::activityEntity(w, *m_store, *a, style());
    return json(w.take());
}

http::Response DemoApi::postActivity(const QJsonObject &body)
{
    FormInput f(body, {u"name"_s, u"number"_s, u"comment"_s, u"invoiceText"_s, u"project"_s, u"teams"_s,
                       u"color"_s, u"budget"_s, u"timeBudget"_s, u"budgetType"_s, u"visible"_s, u"billable"_s});
    Activity a;
    a.name = f.string(u"name"_s).trimmed();
    a.number = f.string(u"number"_s);
    a.comment = f.string(u"comment"_s);
    a.color = f.string(u"color"_s);
    a.budget = f.number(u"budget"_s).value_or(0.0);
    a.timeBudget = int(f.number(u"timeBudget"_s).value_or(0.0));
    a.budgetType = f.string(u"budgetType"_s);
    a.visible = f.boolean(u"visible"_s).value_or(false);
    a.billable = f.boolean(u"billable"_s).value_or(false);
    a.project = f.id(u"project"_s);
    if (a.name.isEmpty())
        f.error(u"name"_s, msg::blank());
    if (a.project != 0) {
        const Project *p = a.project > 0 ? m_store->project(a.project) : nullptr;
        if (!p || !m_store->projectUsable(*p) || !mayAccess(*p))
            f.error(u"project"_s, msg::invalidChoice());
    }
    if (!a.color.isEmpty() && !isColor(a.color))
        f.error(u"color"_s, u"The given value is not a valid hexadecimal color."_s);
    if (!f.ok())
        return validation(f.errors);
    a.id = nextId(m_store->activities);
    m_store->activities.append(a);
    return activity(a.id);
}

// ---- tags -----------------------------------------------------------------------------------
// Hidden tags are left out of both lists (they are not offered for new records), but a record
// that carries one still shows its name, and POST/PATCH timesheets accept it by name.

http::Response DemoApi::tags(const http::Request &r)
{
    QueryParams q(r.query);
    const QString name = q.value(u"name"_s);
    QList<const Tag *> list;
    for (const Tag &t : m_store->tags) {
        if (t.visible && (name.isEmpty() || contains(t.name, name)))
            list.append(&t);
    }
    sortBy(list, false, [](const Tag &a, const Tag &b) { return byName(a.name, b.name); });
    JsonWriter w;
    w.beginArray();
    for (const Tag *t : std::as_const(list))
        w.value(t->name);
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::findTags(const http::Request &r)
{
    QueryParams q(r.query);
    const QString name = q.value(u"name"_s);
    if (!q.has(u"name"_s))
        return error(400);
    QList<const Tag *> list;
    for (const Tag &t : m_store->tags) {
        if (t.visible && (name.isEmpty() || contains(t.name, name)))
            list.append(&t);
    }
    sortBy(list, false, [](const Tag &a, const Tag &b) { return byName(a.name, b.name); });
    JsonWriter w;
    w.beginArray();
    for (const Tag *t : std::as_const(list))
        json::tag(w, *t);
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::postTag(const QJsonObject &body)
{
    if (!settings.mayCreateTags)
        return error(403);   // TagController::postAction: neither manage_tag nor create_tag
    FormInput f(body, {u"name"_s, u"color"_s, u"visible"_s});
    Tag t;
    t.name = f.string(u"name"_s).trimmed();
    t.color = f.string(u"color"_s);
    if (t.color.isEmpty())
        t.color = QString();
    t.visible = f.boolean(u"visible"_s).value_or(false);
    if (t.name.isEmpty())
        f.error(u"name"_s, msg::blank());
    else if (t.name.contains(u','))
        f.error(u"name"_s, u"Tag name cannot contain comma."_s);
    else if (t.name.size() > 100)
        f.error(u"name"_s, u"This value is too long. It should have 100 characters or less."_s);
    else if (m_store->tagByName(t.name))
        f.error(u"name"_s, u"This value is already used."_s);
    if (!t.color.isNull() && !isColor(t.color))
        f.error(u"color"_s, u"The given value is not a valid hexadecimal color."_s);
    if (!f.ok())
        return validation(f.errors);
    t.id = nextId(m_store->tags);
    m_store->tags.append(t);
    JsonWriter w;
    json::tag(w, t);
    return json(w.take());
}

} // namespace kd::demo
