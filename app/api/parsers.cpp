#include "api/parsers.h"

#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace kd::Parse {
namespace {

// Reads one JSON object; remembers the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }

    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = m_path + (m_path.isEmpty() ? QString() : QStringLiteral(".")) + key + QStringLiteral(": ") + what;
    }

    QJsonValue raw(const QString &key) const { return m_o.value(key); }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QString childPath(const QString &key) const
    {
        return m_path + (m_path.isEmpty() ? QString() : QStringLiteral(".")) + key;
    }

    static std::optional<qint64> asInteger(const QJsonValue &v)
    {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }

    int reqInt(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            fail(key, QStringLiteral("missing"));
            return 0;
        }
        const auto i = asInteger(v);
        if (!i || *i < std::numeric_limits<int>::min() || *i > std::numeric_limits<int>::max()) {
            fail(key, QStringLiteral("not an integer"));
            return 0;
        }
        return int(*i);
    }

    std::optional<qint64> optInteger(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto i = asInteger(v);
        if (!i)
            fail(key, QStringLiteral("not an integer"));
        return i;
    }

    QString reqString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a string"));
            return {};
        }
        return v.toString();
    }

    // Optional strings: null or absent give "", numbers are tolerated (e.g. a numeric `number`).
    QString optString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
        return {};
    }

    std::optional<QString> maybeString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        return std::nullopt;
    }

    bool optBool(const QString &key, bool fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        if (v.isDouble())
            return v.toDouble() != 0.0;
        return fallback;
    }

    bool reqBool(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a boolean"));
            return false;
        }
        return v.toBool();
    }

    std::optional<double> optDouble(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        return std::nullopt;
    }

    QDateTime reqDateTime(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a string"));
            return {};
        }
        const auto dt = KimaiDateTime::parse(v.toString());
        if (!dt) {
            fail(key, QStringLiteral("not a date and time: ") + v.toString().left(40));
            return {};
        }
        return *dt;
    }

    QDateTime optDateTime(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("not a string"));
            return {};
        }
        const auto dt = KimaiDateTime::parse(v.toString());
        if (!dt) {
            fail(key, QStringLiteral("not a date and time: ") + v.toString().left(40));
            return {};
        }
        return *dt;
    }

    // Plain date (`Y-m-d`); a full datetime is accepted too (older spec copies say date-time).
    QDate optDate(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            return {};
        const QString s = v.toString();
        if (const auto d = KimaiDateTime::parseDate(s))
            return *d;
        if (const auto dt = KimaiDateTime::parse(s))
            return dt->date();
        return {};
    }

    QStringList optStringList(const QString &key)
    {
        QStringList out;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("not an array"));
            return out;
        }
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &e : arr) {
            if (e.isString())
                out.append(e.toString());
            else if (e.isObject() && e.toObject().value(QLatin1String("name")).isString())
                out.append(e.toObject().value(QLatin1String("name")).toString());
        }
        return out;
    }

    QList<MetaField> metaFields(const QString &key)
    {
        QList<MetaField> out;
        const QJsonArray arr = m_o.value(key).toArray();
        for (const QJsonValue &e : arr) {
            const QJsonObject o = e.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            const QJsonValue val = o.value(QLatin1String("value"));
            out.append({name, val.isString() ? val.toString() : val.isDouble() ? QString::number(val.toDouble()) : QString()});
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

// Parses the whole body into a document of the expected shape.
bool document(const QByteArray &body, bool wantArray, QJsonDocument *doc, QString *error)
{
    QJsonParseError pe{};
    *doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (wantArray && !doc->isArray()) {
        *error = QStringLiteral("expected a JSON array");
        return false;
    }
    if (!wantArray && !doc->isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return false;
    }
    return true;
}

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

Project readProject(const QJsonObject &o, const QString &path, QString *err, std::optional<Customer> *expanded = nullptr)
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

template<typename T, typename F>
Result<T> one(const QByteArray &body, F read)
{
    QJsonDocument doc;
    QString error;
    if (!document(body, false, &doc, &error))
        return Result<T>::fail(error);
    T value = read(doc.object(), QString(), &error);
    if (!error.isEmpty())
        return Result<T>::fail(error);
    return Result<T>::of(std::move(value));
}

template<typename T, typename F>
Result<QList<T>> many(const QByteArray &body, F read)
{
    QJsonDocument doc;
    QString error;
    if (!document(body, true, &doc, &error))
        return Result<QList<T>>::fail(error);
    const QJsonArray arr = doc.array();
    QList<T> out;
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        const QJsonValue v = arr.at(i);
        if (!v.isObject())
            return Result<QList<T>>::fail(path + QStringLiteral(": expected an object"));
        out.append(read(v.toObject(), path, &error));
        if (!error.isEmpty())
            return Result<QList<T>>::fail(error);
    }
    return Result<QList<T>>::of(std::move(out));
}

} // namespace

Result<QString> ping(const QByteArray &body)
{
    return one<QString>(body, [](const QJsonObject &o, const QString &path, QString *err) {
        Reader r(o, path, err);
        return r.reqString(QStringLiteral("message"));
    });
}

