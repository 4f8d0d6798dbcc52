#include "session/favorites.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "session/catalog.h"
#include "session/session.h"
#include "session/timercontroller.h"

#include <QSettings>

#include <algorithm>

namespace kd {

namespace {

QString keyOf(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

QString Favorite::title() const
{
    QStringList parts;
    for (const QString &s : {customer, project, activity}) {
        if (!s.isEmpty())
            parts.append(s);
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!description.trimmed().isEmpty())
        text += QStringLiteral(" — ") + description.simplified();
    return text;
}

bool Favorite::sameWork(const Favorite &other) const
{
    return projectId == other.projectId && activityId == other.activityId
        && description.trimmed() == other.description.trimmed() && tags == other.tags;
}

Favorites::Favorites(KimaiClient *client, Session *session, Catalog *catalog, TimerController *timer,
                     QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_catalog(catalog)
    , m_timer(timer)
    , m_settings(settings)
{
    connect(session, &Session::started, this, &Favorites::refresh);
    connect(session, &Session::reconnected, this, &Favorites::refresh);   // a session started without Kimai
    connect(session, &Session::ended, this, &Favorites::reset);
}

bool Favorites::onServer() const
{
    return m_session->capabilities().has(Capability::Favorites);
}

bool Favorites::containsEntry(int timesheetId) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [timesheetId](const Favorite &f) { return f.timesheetId == timesheetId; });
}

void Favorites::reset()
{
    m_loaded = false;
    setBusy(false);
    m_items.clear();
    Q_EMIT changed();
}

void Favorites::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT changed();
}

void Favorites::setItems(const QList<Favorite> &items)
{
    m_items = items;
    m_loaded = true;
    Q_EMIT changed();
}

Favorite Favorites::fromEntry(const Timesheet &entry) const
{
    Favorite f;
    f.timesheetId = entry.id;
    f.projectId = entry.projectId;
    f.activityId = entry.activityId;
    f.description = entry.description;
    f.tags = entry.tags;
    f.project = entry.project ? entry.project->name : QString();
    f.activity = entry.activity ? entry.activity->name : QString();
    f.customer = entry.customer ? entry.customer->name : QString();
    if (const Project *p = m_catalog->project(entry.projectId)) {
        if (f.project.isEmpty())
            f.project = p->name;
        if (f.customer.isEmpty())
            f.customer = p->customerName;
    }
    if (const Activity *a = m_catalog->activity(entry.activityId); a && f.activity.isEmpty())
        f.activity = a->name;
    if (f.customer.isEmpty() && entry.project && !entry.project->customerName.isEmpty())
        f.customer = entry.project->customerName;
    return f;
}

void Favorites::refresh()
{
    if (!m_session->isActive())
        return;
    if (!onServer()) {
        loadLocal();
        return;
    }
    setBusy(true);
    auto *reply = m_client->favorites();
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply] {
        setBusy(false);
        if (reply->ok() && reply->notOffered()) {   // the server says it has none after all
            loadLocal();
            return;
        }
        if (!reply->ok()) {
            Q_EMIT failed(tr("The favourites could not be read: %1").arg(reply->error().message()));
            return;
        }
        QList<Favorite> items;
        for (const Timesheet &t : reply->result())
            items.append(fromEntry(t));
        setItems(items);
    });
}

void Favorites::add(const Timesheet &entry)
{
    if (!m_session->isActive() || entry.id <= 0)
        return;
    if (!onServer()) {
        const Favorite f = fromEntry(entry);
        QList<Favorite> items = m_items;
        const bool known = std::any_of(items.cbegin(), items.cend(),
                                       [&f](const Favorite &o) { return o.timesheetId == f.timesheetId || o.sameWork(f); });
        if (known)
            return;   // as on the server: adding one twice changes nothing
        items.prepend(f);
        while (items.size() > kMax)
            items.removeLast();
        setItems(items);
        saveLocal();
        return;
    }
    setBusy(true);
    auto *reply = m_client->addFavorite(entry.id);
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply] {
        setBusy(false);
        if (!reply->ok()) {
            Q_EMIT failed(tr("The entry could not be made a favourite: %1").arg(reply->error().message()));
            return;
        }
        refresh();
    });
}

