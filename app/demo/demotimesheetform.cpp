// Timesheet writes: POST, PATCH, stop, restart, and the hard limit of running records.
//
// Kimai's rules reproduced here (see recorded-2.28/40, 43, 46, 51-55):
// - a running record keeps its begin to the second; once it has an end, begin is rounded down and
//   end rounded up to the full minute; duration = end - begin;
// - the form accepts begin, end, project, activity, description, tags, exported, billable (begin
//   and end only in the "default" tracking mode); any other key is an extra-fields error;
// - begin/end are read as `yyyy-MM-ddTHH:mm[:ss]` in the record's (the user's) timezone.

#include "demo/demoapi.h"
#include "demo/demoform.h"

#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

constexpr int kDemoUser = 1;

qint64 floorMinute(qint64 s)
{
    return s - ((s % 60) + 60) % 60;
}

qint64 ceilMinute(qint64 s)
{
    const qint64 f = floorMinute(s);
    return f == s ? s : f + 60;
}

void roundStopped(Timesheet &t)
{
    if (t.running)
        return;
    t.begin = floorMinute(t.begin);
    t.end = ceilMinute(t.end);
}

// The HTML5 local datetime the form accepts; no offset.
std::optional<qint64> formDateTime(const QJsonValue &v, const QTimeZone &zone)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?$"_s);
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return std::nullopt;
    const auto dt = KimaiDateTime::parse(v.toString(), zone);
    if (!dt)
        return std::nullopt;
    return dt->toSecsSinceEpoch();
}

QList<int> tagIdsFrom(const Store &s, const QJsonValue &v)
{
    QStringList names;
    if (v.isString()) {
        names = v.toString().split(u',');
    } else if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            names.append(item.toString());
    }
    QList<int> ids;
    for (const QString &name : std::as_const(names)) {
        const Tag *t = s.tagByName(name.trimmed());
        if (t && !ids.contains(t->id))   // unknown names are dropped silently (Kimai >= 2.11)
            ids.append(t->id);
    }
    return ids;
}

bool autoBillable(const Store &s, const Timesheet &t)
{
    const Project *p = s.project(t.project);
    const Activity *a = s.activity(t.activity);
    const Customer *c = p ? s.customer(p->customer) : nullptr;
    return p && a && c && c->billable && p->billable && a->billable;
}

// Applies the submitted fields to `t` and validates them; errors go to `f`.
void applyForm(const Store &s, FormInput &f, Timesheet &t, bool creating, bool allowTimes)
{
    const QTimeZone zone = s.zones.value(t.zone, QTimeZone::utc());
    bool projectOk = !creating;
    if (f.has(u"project"_s) || creating) {
        const int id = f.id(u"project"_s);
        const Project *p = id > 0 ? s.project(id) : nullptr;
        projectOk = false;
        if (id == 0)
            f.error(u"project"_s, msg::blank());
        else if (!p || !s.projectUsable(*p))
            f.error(u"project"_s, msg::invalidChoice());
        else {
            t.project = id;
            projectOk = true;
        }
    }
    if (f.has(u"activity"_s) || creating || f.has(u"project"_s)) {
        const int id = f.has(u"activity"_s) || creating ? f.id(u"activity"_s) : t.activity;
        const Activity *a = id > 0 ? s.activity(id) : nullptr;
        const Project *p = s.project(t.project);
        if (id == 0)
            f.error(u"activity"_s, msg::blank());
        else if (!a || !s.activityUsable(*a) || (projectOk && p && !s.activityFitsProject(*a, *p)))
            f.error(u"activity"_s, msg::invalidChoice());
        else
            t.activity = id;
    }
    bool timesOk = true;
    if (allowTimes && f.has(u"begin"_s)) {
        const auto begin = formDateTime(f.raw(u"begin"_s), zone);
        if (f.isNull(u"begin"_s))
            f.error(u"begin"_s, msg::blank());
        else if (!begin)
            f.error(u"begin"_s, msg::invalidDateTime());
        else
            t.begin = *begin;
        timesOk = begin.has_value();
    }
    if (allowTimes && f.has(u"end"_s)) {
        if (f.isNull(u"end"_s)) {
            t.running = true;
            t.end = 0;
        } else if (const auto end = formDateTime(f.raw(u"end"_s), zone)) {
            t.running = false;
            t.end = *end;
        } else {
            f.error(u"end"_s, msg::invalidDateTime());
            timesOk = false;
        }
    }
    if (timesOk && !t.running && t.end < t.begin)
        f.errors.global.append(msg::endBeforeBegin());
    if (f.has(u"description"_s)) {
        const QString d = f.string(u"description"_s);
        t.description = d.isEmpty() ? QString() : d;
    }
    if (f.has(u"tags"_s))
        t.tags = tagIdsFrom(s, f.raw(u"tags"_s));
    if (const auto b = f.boolean(u"billable"_s))
        t.billable = *b;
    else if (creating)
        t.billable = autoBillable(s, t);
    if (const auto e = f.boolean(u"exported"_s))
        t.exported = *e;
}

QStringList formFields(bool allowTimes)
{
    QStringList fields;
    if (allowTimes)
        fields << u"begin"_s << u"end"_s;
    fields << u"project"_s << u"activity"_s << u"description"_s << u"tags"_s << u"exported"_s << u"billable"_s;
    return fields;
}

