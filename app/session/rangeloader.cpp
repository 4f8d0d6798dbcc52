#include "session/rangeloader.h"

#include "api/kimaiclient.h"

namespace kd {

RangeLoader::RangeLoader(KimaiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

RangeLoader::~RangeLoader()
{
    dropReply();
}

void RangeLoader::start(const QDateTime &begin, const QDateTime &end)
{
    TimesheetQuery q;
    q.begin = begin;
    q.end = end;
    start(q);
}

void RangeLoader::start(TimesheetQuery query)
{
    cancel();
    if (query.orderBy.isEmpty()) {
        query.orderBy = QStringLiteral("begin");
        query.descending = false;
    }
    m_query = std::move(query);
    m_timesheets.clear();
    m_seen.clear();
    m_error = ApiError();
    m_pagesDone = 0;
    m_totalPages = -1;
    m_totalCount = -1;
    m_running = true;
    ++m_run;
    loadPage(1);
}

void RangeLoader::cancel()
{
    if (!m_running)
        return;
    dropReply();
    finish(ApiError(ApiError::Kind::Cancelled, ApiError::Cause::UserCancelled, tr("Loading the timesheets was cancelled."),
                    QStringLiteral("cancelled after %1 pages").arg(m_pagesDone)));
}

void RangeLoader::dropReply()
{
    if (ApiReply *reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();   // it finishes (unheard) and deletes itself
    }
}

void RangeLoader::loadPage(int page)
{
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Network, ApiError::Cause::OtherNetwork, tr("Not connected to a Kimai server."),
                        QStringLiteral("no client")));
        return;
    }
    TimesheetQuery q = m_query;
    q.page = page;
    q.size = m_pageSize;
    ApiReply *reply = m_client->timesheets(q);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, page] { onPage(reply, page); });
}

void RangeLoader::onPage(ApiReply *reply, int page)
{
    if (reply != m_reply)
        return;
    m_reply.clear();
    if (!reply->ok()) {
        const ApiError &e = reply->error();
        const QString which = m_totalPages > 0 ? tr("Page %1 of %2").arg(page).arg(m_totalPages) : tr("Page %1").arg(page);
        ApiError error(e.kind(), e.cause(), tr("%1 of the timesheets could not be loaded: %2").arg(which, e.message()), e.detail());
        error.setHttpStatus(e.httpStatus());
        error.setFieldErrors(e.fieldErrors());
        finish(error);
        return;
    }
    auto *typed = static_cast<TypedReply<QList<Timesheet>> *>(reply);
    const PageInfo info = reply->pageInfo();
    if (info.pastEnd) {   // the range shrank while we were paging
        finish({});
        return;
    }
    QList<Timesheet> fresh;
    for (const Timesheet &t : typed->result()) {
        if (!m_seen.contains(t.id)) {
            m_seen.insert(t.id);
            fresh.append(t);
        }
    }
    const int received = int(typed->result().size());
    ++m_pagesDone;
    if (info.hasHeaders) {
        m_totalPages = info.totalPages;
        m_totalCount = info.totalCount;
    }
    if (m_keep)
        m_timesheets += fresh;
    const quint64 run = m_run;
    Q_EMIT pageLoaded(fresh);
    if (run != m_run || !m_running)
        return;   // a slot cancelled or restarted us
    Q_EMIT progress(m_pagesDone, m_totalPages);
    if (run != m_run || !m_running)
        return;
    PageInfo effective = info;
    effective.page = page;
    if (!effective.hasHeaders)
        effective.perPage = m_pageSize;
    if (effective.isLastPage(received)) {
        if (!info.hasHeaders)
            m_totalPages = m_pagesDone;
        finish({});
        return;
    }
    loadPage(page + 1);
}

void RangeLoader::finish(const ApiError &error)
{
    m_running = false;
    m_error = error;
    Q_EMIT finished();
}

} // namespace kd
