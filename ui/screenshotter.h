#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace kd {

// `--screenshot FILE`: waits until `ready()` says the visible content has loaded (or `failed()`
// reports an error), lets the window paint, writes a PNG of it and asks to quit with an exit code.
class Screenshotter final : public QObject
{
    Q_OBJECT
public:
    Screenshotter(QWidget *window, QString file, QObject *parent = nullptr);

    std::function<bool()> ready;       // content is on screen
    std::function<QString()> failed;  // non-empty: an error to report instead
    void start(int timeoutMs = 60'000);

Q_SIGNALS:
    void done(int exitCode, const QString &message);

private:
    void poll();
    void capture();

    QWidget *m_window;
    QString m_file;
    QTimer m_poll;
    QTimer m_timeout;
    bool m_capturing = false;
};

} // namespace kd
