#pragma once

#include "session/offlinework.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace kd {

class Catalog;

// "Edit and retry" for a change Kimai refused: project, activity, begin, end (where the change sets
// one) and description, with Kimai's messages above them. edited() holds what the person changed
// (the rest goes out again as it was).
class RetryEditor final : public QDialog
{
    Q_OBJECT
public:
    RetryEditor(const EntryFields &fields, const QString &messages, Catalog *catalog, const QTimeZone &zone,
                QWidget *parent = nullptr);

    EntryFields edited() const;

    QComboBox *projectBox() const { return m_project; }
    QComboBox *activityBox() const { return m_activity; }
    QDateTimeEdit *beginEdit() const { return m_begin; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QLineEdit *descriptionEdit() const { return m_description; }

private:
    void fillActivities();

    EntryFields m_fields;
    Catalog *m_catalog;
    QTimeZone m_zone;
    QComboBox *m_project = nullptr;
    QComboBox *m_activity = nullptr;
    QDateTimeEdit *m_begin = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace kd
