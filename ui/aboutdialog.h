#pragma once

#include <QDialog>

namespace kd {

class Session;

// The app, Qt and server versions, and the licences of what Kimai Desk is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Session *session, QWidget *parent = nullptr);
};

} // namespace kd
