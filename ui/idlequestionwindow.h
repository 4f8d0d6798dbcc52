#pragma once

#include "session/idlepolicy.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kd {

class Catalog;
class Timekeeper;
class TimerController;

// The idle question in a small window of its own (beside the notification, or instead of it where
// the desktop has no notification buttons): Keep the time · Discard it · Discard and continue ·
// Book it elsewhere (on a project and activity picked here). Closing it keeps the time. It goes
// away when the question is answered anywhere or withdrawn (the owner closes it then).
class IdleQuestionWindow final : public QDialog
{
    Q_OBJECT
public:
    IdleQuestionWindow(Timekeeper *timekeeper, TimerController *timer, Catalog *catalog, QWidget *parent = nullptr);

    void setQuestion(const IdlePolicy::Question &question);
    // Shows the part where the other work is picked ("Book it elsewhere…").
    void showBookElsewhere();
    // The question is over (answered anywhere, or withdrawn): closes without answering.
    void end();

    QString text() const;
    // By action key: "keep", "discard", "discard-continue", "book-elsewhere", and "book" (the
    // booking part's own button).
    QPushButton *button(const QString &key) const;
    QComboBox *projectBox() const { return m_project; }
    QComboBox *activityBox() const { return m_activity; }
    QLineEdit *descriptionEdit() const { return m_description; }

protected:
    void reject() override;

private:
    void answer(IdlePolicy::Choice choice);
    void book();
    void fillProjects();
    void fillActivities();

    Timekeeper *m_timekeeper;
    TimerController *m_timer;
    Catalog *m_catalog;
    QLabel *m_running;
    QLabel *m_text;
    QWidget *m_choices;
    QWidget *m_bookPanel;
    QComboBox *m_project;
    QComboBox *m_activity;
    QLineEdit *m_description;
    QLabel *m_bookHint;
    bool m_answered = false;
};

} // namespace kd
