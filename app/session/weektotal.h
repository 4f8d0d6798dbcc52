#pragma once

// This week's worked time, for the timer bar: the days of the week before today from all pages of
// the week (loaded after login and followed in place), today from the TimerController (which reads
// it again with the running entries), so that "Today" and "This week" always agree. A running
// entry counts up to now.

#include <QObject>

namespace kd {

class EntryController;
class KimaiClient;
class PeriodLoader;
class Session;
class TimerController;

class WeekTotal : public QObject
{
    Q_OBJECT
public:
    // After login the week is read this much later, after the first tab's requests.
    static constexpr int kLoadDelayMs = 1'500;

    WeekTotal(KimaiClient *client, Session *session, TimerController *timer, EntryController *entries,
              QObject *parent = nullptr);

    bool isKnown() const;
    qint64 seconds() const;
    PeriodLoader *week() const { return m_week; }

Q_SIGNALS:
    void changed();

private:
    // onlyNewWeek: only when the week loaded before is over (not the first load after login).
    void loadIfNeeded(bool onlyNewWeek);

    Session *m_session;
    TimerController *m_timer;
    PeriodLoader *m_week;
};

} // namespace kd