Result<Version> version(const QByteArray &body)
{
    return one<Version>(body, [](const QJsonObject &o, const QString &path, QString *err) {
        Reader r(o, path, err);
        Version v;
        v.version = r.reqString(QStringLiteral("version"));
        v.versionId = r.reqInt(QStringLiteral("versionId"));
        v.copyright = r.optString(QStringLiteral("copyright"));
        return v;
    });
}

Result<User> user(const QByteArray &body)
{
    return one<User>(body, readUser);
}

Result<TimesheetConfig> timesheetConfig(const QByteArray &body)
{
    return one<TimesheetConfig>(body, [](const QJsonObject &o, const QString &path, QString *err) {
        Reader r(o, path, err);
        TimesheetConfig c;
        c.trackingMode = r.reqString(QStringLiteral("trackingMode"));
        c.defaultBeginTime = r.optString(QStringLiteral("defaultBeginTime"));
        c.activeEntriesHardLimit = int(r.optInteger(QStringLiteral("activeEntriesHardLimit")).value_or(1));
        c.isAllowFutureTimes = r.optBool(QStringLiteral("isAllowFutureTimes"), true);
        c.isAllowOverlapping = r.optBool(QStringLiteral("isAllowOverlapping"), true);
        return c;
    });
}

Result<I18nConfig> i18nConfig(const QByteArray &body)
{
    return one<I18nConfig>(body, [](const QJsonObject &o, const QString &path, QString *err) {
        Reader r(o, path, err);
        I18nConfig c;
        c.available = true;
        c.formDate = r.optString(QStringLiteral("formDate"));
        c.dateTime = r.optString(QStringLiteral("dateTime"));
        c.date = r.reqString(QStringLiteral("date"));
        c.time = r.optString(QStringLiteral("time"));
        c.duration = r.optString(QStringLiteral("duration"));
        c.is24hours = r.optBool(QStringLiteral("is24hours"), true);
        c.now = r.optDateTime(QStringLiteral("now"));
        return c;
    });
}

Result<QList<QPair<QString, QString>>> colors(const QByteArray &body)
{
    return one<QList<QPair<QString, QString>>>(body, [](const QJsonObject &o, const QString &, QString *) {
        QList<QPair<QString, QString>> out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isString())
                out.append({it.key(), it.value().toString()});
        }
        return out;
    });
}

Result<Customer> customer(const QByteArray &body)
{
    return one<Customer>(body, readCustomer);
}

Result<QList<Customer>> customers(const QByteArray &body)
{
    return many<Customer>(body, readCustomer);
}

Result<Project> project(const QByteArray &body)
{
    return one<Project>(body, [](const QJsonObject &o, const QString &p, QString *e) { return readProject(o, p, e); });
}

Result<QList<Project>> projects(const QByteArray &body)
{
    return many<Project>(body, [](const QJsonObject &o, const QString &p, QString *e) { return readProject(o, p, e); });
}

Result<Activity> activity(const QByteArray &body)
{
    return one<Activity>(body, readActivity);
}

Result<QList<Activity>> activities(const QByteArray &body)
{
    return many<Activity>(body, readActivity);
}

Result<QStringList> tagNames(const QByteArray &body)
{
    QJsonDocument doc;
    QString error;
    if (!document(body, true, &doc, &error))
        return Result<QStringList>::fail(error);
    QStringList out;
    const QJsonArray arr = doc.array();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonValue v = arr.at(i);
        if (v.isString())
            out.append(v.toString());
        else if (v.isObject() && v.toObject().value(QLatin1String("name")).isString())
            out.append(v.toObject().value(QLatin1String("name")).toString());
        else
            return Result<QStringList>::fail(QStringLiteral("[%1]: expected a tag name").arg(i));
    }
    return Result<QStringList>::of(out);
}

namespace {
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
} // namespace

Result<QList<Tag>> tags(const QByteArray &body)
{
    return many<Tag>(body, readTag);
}

Result<Tag> tag(const QByteArray &body)
{
    return one<Tag>(body, readTag);
}

Result<Timesheet> timesheet(const QByteArray &body)
{
    return one<Timesheet>(body, readTimesheet);
}

Result<QList<Timesheet>> timesheets(const QByteArray &body)
{
    return many<Timesheet>(body, readTimesheet);
}

PageInfo pageInfo(const QByteArray &xPage, const QByteArray &xTotalCount, const QByteArray &xTotalPages,
                  const QByteArray &xPerPage)
{
    PageInfo info;
    bool okPage = false;
    bool okCount = false;
    bool okPages = false;
    bool okPer = false;
    const int page = xPage.trimmed().toInt(&okPage);
    const int count = xTotalCount.trimmed().toInt(&okCount);
    const int pages = xTotalPages.trimmed().toInt(&okPages);
    const int per = xPerPage.trimmed().toInt(&okPer);
    if (okPage && page >= 1)
        info.page = page;
    if (okCount && count >= 0)
        info.totalCount = count;
    if (okPages && pages >= 0)
        info.totalPages = pages;
    if (okPer && per > 0)
        info.perPage = per;
    info.hasHeaders = okPages && pages >= 0;
    return info;
}

} // namespace kd::Parse
