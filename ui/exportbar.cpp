#include "ui/exportbar.h"

#include "session/appcore.h"
#include "session/timesheetexporter.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>

namespace kd {

ExportBar::ExportBar(AppCore *core, QWidget *parent)
    : QWidget(parent)
    , m_exporter(new TimesheetExporter(core->client(), core->session(), core->catalog(), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel export"), this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ExportBar::cancel);
    connect(m_exporter, &TimesheetExporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total > 0 ? total : 0);   // 0..0: busy, the number of pages unknown
        m_progress->setValue(done);
        m_label->setText(total > 0 ? tr("Exporting… page %1 of %2").arg(done).arg(total) : tr("Exporting… page %1").arg(done));
    });
    connect(m_exporter, &TimesheetExporter::finished, this, &ExportBar::onFinished);
    hide();
}

ExportBar::~ExportBar() = default;

bool ExportBar::isRunning() const
{
    return m_exporter->isRunning();
}

QString ExportBar::text() const
{
    return m_label->text();
}

void ExportBar::start(const QString &path, const DateRange &range, const TimesheetLoader::Filter &filter)
{
    cancel();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        m_file.reset();
        Q_EMIT finished(false, message);
        return;
    }
    m_label->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    show();
    m_exporter->setByteOrderMark(true);
    m_exporter->start(m_file.get(), range, filter);
}

void ExportBar::cancel()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
}

void ExportBar::onFinished(bool ok, const QString &message)
{
    hide();
    if (!m_file)
        return;
    const QString path = QDir::toNativeSeparators(m_file->fileName());
    if (!ok) {
        m_file->cancelWriting();
        m_file.reset();
        Q_EMIT finished(false, message);
        return;
    }
    if (!m_file->commit()) {
        const QString error = m_file->errorString();
        m_file.reset();
        Q_EMIT finished(false, tr("%1 cannot be written: %2").arg(path, error));
        return;
    }
    m_file.reset();
    Q_EMIT finished(true, tr("%1 Saved as %2.").arg(message, path));
}

} // namespace kd
