// Timesheet writes: POST, PATCH, stop, restart, and the hard limit of running records.
//
// Kimai's rules reproduced here (see recorded-2.28/40, 43, 46, 51-55, and the sources named below):
// - a running record keeps its begin to the second; once it has an end, begin is rounded down and
//   end rounded up to the full minute; duration = end - begin - break;
// - the form's fields depend on the user's permissions, the tracking mode and the version
//   (TimesheetController::postAction's include_* options, TimesheetEditForm), in this order:
//   begin, end (the "default" tracking mode, or 2.25+ with view_other_timesheet), break (break time
//   switched on, shown from 2.45), project, activity, description, fixedRate, hourlyRate (edit_rate),
//   user (create_other_timesheet), tags, exported (edit_export), billable (edit_billable); any other
//   key is an extra-fields error, and the 400 lists every field of this user's form;
// - a new record begins now (to the second), or in the duration_fixed_begin mode at the minute of
//   the default begin time "now" (DurationFixedBeginMode::create), unless the form sets it;
// - begin/end are read as `yyyy-MM-ddTHH:mm[:ss]` in the record's timezone; break is a duration
//   string (Kimai's Duration: "1:30", "1.5" or "1,5" hours, "90m", "1h30m"; a bare number is hours);
// - the configured rules: no begin/end in the future (TimesheetFutureTimesValidator, 1 minute of
//   rounding + 1 minute allowed), no overlapping stopped records of the same user
//   (TimesheetRepository::hasRecordForTime, records touching at a second are fine). Their messages
//   are global form errors: the API form has no `begin_date`/`end_time` field they point at;
// - exported records are locked (403) for users without edit_exported_timesheet, records of
//   others need the *_other_timesheet permissions (TimesheetVoter).

#include "demo/demoapi.h"
#include "demo/demoform.h"

#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

constexpr qint64 kFutureSlackSeconds = 120;   // default rounding (1 min) + 1 min, see #1295

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

// Kimai's duration formats (Utils\Duration::parseDurationString); negative breaks are refused.
std::optional<int> durationSeconds(const QString &text)
{
    static const QRegularExpression colon(u"^(\\d+):(\\d+)(?::(\\d+))?$"_s);
    static const QRegularExpression decimal(u"^\\d+(?:[.,]\\d+)?$"_s);
    static const QRegularExpression natural(u"^(?:(\\d+)[hH])?(?:(\\d+)[mM])?(?:(\\d+)[sS])?$"_s);
    const QString s = text.trimmed();
    if (s.isEmpty())
        return 0;
    if (const auto m = colon.match(s); m.hasMatch())
        return m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toInt();
    if (decimal.match(s).hasMatch())
        return int(QString(s).replace(u',', u'.').toDouble() * 3600);
    if (const auto m = natural.match(s); m.hasMatch() && s.size() > 1)
        return m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return std::nullopt;
}

bool autoBillable(const Store &s, const Timesheet &t)
{
    const Project *p = s.project(t.project);
    const Activity *a = s.activity(t.activity);
    const Customer *c = p ? s.customer(p->customer) : nullptr;
    return p && a && c && c->billable && p->billable && a->billable;
}

// Another stopped record of the same user shares more than a second with `t`.
bool overlapsAnother(const Store &s, const Timesheet &t)
{
    const qint64 begin = t.begin + 1;
    const qint64 end = t.end - 1;
    auto between = [](qint64 v, qint64 low, qint64 high) { return v >= low && v <= high; };
    for (const Timesheet &o : s.timesheets) {
        if (o.user != t.user || o.running || o.id == t.id)
            continue;
        if (between(begin, o.begin, o.end))
            return true;
        if (!t.running && (between(end, o.begin, o.end) || between(o.begin, begin, end) || between(o.end, begin, end)))
            return true;
    }
    return false;
}

struct FormSpec
{
    bool times = true;
    bool breakTime = false;
    bool rates = false;
    bool user = false;
    bool exported = false;
    bool billable = false;

    QStringList fields() const
    {
        QStringList f;
        if (times)
            f << u"begin"_s << u"end"_s;
        if (breakTime)
            f << u"break"_s;
        f << u"project"_s << u"activity"_s << u"description"_s;
        if (rates)
            f << u"fixedRate"_s << u"hourlyRate"_s;
        if (user)
            f << u"user"_s;
        f << u"tags"_s;
        if (exported)
            f << u"exported"_s;
        if (billable)
            f << u"billable"_s;
        return f;
    }
};

FormSpec formSpec(const DemoApi &api)
{
    const RolePermissions &can = api.can();
    FormSpec spec;
    spec.times = api.settings.trackingMode == u"default"
        || (api.profile().trackingModeTimesForViewers && can.viewOtherTimesheets);
    spec.breakTime = api.profile().breakInForm && api.settings.breakTimeActive;
    spec.rates = can.editRates;
    spec.user = can.createOtherTimesheets;
    spec.exported = can.editExportFlag;
    spec.billable = can.editBillable;
    return spec;
}

