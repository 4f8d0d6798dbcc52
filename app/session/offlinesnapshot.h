#pragma once

// What the client knew the last time Kimai answered, for one profile: enough to start a session
// while Kimai cannot be reached (a window on a train, a scripted --start with no instance running).
// The Kimai version, the user (id, names, timezone), the timesheet settings, the catalog (customers,
// projects, activities: ids, names, visibility) and the entries Kimai said were running. Never a token.
// Kept as a small JSON file per profile under <XDG cache>/kimai-desk/offline/.

#include "core/entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kd {

struct OfflineSnapshot
{
    QDateTime savedAt;   // when it was written (UTC); it is written when something in it changed
    Version version;
    User user;
    TimesheetConfig config;
    QList<Customer> customers;
    QList<Project> projects;
    QList<Activity> activities;
    QList<Timesheet> running;

    bool isValid() const { return user.id > 0 && savedAt.isValid(); }
    bool hasCatalog() const { return !projects.isEmpty() && !activities.isEmpty(); }

    QByteArray toJson() const;
    // Anything that is not a snapshot of this format gives nullopt (a file from a newer version too).
    static std::optional<OfflineSnapshot> fromJson(const QByteArray &json);

    static QString pathForProfile(const QString &profileId);
    // Written whole or not at all (QSaveFile), private to the user.
    bool save(const QString &path, QString *error = nullptr) const;
    static std::optional<OfflineSnapshot> load(const QString &path);
};

} // namespace kd
