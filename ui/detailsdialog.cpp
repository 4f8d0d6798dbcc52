#include "ui/detailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kd {

DetailsDialog::DetailsDialog(const QString &heading, const FieldList &fields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(heading);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped()), this);
    layout->addWidget(title);
    auto *form = new QFormLayout();
    for (const auto &field : fields) {
        auto *value = new QLabel(field.second.isEmpty() ? QStringLiteral("—") : field.second, this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(field.first + QLatin1Char(':'), value);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace kd
