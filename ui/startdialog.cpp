#include "ui/startdialog.h"

#include "session/catalog.h"
#include "session/timercontroller.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace kd {

namespace {

QComboBox *searchableCombo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->setMaxVisibleItems(20);
    c->completer()->setFilterMode(Qt::MatchContains);
    c->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    c->completer()->setCompletionMode(QCompleter::PopupCompletion);
    c->completer()->setModelSorting(QCompleter::UnsortedModel);   // MatchContains needs it
    return c;
}

// The id of the chosen item: the exact text, else the only item containing the typed text.
QVariant chosen(const QComboBox *c)
{
    const QString text = c->currentText().trimmed();
    if (text.isEmpty())
        return {};
    int idx = c->findText(text, Qt::MatchFixedString);
    if (idx < 0) {
        int matches = 0;
        for (int i = 0; i < c->count(); ++i) {
            if (c->itemText(i).contains(text, Qt::CaseInsensitive)) {
                idx = i;
                ++matches;
            }
        }
        if (matches != 1)
            idx = -1;
    }
    return idx >= 0 ? c->itemData(idx) : QVariant();
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x1e));
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

} // namespace

StartDialog::StartDialog(TimerController *timer, Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_timer(timer)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Start a timer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();
    m_customer = searchableCombo(this);
    m_project = searchableCombo(this);
    m_activity = searchableCombo(this);
    m_customer->setAccessibleName(tr("Customer"));
    m_project->setAccessibleName(tr("Project"));
    m_activity->setAccessibleName(tr("Activity"));
    m_customer->lineEdit()->setPlaceholderText(tr("type to search"));
    m_project->lineEdit()->setPlaceholderText(tr("type to search"));
    m_activity->lineEdit()->setPlaceholderText(tr("type to search"));
    m_projectError = errorLabel(this);
    m_activityError = errorLabel(this);
    m_descriptionError = errorLabel(this);
    m_tagsError = errorLabel(this);
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_tags = new QLineEdit(this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. meeting, internal"));
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    tagCompleter->setFilterMode(Qt::MatchStartsWith);
    m_tags->setCompleter(tagCompleter);
    m_global = new QLabel(this);
    m_global->setWordWrap(true);
    QPalette p = m_global->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x1e));
    m_global->setPalette(p);
    m_global->hide();

    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Project:"), withError(m_project, m_projectError, this));
    form->addRow(tr("&Activity:"), withError(m_activity, m_activityError, this));
    form->addRow(tr("&Description:"), withError(m_description, m_descriptionError, this));
    form->addRow(tr("&Tags:"), withError(m_tags, m_tagsError, this));
    layout->addWidget(m_global);
    layout->addLayout(form);
    m_hint = new QLabel(tr("%1 starts. The server records the start time.")
                            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
                        this);
    m_hint->setEnabled(false);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_ok, &QPushButton::clicked, this, &StartDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *sc = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(sc, &QShortcut::activated, this, &StartDialog::submit);
    }
    connect(m_customer, &QComboBox::currentIndexChanged, this, &StartDialog::fillProjects);
    connect(m_project, &QComboBox::currentIndexChanged, this, &StartDialog::fillActivities);
    // Typed text resolves when the field is left (keyboard only is enough).
    connect(m_customer->lineEdit(), &QLineEdit::editingFinished, this, &StartDialog::fillProjects);
    connect(m_project->lineEdit(), &QLineEdit::editingFinished, this, &StartDialog::fillActivities);
    connect(m_tags, &QLineEdit::textEdited, this, &StartDialog::updateTagCompletion);
    connect(m_catalog, &Catalog::namesChanged, this, &StartDialog::fillCustomers);
    connect(m_catalog, &Catalog::tagsChanged, this, &StartDialog::updateTagCompletion);
    connect(m_timer, &TimerController::started, this, &QDialog::accept);
    connect(m_timer, &TimerController::updated, this, &QDialog::accept);
    connect(m_timer, &TimerController::reconciled, this, &QDialog::accept);
    connect(m_timer, &TimerController::operationFailed, this, [this](TimerController::Operation op, const ApiError &e) {
        if (op == TimerController::Operation::Start || op == TimerController::Operation::Update)
            onFailed(e);
    });
    connect(m_timer, &TimerController::busyChanged, this, [this](bool busy) { m_ok->setEnabled(!busy); });

    m_catalog->ensureLoaded();
    m_catalog->ensureTags();
    fillCustomers();
    updateTagCompletion();
}

