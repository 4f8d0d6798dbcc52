#include "session/catalog.h"

#include "api/kimaiclient.h"
#include "session/session.h"

#include <QSet>

namespace kd {

template<typename T, typename Model>
void ListLoader<T, Model>::refresh()
{
    auto *reply = m_request();
    track(reply);
    setLoading();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        if (!reply->ok()) {
            setFailed(reply->error());
            return;
        }
        m_model->setItems(reply->result());
        setReady();
        Q_EMIT loaded();
    });
}

Catalog::Catalog(KimaiClient *client, Session *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_customers(new CustomerModel(this))
    , m_projects(new ProjectModel(this))
    , m_activities(new ActivityModel(this))
{
    m_customerLoader = new ListLoader<Customer, CustomerModel>(client, session,
        [this] {
            CustomerQuery q;
            q.visible = Visibility::Both;
            return m_client->customers(q);
        },
        m_customers, this);
    m_projectLoader = new ListLoader<Project, ProjectModel>(client, session,
        [this] {
            ProjectQuery q;
            q.visible = Visibility::Both;
            q.ignoreDates = true;
            return m_client->projects(q);
        },
        m_projects, this);
    m_activityLoader = new ListLoader<Activity, ActivityModel>(client, session,
        [this] {
            ActivityQuery q;
            q.visible = Visibility::Both;
            return m_client->activities(q);
        },
        m_activities, this);
    for (EntityLoader *l : {m_customerLoader, m_projectLoader, m_activityLoader})
        connect(l, &EntityLoader::loaded, this, &Catalog::onPartLoaded);
    // The loaders reset themselves when the session ends; the data goes with them.
    connect(session, &Session::ended, this, &Catalog::clear);
}

void Catalog::ensureLoaded()
{
    m_customerLoader->ensureLoaded();
    m_projectLoader->ensureLoaded();
    m_activityLoader->ensureLoaded();
}

void Catalog::refresh()
{
    m_customerLoader->refresh();
    m_projectLoader->refresh();
    m_activityLoader->refresh();
}

void Catalog::ensureTags()
{
    if (m_tagsRequested)
        return;
    m_tagsRequested = true;
    auto *reply = m_client->tags();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_tagsRequested = false;   // try again next time
            return;
        }
        m_tags = reply->result();
        Q_EMIT tagsChanged();
    });
}

void Catalog::noteTag(const QString &name)
{
    if (m_tags.contains(name))
        return;
    m_tags.append(name);
    m_tags.sort(Qt::CaseInsensitive);
    Q_EMIT tagsChanged();
}

void Catalog::clear()
{
    m_tags.clear();
    m_tagsRequested = false;
    m_customers->setItems({});
    m_projects->setItems({});
    m_activities->setItems({});
    Q_EMIT namesChanged();
}

void Catalog::assume(const QList<Customer> &customers, const QList<Project> &projects, const QList<Activity> &activities)
{
    m_customers->setItems(customers);
    m_projects->setItems(projects);
    m_activities->setItems(activities);
    for (EntityLoader *l : {m_customerLoader, m_projectLoader, m_activityLoader})
        l->assumeLoaded();
    onPartLoaded();
}

bool Catalog::isComplete() const
{
    return m_customerLoader->state() == Loader::State::Ready && m_projectLoader->state() == Loader::State::Ready
        && m_activityLoader->state() == Loader::State::Ready;
}

void Catalog::onPartLoaded()
{
    // Kimai hides projects of hidden customers and activities of hidden projects.
    QSet<int> hiddenCustomers;
    for (const Customer &c : m_customers->items()) {
        if (!c.visible)
            hiddenCustomers.insert(c.id);
    }
    m_projects->setHiddenCustomers(hiddenCustomers);
    QSet<int> hiddenProjects;
    for (const Project &p : m_projects->items()) {
        if (!p.visible || hiddenCustomers.contains(p.customerId))
            hiddenProjects.insert(p.id);
    }
    m_activities->setHiddenProjects(hiddenProjects);
    Q_EMIT namesChanged();
}

TimesheetModel::Names Catalog::names() const
{
    TimesheetModel::Names n;
    for (const Customer &c : m_customers->items())
        n.customers.insert(c.id, c.name);
    for (const Project &p : m_projects->items()) {
        n.projects.insert(p.id, p.name);
        n.projectCustomer.insert(p.id, p.customerId);
        if (!n.customers.contains(p.customerId) && !p.customerName.isEmpty())
            n.customers.insert(p.customerId, p.customerName);
    }
    for (const Activity &a : m_activities->items())
        n.activities.insert(a.id, a.name);
    return n;
}

} // namespace kd