void Favorites::remove(int index)
{
    if (!m_session->isActive() || index < 0 || index >= m_items.size())
        return;
    if (!onServer()) {
        QList<Favorite> items = m_items;
        items.removeAt(index);
        setItems(items);
        saveLocal();
        return;
    }
    setBusy(true);
    auto *reply = m_client->removeFavorite(m_items.at(index).timesheetId);
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply] {
        setBusy(false);
        if (!reply->ok())
            Q_EMIT failed(tr("The favourite could not be removed: %1").arg(reply->error().message()));
        refresh();
    });
}

bool Favorites::start(int index)
{
    if (!m_session->isActive() || m_timer->isBusy() || index < 0 || index >= m_items.size())
        return false;
    const Favorite &f = m_items.at(index);
    TimerController::StartRequest r;
    r.project = f.projectId;
    r.activity = f.activityId;
    r.description = f.description;
    r.tags = f.tags;
    qCInfo(lcSession) << "starting favourite" << index + 1;
    m_timer->start(r);
    return true;
}

std::optional<int> Favorites::find(const QString &numberOrName, QString *error) const
{
    const int count = int(m_items.size());
    if (count == 0) {
        *error = tr("There are no favourites yet.");
        return std::nullopt;
    }
    bool isNumber = false;
    const int number = numberOrName.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number >= 1 && number <= count)
            return number - 1;
        *error = tr("There is no favourite %1: there are %n favourite(s).", nullptr, count).arg(number);
        return std::nullopt;
    }
    const QString wanted = keyOf(numberOrName);
    QList<int> matches;
    for (int i = 0; i < count; ++i) {
        const Favorite &f = m_items.at(i);
        for (const QString &name : {f.description, f.activity, f.project, f.title()}) {
            if (!name.isEmpty() && keyOf(name) == wanted) {
                matches.append(i);
                break;
            }
        }
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty()
        ? tr("No favourite is called \"%1\".").arg(numberOrName.trimmed())
        : tr("\"%1\" fits %n favourites; use the number.", nullptr, int(matches.size())).arg(numberOrName.trimmed());
    return std::nullopt;
}

QString Favorites::localGroup() const
{
    return QStringLiteral("favorites/") + m_session->info().profile.id;
}

void Favorites::loadLocal()
{
    QList<Favorite> items;
    if (!m_session->info().profile.id.isEmpty()) {
        m_settings->beginGroup(localGroup());
        const int n = m_settings->beginReadArray(QStringLiteral("items"));
        for (int i = 0; i < n && items.size() < kMax; ++i) {
            m_settings->setArrayIndex(i);
            Favorite f;
            f.timesheetId = m_settings->value(QStringLiteral("entry")).toInt();
            f.projectId = m_settings->value(QStringLiteral("project")).toInt();
            f.activityId = m_settings->value(QStringLiteral("activity")).toInt();
            f.customer = m_settings->value(QStringLiteral("customerName")).toString();
            f.project = m_settings->value(QStringLiteral("projectName")).toString();
            f.activity = m_settings->value(QStringLiteral("activityName")).toString();
            f.description = m_settings->value(QStringLiteral("description")).toString();
            f.tags = m_settings->value(QStringLiteral("tags")).toStringList();
            if (f.projectId > 0 && f.activityId > 0)
                items.append(f);
        }
        m_settings->endArray();
        m_settings->endGroup();
    }
    setItems(items);
}

void Favorites::saveLocal() const
{
    if (m_session->info().profile.id.isEmpty())
        return;   // a session without a saved profile keeps them for the session only
    m_settings->beginGroup(localGroup());
    m_settings->remove(QString());
    m_settings->beginWriteArray(QStringLiteral("items"), int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const Favorite &f = m_items.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("entry"), f.timesheetId);
        m_settings->setValue(QStringLiteral("project"), f.projectId);
        m_settings->setValue(QStringLiteral("activity"), f.activityId);
        m_settings->setValue(QStringLiteral("customerName"), f.customer);
        m_settings->setValue(QStringLiteral("projectName"), f.project);
        m_settings->setValue(QStringLiteral("activityName"), f.activity);
        m_settings->setValue(QStringLiteral("description"), f.description);
        m_settings->setValue(QStringLiteral("tags"), f.tags);
    }
    m_settings->endArray();
    m_settings->endGroup();
}

} // namespace kd
