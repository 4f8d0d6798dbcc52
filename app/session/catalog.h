#pragma once

// Customers, projects and activities of the session, fetched once (all of them, visible and hidden,
// whatever their dates) and filtered on the client. Refresh on demand.

#include "models/catalogmodels.h"
#include "models/timesheetmodel.h"
#include "session/loader.h"

#include <functional>

namespace kd {

class KimaiClient;
class Session;
template<typename T>
class TypedReply;

class EntityLoader : public Loader
{
    Q_OBJECT
public:
    using Loader::Loader;
    // Ready with what the model was given (a session started without Kimai).
    void assumeLoaded() { setReady(); }
Q_SIGNALS:
    void loaded();
};

template<typename T, typename Model>
class ListLoader final : public EntityLoader
{
public:
    using Request = std::function<TypedReply<QList<T>> *()>;

    ListLoader(KimaiClient *client, Session *session, Request request, Model *model, QObject *parent)
        : EntityLoader(client, session, parent)
        , m_request(std::move(request))
        , m_model(model)
    {
    }

    void refresh() override;

private:
    Request m_request;
    Model *m_model;
};

// Forgets everything when the session ends.
class Catalog : public QObject
{
    Q_OBJECT
public:
    Catalog(KimaiClient *client, Session *session, QObject *parent = nullptr);

    CustomerModel *customers() const { return m_customers; }
    ProjectModel *projects() const { return m_projects; }
    ActivityModel *activities() const { return m_activities; }
    EntityLoader *customerLoader() const { return m_customerLoader; }
    EntityLoader *projectLoader() const { return m_projectLoader; }
    EntityLoader *activityLoader() const { return m_activityLoader; }

    void ensureLoaded();
    void refresh();
    bool isComplete() const;
    // A session started without Kimai: the catalog as last known, complete until refresh().
    void assume(const QList<Customer> &customers, const QList<Project> &projects, const QList<Activity> &activities);

    TimesheetModel::Names names() const;
    // Tag names for completion (GET /api/tags), fetched once per session.
    QStringList tagNames() const { return m_tags; }
    void ensureTags();
    // A tag created in this session (TagEnsurer): known from now on.
    void noteTag(const QString &name);
    const Project *project(int id) const { return m_projects->byId(id); }
    const Activity *activity(int id) const { return m_activities->byId(id); }
    const Customer *customer(int id) const { return m_customers->byId(id); }

Q_SIGNALS:
    void namesChanged();
    void tagsChanged();

private:
    void onPartLoaded();
    void clear();

    KimaiClient *m_client;
    CustomerModel *m_customers;
    ProjectModel *m_projects;
    ActivityModel *m_activities;
    EntityLoader *m_customerLoader;
    EntityLoader *m_projectLoader;
    EntityLoader *m_activityLoader;
    QStringList m_tags;
    bool m_tagsRequested = false;
};

} // namespace kd
