#include "ui/quitguard.h"

#include "session/appcore.h"
#include "session/session.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"
#include "ui/prompter.h"

#include <QGuiApplication>
#include <QSessionManager>

namespace kd {

QuitGuard::QuitGuard(AppCore *core, Prompter *prompter, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_prompter(prompter)
    , m_window(window)
{
    Timekeeper *timekeeper = core->timekeeper();
    connect(timekeeper, &Timekeeper::readyToQuit, this, [this] {
        if (m_stopping) {
            m_stopping = false;
            Q_EMIT quit();
        }
    });
#ifndef QT_NO_SESSIONMANAGER
    // The desktop session ends: the window's question cannot be asked; the setting decides. (logind's
    // PrepareForShutdown would come only for a shutdown, not for a logout, and from the machine's
    // bus; the session manager asks each application, also on Plasma and other X11 desktops.)
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::commitDataRequest, this, [timekeeper](QSessionManager &) {
            timekeeper->desktopSessionEnding();
        });
    }
#endif
}

void QuitGuard::request()
{
    if (isBusy())
        return;
    TimerController *timer = m_core->timer();
    Timekeeper *timekeeper = m_core->timekeeper();
    if (!m_core->session()->isActive() || !timer->isRunning()) {
        Q_EMIT quit();
        return;
    }
    switch (timekeeper->settings().onQuit) {
    case TimeKeepingSettings::QuitAction::Keep:
        Q_EMIT quit();
        return;
    case TimeKeepingSettings::QuitAction::Stop:
        stopThenQuit();
        return;
    case TimeKeepingSettings::QuitAction::Ask:
        break;
    }
    QStringList running;
    for (const Timesheet &t : timer->active())
        running << timer->titleOf(t);
    m_asking = true;
    m_prompter->stopTimerOnQuit(m_window, running.join(QStringLiteral(", ")), this,
                                [this, timekeeper](Prompter::QuitChoice choice, bool remember) {
                                    m_asking = false;
                                    if (choice == Prompter::QuitChoice::Cancel) {
                                        Q_EMIT cancelled();
                                        return;
                                    }
                                    if (remember) {
                                        TimeKeepingSettings s = timekeeper->settings();
                                        s.onQuit = choice == Prompter::QuitChoice::Stop ? TimeKeepingSettings::QuitAction::Stop
                                                                                        : TimeKeepingSettings::QuitAction::Keep;
                                        timekeeper->setSettings(s);
                                    }
                                    if (choice == Prompter::QuitChoice::Stop)
                                        stopThenQuit();
                                    else
                                        Q_EMIT quit();
                                });
}

void QuitGuard::stopThenQuit()
{
    m_stopping = true;
    m_core->timekeeper()->stopBeforeQuit();   // readyToQuit() follows, at the latest after 5 s
}

} // namespace kd
