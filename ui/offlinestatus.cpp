#include "ui/offlinestatus.h"

#include "session/offlinework.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace kd {

OfflineStatus::OfflineStatus(OfflineWork *offline, QWidget *parent)
    : QWidget(parent)
    , m_offline(offline)
{
    setObjectName(QStringLiteral("offlineStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("offlineText"));
    layout->addWidget(m_text);
    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->setText(tr("Retry now"));
    m_retry->setAutoRaise(true);
    layout->addWidget(m_retry);
    m_changes = new QToolButton(this);
    m_changes->setObjectName(QStringLiteral("offlineChanges"));
    m_changes->setAutoRaise(true);
    layout->addWidget(m_changes);

    connect(m_retry, &QToolButton::clicked, offline, &OfflineWork::retryNow);
    connect(m_changes, &QToolButton::clicked, this, &OfflineStatus::changesRequested);
    connect(offline, &OfflineWork::changed, this, &OfflineStatus::refresh);
    refresh();
}

QString OfflineStatus::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void OfflineStatus::refresh()
{
    const QString text = m_offline->statusText();
    const int attention = m_offline->attentionCount();
    const bool offline = m_offline->status() == Sync::Status::Offline;
    m_text->setText(offline ? QStringLiteral("○ ") + text : text);
    m_text->setToolTip(offline ? tr("Kimai cannot be reached. Your changes are kept on this computer and sent, "
                                    "with the times you made them, as soon as Kimai answers.")
                               : QString());
    m_retry->setVisible(offline);
    m_changes->setText(attention > 0 ? tr("Needs attention…") : tr("Show changes…"));
    m_changes->setVisible(!text.isEmpty());
    setVisible(!text.isEmpty());
}

} // namespace kd
