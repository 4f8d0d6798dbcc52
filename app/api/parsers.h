#pragma once

// JSON -> entity parsers. Pure functions: no I/O, no Qt objects, safe to run on any thread, and the
// libFuzzer targets call them directly. A required field that is missing or has the wrong type makes
// the whole result an error naming the field (`[3].begin: missing`); optional fields that differ
// between Kimai versions are simply absent.

#include "core/entities.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class QJsonValue;

namespace kd::Parse {

template<typename T>
struct Result
{
    std::optional<T> value;
    QString error;   // set when !value
    bool ok() const { return value.has_value(); }
    static Result fail(QString e) { return Result{std::nullopt, std::move(e)}; }
    static Result of(T v) { return Result{std::move(v), {}}; }
};

Result<QString> ping(const QByteArray &body);
Result<Version> version(const QByteArray &body);
Result<User> user(const QByteArray &body);
Result<TimesheetConfig> timesheetConfig(const QByteArray &body);
Result<I18nConfig> i18nConfig(const QByteArray &body);
Result<QList<QPair<QString, QString>>> colors(const QByteArray &body);

Result<Customer> customer(const QByteArray &body);
Result<QList<Customer>> customers(const QByteArray &body);
Result<Project> project(const QByteArray &body);
Result<QList<Project>> projects(const QByteArray &body);
Result<Activity> activity(const QByteArray &body);
Result<QList<Activity>> activities(const QByteArray &body);
Result<QStringList> tagNames(const QByteArray &body);      // GET /api/tags: ["a","b"]
Result<QList<Tag>> tags(const QByteArray &body);           // GET /api/tags/find: [{...}]
Result<Tag> tag(const QByteArray &body);

Result<Timesheet> timesheet(const QByteArray &body);
Result<QList<Timesheet>> timesheets(const QByteArray &body);

// Pagination headers (values as received; absent headers leave defaults).
PageInfo pageInfo(const QByteArray &xPage, const QByteArray &xTotalCount, const QByteArray &xTotalPages,
                  const QByteArray &xPerPage);

} // namespace kd::Parse
