#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kd {

class Catalog;
class OfflineWork;
class Session;

// The changes not yet in Kimai, from the status bar. First those that need attention ("Needs
// attention"): what Kimai said, and a button for each choice (keep both, stop the other timer,
// create it again, edit and retry, discard). Then those waiting to be sent, with why the last attempt
// did not get through. Nothing leaves the list without being sent or a person's choice.
class OfflineChangesDialog final : public QDialog
{
    Q_OBJECT
public:
    OfflineChangesDialog(OfflineWork *offline, Catalog *catalog, Session *session, QWidget *parent = nullptr);

    // For tests: the choice buttons of a change ("keep_both", "discard", …) and the texts shown.
    QPushButton *choiceButton(qint64 actionId, const QString &choice) const;
    QStringList attentionTexts() const;
    QStringList waitingTexts() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // "Edit and retry" opened its editor (for tests and screenshots).
    void retryEditorOpened(QDialog *editor);

private:
    void rebuild();
    void choose(qint64 actionId, int choice);

    OfflineWork *m_offline;
    Catalog *m_catalog;
    Session *m_session;
    QLabel *m_status;
    QPushButton *m_retry;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
};

} // namespace kd
