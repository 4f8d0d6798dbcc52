#include "ui/timekeepingpage.h"

#include "session/timekeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace kd {

namespace {

using AwayAction = TimeKeepingSettings::AwayAction;
using QuitAction = TimeKeepingSettings::QuitAction;

// A grey remark; `lines`: the room it keeps (a wrapped label's height is not known before the
// dialog has its width, and a tab page does not grow with it).
QLabel *note(const QString &text, QWidget *parent, int lines = 1)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * lines);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QDoubleSpinBox *hoursBox(double max, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setSuffix(TimeKeepingPage::tr(" h"));
    box->setSpecialValueText(TimeKeepingPage::tr("none"));
    return box;
}

} // namespace

TimeKeepingPage::TimeKeepingPage(Timekeeper *timekeeper, QWidget *parent)
    : QWidget(parent)
    , m_timekeeper(timekeeper)
{
    setObjectName(QStringLiteral("timeKeepingPage"));
    auto *layout = new QVBoxLayout(this);

    auto *away = new QGroupBox(tr("Away from the computer"), this);
    auto *awayForm = new QFormLayout(away);
    awayForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_idle = new QSpinBox(away);
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never (idle detection off)"));
    awayForm->addRow(tr("Ask when I come back after being idle for more than:"), m_idle);
    m_idleSource = note(QString(), away, 2);
    m_idleSource->setObjectName(QStringLiteral("idleSource"));
    awayForm->addRow(m_idleSource);
    m_notifyIdle = new QCheckBox(tr("Ask in a desktop notification too (the question's window always opens)"), away);
    awayForm->addRow(m_notifyIdle);
    auto awayBox = [away](const QString &askText) {
        auto *box = new QComboBox(away);
        box->addItem(askText, int(AwayAction::Ask));
        box->addItem(tr("Stop the timer at that moment"), int(AwayAction::Stop));
        box->addItem(tr("Keep it running"), int(AwayAction::Keep));
        return box;
    };
    m_onLock = awayBox(tr("Ask when I'm back"));
    awayForm->addRow(tr("When the screen is &locked:"), m_onLock);
    m_onSleep = awayBox(tr("Ask when I'm back"));
    awayForm->addRow(tr("When the computer &sleeps:"), m_onSleep);
    m_onQuit = new QComboBox(away);
    m_onQuit->addItem(tr("Ask"), int(QuitAction::Ask));
    m_onQuit->addItem(tr("Stop the timer"), int(QuitAction::Stop));
    m_onQuit->addItem(tr("Keep it running on the server"), int(QuitAction::Keep));
    awayForm->addRow(tr("When I &quit Kimai Desk:"), m_onQuit);
    awayForm->addRow(note(tr("Logging out of the desktop asks nothing: it stops the timer when this says "
                             "“Stop the timer” and keeps it running otherwise."),
                          away, 2));
    layout->addWidget(away);

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *remindForm = new QFormLayout(reminders);
    remindForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_forgotten = new QSpinBox(reminders);
    m_forgotten->setRange(0, 7 * 24);
    m_forgotten->setSuffix(tr(" h"));
    m_forgotten->setSpecialValueText(tr("never"));
    remindForm->addRow(tr("Remind me when a timer has run for more than:"), m_forgotten);
    m_notTracking = new QCheckBox(tr("Remind me when no timer runs during my working hours, every"), reminders);
    m_notTrackingEvery = new QSpinBox(reminders);
    m_notTrackingEvery->setRange(5, 24 * 60);
    m_notTrackingEvery->setSuffix(tr(" min"));
    auto *notTrackingRow = new QHBoxLayout();
    notTrackingRow->addWidget(m_notTracking);
    notTrackingRow->addWidget(m_notTrackingEvery);
    notTrackingRow->addStretch(1);
    remindForm->addRow(notTrackingRow);
    auto *daysRow = new QHBoxLayout();
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), reminders);
        box->setProperty("day", day);
        m_days.append(box);
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    remindForm->addRow(tr("Working days:"), daysRow);
    m_workStart = new QTimeEdit(reminders);
    m_workEnd = new QTimeEdit(reminders);
    QString hoursMinutes = locale.timeFormat(QLocale::ShortFormat);
    hoursMinutes.remove(QStringLiteral(":ss"));
    m_workStart->setDisplayFormat(hoursMinutes);
    m_workEnd->setDisplayFormat(hoursMinutes);
    auto *hoursRow = new QHBoxLayout();
    hoursRow->addWidget(m_workStart);
    hoursRow->addWidget(new QLabel(tr("to"), reminders));
    hoursRow->addWidget(m_workEnd);
    hoursRow->addStretch(1);
    remindForm->addRow(tr("Working hours:"), hoursRow);
    layout->addWidget(reminders);

    auto *targets = new QGroupBox(tr("Targets"), this);
    auto *targetForm = new QFormLayout(targets);
    targetForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_daily = hoursBox(24, targets);
    targetForm->addRow(tr("Hours a &day:"), m_daily);
    m_weekly = hoursBox(7 * 24, targets);
    targetForm->addRow(tr("Hours a &week:"), m_weekly);
    m_notifyTargets = new QCheckBox(tr("Notify me at 90 % and at 100 % of the day's target"), targets);
    targetForm->addRow(m_notifyTargets);
    targetForm->addRow(note(tr("Today's and this week's totals show in the timer bar and the tray."), targets));
    layout->addWidget(targets);
    layout->addStretch(1);

    connect(m_notTracking, &QCheckBox::toggled, this, &TimeKeepingPage::updateEnabled);
    connect(m_idle, &QSpinBox::valueChanged, this, &TimeKeepingPage::updateEnabled);
    connect(m_daily, &QDoubleSpinBox::valueChanged, this, &TimeKeepingPage::updateEnabled);
    connect(timekeeper, &Timekeeper::idleSourceChanged, this, &TimeKeepingPage::updateIdleSource);
    setValues(timekeeper->settings());
    timekeeper->findIdleSource();   // the page says which one is in use
    updateIdleSource();
}

