#pragma once

#include <QObject>

class QWidget;

namespace kd {

class AppCore;
class Prompter;

// Quitting while a timer runs: asks whether to stop it or keep it running on the server (with
// "remember my choice"), or does what was remembered; a stop reaches the server before the app
// quits (at most 5 s). Logging out of the desktop (QGuiApplication::commitDataRequest) asks nothing
// and does what the setting says.
class QuitGuard final : public QObject
{
    Q_OBJECT
public:
    QuitGuard(AppCore *core, Prompter *prompter, QWidget *window, QObject *parent = nullptr);

    // Quit was asked for (the menu, the tray, closing the window without a tray).
    void request();
    bool isBusy() const { return m_asking || m_stopping; }

Q_SIGNALS:
    // Go ahead and quit.
    void quit();
    // The person chose not to quit after all.
    void cancelled();

private:
    void stopThenQuit();

    AppCore *m_core;
    Prompter *m_prompter;
    QWidget *m_window;
    bool m_asking = false;
    bool m_stopping = false;
};

} // namespace kd
