#include "ui/retryeditor.h"

#include "session/catalog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {

namespace {

// The editor shows the wall-clock time in the Kimai user's timezone (kept as UTC in the widget, which
// knows no time zones before Qt 6.7); zoned() reads it back.
QDateTimeEdit *timeEdit(const QDateTime &utc, const QTimeZone &zone, QWidget *parent)
{
    const QDateTime local = utc.toTimeZone(zone);
    auto *edit = new QDateTimeEdit(QDateTime(local.date(), local.time(), Qt::UTC), parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

// The project's or activity's name, or its id when the catalog does not know it (yet).
QString nameOf(const QString &name, int id)
{
    return name.isEmpty() ? RetryEditor::tr("#%1").arg(id) : name;
}

} // namespace

RetryEditor::RetryEditor(const EntryFields &fields, const QString &messages, Catalog *catalog, const QTimeZone &zone,
                         QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_catalog(catalog)
    , m_zone(zone)
{
    setWindowTitle(tr("Edit and retry"));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(messages, this);
    why->setObjectName(QStringLiteral("refusal"));
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(why);
    auto *form = new QFormLayout();
    layout->addLayout(form);

    if (fields.project) {
        m_project = new QComboBox(this);
        for (const Project &p : catalog->projects()->items()) {
            if (p.visible || p.id == *fields.project)
                m_project->addItem(p.customerName.isEmpty() ? p.name : p.customerName + QStringLiteral(" · ") + p.name, p.id);
        }
        if (m_project->findData(*fields.project) < 0)
            m_project->addItem(nameOf({}, *fields.project), *fields.project);
        m_project->setCurrentIndex(m_project->findData(*fields.project));
        form->addRow(tr("&Project:"), m_project);
        connect(m_project, &QComboBox::currentIndexChanged, this, &RetryEditor::fillActivities);
    }
    if (fields.activity) {
        m_activity = new QComboBox(this);
        form->addRow(tr("&Activity:"), m_activity);
        fillActivities();
    }
    if (fields.begin) {
        m_begin = timeEdit(*fields.begin, zone, this);
        form->addRow(tr("&Begin:"), m_begin);
    }
    if (fields.end) {
        m_end = timeEdit(*fields.end, zone, this);
        form->addRow(tr("&End:"), m_end);
    }
    if (fields.description) {
        m_description = new QLineEdit(*fields.description, this);
        form->addRow(tr("&Description:"), m_description);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RetryEditor::fillActivities()
{
    if (!m_activity)
        return;
    const int project = m_project ? m_project->currentData().toInt() : m_fields.project.value_or(0);
    const int current = m_activity->count() > 0 ? m_activity->currentData().toInt() : m_fields.activity.value_or(0);
    const Project *p = m_catalog->project(project);
    m_activity->clear();
    for (const Activity &a : m_catalog->activities()->items()) {
        const bool fits = (a.projectId && *a.projectId == project) || (a.isGlobal() && (!p || p->globalActivities));
        if ((a.visible && fits) || a.id == current)
            m_activity->addItem(a.name, a.id);
    }
    if (m_activity->findData(current) < 0 && current > 0)
        m_activity->addItem(nameOf({}, current), current);
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(current)));
}

EntryFields RetryEditor::edited() const
{
    // Only what was changed: the rest goes out as it was (to the second, which the editor does not show).
    EntryFields f;
    if (m_project && m_project->currentData().toInt() != m_fields.project.value_or(0))
        f.project = m_project->currentData().toInt();
    if (m_activity && m_activity->currentData().toInt() != m_fields.activity.value_or(0))
        f.activity = m_activity->currentData().toInt();
    const auto changed = [this](const QDateTimeEdit *edit, const std::optional<QDateTime> &was) -> std::optional<QDateTime> {
        const QDateTime now = QDateTime(edit->date(), edit->time(), m_zone).toUTC();
        const QDateTime shown = was->toTimeZone(m_zone);
        const bool same = edit->date() == shown.date() && edit->time().hour() == shown.time().hour()
            && edit->time().minute() == shown.time().minute();
        return same ? std::nullopt : std::optional(now);
    };
    if (m_begin)
        f.begin = changed(m_begin, m_fields.begin);
    if (m_end)
        f.end = changed(m_end, m_fields.end);
    if (m_description && m_description->text() != m_fields.description.value_or(QString()))
        f.description = m_description->text();
    return f;
}

} // namespace kd
