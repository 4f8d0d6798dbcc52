#include "session/timesheetloader.h"

#include "api/kimaiclient.h"
#include "session/catalog.h"
#include "session/session.h"

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
    m_model->reset();
    m_page = 0;
    loadPage(1);
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
