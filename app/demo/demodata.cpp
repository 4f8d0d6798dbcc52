#include "demo/demodata.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

template<typename T>
const T *byId(const QList<T> &list, int id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

bool lessByBegin(const Timesheet &a, const Timesheet &b)
{
    return a.begin != b.begin ? a.begin < b.begin : a.id < b.id;
}

} // namespace

double Timesheet::rate() const
{
    if (running)
        return 0.0;
    if (fixedRate)
        return *fixedRate;
    return std::round(double(duration()) / 3600.0 * hourlyRate * 100.0) / 100.0;
}

const Customer *Store::customer(int id) const { return byId(customers, id); }
const Project *Store::project(int id) const { return byId(projects, id); }
const Activity *Store::activity(int id) const { return byId(activities, id); }
const Tag *Store::tag(int id) const { return byId(tags, id); }
const User *Store::user(int id) const { return byId(users, id); }

const Tag *Store::tagByName(const QString &name) const
{
    for (const Tag &t : tags) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

int Store::userZone(int userId) const
{
    const User *u = user(userId);
    for (qsizetype i = 0; u && i < zones.size(); ++i) {
        if (QString::fromUtf8(zones.at(i).id()) == u->timezone)
            return int(i);
    }
    return 0;
}

bool Store::projectUsable(const Project &p) const
{
    const Customer *c = customer(p.customer);
    return p.visible && c && c->visible;
}

bool Store::activityUsable(const Activity &a) const
{
    if (!a.visible)
        return false;
    if (a.project == 0)
        return true;
    const Project *p = project(a.project);
    return p && projectUsable(*p);
}

bool Store::activityFitsProject(const Activity &a, const Project &p) const
{
    return a.project == 0 ? p.globalActivities : a.project == p.id;
}

qsizetype Store::indexOfTimesheet(int id) const
{
    for (size_t i = 0; i < timesheets.size(); ++i) {
        if (timesheets[i].id == id)
            return qsizetype(i);
    }
    return -1;
}

qsizetype Store::insertTimesheet(const Timesheet &t)
{
    const auto pos = std::upper_bound(timesheets.begin(), timesheets.end(), t, lessByBegin);
    const auto inserted = timesheets.insert(pos, t);
    return qsizetype(inserted - timesheets.begin());
}

void Store::removeTimesheet(qsizetype index)
{
    timesheets.erase(timesheets.begin() + index);
}

qsizetype Store::reposition(qsizetype index)
{
    const Timesheet t = timesheets[size_t(index)];
    removeTimesheet(index);
    return insertTimesheet(t);
}

QStringList Store::tagNames(const QList<int> &ids) const
{
    QStringList names;
    names.reserve(ids.size());
    for (const int id : ids) {
        if (const Tag *t = tag(id))
            names.append(t->name);
    }
    return names;
}

QDateTime Store::localTime(qint64 utcSeconds, int zone) const
{
    const QTimeZone &z = zones.value(zone, QTimeZone::utc());
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toTimeZone(z);
}

QString colorFromName(const QString &name)
{
    // The palette and the byte-sum rule Kimai uses for `color-safe` when no colour is set.
    static const char *const palette[] = {
        "#AAAAAA", "#DDDDDD", "#a972c9", "#9C27B0", "#673AB7", "#041fd1", "#5319e7", "#3F51B5", "#0074D9",
        "#2196F3", "#03A9F4", "#7FDBFF", "#39CCCC", "#00BCD4", "#006b75", "#009688", "#00bb32", "#4CAF50",
        "#3D9970", "#2ECC40", "#01FF70", "#8BC34A", "#CDDC39", "#FFDC00", "#FFC107", "#FF851B", "#FF9800",
        "#FF5722", "#f41a00", "#E91E63", "#85144b", "#b60205", "#FF4136", "#cc317c", "#F012BE", "#d82d80",
        "#B10DC9", "#e135f4", "#2d3748", "#4a5568", "#718096"};
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    quint64 sum = 0;
    const QByteArray utf8 = name.toUtf8();
    for (const char c : utf8) {
        if (quint8(c) < 0x80)   // PHP's mb_ord() of a lone non-ASCII byte is false, i.e. adds 0
            sum += quint8(c);
    }
    return QString::fromLatin1(palette[sum % count]);
}

} // namespace kd::demo
