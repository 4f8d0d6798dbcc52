#include "ui/entrytimesbox.h"

#include "core/timeinput.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace kd {

namespace {

const QColor kErrorText(0xc0, 0x2b, 0x1e);
const QColor kErrorBase(0xfd, 0xe2, 0xe0);

QString formatTime(const QTime &t)
{
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}

} // namespace

EntryTimesBox::EntryTimesBox(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *whenRow = new QHBoxLayout();
    auto *when = new QLineEdit(this);
    when->setPlaceholderText(tr("e.g. yesterday 9-12:30, mon 14:00 1h30"));
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(when);
    whenRow->addWidget(whenLabel);
    whenRow->addWidget(when, 1);
    outer->addLayout(whenRow);
    addField(QStringLiteral("when"), when);

    auto *grid = new QGridLayout();
    const QList<QPair<QString, QString>> columns = {
        {QStringLiteral("date"), tr("&Date")},       {QStringLiteral("begin"), tr("&Begin")},
        {QStringLiteral("end"), tr("&End")},         {QStringLiteral("duration"), tr("D&uration")},
        {QStringLiteral("break"), tr("Brea&k")},
    };
    for (int c = 0; c < columns.size(); ++c) {
        auto *edit = new QLineEdit(this);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * (c == 0 ? 12 : 8));
        auto *label = new QLabel(columns.at(c).second, this);
        label->setBuddy(edit);
        grid->addWidget(label, 0, c);
        grid->addWidget(edit, 1, c);
        addField(columns.at(c).first, edit);
        if (columns.at(c).first == QLatin1String("break"))
            m_breakWidgets = {label, edit};
    }
    field(QStringLiteral("end"))->setPlaceholderText(tr("running"));
    field(QStringLiteral("duration"))->setPlaceholderText(tr("e.g. 1h30"));
    field(QStringLiteral("break"))->setPlaceholderText(tr("minutes"));
    field(QStringLiteral("break"))->setToolTip(tr("The break is not counted as worked time (e.g. 30 or 0:30)."));
    m_nextDay = new QLabel(this);
    m_nextDay->setEnabled(false);
    grid->addWidget(m_nextDay, 2, 2);
    outer->addLayout(grid);

    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    QPalette p = m_errors->palette();
    p.setColor(QPalette::WindowText, kErrorText);
    m_errors->setPalette(p);
    m_errors->hide();
    outer->addWidget(m_errors);
    m_lock = new QLabel(this);
    m_lock->setWordWrap(true);
    m_lock->hide();
    outer->addWidget(m_lock);
    setBreakShown(false);
}

void EntryTimesBox::addField(const QString &name, QLineEdit *edit)
{
    edit->setObjectName(name + QStringLiteral("Edit"));
    m_fields.insert(name, Field{edit, {}, {}});
    m_order.append(name);
    connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) { onEdited(name, text); });
    connect(edit, &QLineEdit::editingFinished, this, [this, name] { onFinished(name); });
}

QLineEdit *EntryTimesBox::field(const QString &name) const
{
    return m_fields.value(name).edit;
}

void EntryTimesBox::load(const QTimeZone &zone, const QDate &today, const QDateTime &begin, const QDateTime &end,
                         qint64 breakSeconds, bool endOptional)
{
    m_times = EntryTimes(zone);
    m_times.load(begin, end, breakSeconds);
    m_today = today;
    m_endOptional = endOptional;
    m_durationBase.reset();
    for (Field &f : m_fields) {
        f.problem.clear();
        f.serverError.clear();
    }
    field(QStringLiteral("when"))->clear();
    showValues();
    updateMarks();
}

void EntryTimesBox::setBreakShown(bool shown)
{
    m_breakShown = shown;
    for (QWidget *w : std::as_const(m_breakWidgets))
        w->setVisible(shown);
}

void EntryTimesBox::setLocked(const QString &reason)
{
    m_locked = !reason.isEmpty();
    for (const QString &name : std::as_const(m_order)) {
        if (name != QLatin1String("break"))   // the break is not a begin or an end
            field(name)->setEnabled(!m_locked);
    }
    m_lock->setText(reason);
    m_lock->setVisible(m_locked);
    updateMarks();
}

QString EntryTimesBox::formatDuration(qint64 seconds) const
{
    const QLocale locale;
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    return locale.toString(minutes / 60) + QLatin1Char(':') + locale.toString(int(minutes % 60)).rightJustified(2, locale.zeroDigit().at(0));
}

void EntryTimesBox::showValues(const QString &except)
{
    const QLocale locale;
    auto set = [this, &except](const QString &name, const QString &text) {
        if (name != except && m_fields.value(name).problem.isEmpty())
            field(name)->setText(text);
    };
    set(QStringLiteral("date"), locale.toString(m_times.date(), QLocale::ShortFormat));
    set(QStringLiteral("begin"), formatTime(m_times.begin().time()));
    set(QStringLiteral("end"), m_times.hasEnd() ? formatTime(m_times.end().time()) : QString());
    set(QStringLiteral("duration"), m_times.hasEnd() ? formatDuration(m_times.duration()) : QString());
    set(QStringLiteral("break"), m_times.breakSeconds() > 0 ? formatDuration(m_times.breakSeconds()) : QString());
    const int days = m_times.endDayOffset();
    m_nextDay->setText(days > 0 ? tr("+%n day(s)", nullptr, days) : QString());
    field(QStringLiteral("date"))->setToolTip(locale.toString(m_times.date(), QLocale::LongFormat));
}