void StartDialog::setEditing(const Timesheet &timesheet)
{
    m_editingId = timesheet.id;
    setWindowTitle(tr("Edit the running timer"));
    m_ok->setText(tr("Save"));
    m_hint->setText(tr("%1 saves the changes.").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    preselect(timesheet.projectId, timesheet.activityId);
    for (QComboBox *c : {m_customer, m_project, m_activity})
        c->setEnabled(false);
    m_description->setText(timesheet.description);
    m_tags->setText(timesheet.tags.join(QStringLiteral(", ")));
    m_description->setFocus();
}

void StartDialog::preselect(int projectId, int activityId)
{
    const Project *p = m_catalog->project(projectId);
    if (p)
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(p->customerId)));
    fillProjects();
    m_project->setCurrentIndex(qMax(0, m_project->findData(projectId)));
    fillActivities();
    m_activity->setCurrentIndex(qMax(0, m_activity->findData(activityId)));
}

void StartDialog::fillCustomers()
{
    const QVariant current = chosen(m_customer);
    // Only text a person typed is kept (not the text of an item Qt selected on its own).
    const QString typed = m_customer->currentIndex() < 0 ? m_customer->currentText() : QString();
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        QList<Customer> list = m_catalog->customers()->items();
        std::sort(list.begin(), list.end(), [](const Customer &a, const Customer &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Customer &c : list) {
            if (c.visible)
                m_customer->addItem(c.name, c.id);
        }
        m_customer->setCurrentIndex(current.isValid() ? m_customer->findData(current) : -1);
        if (m_customer->currentIndex() < 0)
            m_customer->setEditText(typed);
    }
    fillProjects();
}

void StartDialog::fillProjects()
{
    const QVariant customer = chosen(m_customer);
    const QVariant current = chosen(m_project);
    const QString typed = m_project->currentIndex() < 0 ? m_project->currentText() : QString();
    {
        const QSignalBlocker blocker(m_project);
        m_project->clear();
        QList<Project> list = m_catalog->projects()->items();
        std::sort(list.begin(), list.end(), [](const Project &a, const Project &b) { return a.name.localeAwareCompare(b.name) < 0; });
        const QDate today = QDate::currentDate();
        for (const Project &p : list) {
            const Customer *c = m_catalog->customer(p.customerId);
            const bool usable = p.visible && (!c || c->visible) && (!p.end.isValid() || p.end >= today)
                && (!p.start.isValid() || p.start <= today);
            if (!usable || (customer.isValid() && p.customerId != customer.toInt()))
                continue;
            m_project->addItem(customer.isValid() || p.customerName.isEmpty() ? p.name : p.name + QStringLiteral(" (") + p.customerName + QLatin1Char(')'),
                               p.id);
        }
        const int idx = current.isValid() ? m_project->findData(current) : -1;
        m_project->setCurrentIndex(idx >= 0 ? idx : (m_project->count() == 1 ? 0 : -1));
        if (m_project->currentIndex() < 0)
            m_project->setEditText(typed);
    }
    fillActivities();
}

