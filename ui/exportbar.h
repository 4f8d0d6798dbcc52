#pragma once

// The CSV export of the Timesheets tab, shown as a strip under the table while it runs: every page
// of the range and filter is written (TimesheetExporter) into a file that only replaces the chosen
// one when everything was written (QSaveFile), with the pages done and Cancel.

#include "core/daterange.h"
#include "session/timesheetloader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSaveFile;

namespace kd {

class AppCore;
class TimesheetExporter;

class ExportBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ExportBar(AppCore *core, QWidget *parent = nullptr);
    ~ExportBar() override;

    void start(const QString &path, const DateRange &range, const TimesheetLoader::Filter &filter);
    void cancel();
    bool isRunning() const;
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onFinished(bool ok, const QString &message);

    TimesheetExporter *m_exporter;
    std::unique_ptr<QSaveFile> m_file;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace kd
