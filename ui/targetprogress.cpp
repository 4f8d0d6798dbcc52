#include "ui/targetprogress.h"

#include "core/duration.h"
#include "session/targetpolicy.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace kd {

namespace {

constexpr int kScale = 1000;

QString percentOf(const TargetPolicy::Progress &p)
{
    return QLocale().toString(int(p.fraction() * 100));
}

void showOn(QProgressBar *bar, const TargetPolicy::Progress &p)
{
    bar->setValue(int(std::min<double>(kScale, p.fraction() * kScale)));
    bar->setToolTip(TargetProgress::tr("%1 %").arg(percentOf(p)));
}

} // namespace

TargetProgress::TargetProgress(Timekeeper *timekeeper, TimerController *timer, QWidget *parent)
    : QWidget(parent)
    , m_timekeeper(timekeeper)
{
    setObjectName(QStringLiteral("targetProgress"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    auto addPart = [this, h](QLabel **label, QProgressBar **bar, const QString &name) {
        *label = new QLabel(this);
        *bar = new QProgressBar(this);
        (*bar)->setRange(0, kScale);
        (*bar)->setTextVisible(false);
        // The bars give way in a narrow window; the words do not.
        (*bar)->setMinimumWidth(fontMetrics().averageCharWidth() * 4);
        (*bar)->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
        (*label)->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
        (*bar)->setMaximumHeight(fontMetrics().height() / 2 + 2);
        (*bar)->setAccessibleName(name);
        h->addWidget(*label);
        h->addWidget(*bar);
        h->addSpacing(fontMetrics().averageCharWidth() * 2);
    };
    addPart(&m_day, &m_dayBar, tr("Progress towards today's target"));
    addPart(&m_week, &m_weekBar, tr("Progress towards this week's target"));
    h->addStretch(1);

    connect(timekeeper->targets(), &TargetPolicy::totalsChanged, this, &TargetProgress::refresh);
    connect(timekeeper, &Timekeeper::settingsChanged, this, &TargetProgress::refresh);
    connect(timer, &TimerController::tick, this, &TargetProgress::refresh);
    refresh();
}

QString TargetProgress::dayText() const
{
    return m_day->text();
}

QString TargetProgress::weekText() const
{
    return m_week->text();
}

void TargetProgress::refresh()
{
    const TargetPolicy *targets = m_timekeeper->targets();
    const TargetPolicy::Progress day = targets->day();
    const TargetPolicy::Progress week = targets->week();
    m_day->setVisible(day.hasTarget());
    m_dayBar->setVisible(day.hasTarget());
    m_week->setVisible(week.hasTarget());
    m_weekBar->setVisible(week.hasTarget());
    setVisible(day.hasTarget() || week.hasTarget());
    if (day.hasTarget()) {
        m_day->setText(tr("Today %1 of %2 h").arg(Duration::hoursMinutes(day.seconds), Duration::hoursMinutes(day.targetSeconds)));
        showOn(m_dayBar, day);
    }
    if (week.hasTarget()) {
        m_week->setText(tr("This week %1 of %2 h").arg(Duration::hoursMinutes(week.seconds), Duration::hoursMinutes(week.targetSeconds)));
        showOn(m_weekBar, week);
    }
}

QStringList TargetProgress::summaryLines(const Timekeeper *timekeeper)
{
    QStringList lines;
    const TargetPolicy::Progress day = timekeeper->targets()->day();
    const TargetPolicy::Progress week = timekeeper->targets()->week();
    if (day.hasTarget()) {
        lines << tr("Today: %1 of %2 h (%3 %)")
                     .arg(Duration::hoursMinutes(day.seconds), Duration::hoursMinutes(day.targetSeconds), percentOf(day));
    }
    if (week.hasTarget()) {
        lines << tr("This week: %1 of %2 h (%3 %)")
                     .arg(Duration::hoursMinutes(week.seconds), Duration::hoursMinutes(week.targetSeconds), percentOf(week));
    }
    return lines;
}

} // namespace kd
