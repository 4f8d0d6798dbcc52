#include "ui/timekeepingui.h"

#include "session/appcore.h"
#include "session/catalog.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"
#include "ui/idlequestionwindow.h"
#include "ui/mainwindow.h"
#include "ui/noticewindow.h"
#include "ui/trayicon.h"

namespace kd {

TimekeepingUi::TimekeepingUi(AppCore *core, MainWindow *window, TrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_window(window)
    , m_tray(tray)
{
    Timekeeper *timekeeper = core->timekeeper();
    Notices *notices = core->notices();
    connect(timekeeper, &Timekeeper::idleQuestionChanged, this, &TimekeepingUi::onQuestion);
    connect(timekeeper, &Timekeeper::idleQuestionEnded, this, &TimekeepingUi::onQuestionEnded);
    connect(timekeeper, &Timekeeper::problem, this, [this](const QString &message) {
        m_window->showMessage(message, 30'000);
        if (!m_window->isActiveWindow())
            notifyTimer(tr("Kimai Desk"), message);
    });
    connect(notices, &Notices::fallback, this, &TimekeepingUi::onFallback);
    connect(notices, &Notices::withdrawn, this, [this](const QString &kind) {
        if (NoticeWindow *w = m_windows.take(kind))
            w->close();
    });
    connect(notices, &Notices::actionInvoked, this,
            [this](const QString &kind, const QString &action, const QDateTime &) { onAction(kind, action); });
}

TimekeepingUi::~TimekeepingUi()
{
    delete m_idleWindow;
    for (const QPointer<NoticeWindow> &w : std::as_const(m_windows))
        delete w;
}

IdleQuestionWindow *TimekeepingUi::idleWindow() const
{
    return m_idleWindow;
}

NoticeWindow *TimekeepingUi::noticeWindow(const QString &kind) const
{
    return m_windows.value(kind);
}

void TimekeepingUi::raise(QWidget *w)
{
    w->show();
    w->raise();
    w->activateWindow();
}

void TimekeepingUi::onQuestion()
{
    Timekeeper *timekeeper = m_core->timekeeper();
    if (!timekeeper->idle()->hasQuestion())
        return;
    if (!m_idleWindow)
        m_idleWindow = new IdleQuestionWindow(timekeeper, m_core->timer(), m_core->catalog());
    m_idleWindow->setQuestion(timekeeper->idle()->question());
    m_idleWindow->show();
    m_idleWindow->raise();
}

void TimekeepingUi::onQuestionEnded()
{
    if (m_idleWindow) {
        m_idleWindow->end();
        m_idleWindow->deleteLater();
        m_idleWindow = nullptr;
    }
}

void TimekeepingUi::onFallback(const Notices::Notice &notice, bool textShown)
{
    const bool balloon = !textShown && m_tray && m_tray->notify(notice.title, notice.body);
    if (notice.kind == Notices::idleKind() || notice.kind == Notices::timerKind())
        return;   // the question has its own window; starts and stops are told in passing only
    if (!notice.buttons().isEmpty() || (!textShown && !balloon))
        openNoticeWindow(notice);
}

void TimekeepingUi::openNoticeWindow(const Notices::Notice &notice)
{
    QPointer<NoticeWindow> &w = m_windows[notice.kind];
    if (w)
        w->setNotice(notice);
    else
        w = new NoticeWindow(m_core->notices(), notice);
    w->show();
    w->raise();
}

void TimekeepingUi::onAction(const QString &kind, const QString &action)
{
    if (kind == Notices::idleKind()) {
        if (action != Notices::defaultAction() && action != QLatin1String("book-elsewhere"))
            return;
        onQuestion();
        if (m_idleWindow) {
            if (action == QLatin1String("book-elsewhere"))
                m_idleWindow->showBookElsewhere();
            raise(m_idleWindow);
        }
    } else if (kind == Notices::notTrackingKind() && action == QLatin1String("start")) {
        Q_EMIT showWindowRequested();
        m_window->openStartDialog();
    } else if (kind == Notices::forgottenKind() && action == Notices::defaultAction()) {
        // The stop moment can be picked in the window.
        if (m_core->notices()->isShown(kind)) {
            openNoticeWindow(m_core->notices()->current(kind));
            raise(m_windows.value(kind));
        }
    } else if (action == Notices::defaultAction()) {
        Q_EMIT showWindowRequested();
    }
}

void TimekeepingUi::notifyTimer(const QString &title, const QString &text)
{
    if (!m_timerNotifications)
        return;
    Notices::Notice n;
    n.kind = Notices::timerKind();
    n.title = title;
    n.body = text;
    m_core->notices()->show(n);
}

} // namespace kd
