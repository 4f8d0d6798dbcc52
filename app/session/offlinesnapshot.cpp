#include "session/offlinesnapshot.h"

#include "core/kimaidatetime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace kd {

namespace {

constexpr int kFormat = 1;

QString instant(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// With the offset it had (a running entry's begin shows in Kimai's zone).
QString zoned(const QDateTime &t)
{
    return t.isValid() ? KimaiDateTime::toResponse(t, QTimeZone(t.offsetFromUtc())) : QString();
}

QDateTime readInstant(const QJsonValue &v)
{
    return KimaiDateTime::parse(v.toString()).value_or(QDateTime());
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList readStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QJsonObject write(const Customer &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("visible"), c.visible}};
}

QJsonObject write(const Project &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("customer"), p.customerId},
            {QStringLiteral("customerName"), p.customerName},
            {QStringLiteral("visible"), p.visible},
            {QStringLiteral("globalActivities"), p.globalActivities},
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), p.end.toString(Qt::ISODate)}};
}

QJsonObject write(const Activity &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("project"), a.projectId ? QJsonValue(*a.projectId) : QJsonValue()},
            {QStringLiteral("visible"), a.visible}};
}

QJsonObject write(const Timesheet &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("begin"), zoned(t.begin)},
            {QStringLiteral("project"), t.projectId},
            {QStringLiteral("activity"), t.activityId},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("tags"), strings(t.tags)}};
}

template<typename T>
QJsonArray writeAll(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(write(item));
    return out;
}

} // namespace

QByteArray OfflineSnapshot::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("savedAt"), instant(savedAt));
    root.insert(QStringLiteral("version"), QJsonObject{{QStringLiteral("version"), version.version},
                                                       {QStringLiteral("versionId"), version.versionId}});
    root.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.id},
                                                    {QStringLiteral("username"), user.username},
                                                    {QStringLiteral("alias"), user.alias},
                                                    {QStringLiteral("timezone"), user.timezone},
                                                    {QStringLiteral("language"), user.language},
                                                    {QStringLiteral("locale"), user.locale}});
    root.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("trackingMode"), config.trackingMode},
                                                      {QStringLiteral("defaultBeginTime"), config.defaultBeginTime},
                                                      {QStringLiteral("activeEntriesHardLimit"), config.activeEntriesHardLimit},
                                                      {QStringLiteral("allowFutureTimes"), config.isAllowFutureTimes},
                                                      {QStringLiteral("allowOverlapping"), config.isAllowOverlapping}});
    root.insert(QStringLiteral("customers"), writeAll(customers));
    root.insert(QStringLiteral("projects"), writeAll(projects));
    root.insert(QStringLiteral("activities"), writeAll(activities));
    root.insert(QStringLiteral("running"), writeAll(running));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<OfflineSnapshot> OfflineSnapshot::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    OfflineSnapshot s;
    s.savedAt = readInstant(root.value(QStringLiteral("savedAt")));
    const QJsonObject version = root.value(QStringLiteral("version")).toObject();
    s.version.version = version.value(QStringLiteral("version")).toString();
    s.version.versionId = version.value(QStringLiteral("versionId")).toInt();
    const QJsonObject user = root.value(QStringLiteral("user")).toObject();
    s.user.id = user.value(QStringLiteral("id")).toInt();
    s.user.username = user.value(QStringLiteral("username")).toString();
    s.user.alias = user.value(QStringLiteral("alias")).toString();
    s.user.timezone = user.value(QStringLiteral("timezone")).toString();
    s.user.language = user.value(QStringLiteral("language")).toString();
    s.user.locale = user.value(QStringLiteral("locale")).toString();
    const QJsonObject config = root.value(QStringLiteral("config")).toObject();
    s.config.trackingMode = config.value(QStringLiteral("trackingMode")).toString(s.config.trackingMode);
    s.config.defaultBeginTime = config.value(QStringLiteral("defaultBeginTime")).toString(s.config.defaultBeginTime);
    s.config.activeEntriesHardLimit = config.value(QStringLiteral("activeEntriesHardLimit")).toInt(1);
    s.config.isAllowFutureTimes = config.value(QStringLiteral("allowFutureTimes")).toBool(true);
    s.config.isAllowOverlapping = config.value(QStringLiteral("allowOverlapping")).toBool(true);
    for (const QJsonValue &v : root.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject o = v.toObject();
        Customer c;
        c.id = o.value(QStringLiteral("id")).toInt();
        c.name = o.value(QStringLiteral("name")).toString();
        c.visible = o.value(QStringLiteral("visible")).toBool(true);
        s.customers.append(c);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("projects")).toArray()) {
        const QJsonObject o = v.toObject();
        Project p;
        p.id = o.value(QStringLiteral("id")).toInt();
        p.name = o.value(QStringLiteral("name")).toString();
        p.customerId = o.value(QStringLiteral("customer")).toInt();
        p.customerName = o.value(QStringLiteral("customerName")).toString();
        p.visible = o.value(QStringLiteral("visible")).toBool(true);
        p.globalActivities = o.value(QStringLiteral("globalActivities")).toBool(true);
        p.start = KimaiDateTime::parseDate(o.value(QStringLiteral("start")).toString()).value_or(QDate());
        p.end = KimaiDateTime::parseDate(o.value(QStringLiteral("end")).toString()).value_or(QDate());
        s.projects.append(p);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("activities")).toArray()) {
        const QJsonObject o = v.toObject();
        Activity a;
        a.id = o.value(QStringLiteral("id")).toInt();
        a.name = o.value(QStringLiteral("name")).toString();
        if (o.value(QStringLiteral("project")).isDouble())
            a.projectId = o.value(QStringLiteral("project")).toInt();
        a.visible = o.value(QStringLiteral("visible")).toBool(true);
        s.activities.append(a);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("running")).toArray()) {
        const QJsonObject o = v.toObject();
        Timesheet t;
        t.id = o.value(QStringLiteral("id")).toInt();
        t.begin = readInstant(o.value(QStringLiteral("begin")));
        t.projectId = o.value(QStringLiteral("project")).toInt();
        t.activityId = o.value(QStringLiteral("activity")).toInt();
        t.description = o.value(QStringLiteral("description")).toString();
        t.tags = readStrings(o.value(QStringLiteral("tags")));
        if (t.id > 0 && t.begin.isValid())
            s.running.append(t);
    }
    if (!s.isValid())
        return std::nullopt;
    return s;
}

QString OfflineSnapshot::pathForProfile(const QString &profileId)
{
    QString name;
    for (const QChar c : profileId)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_'));
    if (name.isEmpty())
        name = QStringLiteral("default");
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/kimai-desk/offline/")
        + name + QStringLiteral(".json");
}

bool OfflineSnapshot::save(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = info.absolutePath();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<OfflineSnapshot> OfflineSnapshot::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A snapshot is small; anything much larger is not one.
    constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return std::nullopt;
    return fromJson(file.readAll());
}

} // namespace kd
