#pragma once

#include "api/queries.h"
#include "core/daterange.h"
#include "models/timesheetmodel.h"
#include "session/loader.h"

#include <optional>

namespace kd {

class Catalog;
class EntryController;
class KimaiClient;
class Session;
class TimerController;

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
        // Everyone's entries (Kimai's `user=all`, for users with view_other_timesheet), else one's own.
        bool everyone = false;
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

    // Keeps the loaded rows true to what the app changes or learns of, in place: entries started,
    // stopped, edited, created or deleted (in the window, the tray or by a forwarded command), and
    // the running entries read from the server. A row shown running that the server no longer runs
    // (stopped elsewhere, or by Kimai's limit of running entries) is read again.
    void follow(TimerController *timer, EntryController *entries);
    // Within the range and the filter shown.
    bool matches(const Timesheet &t) const;

private:
    void loadPage(int page);
    TimesheetQuery query(int page) const;
    void apply(const Timesheet &t);
    void applyActive(const QList<Timesheet> &active);

    Catalog *m_catalog;
    TimesheetModel *m_model;
    Filter m_filter;
    DateRange m_range;
    int m_pageSize = 100;
    int m_page = 0;
    QList<int> m_rereading;
};

} // namespace kd
