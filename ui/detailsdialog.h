#pragma once

#include "models/catalogmodels.h"

#include <QDialog>

namespace kd {

// Every field of one record, read-only and selectable.
class DetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    DetailsDialog(const QString &heading, const FieldList &fields, QWidget *parent = nullptr);
};

} // namespace kd