bool wantsFull(const http::Request &r)
{
    const QString v = r.query.queryItemValue(u"full"_s);
    return r.query.hasQueryItem(u"full"_s) && v != u"0" && v != u"false";
}

} // namespace

http::Response DemoApi::postTimesheet(const http::Request &r, const QJsonObject &body)
{
    const bool allowTimes = settings.trackingMode == u"default";
    FormInput f(body, formFields(allowTimes));
    Timesheet t;
    t.user = kDemoUser;
    t.zone = 0;
    t.hourlyRate = me().hourlyRate;
    t.begin = now().toSecsSinceEpoch();   // to the second: a running record keeps it
    t.running = true;
    applyForm(*m_store, f, t, true, allowTimes);
    if (!f.ok())
        return validation(f.errors);
    roundStopped(t);
    t.id = m_store->nextTimesheetId++;
    m_store->insertTimesheet(t);
    if (t.running)
        enforceHardLimit(t.id);
    const Timesheet &saved = m_store->timesheets[size_t(m_store->indexOfTimesheet(t.id))];
    JsonWriter w;
    json::timesheet(w, *m_store, saved, wantsFull(r) ? json::TimesheetShape::ExpandedEntity : json::TimesheetShape::Entity);
    return json(w.take());
}

http::Response DemoApi::patchTimesheet(int id, const QJsonObject &body)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    Timesheet t = m_store->timesheets[size_t(index)];
    if (t.user != kDemoUser)
        return error(403);
    const bool allowTimes = settings.trackingMode == u"default";
    FormInput f(body, formFields(allowTimes));
    const bool wasRunning = t.running;
    applyForm(*m_store, f, t, false, allowTimes);
    if (!f.ok())
        return validation(f.errors);
    roundStopped(t);
    m_store->timesheets[size_t(index)] = t;
    m_store->reposition(index);
    if (t.running && !wasRunning)
        enforceHardLimit(t.id);
    return timesheet(id);
}

void DemoApi::stop(Timesheet &t)
{
    if (!t.running)
        return;
    t.running = false;
    t.end = std::max(now().toSecsSinceEpoch(), t.begin);
    roundStopped(t);
}

http::Response DemoApi::stopTimesheet(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    Timesheet &t = m_store->timesheets[size_t(index)];
    if (t.user != kDemoUser)
        return error(403);
    if (t.running && now().toSecsSinceEpoch() < t.begin) {
        // Kimai's service-level validation error: note the string "400".
        return json(QByteArrayLiteral("{\"code\":\"400\",\"message\":\"Validation Failed\",\"errors\":{\"children\":"
                                      "{\"end\":{\"errors\":[\"End date must not be earlier then start date.\"]}}}}"),
                    400);
    }
    stop(t);
    const qsizetype moved = m_store->reposition(index);   // begin was rounded down
    JsonWriter w;
    json::timesheet(w, *m_store, m_store->timesheets[size_t(moved)], json::TimesheetShape::Entity);
    return json(w.take());
}

http::Response DemoApi::restartTimesheet(int id, const QJsonObject &body)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    const Timesheet original = m_store->timesheets[size_t(index)];
    if (original.user != kDemoUser)
        return error(403);
    const Project *p = m_store->project(original.project);
    const Activity *a = m_store->activity(original.activity);
    if (!p || !a || !m_store->projectUsable(*p) || !m_store->activityUsable(*a))
        return error(403);

    qint64 begin = floorMinute(now().toSecsSinceEpoch());
    const QJsonValue beginValue = body.value(u"begin"_s);
    if (beginValue.isString() && !beginValue.toString().isEmpty()) {
        static const QRegularExpression strict(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"_s);
        const auto parsed = strict.match(beginValue.toString()).hasMatch()
            ? KimaiDateTime::parse(beginValue.toString(), userZone())
            : std::nullopt;
        if (!parsed)
            return error(400);
        begin = floorMinute(parsed->toSecsSinceEpoch());
    } else if (!beginValue.isUndefined() && !beginValue.isNull() && !beginValue.isString()) {
        return error(400);
    }

    Timesheet t;
    t.id = m_store->nextTimesheetId++;
    t.user = kDemoUser;
    t.zone = 0;
    t.project = original.project;
    t.activity = original.activity;
    t.begin = begin;
    t.running = true;
    t.hourlyRate = me().hourlyRate;
    if (body.value(u"copy"_s).toString() == u"all") {
        t.description = original.description;
        t.tags = original.tags;
        t.billable = original.billable;
    } else {
        t.billable = autoBillable(*m_store, t);
    }
    m_store->insertTimesheet(t);
    enforceHardLimit(t.id);
    return timesheet(t.id);
}

void DemoApi::enforceHardLimit(int keepId)
{
    const int limit = std::max(1, settings.activeEntriesHardLimit);
    std::vector<int> running;   // ids, oldest begin first (the store is sorted by begin)
    for (const Timesheet &t : m_store->timesheets) {
        if (t.user == kDemoUser && t.running)
            running.push_back(t.id);
    }
    qsizetype excess = qsizetype(running.size()) - limit;
    for (const int id : running) {
        if (excess <= 0)
            break;
        if (id == keepId)
            continue;
        const qsizetype index = m_store->indexOfTimesheet(id);
        stop(m_store->timesheets[size_t(index)]);
        m_store->reposition(index);
        --excess;
    }
}

} // namespace kd::demo
