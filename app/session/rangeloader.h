#pragma once

#include "api/apierror.h"
#include "api/queries.h"
#include "core/entities.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace kd {

class ApiReply;
class KimaiClient;

// Every page of one timesheet query, one page after the other: the user's timesheets of a range
// (running and stopped), for the week view, the totals and the CSV export. Progress comes from
// X-Total-Pages; each start() ends in exactly one finished() (success, error or cancel).
class RangeLoader : public QObject
{
    Q_OBJECT
public:
    // Kimai's largest page (2.42 and later refuse or clamp bigger ones).
    static constexpr int kDefaultPageSize = 500;

    explicit RangeLoader(KimaiClient *client, QObject *parent = nullptr);
    ~RangeLoader() override;

    void setPageSize(int size) { m_pageSize = size > 0 ? size : kDefaultPageSize; }
    int pageSize() const { return m_pageSize; }
    // Off: the timesheets are only handed out through pageLoaded() (an export keeps nothing).
    void setKeepTimesheets(bool keep) { m_keep = keep; }

    // The user's timesheets that began between `begin` and `end` (both inclusive), oldest first.
    void start(const QDateTime &begin, const QDateTime &end);
    // Any query: its page and size are the loader's; an empty order means begin, ascending.
    // A load in progress is cancelled first (its finished() comes before this one starts).
    void start(TimesheetQuery query);
    // Stops now: finished() follows at once with a Cancelled error. Nothing happens when idle.
    void cancel();

    bool isRunning() const { return m_running; }
    int pagesDone() const { return m_pagesDone; }
    int totalPages() const { return m_totalPages; }   // -1 until known (Kimai 1.x: until the end)
    int totalCount() const { return m_totalCount; }   // X-Total-Count, -1 until known
    const QList<Timesheet> &timesheets() const { return m_timesheets; }   // complete once finished() with ok()
    bool ok() const { return !m_running && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    // The new timesheets of one page (an entry already seen on an earlier page is left out).
    void pageLoaded(const QList<kd::Timesheet> &timesheets);
    void progress(int pagesDone, int totalPages);
    void finished();

private:
    void loadPage(int page);
    void onPage(ApiReply *reply, int page);
    void finish(const ApiError &error);
    void dropReply();

    QPointer<KimaiClient> m_client;
    QPointer<ApiReply> m_reply;
    TimesheetQuery m_query;
    QList<Timesheet> m_timesheets;
    QSet<int> m_seen;
    ApiError m_error;
    int m_pageSize = kDefaultPageSize;
    int m_pagesDone = 0;
    int m_totalPages = -1;
    int m_totalCount = -1;
    quint64 m_run = 0;   // counts start()s, so that a slot that restarts us is noticed
    bool m_running = false;
    bool m_keep = true;
};

} // namespace kd