QString TimeKeepingPage::idleSourceText() const
{
    return m_idleSource->text();
}

void TimeKeepingPage::updateIdleSource()
{
    switch (m_timekeeper->idleSource()) {
    case Timekeeper::IdleSource::Found: {
        const QString name = m_timekeeper->idleSourceName();
        QString source = name;
        if (name == QLatin1String("org.gnome.Mutter.IdleMonitor"))
            source = tr("GNOME's idle monitor (%1)").arg(name);
        else if (name == QLatin1String("org.freedesktop.ScreenSaver"))
            source = tr("the desktop's screen saver service (%1)").arg(name);
        else if (name == QLatin1String("XScreenSaver"))
            source = tr("the X11 screen saver extension (%1)").arg(name);
        m_idleSource->setText(tr("Idle time comes from %1.").arg(source));
        break;
    }
    case Timekeeper::IdleSource::Looking:
        m_idleSource->setText(tr("Looking for the desktop's idle time…"));
        break;
    case Timekeeper::IdleSource::None:
        m_idleSource->setText(Timekeeper::onWayland()
                                  ? tr("Idle detection is not available on this Wayland session: it offers neither "
                                       "GNOME's idle monitor nor the screen saver's idle time. Screen lock and sleep "
                                       "still work.")
                                  : tr("Idle detection is not available on this desktop: no idle source answered. "
                                       "Screen lock and sleep still work."));
        break;
    }
}

void TimeKeepingPage::updateEnabled()
{
    m_notTrackingEvery->setEnabled(m_notTracking->isChecked());
    for (QCheckBox *box : std::as_const(m_days))
        box->setEnabled(m_notTracking->isChecked());
    m_workStart->setEnabled(m_notTracking->isChecked());
    m_workEnd->setEnabled(m_notTracking->isChecked());
    m_notifyIdle->setEnabled(m_idle->value() > 0);
    m_notifyTargets->setEnabled(m_daily->value() > 0);
}

void TimeKeepingPage::setValues(const TimeKeepingSettings &s)
{
    m_idle->setValue(s.idleThresholdMinutes);
    m_onLock->setCurrentIndex(m_onLock->findData(int(s.onLock)));
    m_onSleep->setCurrentIndex(m_onSleep->findData(int(s.onSleep)));
    m_onQuit->setCurrentIndex(m_onQuit->findData(int(s.onQuit)));
    m_forgotten->setValue(s.forgottenTimerHours);
    m_notTracking->setChecked(s.notTrackingReminder);
    m_notTrackingEvery->setValue(s.notTrackingEveryMinutes);
    for (QCheckBox *box : std::as_const(m_days))
        box->setChecked(s.isWorkDay(box->property("day").toInt()));
    m_workStart->setTime(s.workStart);
    m_workEnd->setTime(s.workEnd);
    m_daily->setValue(s.dailyTargetMinutes / 60.0);
    m_weekly->setValue(s.weeklyTargetMinutes / 60.0);
    m_notifyIdle->setChecked(s.notifyIdle);
    m_notifyTargets->setChecked(s.notifyTargets);
    updateEnabled();
}

TimeKeepingSettings TimeKeepingPage::values() const
{
    TimeKeepingSettings s = m_timekeeper->settings();
    s.idleThresholdMinutes = m_idle->value();
    s.onLock = AwayAction(m_onLock->currentData().toInt());
    s.onSleep = AwayAction(m_onSleep->currentData().toInt());
    s.onQuit = QuitAction(m_onQuit->currentData().toInt());
    s.forgottenTimerHours = m_forgotten->value();
    s.notTrackingReminder = m_notTracking->isChecked();
    s.notTrackingEveryMinutes = m_notTrackingEvery->value();
    s.workDays.clear();
    for (int day = 1; day <= 7; ++day) {
        for (const QCheckBox *box : m_days) {
            if (box->property("day").toInt() == day && box->isChecked())
                s.workDays.append(day);
        }
    }
    // A window that ends before it begins keeps the one there was.
    if (m_workStart->time() < m_workEnd->time()) {
        s.workStart = m_workStart->time();
        s.workEnd = m_workEnd->time();
    }
    s.dailyTargetMinutes = int(std::lround(m_daily->value() * 60));
    s.weeklyTargetMinutes = int(std::lround(m_weekly->value() * 60));
    s.notifyIdle = m_notifyIdle->isChecked();
    s.notifyTargets = m_notifyTargets->isChecked();
    return s;
}

void TimeKeepingPage::apply()
{
    const TimeKeepingSettings s = values();
    if (!(s == m_timekeeper->settings()))
        m_timekeeper->setSettings(s);
}

} // namespace kd
