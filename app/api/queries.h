#pragma once

// Filters for the list endpoints and the timesheet form, as Kimai 2.x understands them.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QPair>

#include <optional>

namespace kd {

enum class Visibility { Visible = 1, Hidden = 2, Both = 3 };

// Query items in decoded form; `encoded()` percent-encodes every key and value (also `+` and `%`,
// which QUrlQuery would leave alone); PHP decodes `%5B%5D` to `[]`.
struct QueryItems
{
    QList<QPair<QString, QString>> items;
    void add(const QString &key, const QString &value) { items.append({key, value}); }
    bool isEmpty() const { return items.isEmpty(); }
    QString encoded() const;
};

struct CustomerQuery
{
    Visibility visible = Visibility::Visible;
    QString term;
    QString orderBy;          // id | name
    bool descending = false;
    QueryItems toQuery() const;
};

struct ProjectQuery
{
    QList<int> customers;     // one: `customer=`, several: `customers[]=`
    Visibility visible = Visibility::Visible;
    bool ignoreDates = false; // Kimai hides projects outside their date range unless asked
    QDate start;
    QDate end;
    std::optional<bool> globalActivities;
    QString term;
    QString orderBy;          // id | name | customer
    bool descending = false;
    QueryItems toQuery() const;
};

struct ActivityQuery
{
    QList<int> projects;      // with a project, Kimai adds the global activities
    Visibility visible = Visibility::Visible;
    bool globalsOnly = false;
    QString term;
    QString orderBy;          // id | name | project
    bool descending = false;
    QueryItems toQuery() const;
};

struct TimesheetQuery
{
    int page = 1;
    int size = 50;
    QDateTime begin;          // records that started at/after (sent in the user's timezone)
    QDateTime end;            // records that started at/before
    QList<int> customers;
    QList<int> projects;
    QList<int> activities;
    QString user;             // a user id, or "all" (needs view_other_timesheet; empty: the current user)
    QStringList tags;
    std::optional<bool> active;
    std::optional<bool> exported;
    std::optional<bool> billable;
    bool full = false;
    QString orderBy;          // id | begin | end | rate
    std::optional<bool> descending;
    QString term;
    QDateTime modifiedAfter;  // records changed after; Kimai reads it as UTC from 2.45, before in the user's zone
    QueryItems toQuery(const QTimeZone &userZone, bool modifiedAfterInUtc = false) const;
};

// The body of POST /api/timesheets and PATCH /api/timesheets/{id}: only the fields that are set are sent
// (Kimai refuses fields a user may not send: "This form should not contain extra fields").
struct TimesheetForm
{
    std::optional<int> project;
    std::optional<int> activity;
    std::optional<QDateTime> begin;
    std::optional<QDateTime> end;
    std::optional<qint64> breakSeconds;   // Kimai 2.45+ with break time on: sent as "h:mm"
    std::optional<QString> description;
    std::optional<QStringList> tags;
    std::optional<bool> billable;
    std::optional<bool> exported;
    std::optional<int> user;              // the owner (create_other_timesheet); not sent: the current user
    QByteArray toJson(const QTimeZone &userZone) const;
};

} // namespace kd
