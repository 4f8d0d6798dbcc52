#include "ui/noticewindow.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd {

NoticeWindow::NoticeWindow(Notices *notices, const Notices::Notice &notice, QWidget *parent)
    : QDialog(parent)
    , m_notices(notices)
{
    setObjectName(QStringLiteral("notice-") + notice.kind);
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    layout->addWidget(m_body);
    // The moment to pick (where the notice has one), with the button that takes it.
    m_momentRow = new QWidget(this);
    auto *momentRow = new QHBoxLayout(m_momentRow);
    momentRow->setContentsMargins(0, 0, 0, 0);
    m_moment = new QDateTimeEdit(m_momentRow);
    m_moment->setCalendarPopup(true);
    momentRow->addWidget(m_moment);
    momentRow->addStretch(1);
    layout->addWidget(m_momentRow);
    m_buttons = new QWidget(this);
    auto *buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addStretch(1);   // the buttons sit on the right
    layout->addWidget(m_buttons);
    // Closed without an answer: the notice is gone here; the reminder itself keeps its schedule.
    connect(this, &QDialog::rejected, notices, [notices, kind = notice.kind] { notices->withdraw(kind); });
    setNotice(notice);
}

void NoticeWindow::setNotice(const Notices::Notice &notice)
{
    m_notice = notice;
    setWindowTitle(notice.title + QStringLiteral(" — Kimai Desk"));
    m_title->setText(notice.title);
    m_body->setText(notice.body);
    m_momentRow->setVisible(notice.moment.isValid());
    if (notice.moment.isValid())
        m_moment->setDateTime(notice.moment.toLocalTime());
    rebuildButtons();
    adjustSize();
}

QString NoticeWindow::text() const
{
    return m_body->text();
}

QPushButton *NoticeWindow::button(const QString &key) const
{
    return findChild<QPushButton *>(key);
}

void NoticeWindow::rebuildButtons()
{
    for (QWidget *row : {m_buttons, m_momentRow}) {
        const QList<QPushButton *> old = row->findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        for (QPushButton *b : old)
            delete b;
    }
    QList<Notices::Action> buttons;
    for (const Notices::Action &a : m_notice.buttons()) {
        if (m_notice.moment.isValid() && a.key == m_notice.momentAction)
            addButton(m_momentRow, {a.key, m_notice.momentLabel});
        else
            buttons.append(a);
    }
    if (buttons.isEmpty() && !m_notice.moment.isValid())
        buttons.append({QString(), tr("Close")});
    for (const Notices::Action &a : std::as_const(buttons))
        addButton(m_buttons, a);
}

QPushButton *NoticeWindow::addButton(QWidget *row, const Notices::Action &action)
{
    auto *b = new QPushButton(action.label, row);
    b->setObjectName(action.key);
    auto *box = static_cast<QBoxLayout *>(row->layout());
    box->insertWidget(row == m_momentRow ? 1 : box->count(), b);   // beside the moment; or on the right
    const QString key = action.key;
    connect(b, &QPushButton::clicked, this, [this, key] {
        if (key.isEmpty()) {
            reject();
            return;
        }
        // The moment picked here goes with the answer that takes it.
        const QDateTime moment = key == m_notice.momentAction ? m_moment->dateTime().toUTC() : QDateTime();
        const QString kind = m_notice.kind;
        hide();
        m_notices->answer(kind, key, moment);
        deleteLater();
    });
    return b;
}

} // namespace kd
