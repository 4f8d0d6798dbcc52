#pragma once

#include "session/notices.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace kd {

class AppCore;
class IdleQuestionWindow;
class MainWindow;
class NoticeWindow;
class TrayIcon;

// The windows of keeping time honest, wired to the session's Timekeeper and Notices: the idle
// question's window (always, beside its notification), and the other ways of showing a notice the
// desktop cannot show with its buttons — the tray balloon, then a small window. Also what a
// notification's click or button asks of the UI (the start dialog, the question's window).
class TimekeepingUi final : public QObject
{
    Q_OBJECT
public:
    TimekeepingUi(AppCore *core, MainWindow *window, TrayIcon *tray, QObject *parent = nullptr);
    ~TimekeepingUi() override;

    IdleQuestionWindow *idleWindow() const;
    NoticeWindow *noticeWindow(const QString &kind) const;
    // A timer was started or stopped while the window was not in use (the notifications setting
    // decides; a bubble only, never a window).
    void notifyTimer(const QString &title, const QString &text);
    void setTimerNotifications(bool on) { m_timerNotifications = on; }

Q_SIGNALS:
    void showWindowRequested();

private:
    void onQuestion();
    void onQuestionEnded();
    void onFallback(const Notices::Notice &notice, bool textShown);
    void onAction(const QString &kind, const QString &action);
    void openNoticeWindow(const Notices::Notice &notice);
    void raise(QWidget *w);

    AppCore *m_core;
    MainWindow *m_window;
    TrayIcon *m_tray;
    QPointer<IdleQuestionWindow> m_idleWindow;
    QHash<QString, QPointer<NoticeWindow>> m_windows;
    bool m_timerNotifications = true;
};

} // namespace kd
