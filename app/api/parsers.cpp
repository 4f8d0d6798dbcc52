#include "api/parsers.h"

#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace kd::Parse {
namespace {

using namespace detail;

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
