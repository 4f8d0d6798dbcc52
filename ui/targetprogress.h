#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kd {

class Timekeeper;
class TimerController;

// Today's and this week's totals against the targets (hours per day and week in the settings), as
// two small progress bars; hidden when no target is set. Sits in the timer bar; moves with the
// timer's ticks while one runs (and only then).
class TargetProgress final : public QWidget
{
    Q_OBJECT
public:
    TargetProgress(Timekeeper *timekeeper, TimerController *timer, QWidget *parent = nullptr);

    QString dayText() const;
    QString weekText() const;
    QProgressBar *dayBar() const { return m_dayBar; }
    QProgressBar *weekBar() const { return m_weekBar; }

    // "Today: 5:10 of 8:00 h (65 %)" and "This week: …", for the tray's tooltip: the lines of the
    // targets that are set.
    static QStringList summaryLines(const Timekeeper *timekeeper);

private:
    void refresh();

    Timekeeper *m_timekeeper;
    QLabel *m_day;
    QProgressBar *m_dayBar;
    QLabel *m_week;
    QProgressBar *m_weekBar;
};

} // namespace kd
