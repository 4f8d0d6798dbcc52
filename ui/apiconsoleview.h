#pragma once

#include "core/exchange.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace kd {

class ApiConsole;
class Prompter;
class Session;
struct ConsoleAnswer;
struct ConsoleRequest;

// The API console above the inspector: method, path and query with completion from the OpenAPI
// document of the server's version, a JSON body for POST, PATCH and DELETE (checked as it is typed),
// Send (a write is confirmed first), and the profile's recent requests. The answer goes to the
// inspector (exchangeReady). Built the first time the console is opened.
class ApiConsoleView final : public QWidget
{
    Q_OBJECT
public:
    ApiConsoleView(ApiConsole *console, Session *session, Prompter *prompter, QWidget *parent = nullptr);

    void setRequest(const ConsoleRequest &request);
    ConsoleRequest request() const;
    // Send: a write is confirmed first.
    void send();

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *historyButton() const { return m_history; }
    QCompleter *completer() const { return m_completer; }
    QString statusText() const;

Q_SIGNALS:
    void exchangeReady(const kd::Exchange &exchange);

private:
    void updateForm();
    void updateCompletions(const QString &typed);
    void rebuildHistory();
    void onAnswered(const ConsoleAnswer &answer);
    void setStatus(const QString &text, bool error);

    ApiConsole *m_console;
    Session *m_session;
    Prompter *m_prompter;
    QComboBox *m_method;
    QLineEdit *m_path;
    QToolButton *m_history;
    QPushButton *m_send;
    QPlainTextEdit *m_body;
    QLabel *m_status;
    QLabel *m_source;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    bool m_formState = false;   // the status line shows the form's state, not an answer
};

} // namespace kd