// Applies the submitted fields to `t` and validates them; errors go to `f`, tag names the store
// does not know to `unknownTags`.
void applyForm(const DemoApi &api, const Store &s, FormInput &f, Timesheet &t, bool creating, const FormSpec &spec,
               QStringList *unknownTags)
{
    if (spec.user && f.has(u"user"_s)) {
        const int id = f.id(u"user"_s);
        const User *u = id > 0 ? s.user(id) : nullptr;
        if (id == 0 && !creating)
            f.error(u"user"_s, msg::blank());
        else if (id != 0 && !u)
            f.error(u"user"_s, msg::invalidChoice());
        else if (u && u->id != t.user) {
            t.user = u->id;
            t.hourlyRate = u->hourlyRate;
            if (creating)
                t.zone = s.userZone(u->id);
        }
    }
    const QTimeZone zone = s.zones.value(t.zone, QTimeZone::utc());
    bool projectOk = !creating;
    if (f.has(u"project"_s) || creating) {
        const int id = f.id(u"project"_s);
        const Project *p = id > 0 ? s.project(id) : nullptr;
        projectOk = false;
        if (id == 0)
            f.error(u"project"_s, msg::blank());
        else if (!p || !s.projectUsable(*p) || !api.mayAccess(*p))
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
    if (spec.times && f.has(u"begin"_s)) {
        const auto begin = formDateTime(f.raw(u"begin"_s), zone);
        if (f.isNull(u"begin"_s))
            f.error(u"begin"_s, msg::blank());
        else if (!begin)
            f.error(u"begin"_s, msg::invalidDateTime());
        else
            t.begin = *begin;
        timesOk = begin.has_value();
    }
    if (spec.times && f.has(u"end"_s)) {
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
    if (spec.breakTime && f.has(u"break"_s)) {
        const auto seconds = durationSeconds(f.string(u"break"_s));
        if (seconds)
            t.breakSeconds = *seconds;
        else
            f.error(u"break"_s, msg::invalidValue());
    }
    if (timesOk && !t.running && t.end < t.begin)
        f.errors.global.append(msg::endBeforeBegin());
    if (f.has(u"description"_s)) {
        const QString d = f.string(u"description"_s);
        t.description = d.isEmpty() ? QString() : d;
    }
    if (spec.rates) {
        if (f.has(u"fixedRate"_s))
            t.fixedRate = f.number(u"fixedRate"_s);
        if (const auto rate = f.number(u"hourlyRate"_s))
            t.hourlyRate = *rate;
    }
    if (f.has(u"tags"_s)) {
        QStringList names;
        const QJsonValue v = f.raw(u"tags"_s);
        if (v.isString()) {
            names = v.toString().split(u',');
        } else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            for (const QJsonValue &item : array)
                names.append(item.toString());
        }
        t.tags.clear();
        for (const QString &raw : std::as_const(names)) {
            const QString name = raw.trimmed();
            if (const Tag *tag = s.tagByName(name)) {
                if (!t.tags.contains(tag->id))
                    t.tags.append(tag->id);
            } else if (!name.isEmpty() && !unknownTags->contains(name)) {
                unknownTags->append(name);   // created (up to 2.10) or dropped silently (2.11+)
            }
        }
    }
    if (const auto b = spec.billable ? f.boolean(u"billable"_s) : std::nullopt)
        t.billable = *b;
    else if (creating)
        t.billable = autoBillable(s, t);
    if (const auto e = spec.exported ? f.boolean(u"exported"_s) : std::nullopt)
        t.exported = *e;
}

// The configured rules, checked on the record as it will be stored.
void checkRules(const DemoApi &api, const Store &s, const Timesheet &t, json::FormErrors &errors)
{
    if (!api.settings.allowFutureTimes) {
        const qint64 limit = api.now().toSecsSinceEpoch() + kFutureSlackSeconds;
        if (t.begin > limit)
            errors.global.append(u"The begin date cannot be in the future."_s);
        if (!t.running && t.end > limit)
            errors.global.append(u"The end date cannot be in the future."_s);
    }
    if (!api.settings.allowOverlapping && overlapsAnother(s, t))
        errors.global.append(u"You already have an entry for this time."_s);
}

// Unknown tag names become tags on versions whose form creates them.
void resolveTags(const DemoApi &api, Store &s, Timesheet &t, const QStringList &unknownTags)
{
    if (!api.profile().createsUnknownTags)
        return;
    for (const QString &name : unknownTags) {
        Tag tag;
        tag.id = 1;
        for (const Tag &existing : std::as_const(s.tags))
            tag.id = std::max(tag.id, existing.id + 1);
        tag.name = name;
        s.tags.append(tag);
        t.tags.append(tag.id);
    }
}

bool wantsFull(const http::Request &r)
{
    const QString v = r.query.queryItemValue(u"full"_s);
    return r.query.hasQueryItem(u"full"_s) && v != u"0" && v != u"false";
}

} // namespace

