#include "session/timesheetloader.h"

#include "api/kimaiclient.h"
#include "session/catalog.h"
#include "session/entrycontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"

namespace kd {

TimesheetLoader::TimesheetLoader(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent)
    : Loader(client, session, parent)
    , m_catalog(catalog)
    , m_model(new TimesheetModel(this))
{
    connect(m_model, &TimesheetModel::moreRequested, this, [this] { loadPage(m_page + 1); });
    connect(m_catalog, &Catalog::namesChanged, this, [this] { m_model->setNames(m_catalog->names()); });
}

void TimesheetLoader::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

void TimesheetLoader::reset()
{
    Loader::reset();
    m_model->reset();
    m_rereading.clear();
    m_page = 0;
}

TimesheetQuery TimesheetLoader::query(int page) const
{
    TimesheetQuery q;
    q.page = page;
    q.size = m_pageSize;
    const QTimeZone zone = session()->userZone();
    q.begin = m_range.beginIn(zone);
    q.end = m_range.endIn(zone);
    if (m_filter.customer)
        q.customers = {*m_filter.customer};
    if (m_filter.project)
        q.projects = {*m_filter.project};
    if (m_filter.activity)
        q.activities = {*m_filter.activity};
    if (m_filter.everyone) {
        q.user = QStringLiteral("all");
        q.full = true;   // the records carry their user's name (the collection has only the id)
    }
    return q;
}

void TimesheetLoader::refresh()
{
    int firstDay = 1;
    for (const MetaField &p : session()->info().user.preferences) {
        if (p.name == QLatin1String("first_weekday"))
            firstDay = weekdayFromName(p.value);
    }
    m_range = DateRange::compute(m_filter.preset, session()->userToday(), firstDay, m_filter.customFirst, m_filter.customLast);
    m_catalog->ensureLoaded();
    m_model->setNames(m_catalog->names());
    const User &me = session()->info().user;
    m_model->setUserName(me.id, me.displayName());
    m_model->reset();
    m_page = 0;
    loadPage(1);
}

void TimesheetLoader::follow(TimerController *timer, EntryController *entries)
{
    if (timer) {
        connect(timer, &TimerController::started, this, &TimesheetLoader::apply);
        connect(timer, &TimerController::stopped, this, &TimesheetLoader::apply);
        connect(timer, &TimerController::updated, this, &TimesheetLoader::apply);
        connect(timer, &TimerController::activeChanged, this, [this, timer] {
            if (timer->activeKnown())
                applyActive(timer->active());
        });
    }
    if (entries) {
        connect(entries, &EntryController::saved, this,
                [this](quint64, EntryController::Operation, const Timesheet &t, int) { apply(t); });
        connect(entries, &EntryController::removed, this, [this](quint64, int id) { m_model->removeId(id); });
    }
}

bool TimesheetLoader::matches(const Timesheet &t) const
{
    if (!m_filter.everyone && t.userId && t.userId != session()->info().user.id)
        return false;   // another user's (a duplicate, say) in the list of one's own
    if (m_range.preset != DateRange::Preset::All) {
        const QTimeZone zone = session()->userZone();
        if (t.begin < m_range.beginIn(zone) || t.begin > m_range.endIn(zone))
            return false;
    }
    if (m_filter.project && t.projectId != *m_filter.project)
        return false;
    if (m_filter.activity && t.activityId != *m_filter.activity)
        return false;
    if (m_filter.customer) {
        const Project *p = m_catalog->project(t.projectId);
        const int customer = t.customerId ? t.customerId : p ? p->customerId : 0;
        if (customer != *m_filter.customer)
            return false;
    }
    return true;
}

void TimesheetLoader::apply(const Timesheet &t)
{
    // Nothing is shown yet, or the first page is on its way (it brings the entry as it is).
    if (state() == State::Idle || (state() == State::Loading && m_page == 0))
        return;
    if (!matches(t)) {
        m_model->removeId(t.id);
        return;
    }
    m_model->setNow(session()->serverNow());
    m_model->upsert(t);
}

void TimesheetLoader::applyActive(const QList<Timesheet> &active)
{
    if (state() == State::Idle)
        return;
    QList<int> runningNow;
    for (const Timesheet &t : active) {
        runningNow.append(t.id);
        apply(t);
    }
    // Rows still shown running that the server no longer runs: read them again.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TimesheetModel::Row *r = m_model->rowAt(row);
        // (A local entry, not in Kimai yet, is the journal's: nothing to read.)
        if (!r->running() || r->id <= 0 || runningNow.contains(r->id) || m_rereading.contains(r->id))
            continue;
        const int id = r->id;
        m_rereading.append(id);
        auto *reply = client()->timesheet(id);
        connect(reply, &ApiReply::finished, session()->scope(), [this, reply, id] {
            m_rereading.removeAll(id);
            if (reply->ok())
                apply(reply->result());
            else if (reply->error().kind() == ApiError::Kind::NotFound)
                m_model->removeId(id);
        });
    }
}

void TimesheetLoader::loadPage(int page)
{
    auto *reply = client()->timesheets(query(page));
    track(reply);
    if (page == 1)
        setLoading();
    m_model->setLoadingMore(true);
    connect(reply, &ApiReply::finished, this, [this, reply, page] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        if (!reply->ok()) {
            m_model->setLoadingMore(false);
            setFailed(reply->error());
            return;
        }
        m_page = page;
        const PageInfo info = reply->pageInfo();
        const QList<Timesheet> &items = reply->result();
        PageInfo effective = info;
        if (!effective.hasHeaders)
            effective.perPage = m_pageSize;
        m_model->setNow(session()->serverNow());
        m_model->appendPage(items, !effective.isLastPage(int(items.size())), info.totalCount);
        setReady();
    });
}

} // namespace kd