bool EntryTimesBox::apply(const QString &name, const QString &text, QString *problem)
{
    const QLocale locale;
    const QString trimmed = text.trimmed();
    auto failed = [problem](const TimeInput::Error &e, const QString &understood) {
        *problem = understood.isEmpty() ? e.message() : tr("%1 Understood so far: %2").arg(e.message(), understood);
        return false;
    };
    if (name == QLatin1String("when")) {
        if (trimmed.isEmpty())
            return true;
        const auto r = TimeInput::parseEntry(trimmed, m_today, locale);
        if (!r.ok())
            return failed(r.error, r.value.dateGiven ? locale.toString(r.value.date, QLocale::ShortFormat) : formatTime(r.value.begin));
        if (r.value.dateGiven)
            m_times.setDate(r.value.date);
        if (r.value.range) {
            m_times.setRange(r.value.range->begin, r.value.range->end, r.value.range->endNextDay);
        } else {
            m_times.setBegin(r.value.begin);
            if (r.value.duration)
                m_times.setDuration(*r.value.duration);
        }
        return true;
    }
    if (name == QLatin1String("date")) {
        const auto r = TimeInput::parseDate(trimmed, m_today, locale);
        if (!r.ok())
            return failed(r.error, {});
        m_times.setDate(r.value);
        return true;
    }
    if (name == QLatin1String("begin")) {
        const auto r = TimeInput::parseTime(trimmed, locale);
        if (!r.ok())
            return failed(r.error, formatTime(r.value));
        m_times.setBegin(r.value);
        return true;
    }
    if (name == QLatin1String("end") || name == QLatin1String("duration")) {
        if (trimmed.isEmpty()) {
            m_times.setEnd(QTime());
            return true;
        }
        if (name == QLatin1String("end")) {
            const auto r = TimeInput::parseTime(trimmed, locale);
            if (!r.ok())
                return failed(r.error, formatTime(r.value));
            m_times.setEnd(r.value);
            return true;
        }
        const auto r = TimeInput::parseDuration(trimmed, locale);
        if (!r.ok())
            return failed(r.error, r.value.seconds > 0 ? formatDuration(r.value.seconds) : QString());
        if (r.value.relative) {
            if (!m_durationBase)
                m_durationBase = m_times.duration();
            m_times.setDuration(*m_durationBase + r.value.seconds);
        } else {
            m_times.setDuration(r.value.seconds);
        }
        return true;
    }
    if (name == QLatin1String("break")) {
        if (trimmed.isEmpty()) {
            m_times.setBreak(0);
            return true;
        }
        bool minutes = false;
        const int n = locale.toInt(trimmed, &minutes);
        if (minutes && n >= 0) {   // a plain number is minutes here
            m_times.setBreak(qint64(n) * 60);
            return true;
        }
        const auto r = TimeInput::parseDuration(trimmed, locale);
        if (!r.ok() || r.value.relative)
            return failed(r.error, {});
        m_times.setBreak(r.value.seconds);
        return true;
    }
    return true;
}

void EntryTimesBox::onEdited(const QString &name, const QString &text)
{
    Field &f = m_fields[name];
    f.serverError.clear();
    if (name != QLatin1String("duration"))
        m_durationBase.reset();
    QString problem;
    apply(name, text, &problem);
    f.problem = problem;
    if (problem.isEmpty())
        showValues(name);
    updateMarks();
    Q_EMIT changed();
}

void EntryTimesBox::onFinished(const QString &name)
{
    if (name == QLatin1String("duration"))
        m_durationBase.reset();
    // Understood: shown the way it was understood ("930" becomes "09:30").
    if (m_fields.value(name).problem.isEmpty() && name != QLatin1String("when"))
        showValues();
}

void EntryTimesBox::updateMarks()
{
    QStringList lines;
    const QHash<QString, QString> titles = {
        {QStringLiteral("when"), tr("When")},   {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("begin"), tr("Begin")}, {QStringLiteral("end"), tr("End")},
        {QStringLiteral("duration"), tr("Duration")}, {QStringLiteral("break"), tr("Break")},
    };
    for (const QString &name : std::as_const(m_order)) {
        const Field &f = m_fields[name];
        const QString text = !f.problem.isEmpty() ? f.problem : f.serverError;
        QPalette p = f.edit->palette();
        p.setColor(QPalette::Base, text.isEmpty() ? palette().color(QPalette::Base) : kErrorBase);
        f.edit->setPalette(p);
        f.edit->setToolTip(text);
        if (!text.isEmpty())
            lines.append(tr("%1: %2").arg(titles.value(name), text));
    }
    if (!m_locked && m_times.breakTooLong())
        lines.append(tr("%1: %2").arg(titles.value(QStringLiteral("break")), tr("The break is longer than the entry.")));
    if (!m_locked && !m_endOptional && !m_times.hasEnd() && m_fields.value(QStringLiteral("end")).problem.isEmpty())
        lines.append(tr("%1: %2").arg(titles.value(QStringLiteral("end")), tr("A stopped entry needs an end or a duration.")));
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

bool EntryTimesBox::isValid() const
{
    if (m_locked)
        return true;
    for (const Field &f : m_fields) {
        if (!f.problem.isEmpty())
            return false;
    }
    return !m_times.breakTooLong() && (m_endOptional || m_times.hasEnd());
}

void EntryTimesBox::setServerError(const QString &field, const QString &message)
{
    const QString name = m_fields.contains(field) ? field : QStringLiteral("when");
    Field &f = m_fields[name];
    f.serverError = f.serverError.isEmpty() ? message : f.serverError + QLatin1Char(' ') + message;
    updateMarks();
}

void EntryTimesBox::clearServerErrors()
{
    for (Field &f : m_fields)
        f.serverError.clear();
    updateMarks();
}

QString EntryTimesBox::errorText() const
{
    return m_errors->isVisibleTo(this) ? m_errors->text() : QString();
}

QString EntryTimesBox::lockText() const
{
    return m_locked ? m_lock->text() : QString();
}

} // namespace kd
