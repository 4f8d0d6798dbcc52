#pragma once

// Favourite entries: what the person starts again and again. Kimai 2.66 and later keep them on the
// server (GET/POST/DELETE /api/favorites/timesheets…, at most five, the newest first); on older
// servers the same list is kept here, per profile, in the settings (ids and names, never a secret),
// with the same rules. Starting a favourite starts a new timer for its project, activity,
// description and tags through the TimerController.

#include "core/entities.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

namespace kd {

class Catalog;
class KimaiClient;
class Session;
class TimerController;

struct Favorite
{
    int timesheetId = 0;   // the entry it was made from (Kimai's key for it)
    int projectId = 0;
    int activityId = 0;
    QString customer;      // names as known when it was read or added, for menus
    QString project;
    QString activity;
    QString description;
    QStringList tags;
    // "Customer · Project · Activity — description"
    QString title() const;
    bool sameWork(const Favorite &other) const;
};

class Favorites : public QObject
{
    Q_OBJECT
public:
    // Kimai keeps at most five (FavoriteRecordService::MAX_FAVORITES); a sixth pushes out the oldest.
    static constexpr int kMax = 5;

    Favorites(KimaiClient *client, Session *session, Catalog *catalog, TimerController *timer, QSettings *settings,
              QObject *parent = nullptr);

    // Kimai keeps them (2.66+); otherwise they are kept on this computer for the profile.
    bool onServer() const;
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    const QList<Favorite> &items() const { return m_items; }
    bool containsEntry(int timesheetId) const;

    void refresh();
    // From any entry of the user (a running one, a row of the timesheets, a recent one).
    void add(const Timesheet &entry);
    void remove(int index);
    // Starts a timer for items()[index]; false when that cannot be done now (nothing happens then).
    bool start(int index);
    // A favourite by its number as the menus show it ("2", counting from 1) or by name (its
    // description, activity, project or whole title, ignoring case). nullopt with a message in `error`.
    std::optional<int> find(const QString &numberOrName, QString *error) const;

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    Favorite fromEntry(const Timesheet &entry) const;
    void setItems(const QList<Favorite> &items);
    void loadLocal();
    void saveLocal() const;
    QString localGroup() const;
    void setBusy(bool busy);
    void reset();

    KimaiClient *m_client;
    Session *m_session;
    Catalog *m_catalog;
    TimerController *m_timer;
    QSettings *m_settings;
    QList<Favorite> m_items;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace kd
