#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace kd {

class OfflineWork;

// In the status bar while changes are not yet in Kimai: "Offline — 3 changes waiting", a "Retry now"
// button while Kimai cannot be reached, and a button to the list of those changes (which says "Needs
// attention" when some wait for a decision). Hidden when everything is in Kimai.
class OfflineStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit OfflineStatus(OfflineWork *offline, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *changesButton() const { return m_changes; }

Q_SIGNALS:
    void changesRequested();

private:
    void refresh();

    OfflineWork *m_offline;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_changes;
};

} // namespace kd
