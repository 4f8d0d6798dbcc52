#pragma once

// The entry editor, one dialog for a new entry, an edit and a duplicate: customer -> project ->
// activity picked by typing (global activities for every project that allows them), the times
// (EntryTimesBox: "yesterday 9-12:30", date, begin, end, duration, break), a description of
// several lines, tags with completion (missing ones are created first, where the user may), and
// billable where the user may set it. Kimai's rules show at the fields: punch-clock mode locks the
// times and says why, an exported entry is locked and says why; Kimai's 400 messages appear next to
// their fields, and nothing typed is lost on an error. Ctrl+Return saves.

#include "core/entities.h"
#include "session/entrycontroller.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kd {

class AppCore;
class EntryTimesBox;
class PickerField;
class PickerIndex;
class PickerModel;

class EntryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit, Duplicate };

    EntryDialog(AppCore *core, QWidget *parent = nullptr);

    void startNew();
    // `lastKnown`: the entry as the list shows it, edited as it is while Kimai cannot be reached.
    void startEdit(int timesheetId, const Timesheet &lastKnown = {});
    // The fields of `timesheetId`, as a new entry today.
    void startDuplicate(int timesheetId, const Timesheet &lastKnown = {});

    Mode mode() const { return m_mode; }
    bool isReady() const { return m_ready; }   // the entry was read (edit, duplicate)
    PickerField *customerField() const { return m_customer; }
    PickerField *projectField() const { return m_project; }
    PickerField *activityField() const { return m_activity; }
    EntryTimesBox *timesBox() const { return m_times; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QCheckBox *billableBox() const { return m_billable; }
    QPushButton *saveButton() const { return m_save; }
    QString bannerText() const;
    // "project", "activity", "description", "tags", "billable"; the times: timesBox()->errorText().
    QString fieldError(const QString &field) const;

    void submit();

Q_SIGNALS:
    // The entry was saved (the dialog closes): for the status bar.
    void savedEntry(const kd::Timesheet &timesheet, kd::EntryDialog::Mode mode);

private:
    void buildIndex();
    void fill(const Timesheet &t, bool asNew);
    void onCustomerPicked(int id);
    void onProjectPicked(int id);
    void onDateChanged();
    void updateTagCompletion();
    void setBanner(const QString &text, bool error);
    void setFieldError(const QString &field, const QString &text);
    void clearErrors();
    void showFailure(const ApiError &error, bool breakSent);
    void setBusy(bool busy);
    void lockAll(bool locked);
    EntryDraft draft() const;

    AppCore *m_core;
    EntryController *m_entries;
    Mode m_mode = Mode::New;
    int m_id = 0;
    EntryDraft m_original;
    quint64 m_request = 0;
    bool m_ready = false;
    bool m_locked = false;
    bool m_saved = false;
    bool m_failed = false;
    PickerIndex *m_index;
    PickerModel *m_customers;
    PickerModel *m_projects;
    PickerModel *m_activities;
    PickerField *m_customer;
    PickerField *m_project;
    PickerField *m_activity;
    EntryTimesBox *m_times;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QCheckBox *m_billable;
    QLabel *m_banner;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
};

} // namespace kd
