#include "ui/entrydialog.h"

#include "models/pickerindex.h"
#include "models/pickermodel.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/session.h"
#include "session/timesheetloader.h"
#include "ui/entrytimesbox.h"
#include "ui/pickerfield.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace kd {

namespace {

const QColor kErrorText(0xc0, 0x2b, 0x1e);

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, kErrorText);
    l->setPalette(p);
    l->hide();
    return l;
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    box->setFocusProxy(field);   // the label's mnemonic reaches the field
    return box;
}

QStringList splitTags(const QString &text)
{
    // The Latin and the Arabic comma both separate tags.
    static const QRegularExpression separators(QStringLiteral("[,\u060C]"));
    QStringList tags;
    for (const QString &t : text.split(separators, Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    return tags;
}

} // namespace

EntryDialog::EntryDialog(AppCore *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_entries(core->entries())
    , m_index(new PickerIndex(this))
    , m_customers(new PickerModel(m_index, PickerIndex::Kind::Customer, this))
    , m_projects(new PickerModel(m_index, PickerIndex::Kind::Project, this))
    , m_activities(new PickerModel(m_index, PickerIndex::Kind::Activity, this))
{
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *form = new QFormLayout();
    m_customer = new PickerField(m_customers, this);
    m_project = new PickerField(m_projects, this);
    m_activity = new PickerField(m_activities, this);
    m_customer->setAccessibleName(tr("Customer"));
    m_project->setAccessibleName(tr("Project"));
    m_activity->setAccessibleName(tr("Activity"));
    m_customer->setPlaceholderText(tr("type to search (optional)"));
    for (const QString &f : {QStringLiteral("project"), QStringLiteral("activity"), QStringLiteral("description"),
                             QStringLiteral("tags"), QStringLiteral("billable")})
        m_errors.insert(f, errorLabel(this));
    m_times = new EntryTimesBox(this);
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_tags = new QLineEdit(this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. meeting, internal"));
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
    m_billable = new QCheckBox(tr("&Billable"), this);

    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Project:"), withError(m_project, m_errors.value(QStringLiteral("project")), this));
    form->addRow(tr("&Activity:"), withError(m_activity, m_errors.value(QStringLiteral("activity")), this));
    form->addRow(tr("Time:"), m_times);
    form->addRow(tr("De&scription:"), withError(m_description, m_errors.value(QStringLiteral("description")), this));
    form->addRow(tr("&Tags:"), withError(m_tags, m_errors.value(QStringLiteral("tags")), this));
    form->addRow(QString(), withError(m_billable, m_errors.value(QStringLiteral("billable")), this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_save->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &EntryDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this, &EntryDialog::submit);

    connect(m_customer, &PickerField::picked, this, &EntryDialog::onCustomerPicked);
    connect(m_project, &PickerField::picked, this, &EntryDialog::onProjectPicked);
    connect(m_times, &EntryTimesBox::changed, this, &EntryDialog::onDateChanged);
    connect(m_tags, &QLineEdit::textEdited, this, &EntryDialog::updateTagCompletion);

    Catalog *catalog = core->catalog();
    connect(catalog, &Catalog::namesChanged, this, &EntryDialog::buildIndex);
    connect(catalog, &Catalog::tagsChanged, this, &EntryDialog::updateTagCompletion);
    connect(m_entries, &EntryController::readDone, this,
            [this](quint64 request, const Timesheet &t, const ApiError &e, bool asLastKnown) {
        if (request != m_request)
            return;
        m_request = 0;   // its done() is not a save
        if (asLastKnown) {
            fill(t, m_mode == Mode::Duplicate);
            if (m_locked)
                return;   // the lock's reason stays: nothing will be saved
            setBanner(e.isError() ? tr("Kimai cannot be reached (%1). This is the entry as the list shows it; what you "
                                       "save is kept and sent when Kimai answers.")
                                        .arg(e.message())
                                  : tr("This entry has changes that are not in Kimai yet. What you save is kept and "
                                       "sent after them, when Kimai answers."),
                      false);
            return;
        }
        if (e.isError()) {
            setBusy(false);
            m_save->setEnabled(false);
            setBanner(tr("The entry could not be read: %1").arg(e.message()), true);
            return;
        }
        fill(t, m_mode == Mode::Duplicate);
    });
    connect(m_entries, &EntryController::saved, this, [this](quint64 request, EntryController::Operation, const Timesheet &t) {
        if (request != m_request)
            return;
        m_saved = true;
        Q_EMIT savedEntry(t, m_mode);
    });
    connect(m_entries, &EntryController::failed, this, [this](quint64 request, EntryController::Operation, const ApiError &e) {
        if (request != m_request)
            return;
        m_failed = true;
        showFailure(e, m_entries->rules().breakField && draft().breakSeconds.value_or(0) != m_original.breakSeconds.value_or(0));
    });
    connect(m_entries, &EntryController::done, this, [this](quint64 request) {
        if (request != m_request)
            return;
        m_request = 0;
        setBusy(false);
        if (!m_failed)
            accept();   // saved, or nothing had changed
    });
    connect(core->session(), &Session::ended, this, &QDialog::reject);

    catalog->ensureLoaded();
    catalog->ensureTags();
    buildIndex();
    updateTagCompletion();
}

void EntryDialog::buildIndex()
{
    const Catalog *catalog = m_core->catalog();
    const int customer = m_customer->currentId();
    const int project = m_project->currentId();
    const int activity = m_activity->currentId();
    const QString projectName = m_project->text();
    const QString activityName = m_activity->text();
    m_index->setCatalog(catalog->customers()->items(), catalog->projects()->items(), catalog->activities()->items());
    m_customer->setCurrentId(customer);
    m_projects->setScope(customer);
    m_project->setCurrentId(project, projectName);
    m_activities->setScope(project);
    m_activity->setCurrentId(activity, activityName);
}

void EntryDialog::startNew()
{
    m_mode = Mode::New;
    m_id = 0;
    setWindowTitle(tr("New entry"));
    const Session *session = m_core->session();
    const QTimeZone zone = session->userZone();
    QDateTime now = session->serverNow().toTimeZone(zone);
    now.setTime(QTime(now.time().hour(), now.time().minute() / 5 * 5));
    m_original = EntryDraft();
    m_times->load(zone, session->userToday(), now, {}, 0, true);
    m_ready = true;
    fill(Timesheet(), true);
    m_project->setFocus();
}

void EntryDialog::startEdit(int timesheetId, const Timesheet &lastKnown)
{
    m_mode = Mode::Edit;
    m_id = timesheetId;
    // An entry made while Kimai could not be reached has no number there yet.
    setWindowTitle(timesheetId < 0 ? tr("Edit entry (not yet in Kimai)") : tr("Edit entry #%1").arg(timesheetId));
    setBanner(tr("Reading the entry…"), false);
    setBusy(true);
    m_request = m_entries->read(timesheetId, lastKnown);
}

void EntryDialog::startDuplicate(int timesheetId, const Timesheet &lastKnown)
{
    m_mode = Mode::Duplicate;
    m_id = 0;
    setWindowTitle(timesheetId < 0 ? tr("Duplicate entry (not yet in Kimai)") : tr("Duplicate entry #%1").arg(timesheetId));
    setBanner(tr("Reading the entry…"), false);
    setBusy(true);
    m_request = m_entries->read(timesheetId, lastKnown);
}

void EntryDialog::fill(const Timesheet &t, bool asNew)
{
    const EntryController::Rules rules = m_entries->rules();
    const Session *session = m_core->session();
    const QTimeZone zone = session->userZone();
    m_request = 0;
    setBusy(false);
    setBanner({}, false);
    if (t.id) {
        const Catalog *catalog = m_core->catalog();
        const Project *p = catalog->project(t.projectId);
        const Activity *a = catalog->activity(t.activityId);
        const QString projectName = t.project ? t.project->name : p ? p->name : QStringLiteral("#%1").arg(t.projectId);
        const QString activityName = t.activity ? t.activity->name : a ? a->name : QStringLiteral("#%1").arg(t.activityId);
        m_customer->setCurrentId(p ? p->customerId : t.customerId);
        m_projects->setScope(m_customer->currentId());
        m_project->setCurrentId(t.projectId, projectName);
        m_activities->setScope(t.projectId);
        m_activity->setCurrentId(t.activityId, activityName);
        m_description->setPlainText(t.description);
        m_tags->setText(t.tags.join(QStringLiteral(", ")));
        m_billable->setChecked(t.billable);
        QDateTime begin = t.begin;
        QDateTime end = t.end;
        if (asNew) {
            // A duplicate: the same times of day, today.
            const QDateTime b = t.begin.toTimeZone(zone);
            begin = QDateTime(session->userToday(), b.time(), zone);
            end = t.end.isValid() ? begin.addSecs(t.begin.secsTo(t.end)) : QDateTime();
        }
        m_times->load(zone, session->userToday(), begin, end, t.breakSeconds.value_or(0), asNew || t.isRunning());
        m_original = EntryDraft::of(t);
    }
    m_times->setBreakShown(rules.breakField);
    m_times->setLocked(m_entries->timesLockedReason());
    m_billable->setVisible(rules.billableEditable || !asNew);
    m_billable->setEnabled(rules.billableEditable);
    if (!rules.billableEditable)
        m_billable->setToolTip(tr("Kimai decides whether the entry is billable (from the customer, project and activity)."));
    m_ready = true;
    // Another user's entry: said in the title; it stays theirs (a duplicate too, where the user may).
    if (t.id && !m_entries->isOwn(t.userId))
        setWindowTitle(tr("%1 (of %2)").arg(windowTitle(), m_core->timesheets()->model()->userName(t.userId)));
    const QString lock = asNew ? m_entries->lockReason(false, t.userId) : m_entries->lockReason(t.exported, t.userId);
    lockAll(!lock.isEmpty());
    if (!lock.isEmpty())
        setBanner(lock, false);
    onDateChanged();
    if (m_mode != Mode::New)
        m_activity->setFocus();
}

void EntryDialog::lockAll(bool locked)
{
    m_locked = locked;
    for (QWidget *w : std::initializer_list<QWidget *>{m_customer, m_project, m_activity, m_times, m_description, m_tags, m_billable})
        w->setEnabled(!locked && (w != m_billable || m_entries->rules().billableEditable));
    m_save->setEnabled(!locked);
}

void EntryDialog::onCustomerPicked(int id)
{
    m_projects->setScope(id);
    const PickerIndex::Item *p = m_index->find(PickerIndex::Kind::Project, m_project->currentId());
    if (id && p && p->parentId != id) {
        m_project->setCurrentId(0);
        onProjectPicked(0);
    }
}

void EntryDialog::onProjectPicked(int id)
{
    const PickerIndex::Item *p = m_index->find(PickerIndex::Kind::Project, id);
    if (p && m_customer->currentId() != p->parentId) {
        m_customer->setCurrentId(p->parentId);
        m_projects->setScope(p->parentId);
    }
    m_activities->setScope(id);
    if (m_activity->currentId() && !m_index->offers(id, m_activity->currentId()))
        m_activity->setCurrentId(0);
}

void EntryDialog::onDateChanged()
{
    // Projects that ended or have not begun on that day are not offered.
    if (m_index->date() != m_times->times().date())
        m_index->setDate(m_times->times().date());
    m_save->setEnabled(!m_locked && m_request == 0 && m_ready);
}

void EntryDialog::updateTagCompletion()
{
    // Completes the last comma-separated tag, keeping what was typed before it.
    const QString text = m_tags->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const QString prefix = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
    QStringList items;
    for (const QString &t : m_core->catalog()->tagNames())
        items.append(prefix + t);
    static_cast<QStringListModel *>(m_tags->completer()->model())->setStringList(items);
}

EntryDraft EntryDialog::draft() const
{
    const EntryController::Rules rules = m_entries->rules();
    EntryDraft d = m_original;
    d.project = m_project->currentId();
    d.activity = m_activity->currentId();
    if (!m_times->isLocked()) {
        d.begin = m_times->times().begin();
        d.end = m_times->times().end();
    }
    if (rules.breakField)
        d.breakSeconds = m_times->times().breakSeconds();
    d.description = m_description->toPlainText();
    d.tags = splitTags(m_tags->text());
    if (rules.billableEditable)
        d.billable = m_billable->isChecked();
    return d;
}

void EntryDialog::submit()
{
    if (m_request != 0 || m_locked || !m_ready)
        return;
    clearErrors();
    bool ok = true;
    if (!m_project->currentId()) {
        setFieldError(QStringLiteral("project"), tr("Choose a project."));
        ok = false;
    }
    if (!m_activity->currentId()) {
        setFieldError(QStringLiteral("activity"), tr("Choose an activity."));
        ok = false;
    }
    if (!m_times->isValid()) {
        setBanner(tr("Some of the times cannot be read: nothing was sent."), true);
        ok = false;
    }
    if (!ok)
        return;
    m_saved = false;
    m_failed = false;
    setBusy(true);
    m_request = m_mode == Mode::Edit ? m_entries->update(m_id, draft(), m_original) : m_entries->create(draft());
}

void EntryDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy && !m_locked);
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
    if (!m_ready)
        m_save->setText(tr("Save"));
}

void EntryDialog::setBanner(const QString &text, bool error)
{
    QPalette p = m_banner->palette();
    p.setColor(QPalette::WindowText, error ? kErrorText : palette().color(QPalette::WindowText));
    m_banner->setPalette(p);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString EntryDialog::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void EntryDialog::setFieldError(const QString &field, const QString &text)
{
    QLabel *l = m_errors.value(field);
    if (!l) {
        if (field == QLatin1String("begin") || field == QLatin1String("end") || field == QLatin1String("break")
            || field == QLatin1String("duration")) {
            m_times->setServerError(field, text);
            return;
        }
        const QString line = field.isEmpty() ? text : tr("%1: %2").arg(field, text);
        setBanner(bannerText().isEmpty() ? line : bannerText() + QLatin1Char('\n') + line, true);
        return;
    }
    l->setText(l->text().isEmpty() ? text : l->text() + QLatin1Char('\n') + text);
    l->show();
}

QString EntryDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && l->isVisibleTo(this) ? l->text() : QString();
}

void EntryDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_times->clearServerErrors();
    setBanner({}, false);
}

void EntryDialog::showFailure(const ApiError &error, bool breakSent)
{
    const FieldErrors &fe = error.fieldErrors();
    if (fe.isEmpty()) {
        setFieldError(QString(), error.message());
        return;
    }
    for (const QString &g : fe.global)
        setFieldError(QString(), g);
    for (const auto &[field, messages] : fe.fields)
        setFieldError(field, messages.join(QLatin1Char(' ')));
    // Break time switched off on this Kimai: its form has no such field.
    if (breakSent && !fe.acceptedFields.isEmpty() && !fe.acceptedFields.contains(QStringLiteral("break")))
        m_times->setServerError(QStringLiteral("break"), tr("This Kimai does not record breaks (break time is switched off)."));
}

} // namespace kd
