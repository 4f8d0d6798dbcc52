#include "models/pickerindex.h"

#include <QSet>

#include <algorithm>

namespace kd {

namespace {

QString searchKey(const QString &foldedName, const QString &number, const QString &detail)
{
    // Line breaks between the parts: a word typed never matches across two of them.
    return foldedName + QLatin1Char('\n') + PickerIndex::fold(number) + QLatin1Char('\n') + PickerIndex::fold(detail);
}

void sortByName(QList<PickerIndex::Item> &items)
{
    std::sort(items.begin(), items.end(), [](const PickerIndex::Item &a, const PickerIndex::Item &b) {
        if (const int c = a.foldedName.compare(b.foldedName); c != 0)
            return c < 0;
        if (const int c = a.detail.compare(b.detail); c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

} // namespace

PickerIndex::PickerIndex(QObject *parent)
    : QObject(parent)
{
}

QString PickerIndex::fold(QStringView text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x00DF: out += QLatin1String("ss"); break;   // ß
        case 0x00E6: out += QLatin1String("ae"); break;   // æ
        case 0x0153: out += QLatin1String("oe"); break;   // œ
        case 0x00F8: out += QLatin1Char('o'); break;      // ø
        case 0x0142: out += QLatin1Char('l'); break;      // ł
        case 0x0111: out += QLatin1Char('d'); break;      // đ
        case 0x0131: out += QLatin1Char('i'); break;      // dotless i
        default: out += c; break;
        }
    }
    return out;
}

void PickerIndex::setCatalog(const QList<Customer> &customers, const QList<Project> &projects, const QList<Activity> &activities)
{
    m_customers.clear();
    m_projects.clear();
    m_activities.clear();
    QSet<int> hiddenCustomers;
    QHash<int, QString> customerNames;
    for (const Customer &c : customers) {
        customerNames.insert(c.id, c.name);
        if (!c.visible) {
            hiddenCustomers.insert(c.id);
            continue;
        }
        Item it;
        it.id = c.id;
        it.name = c.name;
        it.foldedName = fold(c.name);
        it.key = searchKey(it.foldedName, c.number, {});
        m_customers.append(it);
    }
    QSet<int> offeredProjects;
    QHash<int, QString> projectNames;
    for (const Project &p : projects) {
        projectNames.insert(p.id, p.name);
        if (!p.visible || hiddenCustomers.contains(p.customerId))
            continue;
        offeredProjects.insert(p.id);
        Item it;
        it.id = p.id;
        it.parentId = p.customerId;
        it.name = p.name;
        it.detail = customerNames.value(p.customerId, p.customerName);
        it.foldedName = fold(p.name);
        it.key = searchKey(it.foldedName, p.number, it.detail);
        it.allowsGlobal = p.globalActivities;
        it.start = p.start;
        it.end = p.end;
        m_projects.append(it);
    }
    for (const Activity &a : activities) {
        if (!a.visible || (!a.isGlobal() && !offeredProjects.contains(*a.projectId)))
            continue;
        Item it;
        it.id = a.id;
        it.parentId = a.projectId.value_or(0);
        it.global = a.isGlobal();
        it.name = a.name;
        it.detail = it.global ? QString() : projectNames.value(it.parentId, a.projectName);
        it.foldedName = fold(a.name);
        it.key = searchKey(it.foldedName, a.number, it.detail);
        m_activities.append(it);
    }
    sortByName(m_customers);
    sortByName(m_projects);
    sortByName(m_activities);

    m_customerPos.clear();
    m_projectPos.clear();
    m_activityPos.clear();
    m_allCustomers.clear();
    m_allProjects.clear();
    m_projectsOfCustomer.clear();
    m_activitiesOfProject.clear();
    m_globalActivities.clear();
    for (int i = 0; i < m_customers.size(); ++i) {
        m_customerPos.insert(m_customers.at(i).id, i);
        m_allCustomers.append(i);
    }
    for (int i = 0; i < m_projects.size(); ++i) {
        m_projectPos.insert(m_projects.at(i).id, i);
        m_allProjects.append(i);
        m_projectsOfCustomer[m_projects.at(i).parentId].append(i);
    }
    for (int i = 0; i < m_activities.size(); ++i) {
        const Item &a = m_activities.at(i);
        m_activityPos.insert(a.id, i);
        if (a.global)
            m_globalActivities.append(i);
        else
            m_activitiesOfProject[a.parentId].append(i);
    }
    Q_EMIT changed();
}

void PickerIndex::setDate(const QDate &date)
{
    if (m_date == date)
        return;
    m_date = date;
    Q_EMIT changed();
}

bool PickerIndex::projectOffered(const Item &p) const
{
    if (!m_date.isValid())
        return true;
    return (!p.start.isValid() || p.start <= m_date) && (!p.end.isValid() || m_date <= p.end);
}

QList<int> PickerIndex::match(const QList<int> &candidates, const QList<Item> &items, QStringView text) const
{
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return candidates;
    QList<int> starting;
    QList<int> others;
    for (const int pos : candidates) {
        const Item &it = items.at(pos);
        bool all = true;
        for (const QString &w : words) {
            if (!it.key.contains(w)) {
                all = false;
                break;
            }
        }
        if (all)
            (it.foldedName.startsWith(words.constFirst()) ? starting : others).append(pos);
    }
    starting += others;
    return starting;
}

QList<int> PickerIndex::customers(QStringView text) const
{
    return match(m_allCustomers, m_customers, text);
}

QList<int> PickerIndex::projects(int customerId, QStringView text) const
{
    const QList<int> &all = customerId ? m_projectsOfCustomer.value(customerId) : m_allProjects;
    if (!m_date.isValid())
        return match(all, m_projects, text);
    QList<int> running;
    for (const int pos : all) {
        if (projectOffered(m_projects.at(pos)))
            running.append(pos);
    }
    return match(running, m_projects, text);
}

QList<int> PickerIndex::activities(int projectId, QStringView text) const
{
    if (projectId == 0)
        return match(m_globalActivities, m_activities, text);
    const QList<int> own = m_activitiesOfProject.value(projectId);
    const Item *project = find(Kind::Project, projectId);
    if (project && !project->allowsGlobal)
        return match(own, m_activities, text);
    QList<int> both;
    both.reserve(own.size() + m_globalActivities.size());
    std::merge(own.cbegin(), own.cend(), m_globalActivities.cbegin(), m_globalActivities.cend(), std::back_inserter(both));
    return match(both, m_activities, text);
}

const QList<PickerIndex::Item> &PickerIndex::items(Kind kind) const
{
    switch (kind) {
    case Kind::Customer: return m_customers;
    case Kind::Project: return m_projects;
    case Kind::Activity: break;
    }
    return m_activities;
}

const PickerIndex::Item *PickerIndex::find(Kind kind, int id) const
{
    const QHash<int, int> &pos = kind == Kind::Customer ? m_customerPos : kind == Kind::Project ? m_projectPos : m_activityPos;
    const auto it = pos.constFind(id);
    return it == pos.constEnd() ? nullptr : &items(kind).at(*it);
}

bool PickerIndex::offers(int projectId, int activityId) const
{
    const Item *a = find(Kind::Activity, activityId);
    if (!a)
        return false;
    if (!a->global)
        return a->parentId == projectId;
    const Item *p = find(Kind::Project, projectId);
    return !p || p->allowsGlobal;
}

} // namespace kd
