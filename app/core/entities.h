#pragma once

// Plain value types for what Kimai returns. Fields that some Kimai versions add or drop are
// std::optional (or empty); parsing lives in app/api, so QJsonObject never reaches these types.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

struct MetaField
{
    QString name;
    QString value;
    bool operator==(const MetaField &) const = default;
};

struct Version
{
    QString version;     // "2.28.0"
    int versionId = 0;   // 22800
    QString copyright;
    // What the client can rely on for this server: Capabilities::forVersion(versionId).
    int major() const { return versionId / 10000; }
};

struct Team
{
    int id = 0;
    QString name;
    QString color;
};

struct User
{
    int id = 0;
    QString username;
    QString alias;
    QString title;
    QString initials;
    QString accountNumber;
    QString color;
    std::optional<QString> email;     // since 2.45 in some shapes
    QString language;                 // UI language ("en")
    QString locale;                   // formatting locale ("en_GB"); since 2.11
    QString timezone;                 // IANA ("Europe/Berlin")
    bool enabled = true;
    QStringList roles;
    QList<Team> teams;
    QList<MetaField> preferences;     // name/value pairs
    QString displayName() const { return alias.isEmpty() ? username : alias; }
};

struct TimesheetConfig
{
    QString trackingMode = QStringLiteral("default");   // default | duration_fixed_begin | punch
    QString defaultBeginTime = QStringLiteral("now");
    int activeEntriesHardLimit = 1;
    bool isAllowFutureTimes = true;
    bool isAllowOverlapping = true;
    // In these modes Kimai refuses begin/end from a plain user.
    bool canSendBeginEnd() const { return trackingMode == QLatin1String("default"); }
};

// Kimai 1.x only (`/api/config/i18n`). On Kimai 2.x the endpoint is gone: available == false.
struct I18nConfig
{
    bool available = false;
    QString formDate;
    QString dateTime;
    QString date;
    QString time;
    QString duration;
    bool is24hours = true;
    QDateTime now;
};

struct Customer
{
    int id = 0;
    QString name;
    QString number;
    QString comment;
    bool visible = true;
    bool billable = true;
    QString currency;
    QString color;
    QString colorSafe;
    // Entity / newer versions only:
    QString company;
    QString country;
    QString timezone;
    QString homepage;
    QString email;
    QString phone;
    QList<MetaField> metaFields;
};

struct Project
{
    int id = 0;
    QString name;
    int customerId = 0;
    QString customerName;            // `parentTitle` in collections, customer.name when expanded
    QString number;
    QString orderNumber;
    QString comment;
    QDate start;                     // plain dates since Kimai 2.0
    QDate end;
    QDate orderDate;
    bool visible = true;
    bool billable = true;
    bool globalActivities = true;
    QString color;
    QList<MetaField> metaFields;
};

struct Activity
{
    int id = 0;
    QString name;
    std::optional<int> projectId;    // no project: a global activity
    QString projectName;             // `parentTitle`
    QString number;
    QString comment;
    bool visible = true;
    bool billable = true;
    QString color;
    QList<MetaField> metaFields;
    bool isGlobal() const { return !projectId.has_value(); }
};

struct Tag
{
    int id = 0;
    QString name;
    bool visible = true;
    QString color;
    QString colorSafe;
};

struct Timesheet
{
    int id = 0;
    QDateTime begin;                 // with the offset the server sent
    QDateTime end;                   // invalid while running
    qint64 duration = 0;             // seconds; 0 while running
    std::optional<qint64> breakSeconds;  // since 2.45
    QString description;
    std::optional<double> rate;      // optional since 2.66
    std::optional<double> internalRate;
    std::optional<double> fixedRate;     // entity shape only
    std::optional<double> hourlyRate;    // entity shape only
    int activityId = 0;
    int projectId = 0;
    int userId = 0;
    int customerId = 0;              // known only from expanded answers (or resolved by the client)
    QStringList tags;
    bool exported = false;
    bool billable = true;
    QList<MetaField> metaFields;
    // Present when the server sent expanded objects (active, recent, full=true):
    std::optional<Activity> activity;
    std::optional<Project> project;
    std::optional<Customer> customer;
    std::optional<User> user;

    bool isRunning() const { return !end.isValid(); }
};

// Pagination, from X-Page / X-Total-Count / X-Total-Pages / X-Per-Page (Kimai 2.x on timesheets).
struct PageInfo
{
    bool hasHeaders = false;   // false on Kimai 1.x and on unpaginated lists
    int page = 1;
    int totalCount = -1;
    int totalPages = -1;
    int perPage = -1;
    bool pastEnd = false;      // the server answered 404 for a page after the last
    bool isLastPage(int itemsOnPage) const;
};

template<typename T>
struct Page
{
    QList<T> items;
    PageInfo info;
};

// Kimai's 400 "Validation Failed": global messages and messages per form field.
struct FieldErrors
{
    QStringList global;
    QList<QPair<QString, QStringList>> fields;   // only fields that have messages, in server order
    QStringList acceptedFields;                  // every key of errors.children
    bool isEmpty() const { return global.isEmpty() && fields.isEmpty(); }
    QStringList messagesFor(const QString &field) const;
};

} // namespace kd
