#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace kd {

class TimerController;
class WeekTotal;

// Always visible at the top of the main window: what is running, for how long (ticking), Stop; or
// "No timer running" with Start… and a quick restart of recent work.
class TimerBar final : public QFrame
{
    Q_OBJECT
public:
    explicit TimerBar(TimerController *timer, QWidget *parent = nullptr);
    // Shows this week's total beside today's.
    void showWeekTotal(WeekTotal *week);

    QString elapsedText() const;          // of the first running entry, "" when none
    QString summaryText() const;          // for tests: what the bar says
    QPushButton *startButton() const { return m_start; }
    QPushButton *newEntryButton() const { return m_newEntry; }
    QPushButton *stopButton() const;      // of the first running entry
    // A "Favourites" button at the end of the bar with this menu (ui/favoritesmenu.h).
    void setFavoritesMenu(QMenu *menu);
    // A row below the timers (the targets' progress), left of the favourites button.
    void addRow(QWidget *row);
    QToolButton *favoritesButton() const { return m_favorites; }

Q_SIGNALS:
    void startRequested();
    void newEntryRequested();
    void editRequested(int timesheetId);

private:
    void rebuild();
    void tick();

    TimerController *m_timer;
    QHBoxLayout *m_frame;
    QVBoxLayout *m_outer;   // the timers' rows, the idle row, added rows
    QToolButton *m_favorites = nullptr;
    QVBoxLayout *m_rows;
    QWidget *m_idle;
    QLabel *m_idleLabel;
    QPushButton *m_start;
    QPushButton *m_newEntry;
    WeekTotal *m_week = nullptr;
    QToolButton *m_recent;
    struct RunningRow
    {
        int id;
        QWidget *widget;
        QLabel *elapsed;
        QPushButton *stop;
        QLabel *totals;
    };
    QList<RunningRow> m_running;
};

} // namespace kd