void StartDialog::fillActivities()
{
    const QVariant project = chosen(m_project);
    const QVariant current = chosen(m_activity);
    const QString typed = m_activity->currentIndex() < 0 ? m_activity->currentText() : QString();
    const Project *p = project.isValid() ? m_catalog->project(project.toInt()) : nullptr;
    const QSignalBlocker blocker(m_activity);
    m_activity->clear();
    QList<Activity> list = m_catalog->activities()->items();
    std::sort(list.begin(), list.end(), [](const Activity &a, const Activity &b) {
        if (a.isGlobal() != b.isGlobal())
            return !a.isGlobal();   // the project's own activities first
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const Activity &a : list) {
        if (!a.visible)
            continue;
        const bool own = p && a.projectId && *a.projectId == p->id;
        const bool global = a.isGlobal() && (!p || p->globalActivities);
        if (!own && !global)
            continue;
        m_activity->addItem(a.isGlobal() ? tr("%1 (global)").arg(a.name) : a.name, a.id);
    }
    const int idx = current.isValid() ? m_activity->findData(current) : -1;
    m_activity->setCurrentIndex(idx >= 0 ? idx : -1);
    if (idx < 0)
        m_activity->setEditText(typed);
}

void StartDialog::updateTagCompletion()
{
    // Complete the last comma-separated tag, keeping what was typed before it.
    const QString text = m_tags->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const QString prefix = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
    QStringList items;
    for (const QString &t : m_catalog->tagNames())
        items.append(prefix + t);
    static_cast<QStringListModel *>(m_tags->completer()->model())->setStringList(items);
}

QString StartDialog::fieldError(const QString &field) const
{
    const QLabel *l = field == QLatin1String("project") ? m_projectError
        : field == QLatin1String("activity")            ? m_activityError
        : field == QLatin1String("description")         ? m_descriptionError
        : field == QLatin1String("tags")                ? m_tagsError
                                                        : m_global;
    return l->isVisibleTo(this) ? l->text() : QString();
}

void StartDialog::clearErrors()
{
    for (QLabel *l : {m_global, m_projectError, m_activityError, m_descriptionError, m_tagsError}) {
        l->clear();
        l->hide();
    }
}

void StartDialog::setFieldError(const QString &field, const QString &text)
{
    QLabel *l = field == QLatin1String("project") ? m_projectError
        : field == QLatin1String("activity")      ? m_activityError
        : field == QLatin1String("description")   ? m_descriptionError
        : field == QLatin1String("tags")          ? m_tagsError
                                                  : m_global;
    l->setText(l->text().isEmpty() ? text : l->text() + QLatin1Char('\n') + text);
    l->show();
}

void StartDialog::submit()
{
    if (m_timer->isBusy())
        return;
    clearErrors();
    QStringList tags;
    // The Latin and the Arabic comma both separate tags.
    static const QRegularExpression separators(QStringLiteral("[,\u060C]"));
    const QStringList parts = m_tags->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &t : parts) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    if (m_editingId) {
        m_timer->updateRunning(m_editingId, m_description->text(), tags);
        return;
    }
    const QVariant project = chosen(m_project);
    const QVariant activity = chosen(m_activity);
    bool ok = true;
    if (!project.isValid()) {
        setFieldError(QStringLiteral("project"), tr("Choose a project."));
        ok = false;
    }
    if (!activity.isValid()) {
        setFieldError(QStringLiteral("activity"), tr("Choose an activity."));
        ok = false;
    }
    if (!ok)
        return;
    TimerController::StartRequest r;
    r.project = project.toInt();
    r.activity = activity.toInt();
    r.description = m_description->text();
    r.tags = tags;
    m_timer->start(r);
}

void StartDialog::onFailed(const ApiError &error)
{
    const FieldErrors &fe = error.fieldErrors();
    if (fe.isEmpty()) {
        setFieldError(QString(), error.message());
        return;
    }
    for (const QString &g : fe.global)
        setFieldError(QString(), g);
    for (const auto &f : fe.fields) {
        const QString msg = f.second.join(QLatin1Char(' '));
        if (f.first == QLatin1String("project") || f.first == QLatin1String("activity")
            || f.first == QLatin1String("description") || f.first == QLatin1String("tags"))
            setFieldError(f.first, msg);
        else
            setFieldError(QString(), f.first + QStringLiteral(": ") + msg);
    }
}

} // namespace kd
