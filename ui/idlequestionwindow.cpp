#include "ui/idlequestionwindow.h"

#include "session/catalog.h"
#include "session/timekeeper.h"
#include "session/timercontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {

IdleQuestionWindow::IdleQuestionWindow(Timekeeper *timekeeper, TimerController *timer, Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_timekeeper(timekeeper)
    , m_timer(timer)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("idleQuestion"));
    setWindowTitle(tr("You were away — Kimai Desk"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("The timer ran while you were away"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_running = new QLabel(this);
    m_running->setWordWrap(true);
    layout->addWidget(m_running);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);

    m_choices = new QWidget(this);
    auto *choicesColumn = new QVBoxLayout(m_choices);
    choicesColumn->setContentsMargins(0, 0, 0, 0);
    auto *choices = new QHBoxLayout();
    choicesColumn->addLayout(choices);
    const QList<Notices::Action> answers = Timekeeper::idleAnswers();
    for (const Notices::Action &a : answers) {
        auto *b = new QPushButton(a.label, m_choices);
        b->setObjectName(a.key);
        b->setAutoDefault(false);
        choices->addWidget(b);
        if (a.key == QLatin1String("keep"))
            connect(b, &QPushButton::clicked, this, [this] { answer(IdlePolicy::Choice::Keep); });
        else if (a.key == QLatin1String("discard"))
            connect(b, &QPushButton::clicked, this, [this] { answer(IdlePolicy::Choice::Discard); });
        else if (a.key == QLatin1String("discard-continue"))
            connect(b, &QPushButton::clicked, this, [this] { answer(IdlePolicy::Choice::DiscardAndContinue); });
        else
            connect(b, &QPushButton::clicked, this, &IdleQuestionWindow::showBookElsewhere);
    }
    auto *closing = new QLabel(tr("Closing this window keeps the time."), m_choices);
    closing->setEnabled(false);
    choicesColumn->addWidget(closing);
    layout->addWidget(m_choices);

    m_bookPanel = new QWidget(this);
    auto *form = new QFormLayout(m_bookPanel);
    form->setContentsMargins(0, 0, 0, 0);
    m_project = new QComboBox(m_bookPanel);
    m_project->setPlaceholderText(tr("Choose a project"));
    form->addRow(tr("&Project:"), m_project);
    m_activity = new QComboBox(m_bookPanel);
    m_activity->setPlaceholderText(tr("Choose an activity"));
    form->addRow(tr("&Activity:"), m_activity);
    m_description = new QLineEdit(m_bookPanel);
    m_description->setPlaceholderText(tr("e.g. Team meeting"));
    form->addRow(tr("&Description:"), m_description);
    m_bookHint = new QLabel(m_bookPanel);
    m_bookHint->setWordWrap(true);
    form->addRow(QString(), m_bookHint);
    auto *bookButtons = new QDialogButtonBox(m_bookPanel);
    QPushButton *bookButton = bookButtons->addButton(tr("&Book the time there"), QDialogButtonBox::AcceptRole);
    bookButton->setObjectName(QStringLiteral("book"));
    QPushButton *back = bookButtons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    connect(bookButton, &QPushButton::clicked, this, &IdleQuestionWindow::book);
    connect(back, &QPushButton::clicked, this, [this] {
        m_bookPanel->hide();
        m_choices->show();
        adjustSize();
    });
    form->addRow(bookButtons);
    m_bookPanel->hide();
    layout->addWidget(m_bookPanel);

    // As wide as the four answers: the booking part does not make it narrower.
    setMinimumWidth(sizeHint().width());
    connect(m_project, &QComboBox::currentIndexChanged, this, &IdleQuestionWindow::fillActivities);
    connect(catalog, &Catalog::namesChanged, this, &IdleQuestionWindow::fillProjects);
}

void IdleQuestionWindow::setQuestion(const IdlePolicy::Question &question)
{
    QStringList running;
    for (const Timesheet &t : m_timer->active()) {
        if (question.entryIds.contains(t.id))
            running << m_timer->titleOf(t);
    }
    m_running->setText(running.isEmpty() ? QString() : tr("Running: %1").arg(running.join(QStringLiteral(", "))));
    m_running->setVisible(!running.isEmpty());
    m_text->setText(Timekeeper::describeAway(question));
    adjustSize();
}

QString IdleQuestionWindow::text() const
{
    return m_text->text();
}

QPushButton *IdleQuestionWindow::button(const QString &key) const
{
    return findChild<QPushButton *>(key);
}

void IdleQuestionWindow::showBookElsewhere()
{
    m_catalog->ensureLoaded();
    fillProjects();
    m_bookHint->clear();
    m_choices->hide();
    m_bookPanel->show();
    m_project->setFocus();
    adjustSize();
}

void IdleQuestionWindow::answer(IdlePolicy::Choice choice)
{
    m_answered = true;
    m_timekeeper->answerIdle(choice);   // the question ends: the owner closes this window
}

void IdleQuestionWindow::book()
{
    const int project = m_project->currentData().toInt();
    const int activity = m_activity->currentData().toInt();
    if (project <= 0 || activity <= 0) {
        m_bookHint->setText(tr("Choose the project and the activity to book the time on."));
        adjustSize();
        return;
    }
    m_answered = true;
    m_timekeeper->answerIdle(IdlePolicy::Choice::BookElsewhere, project, activity, m_description->text());
}

void IdleQuestionWindow::end()
{
    m_answered = true;
    close();
}

// Closing (the title bar, Escape) keeps the time: nothing is changed on the server.
void IdleQuestionWindow::reject()
{
    if (!m_answered) {
        m_answered = true;
        m_timekeeper->answerIdle(IdlePolicy::Choice::Keep);
    }
    QDialog::reject();
}

void IdleQuestionWindow::fillProjects()
{
    const QVariant current = m_project->currentData();
    const QSignalBlocker blocker(m_project);
    m_project->clear();
    QList<Project> list = m_catalog->projects()->items();
    std::sort(list.begin(), list.end(), [](const Project &a, const Project &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QDate today = QDate::currentDate();
    for (const Project &p : list) {
        const Customer *c = m_catalog->customer(p.customerId);
        const bool usable = p.visible && (!c || c->visible) && (!p.end.isValid() || p.end >= today)
                            && (!p.start.isValid() || p.start <= today);
        if (usable)
            m_project->addItem(p.customerName.isEmpty() ? p.name : p.name + QStringLiteral(" (") + p.customerName + QLatin1Char(')'), p.id);
    }
    m_project->setCurrentIndex(current.isValid() ? m_project->findData(current) : -1);
    fillActivities();
}

void IdleQuestionWindow::fillActivities()
{
    const int project = m_project->currentData().toInt();
    const QVariant current = m_activity->currentData();
    m_activity->clear();
    if (project <= 0)
        return;
    const Project *p = m_catalog->project(project);
    QList<Activity> list = m_catalog->activities()->items();
    std::sort(list.begin(), list.end(), [](const Activity &a, const Activity &b) {
        if (a.isGlobal() != b.isGlobal())
            return !a.isGlobal();   // the project's own activities first
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const Activity &a : list) {
        const bool ownActivity = a.projectId && *a.projectId == project;
        const bool global = a.isGlobal() && (!p || p->globalActivities);
        if (a.visible && (ownActivity || global))
            m_activity->addItem(a.name, a.id);
    }
    m_activity->setCurrentIndex(current.isValid() ? m_activity->findData(current) : (m_activity->count() == 1 ? 0 : -1));
}

} // namespace kd
