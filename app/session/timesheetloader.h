#pragma once

#include "api/queries.h"
#include "core/daterange.h"
#include "models/timesheetmodel.h"
#include "session/loader.h"

#include <optional>

namespace kd {

class Catalog;
class KimaiClient;
class Session;

// Fills the Timesheets tab: a date range and filters, page by page as the view scrolls
// (TimesheetModel::fetchMore -> moreRequested -> next page), never everything up front.
class TimesheetLoader : public Loader
{
    Q_OBJECT
public:
    struct Filter
    {
        DateRange::Preset preset = DateRange::Preset::ThisWeek;
        QDate customFirst;
        QDate customLast;
        std::optional<int> customer;
        std::optional<int> project;
        std::optional<int> activity;
    };

    TimesheetLoader(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent = nullptr);

    TimesheetModel *model() const { return m_model; }
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    DateRange currentRange() const { return m_range; }
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    int pagesLoaded() const { return m_page; }

    void refresh() override;
    void reset() override;

private:
    void loadPage(int page);
    TimesheetQuery query(int page) const;

    Catalog *m_catalog;
    TimesheetModel *m_model;
    Filter m_filter;
    DateRange m_range;
    int m_pageSize = 100;
    int m_page = 0;
};

} // namespace kd
