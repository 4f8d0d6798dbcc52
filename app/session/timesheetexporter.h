#pragma once

// Writes the timesheets of a range and filter as CSV (models/timesheetexport) to a device: the user's,
// or everyone's with a User column (the filter's `everyone`). Every page of it, one page at a time: progress between pages, cancel at any time, and one
// finished() per start(). The entries are asked for with their names (full=true), so the file has
// them even where the catalog was never loaded (the command line). The caller owns the device
// (a QSaveFile it commits on success, standard output, a buffer).

#include "core/daterange.h"
#include "session/timesheetloader.h"

#include <QObject>
#include <QPointer>

class QIODevice;

namespace kd {

class Catalog;
class KimaiClient;
class RangeLoader;
class Session;
class TimesheetExport;

class TimesheetExporter : public QObject
{
    Q_OBJECT
public:
    TimesheetExporter(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent = nullptr);
    ~TimesheetExporter() override;

    // The byte order mark helps spreadsheets read UTF-8; leave it out for pipes (default on).
    void setByteOrderMark(bool on) { m_byteOrderMark = on; }
    void setPageSize(int size);
    // The range (in the user's timezone) and the customer/project/activity of `filter`; the
    // filter's own preset is not used.
    void start(QIODevice *out, const DateRange &range, const TimesheetLoader::Filter &filter = {});
    void cancel();

    bool isRunning() const;
    int rowsWritten() const { return m_rows; }

Q_SIGNALS:
    void progress(int pagesDone, int totalPages);   // totalPages -1 while unknown
    // ok: everything was written. Otherwise `message` says why (cancelled, an error, a write error).
    void finished(bool ok, const QString &message);

private:
    void onPage(const QList<Timesheet> &page);
    void onFinished();
    void end(bool ok, const QString &message);

    KimaiClient *m_client;
    Session *m_session;
    Catalog *m_catalog;
    RangeLoader *m_range;
    QPointer<QIODevice> m_out;
    std::unique_ptr<TimesheetExport> m_export;
    QString m_writeError;
    bool m_byteOrderMark = true;
    bool m_running = false;
    int m_rows = 0;
};

} // namespace kd
