#include "session/timesheetexporter.h"

#include "api/kimaiclient.h"
#include "models/timesheetexport.h"
#include "session/catalog.h"
#include "session/rangeloader.h"
#include "session/session.h"

#include <QIODevice>
#include <QTimer>

namespace kd {

TimesheetExporter::TimesheetExporter(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_catalog(catalog)
    , m_range(new RangeLoader(client, this))
{
    m_range->setKeepTimesheets(false);   // written page by page, kept nowhere
    connect(m_range, &RangeLoader::pageLoaded, this, &TimesheetExporter::onPage);
    connect(m_range, &RangeLoader::progress, this, &TimesheetExporter::progress);
    connect(m_range, &RangeLoader::finished, this, &TimesheetExporter::onFinished);
    connect(m_session, &Session::ended, this, &TimesheetExporter::cancel);
}

TimesheetExporter::~TimesheetExporter() = default;

void TimesheetExporter::setPageSize(int size)
{
    m_range->setPageSize(size);
}

bool TimesheetExporter::isRunning() const
{
    return m_running;
}

void TimesheetExporter::start(QIODevice *out, const DateRange &range, const TimesheetLoader::Filter &filter)
{
    cancel();
    m_out = out;
    m_rows = 0;
    m_writeError.clear();
    m_running = true;
    m_export = std::make_unique<TimesheetExport>(TimesheetExport::Format::Csv, m_catalog->names());
    m_export->setByteOrderMark(m_byteOrderMark);
    m_export->setNow(m_session->serverNow());
    m_export->setUserColumn(filter.everyone);   // whose each entry is
    if (!out || !out->isWritable() || out->write(m_export->header()) < 0) {
        m_writeError = out ? out->errorString() : tr("the output was closed");
        // Like every other ending, after start() has returned.
        QTimer::singleShot(0, this, [this] { end(false, tr("The file could not be written: %1").arg(m_writeError)); });
        return;
    }
    TimesheetQuery q;
    const QTimeZone zone = m_session->userZone();
    if (range.preset != DateRange::Preset::All) {
        q.begin = range.beginIn(zone);
        q.end = range.endIn(zone);
    }
    if (filter.customer)
        q.customers = {*filter.customer};
    if (filter.project)
        q.projects = {*filter.project};
    if (filter.activity)
        q.activities = {*filter.activity};
    if (filter.everyone)
        q.user = QStringLiteral("all");
    q.full = true;   // the names come with the entries
    m_range->start(q);
}

void TimesheetExporter::cancel()
{
    if (m_running)
        m_range->cancel();   // finished() follows from onFinished()
}

void TimesheetExporter::onPage(const QList<Timesheet> &page)
{
    if (!m_running || !m_writeError.isEmpty())
        return;
    if (!m_out || m_out->write(m_export->append(page)) < 0) {
        m_writeError = m_out ? m_out->errorString() : tr("the output was closed");
        m_range->cancel();
        return;
    }
    m_rows = m_export->rowsWritten();
}

void TimesheetExporter::onFinished()
{
    if (!m_running)
        return;
    if (!m_writeError.isEmpty()) {
        end(false, tr("The file could not be written: %1").arg(m_writeError));
        return;
    }
    if (!m_range->ok()) {
        end(false, m_range->error().message());
        return;
    }
    end(true, tr("%n entry/entries exported.", nullptr, m_rows));
}

void TimesheetExporter::end(bool ok, const QString &message)
{
    m_running = false;
    m_export.reset();
    Q_EMIT finished(ok, message);
}

} // namespace kd
