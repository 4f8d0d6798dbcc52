#include "ui/pickerfield.h"

#include "models/pickermodel.h"
#include "models/roles.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStyledItemDelegate>

namespace kd {

namespace {

// The popup shows the parent beside the name ("Website relaunch — Acme").
class DetailDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QString detail = index.data(DetailRole).toString();
        if (index.data(GlobalRole).toBool())
            detail = PickerField::tr("global");
        if (!detail.isEmpty())
            option->text += QStringLiteral("  —  ") + detail;
    }
};

} // namespace

PickerField::PickerField(PickerModel *model, QWidget *parent)
    : QLineEdit(parent)
    , m_model(model)
    , m_completer(new QCompleter(model, this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("type to search"));
    // The model does the filtering; the completer only shows what it offers.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(15);
    m_completer->setWidget(this);
    m_completer->popup()->setItemDelegate(new DetailDelegate(m_completer->popup()));
    connect(this, &QLineEdit::textEdited, this, &PickerField::onEdited);
    connect(this, &QLineEdit::returnPressed, this, &PickerField::settle);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pickRow(m_model->rowOfId(index.data(IdRole).toInt())); });
}

void PickerField::onEdited(const QString &text)
{
    m_model->setText(text);
    if (m_id != 0 && text != m_name) {
        m_id = 0;
        m_name.clear();
        Q_EMIT picked(0);
    }
    if (text.isEmpty() || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void PickerField::pickRow(int row)
{
    const int id = m_model->idAt(row);
    if (id == 0)
        return;
    m_id = id;
    m_name = m_model->data(m_model->index(row), Qt::DisplayRole).toString();
    setText(m_name);
    m_completer->popup()->hide();
    Q_EMIT picked(id);
}

void PickerField::settle()
{
    // Typed but not picked: the best match (the first) is taken; nothing typed: nothing picked.
    if (m_id != 0 || text().trimmed().isEmpty())
        return;
    if (m_model->text() != text())
        m_model->setText(text());
    if (m_model->rowCount() > 0)
        pickRow(0);
}

void PickerField::focusOutEvent(QFocusEvent *event)
{
    // The popup takes the focus while it is shown: that is not leaving the field.
    if (!m_completer->popup()->isVisible())
        settle();
    QLineEdit::focusOutEvent(event);
}

void PickerField::setCurrentId(int id, const QString &name)
{
    m_model->setText(QString());
    const int row = id ? m_model->rowOfId(id) : -1;
    if (row >= 0) {
        m_id = id;
        m_name = m_model->data(m_model->index(row), Qt::DisplayRole).toString();
    } else {
        m_id = name.isEmpty() ? 0 : id;
        m_name = m_id ? name : QString();
    }
    setText(m_name);
}

} // namespace kd
