#pragma once

// What the entry editor's customer -> project -> activity picker offers, and type-to-search over
// it. Built once from the catalog (setCatalog); each keystroke is one filter pass over prepared,
// folded texts, fast enough for the GUI thread on a large Kimai (tests/bench/bench_picker.cpp).
//
// Offered, as Kimai's timesheet form does:
// - customers that are visible;
// - projects that are visible, of a visible customer, and (with setDate) running on that date
//   (start <= date <= end where set);
// - for a project: its visible activities, plus the visible global activities when the project
//   allows global activities; without a project: the visible global activities.
// Matching: every word typed must occur somewhere in the item's name, number or parent's name
// (project: its customer; activity: its project), ignoring case and accents ("reu" finds
// "Réunion", "strasse" finds "Straße"). Order: names that start with the first word first, then
// the others, each alphabetically.

#include "core/entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>

namespace kd {

class PickerIndex : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Customer, Project, Activity };
    Q_ENUM(Kind)

    struct Item
    {
        int id = 0;
        int parentId = 0;          // project: customer id; activity: project id (0: global)
        QString name;
        QString detail;            // project: the customer's name; activity: the project's name
        QString foldedName;
        QString key;               // folded name, number and parent name, for matching
        bool global = false;       // activity: usable with every project that allows it
        bool allowsGlobal = true;  // project: offers the global activities
        QDate start;               // project: running from / until (invalid: open)
        QDate end;
    };

    explicit PickerIndex(QObject *parent = nullptr);

    void setCatalog(const QList<Customer> &customers, const QList<Project> &projects, const QList<Activity> &activities);
    // The entry's date: projects that have ended or not yet begun are not offered. Invalid: any date.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }

    // Positions into items(kind), in display order.
    QList<int> customers(QStringView text) const;
    QList<int> projects(int customerId, QStringView text) const;    // customerId 0: every customer
    QList<int> activities(int projectId, QStringView text) const;   // projectId 0: global ones only

    const QList<Item> &items(Kind kind) const;
    const Item *find(Kind kind, int id) const;
    // Whether the activity may be booked on the project (editor checks, command line).
    bool offers(int projectId, int activityId) const;

    // Lower case without accents: "Réunion" -> "reunion", "Straße" -> "strasse".
    static QString fold(QStringView text);

Q_SIGNALS:
    void changed();

private:
    QList<int> match(const QList<int> &candidates, const QList<Item> &items, QStringView text) const;
    bool projectOffered(const Item &p) const;

    QList<Item> m_customers;
    QList<Item> m_projects;
    QList<Item> m_activities;
    QHash<int, int> m_customerPos;
    QHash<int, int> m_projectPos;
    QHash<int, int> m_activityPos;
    QList<int> m_allCustomers;
    QList<int> m_allProjects;
    QHash<int, QList<int>> m_projectsOfCustomer;
    QHash<int, QList<int>> m_activitiesOfProject;
    QList<int> m_globalActivities;
    QDate m_date;
};

} // namespace kd
