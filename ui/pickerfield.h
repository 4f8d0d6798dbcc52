#pragma once

// A line edit that picks a customer, project or activity by typing: every keystroke filters the
// PickerModel (matching anywhere, accents and case ignored) and the matches pop up below; Enter or
// a click picks one, Tab picks the best match. Keyboard only is enough.

#include <QLineEdit>

class QCompleter;

namespace kd {

class PickerModel;

class PickerField final : public QLineEdit
{
    Q_OBJECT
public:
    PickerField(PickerModel *model, QWidget *parent = nullptr);

    PickerModel *model() const { return m_model; }
    int currentId() const { return m_id; }
    // Shows the item's name. An id the model does not offer (a hidden project of an old entry) is
    // kept with `name` when one is given, else the field is cleared.
    void setCurrentId(int id, const QString &name = {});
    QCompleter *popupCompleter() const { return m_completer; }

Q_SIGNALS:
    // The user picked an item, or cleared the field (0).
    void picked(int id);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onEdited(const QString &text);
    void pickRow(int row);
    void settle();

    PickerModel *m_model;
    QCompleter *m_completer;
    int m_id = 0;
    QString m_name;   // of the picked item, as shown
};

} // namespace kd