http::Response DemoApi::postTimesheet(const http::Request &r, const QJsonObject &body)
{
    const FormSpec spec = formSpec(*this);
    FormInput f(body, spec.fields());
    Timesheet t;
    t.user = kDemoUserId;
    t.zone = 0;
    t.hourlyRate = me().hourlyRate;
    t.begin = now().toSecsSinceEpoch();   // to the second: a running record keeps it
    // DurationFixedBeginMode::create(): the begin is today at the default begin time, which is
    // "now" here (/api/config/timesheet), with the seconds set to 0 — also for a record whose form
    // has no begin (a plain user).
    if (settings.trackingMode == u"duration_fixed_begin")
        t.begin = floorMinute(t.begin);
    t.running = true;
    QStringList unknownTags;
    applyForm(*this, *m_store, f, t, true, spec, &unknownTags);
    roundStopped(t);
    if (f.ok())
        checkRules(*this, *m_store, t, f.errors);
    if (!f.ok())
        return validation(f.errors);
    resolveTags(*this, *m_store, t, unknownTags);
    t.id = m_store->nextTimesheetId++;
    t.modified = now().toSecsSinceEpoch();
    m_store->insertTimesheet(t);
    if (t.running)
        enforceHardLimit(t.id);
    const Timesheet &saved = m_store->timesheets[size_t(m_store->indexOfTimesheet(t.id))];
    JsonWriter w;
    json::timesheet(w, *m_store, saved, wantsFull(r) ? json::TimesheetShape::ExpandedEntity : json::TimesheetShape::Entity,
                    style());
    return json(w.take());
}

http::Response DemoApi::patchTimesheet(int id, const QJsonObject &body)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    Timesheet t = m_store->timesheets[size_t(index)];
    if (!mayView(t) || !mayEdit(t))
        return error(403);
    const FormSpec spec = formSpec(*this);
    FormInput f(body, spec.fields());
    const bool wasRunning = t.running;
    QStringList unknownTags;
    applyForm(*this, *m_store, f, t, false, spec, &unknownTags);
    roundStopped(t);
    if (f.ok())
        checkRules(*this, *m_store, t, f.errors);
    if (!f.ok())
        return validation(f.errors);
    resolveTags(*this, *m_store, t, unknownTags);
    t.modified = now().toSecsSinceEpoch();
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
    t.modified = now().toSecsSinceEpoch();
    roundStopped(t);
}

http::Response DemoApi::stopTimesheet(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    Timesheet &t = m_store->timesheets[size_t(index)];
    if (t.user != kDemoUserId && !can().editOtherTimesheets)
        return error(403);
    if (t.running && now().toSecsSinceEpoch() < t.begin) {
        // Kimai's service-level validation error: note the string "400".
        return json(QByteArrayLiteral("{\"code\":\"400\",\"message\":\"Validation Failed\",\"errors\":{\"children\":"
                                      "{\"end\":{\"errors\":[\"End date must not be earlier then start date.\"]}}}}"),
                    400);
    }
    if (t.running && !settings.allowOverlapping) {
        Timesheet stopped = t;
        stop(stopped);
        if (overlapsAnother(*m_store, stopped)) {
            return json(QByteArrayLiteral("{\"code\":\"400\",\"message\":\"Validation Failed\",\"errors\":{\"children\":"
                                          "{\"begin_date\":{\"errors\":[\"You already have an entry for this time.\"]}}}}"),
                        400);
        }
    }
    stop(t);
    const qsizetype moved = m_store->reposition(index);   // begin was rounded down
    JsonWriter w;
    json::timesheet(w, *m_store, m_store->timesheets[size_t(moved)], json::TimesheetShape::Entity, style());
    return json(w.take());
}

http::Response DemoApi::restartTimesheet(int id, const QJsonObject &body)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    const Timesheet original = m_store->timesheets[size_t(index)];
    if (original.user != kDemoUserId && !can().editOtherTimesheets)
        return error(403);
    const Project *p = m_store->project(original.project);
    const Activity *a = m_store->activity(original.activity);
    if (!p || !a || !m_store->projectUsable(*p) || !m_store->activityUsable(*a) || !mayAccess(*p))
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
    t.user = kDemoUserId;
    t.zone = 0;
    t.project = original.project;
    t.activity = original.activity;
    t.begin = begin;
    t.running = true;
    t.hourlyRate = me().hourlyRate;
    t.modified = now().toSecsSinceEpoch();
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
        if (t.user == kDemoUserId && t.running)
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
