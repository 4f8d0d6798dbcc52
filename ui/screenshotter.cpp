#include "ui/screenshotter.h"

#include <QPixmap>
#include <QWidget>

namespace kd {

namespace {
constexpr int kSettleMs = 400;
} // namespace

Screenshotter::Screenshotter(QWidget *window, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::poll);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_poll.stop();
        Q_EMIT done(3, tr("Timed out waiting for the window to load."));
    });
}

void Screenshotter::start(int timeoutMs)
{
    m_timeout.start(timeoutMs);
    m_poll.start();
}

void Screenshotter::poll()
{
    if (m_capturing)
        return;
    const QString error = failed ? failed() : QString();
    if (!error.isEmpty()) {
        m_poll.stop();
        m_timeout.stop();
        Q_EMIT done(1, error);
        return;
    }
    if (ready && !ready())
        return;
    m_capturing = true;
    m_poll.stop();
    // Let the last layout and paint happen before grabbing (fonts, icons and a text edit's highlighting
    // may take a few more event-loop turns after the data arrived).
    QTimer::singleShot(kSettleMs, this, &Screenshotter::capture);
}

void Screenshotter::capture()
{
    m_timeout.stop();
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_file, "PNG")) {
        Q_EMIT done(4, tr("Could not write the screenshot to %1.").arg(m_file));
        return;
    }
    Q_EMIT done(0, m_file);
}

} // namespace kd
