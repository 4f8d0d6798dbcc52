#pragma once

#include "core/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kd {

class ApiError;
class Catalog;
class TimerController;

// Start a timer: customer → project → activity with type-to-search (matching anywhere in the name),
// global activities for every project that allows them, description, tags with completion.
// Ctrl+Enter starts. Kimai's validation messages appear next to the field they concern.
// In edit mode (a running entry) only description and tags can change.
class StartDialog final : public QDialog
{
    Q_OBJECT
public:
    StartDialog(TimerController *timer, Catalog *catalog, QWidget *parent = nullptr);
    // Edit the running entry `timesheet` instead of starting.
    void setEditing(const Timesheet &timesheet);

    QComboBox *customerBox() const { return m_customer; }
    QComboBox *projectBox() const { return m_project; }
    QComboBox *activityBox() const { return m_activity; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPushButton *startButton() const { return m_ok; }
    QString fieldError(const QString &field) const;

    void preselect(int projectId, int activityId);

private:
    void fillCustomers();
    void fillProjects();
    void fillActivities();
    void submit();
    void onFailed(const ApiError &error);
    void setFieldError(const QString &field, const QString &text);
    void clearErrors();
    void updateTagCompletion();

    TimerController *m_timer;
    Catalog *m_catalog;
    int m_editingId = 0;
    QComboBox *m_customer;
    QComboBox *m_project;
    QComboBox *m_activity;
    QLineEdit *m_description;
    QLineEdit *m_tags;
    QLabel *m_global;
    QLabel *m_hint;
    QLabel *m_projectError;
    QLabel *m_activityError;
    QLabel *m_descriptionError;
    QLabel *m_tagsError;
    QPushButton *m_ok;
};

} // namespace kd
