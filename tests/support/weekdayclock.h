#pragma once

// The system clock, moved back to last week's Thursday at 15:00 in Berlin (the demo user's zone) and
// running from there. The GUI tests see a working week whatever day and hour they run: the demo's
// sample entries fill "this week", "today" and "yesterday" (on a Monday before work, "this week"
// is rightly empty — and a test that needs rows in it would fail).

#include "core/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace kd::test {

class WeekdayClock final : public Clock
{
public:
    WeekdayClock()
    {
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const QDateTime real = QDateTime::currentDateTimeUtc();
        const QDate today = real.toTimeZone(berlin).date();
        const QDate thursday = today.addDays(4 - today.dayOfWeek() - 7);
        m_shiftMs = real.msecsTo(QDateTime(thursday, QTime(15, 0), berlin));
        m_monotonic.start();
    }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_shiftMs); }
    qint64 monotonicMs() const override { return m_monotonic.elapsed(); }

private:
    qint64 m_shiftMs = 0;
    QElapsedTimer m_monotonic;
};

} // namespace kd::test
