#include "ui/timerbar.h"

#include "core/duration.h"
#include "session/offlinework.h"
#include "session/timercontroller.h"
#include "session/weektotal.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kd {

TimerBar::TimerBar(TimerController *timer, QWidget *parent)
    : QFrame(parent)
    , m_timer(timer)
{
    setObjectName(QStringLiteral("timerBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_frame = new QHBoxLayout(this);   // the rows, then the favourites button (setFavoritesMenu)
    m_frame->setContentsMargins(8, 4, 8, 4);
    m_outer = new QVBoxLayout();
    auto *outer = m_outer;
    outer->setSpacing(2);
    m_frame->addLayout(outer, 1);
    m_rows = new QVBoxLayout();
    m_rows->setSpacing(2);
    outer->addLayout(m_rows);

    m_idle = new QWidget(this);
    auto *idle = new QHBoxLayout(m_idle);
    idle->setContentsMargins(0, 0, 0, 0);
    m_idleLabel = new QLabel(m_idle);
    idle->addWidget(m_idleLabel, 1);
    m_recent = new QToolButton(m_idle);
    m_recent->setText(tr("Restart recent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_recent->setMenu(new QMenu(m_recent));
    idle->addWidget(m_recent);
    m_newEntry = new QPushButton(tr("New entry…"), m_idle);
    m_newEntry->setToolTip(tr("Add an entry with its times (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    idle->addWidget(m_newEntry);
    m_start = new QPushButton(tr("Start…"), m_idle);
    m_start->setToolTip(tr("Start a timer (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    idle->addWidget(m_start);
    outer->addWidget(m_idle);

    connect(m_start, &QPushButton::clicked, this, &TimerBar::startRequested);
    connect(m_newEntry, &QPushButton::clicked, this, &TimerBar::newEntryRequested);
    connect(timer, &TimerController::activeChanged, this, &TimerBar::rebuild);
    connect(timer, &TimerController::recentChanged, this, &TimerBar::rebuild);
    connect(timer, &TimerController::todayChanged, this, &TimerBar::tick);
    connect(timer, &TimerController::busyChanged, this, &TimerBar::rebuild);
    connect(timer, &TimerController::tick, this, &TimerBar::tick);   // while a timer runs and the window shows
    rebuild();
}

void TimerBar::addRow(QWidget *row)
{
    m_outer->addWidget(row);
}

void TimerBar::setFavoritesMenu(QMenu *menu)
{
    if (!m_favorites) {
        m_favorites = new QToolButton(this);
        m_favorites->setObjectName(QStringLiteral("favoritesButton"));
        m_favorites->setText(tr("★ Favourites"));
        m_favorites->setToolTip(tr("Start a favourite, or add the running timer to the favourites"));
        m_favorites->setPopupMode(QToolButton::InstantPopup);
        m_favorites->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_frame->addWidget(m_favorites, 0, Qt::AlignTop);
    }
    m_favorites->setMenu(menu);
}

void TimerBar::showWeekTotal(WeekTotal *week)
{
    m_week = week;
    if (week)
        connect(week, &WeekTotal::changed, this, &TimerBar::tick);
    tick();
}

QPushButton *TimerBar::stopButton() const
{
    return m_running.isEmpty() ? nullptr : m_running.first().stop;
}

QString TimerBar::elapsedText() const
{
    return m_running.isEmpty() ? QString() : m_running.first().elapsed->text();
}

QString TimerBar::summaryText() const
{
    if (m_running.isEmpty())
        return m_idleLabel->text();
    QStringList parts;
    for (const RunningRow &r : m_running) {
        const auto labels = r.widget->findChildren<QLabel *>();
        for (const QLabel *l : labels)
            parts.append(l->text());
    }
    return parts.join(QLatin1Char(' '));
}

void TimerBar::rebuild()
{
    for (const RunningRow &r : std::as_const(m_running)) {
        r.widget->hide();   // gone now, not at the next turn of the event loop
        r.widget->deleteLater();
    }
    m_running.clear();

    const QList<Timesheet> &active = m_timer->active();
    const bool busy = m_timer->isBusy();
    for (const Timesheet &t : active) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *dot = new QLabel(QStringLiteral("<span style='color:#d93f2f;font-size:14pt'>●</span>"), row);
        h->addWidget(dot);
        auto *title = new QLabel(row);
        const QString desc = t.description.simplified();
        title->setText(QStringLiteral("<b>%1</b>%2").arg(m_timer->titleOf(t).toHtmlEscaped(),
                                                          desc.isEmpty() ? QString()
                                                                         : QStringLiteral(" — ") + desc.toHtmlEscaped()));
        title->setTextFormat(Qt::RichText);
        title->setToolTip(tr("Started %1").arg(QLocale().toString(t.begin, QLocale::ShortFormat)));
        h->addWidget(title, 1);
        auto *totals = new QLabel(row);
        totals->setEnabled(false);
        h->addWidget(totals);
        if (m_timer->hasUnsentChanges(t.id)) {
            auto *mark = new QLabel(tr("not yet in Kimai"), row);
            mark->setObjectName(QStringLiteral("unsentMark"));
            QFont italic = mark->font();
            italic.setItalic(true);
            mark->setFont(italic);
            mark->setForegroundRole(QPalette::PlaceholderText);
            mark->setToolTip(OfflineWork::isLocal(t.id)
                                 ? tr("Started while Kimai could not be reached. It is kept on this computer and sent, "
                                      "with this start time, as soon as Kimai answers.")
                                 : tr("Changed while Kimai could not be reached. The change is kept on this computer "
                                      "and sent as soon as Kimai answers."));
            h->addWidget(mark);
        }
        auto *elapsed = new QLabel(row);
        QFont mono(QStringLiteral("monospace"));
        mono.setPointSizeF(font().pointSizeF() * 1.3);
        mono.setBold(true);
        elapsed->setFont(mono);
        elapsed->setAccessibleName(tr("Elapsed time"));
        h->addWidget(elapsed);
        auto *edit = new QPushButton(tr("Edit…"), row);
        edit->setEnabled(!busy);
        const int id = t.id;
        connect(edit, &QPushButton::clicked, this, [this, id] { Q_EMIT editRequested(id); });
        h->addWidget(edit);
        auto *stop = new QPushButton(tr("Stop"), row);
        stop->setToolTip(tr("Stop this timer (%1 stops the newest)")
                             .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
        stop->setEnabled(!busy);
        connect(stop, &QPushButton::clicked, this, [this, id] { m_timer->stop(id); });
        h->addWidget(stop);
        m_rows->addWidget(row);
        m_running.append({id, row, elapsed, stop, totals});
    }
    m_idle->setVisible(active.isEmpty());
    m_start->setEnabled(!busy);
    m_newEntry->setEnabled(true);

    QMenu *menu = m_recent->menu();
    menu->clear();
    int n = 0;
    for (const Timesheet &t : m_timer->recent()) {
        if (++n > 5)
            break;
        const int id = t.id;
        QString label = m_timer->titleOf(t);
        if (!t.description.isEmpty())
            label += QStringLiteral(" — ") + t.description.simplified().left(40);
        connect(menu->addAction(label), &QAction::triggered, this, [this, id] { m_timer->restart(id, true); });
    }
    m_recent->setEnabled(n > 0 && !busy);
    tick();
}

void TimerBar::tick()
{
    const QList<Timesheet> &active = m_timer->active();
    for (const RunningRow &r : std::as_const(m_running)) {
        for (const Timesheet &t : active) {
            if (t.id == r.id)
                r.elapsed->setText(Duration::clock(m_timer->elapsedSeconds(t)));
        }
    }
    if (m_running.isEmpty()) {
        QString text = m_timer->isBusy() ? tr("Talking to the server…") : tr("No timer running.");
        text += QLatin1Char(' ') + tr("Today: %1").arg(Duration::hoursMinutes(m_timer->todaySeconds()));
        if (m_week && m_week->isKnown())
            text += QStringLiteral(" · ") + tr("This week: %1").arg(Duration::hoursMinutes(m_week->seconds()));
        m_idleLabel->setText(text);
    }
    for (const RunningRow &r : std::as_const(m_running)) {
        QString text = tr("Today: %1").arg(Duration::hoursMinutes(m_timer->todaySeconds()));
        if (m_week && m_week->isKnown())
            text += QStringLiteral(" · ") + tr("This week: %1").arg(Duration::hoursMinutes(m_week->seconds()));
        r.totals->setText(text);
    }
}

} // namespace kd
