#pragma once

// The demo server's data: plain structs and a store. Not thread-safe by itself; DemoServer guards
// it with a mutex. Datetimes are UTC seconds since the epoch; each timesheet remembers the zone it
// was recorded in (Kimai renders begin/end in the record's timezone).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace kd::demo {

struct DemoOptions;

inline constexpr int kDemoUserId = 1;   // users[0]: the user the demo's token and password belong to

struct Customer
{
    int id = 0;
    QString name;
    QString number;
    QString comment;
    bool visible = true;
    bool billable = true;
    QString company;
    QString vatId;
    QString contact;
    QString address;
    QString country;
    QString currency;
    QString phone;
    QString fax;
    QString mobile;
    QString email;
    QString homepage;
    QString timezone;
    QString color;              // null: none
    double budget = 0.0;
    int timeBudget = 0;
    QString budgetType;         // null
};

struct Project
{
    int id = 0;
    int customer = 0;
    QString name;
    QString orderNumber;
    QDate orderDate;            // invalid: null
    QDate start;
    QDate end;
    QString comment;
    bool visible = true;
    bool billable = true;
    bool globalActivities = true;
    QString number;
    QString color;
    double budget = 0.0;
    int timeBudget = 0;
    QString budgetType;
    int team = 0;               // 0: everyone may use it; else only that team (not the plain demo user)
};

struct Activity
{
    int id = 0;
    int project = 0;            // 0: global activity
    QString name;
    QString comment;
    bool visible = true;
    bool billable = true;
    QString number;
    QString color;
    double budget = 0.0;
    int timeBudget = 0;
    QString budgetType;
};

struct Tag
{
    int id = 0;
    QString name;
    QString color;              // null: none (color-safe is derived from the name)
    bool visible = true;
};

struct User
{
    int id = 0;
    QString username;
    QString email;
    QString alias;
    QString initials;
    QString title;
    QString accountNumber;
    QString color;
    QString timezone;
    QString language;
    QString locale;
    double hourlyRate = 0.0;
};

struct Timesheet
{
    int id = 0;
    int user = 0;
    int project = 0;
    int activity = 0;
    qint64 begin = 0;           // UTC seconds
    qint64 end = 0;             // UTC seconds, valid when !running
    int breakSeconds = 0;       // `break`: not worked between begin and end
    bool running = false;
    int zone = 0;               // index into Store::zones
    QString description;        // null: none
    QList<int> tags;            // tag ids
    bool exported = false;
    bool billable = true;
    double hourlyRate = 0.0;
    std::optional<double> fixedRate;   // set: the rate, whatever the duration
    qint64 modified = 0;        // UTC seconds of the last change (`modified_after`)

    int duration() const { return running ? 0 : int(end - begin) - breakSeconds; }
    double rate() const;
};

class Store
{
public:
    QList<Customer> customers;
    QList<Project> projects;
    QList<Activity> activities;
    QList<Tag> tags;
    QList<User> users;                  // users[0] is the demo user (id 1)
    QList<QTimeZone> zones;             // zones[0] is the demo user's zone
    std::vector<Timesheet> timesheets;  // sorted by (begin, id)
    int nextTimesheetId = 1;
    QList<int> favorites;               // the demo user's favourite timesheets, newest first (<= 5)

    const Customer *customer(int id) const;
    const Project *project(int id) const;
    const Activity *activity(int id) const;
    const Tag *tag(int id) const;
    const Tag *tagByName(const QString &name) const;
    const User *user(int id) const;

    int userZone(int userId) const;             // index into zones of the user's timezone
    // Visible and, for projects/activities, with visible parents.
    bool projectUsable(const Project &p) const;
    bool activityUsable(const Activity &a) const;
    // The activity may be booked on the project (own activity, or global and the project allows it).
    bool activityFitsProject(const Activity &a, const Project &p) const;

    qsizetype indexOfTimesheet(int id) const;   // -1 if unknown
    qsizetype insertTimesheet(const Timesheet &t); // keeps the order; returns the index
    void removeTimesheet(qsizetype index);
    // Re-sorts one record after its begin changed; returns the new index.
    qsizetype reposition(qsizetype index);

    QStringList tagNames(const QList<int> &ids) const;
    QDateTime localTime(qint64 utcSeconds, int zone) const;
};

// Kimai's colour for something without a colour of its own (derived from its name).
QString colorFromName(const QString &name);

// Fills `store` with the deterministic sample data for `options` as of `now`.
void generateSampleData(Store &store, const DemoOptions &options, const QString &timezoneId, const QDateTime &now);

} // namespace kd::demo
