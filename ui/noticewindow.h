#pragma once

#include "session/notices.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace kd {

// A notice in a small window of its own: where the desktop cannot show it with its buttons (no
// notification server, no tray), or when its notification was clicked and it wants more than a
// button (the forgotten timer's stop moment). A button answers through Notices, as the
// notification's button would; closing it only takes the notice away.
class NoticeWindow final : public QDialog
{
    Q_OBJECT
public:
    NoticeWindow(Notices *notices, const Notices::Notice &notice, QWidget *parent = nullptr);

    QString kind() const { return m_notice.kind; }
    // Shows another notice of the same kind in its place.
    void setNotice(const Notices::Notice &notice);
    QString text() const;
    QPushButton *button(const QString &key) const;
    QDateTimeEdit *momentEdit() const { return m_moment; }

private:
    void rebuildButtons();
    QPushButton *addButton(QWidget *row, const Notices::Action &action);

    Notices *m_notices;
    Notices::Notice m_notice;
    QLabel *m_title;
    QLabel *m_body;
    QWidget *m_momentRow;
    QDateTimeEdit *m_moment;
    QWidget *m_buttons;
};

} // namespace kd
