// Timesheet reads: the paginated list, one record, active, recent; and DELETE.
// Records live in Store::timesheets sorted by begin, so the default order (begin DESC) is a
// reverse walk; other orders sort only the matching records.

#include "demo/demoapi.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

QList<int> toIds(const QStringList &values)
{
    QList<int> ids;
    for (const QString &v : values)
        ids.append(v.toInt());
    return ids;
}

// -1: absent, 0/1 as given
int flag(const QString &value)
{
    return value.isEmpty() ? -1 : (value == u"1" || value == u"true" ? 1 : 0);
}

void insertAfterCacheControl(http::Response &r, const http::Headers &extra)
{
    qsizetype pos = r.headers.size();
    for (qsizetype i = 0; i < r.headers.size(); ++i) {
        if (r.headers[i].first.compare("Cache-Control", Qt::CaseInsensitive) == 0) {
            pos = i + 1;
            break;
        }
    }
    for (qsizetype i = 0; i < extra.size(); ++i)
        r.headers.insert(pos + i, extra[i]);
}

} // namespace

http::Response DemoApi::timesheets(const http::Request &r)
{
    const DemoProfile &profile = this->profile();
    QueryParams q(r.query);
    const QString id = u"\\d+"_s;
    const QString pageText = q.value(u"page"_s, id);
    const QString sizeText = q.value(u"size"_s, id);
    const QString userParam = q.value(u"user"_s, u"\\d+|all"_s);
    const QList<int> usersParam = toIds(q.list(u"users"_s, id));
    QList<int> customers = toIds(q.list(u"customers"_s, id));
    QList<int> projects = toIds(q.list(u"projects"_s, id));
    QList<int> activities = toIds(q.list(u"activities"_s, id));
    if (const QString v = q.value(u"customer"_s, id); !v.isEmpty())
        customers.append(v.toInt());
    if (const QString v = q.value(u"project"_s, id); !v.isEmpty())
        projects.append(v.toInt());
    if (const QString v = q.value(u"activity"_s, id); !v.isEmpty())
        activities.append(v.toInt());
    const int active = flag(q.value(u"active"_s, u"0|1"_s));
    const int exported = flag(q.value(u"exported"_s, u"0|1"_s));
    const int billable = flag(q.value(u"billable"_s, u"0|1"_s));
    const bool full = flag(q.value(u"full"_s, u"0|1|true|false"_s)) == 1;
    const QString orderBy = q.value(u"orderBy"_s, u"id|begin|end|rate"_s);
    const bool ascending = q.value(u"order"_s, u"ASC|DESC"_s) == u"ASC";
    const auto begin = q.dateTime(u"begin"_s, userZone());
    const auto end = q.dateTime(u"end"_s, userZone());
    const auto modifiedAfter = q.dateTime(u"modified_after"_s, profile.modifiedAfterUtc ? QTimeZone::utc() : userZone());
    const QString term = q.value(u"term"_s);
    const QStringList tagNames = q.list(u"tags"_s);
    if (q.bad())
        return error(400);

    // Whose records: the own ones, unless the user may see others' (view_other_timesheet).
    QList<int> users{kDemoUserId};
    bool allUsers = false;
    if (can().viewOtherTimesheets) {
        allUsers = userParam == u"all";
        QList<int> wanted = usersParam;
        if (!allUsers && !userParam.isEmpty())
            wanted.append(userParam.toInt());
        wanted.removeIf([this](int u) { return !m_store->user(u); });
        if (!wanted.isEmpty())
            users = wanted;
    }

    // Filter ids: 2.0-2.52 look each one up (404 if unknown); 2.53+ refuse what the user may not access.
    if (profile.filterCheck == FilterCheck::UnknownIs404) {
        for (int c : std::as_const(customers)) {
            if (!m_store->customer(c))
                return error(404);
        }
        for (int p : std::as_const(projects)) {
            if (!m_store->project(p))
                return error(404);
        }
        for (int a : std::as_const(activities)) {
            if (!m_store->activity(a))
                return error(404);
        }
    } else if (profile.filterCheck == FilterCheck::DeniedIs403) {
        for (int p : std::as_const(projects)) {
            if (const Project *project = m_store->project(p); project && !mayAccess(*project))
                return error(403);
        }
        for (int a : std::as_const(activities)) {
            if (const Activity *activity = m_store->activity(a); activity && !mayAccess(*activity))
                return error(403);
        }
    }

    QList<int> tagIds;
    for (const QString &name : tagNames) {
        if (const Tag *t = m_store->tagByName(name))
            tagIds.append(t->id);
    }
    if (!tagNames.isEmpty() && tagIds.isEmpty())
        return error(400);   // "Given tags were not found"

    const qint64 page = pageText.isEmpty() ? 1 : std::max<qint64>(1, pageText.left(12).toLongLong());
    qint64 size = sizeText.isEmpty() ? 50 : std::min<qint64>(sizeText.left(12).toLongLong(), 1'000'000'000);
    if (size < 1)
        size = 50;
    if (profile.maxPageSize > 0)
        size = std::min<qint64>(size, profile.maxPageSize);

    const qint64 from = begin ? begin->toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 to = end ? end->toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 changedAfter = modifiedAfter ? modifiedAfter->toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    std::vector<const Timesheet *> hits;
    for (auto it = m_store->timesheets.rbegin(); it != m_store->timesheets.rend(); ++it) {
        const Timesheet &t = *it;
        if ((!allUsers && !users.contains(t.user)) || t.begin < from || t.begin > to || t.modified <= changedAfter)
            continue;
        if ((active == 1 && !t.running) || (active == 0 && t.running))
            continue;
        if ((exported != -1 && t.exported != (exported == 1)) || (billable != -1 && t.billable != (billable == 1)))
            continue;
        if (!projects.isEmpty() && !projects.contains(t.project))
            continue;
        if (!activities.isEmpty() && !activities.contains(t.activity))
            continue;
        const Project *project = m_store->project(t.project);
        if (project && !mayAccess(*project))
            continue;   // Kimai's query leaves out records of projects the user may not see
        if (!customers.isEmpty() && (!project || !customers.contains(project->customer)))
            continue;
        if (!tagIds.isEmpty() && std::none_of(t.tags.begin(), t.tags.end(), [&](int tag) { return tagIds.contains(tag); }))
            continue;
        if (!term.isEmpty() && !t.description.contains(term, Qt::CaseInsensitive))
            continue;
        hits.push_back(&t);
    }
    if (orderBy == u"id" || orderBy == u"end" || orderBy == u"rate") {
        auto key = [&](const Timesheet *t) -> double {
            if (orderBy == u"id")
                return t->id;
            if (orderBy == u"rate")
                return t->rate();
            return t->running ? std::numeric_limits<double>::lowest() : double(t->end);   // NULL sorts first
        };
        std::stable_sort(hits.begin(), hits.end(), [&](const Timesheet *a, const Timesheet *b) {
            return key(a) > key(b);   // descending; reversed below for ASC
        });
    }
    if (ascending)
        std::reverse(hits.begin(), hits.end());

    const qint64 total = qint64(hits.size());
    const qint64 pages = std::max<qint64>(1, (total + size - 1) / size);
    if (page > pages)
        return error(profile.pageOverflowStatus);   // 1.x: Pagerfanta's exception was a 500
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    const qint64 first = (page - 1) * size;
    for (qint64 i = first; i < std::min(total, first + size); ++i)
        json::timesheet(w, *m_store, *hits[size_t(i)], full ? json::TimesheetShape::Expanded : json::TimesheetShape::Collection, st);
    w.endArray();
    http::Response response = json(w.take());
    if (profile.paginationHeaders) {
        insertAfterCacheControl(response, {{"X-Page", QByteArray::number(page)},
                                           {"X-Total-Count", QByteArray::number(total)},
                                           {"X-Total-Pages", QByteArray::number(pages)},
                                           {"X-Per-Page", QByteArray::number(size)}});
    }
    return response;
}

http::Response DemoApi::timesheet(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    const Timesheet &t = m_store->timesheets[size_t(index)];
    if (!mayView(t))
        return error(403);
    JsonWriter w;
    json::timesheet(w, *m_store, t, json::TimesheetShape::Entity, style());
    return json(w.take());
}

http::Response DemoApi::activeTimesheets()
{
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    for (auto it = m_store->timesheets.rbegin(); it != m_store->timesheets.rend(); ++it) {
        if (it->user == kDemoUserId && it->running)
            json::timesheet(w, *m_store, *it, json::TimesheetShape::Expanded, st);
    }
    w.endArray();
    return json(w.take());
}

// The latest stopped record of each (project, activity) pair that may still be booked, newest first.
http::Response DemoApi::recentTimesheets(const http::Request &r)
{
    QueryParams q(r.query);
    const auto begin = q.dateTime(u"begin"_s, userZone());
    const QString sizeText = q.value(u"size"_s, u"\\d+"_s);
    if (q.bad())
        return error(400);
    const qint64 from = begin ? begin->toSecsSinceEpoch() : now().addYears(-1).toSecsSinceEpoch();
    const qint64 size = sizeText.isEmpty() ? 10 : std::max<qint64>(1, sizeText.left(12).toLongLong());

    std::unordered_set<qint64> seen;
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    qint64 count = 0;
    for (auto it = m_store->timesheets.rbegin(); it != m_store->timesheets.rend() && count < size; ++it) {
        const Timesheet &t = *it;
        if (t.begin < from)
            break;
        if (t.user != kDemoUserId || t.running)
            continue;
        const qint64 pair = (qint64(t.project) << 32) | quint32(t.activity);
        if (seen.count(pair))
            continue;
        seen.insert(pair);
        const Project *p = m_store->project(t.project);
        const Activity *a = m_store->activity(t.activity);
        if (!p || !a || !m_store->projectUsable(*p) || !m_store->activityUsable(*a))
            continue;
        json::timesheet(w, *m_store, t, json::TimesheetShape::Expanded, st);
        ++count;
    }
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::deleteTimesheet(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    const Timesheet &t = m_store->timesheets[size_t(index)];
    if (!mayView(t) || !mayEdit(t))
        return error(403);   // others' records without the permission; exported ones (edit_exported_timesheet)
    m_store->favorites.removeAll(t.id);
    m_store->removeTimesheet(index);
    return noContent();
}

} // namespace kd::demo
