#include "ui/apiconsoleview.h"

#include "session/apiconsole.h"
#include "session/session.h"
#include "ui/prompter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kd {

ApiConsoleView::ApiConsoleView(ApiConsole *console, Session *session, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_session(session)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("apiConsole"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *line = new QHBoxLayout();
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("consoleMethod"));
    m_method->addItems(ApiConsole::methods());
    m_method->setAccessibleName(tr("Method"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("consolePath"));
    m_path->setPlaceholderText(tr("/api/timesheets?size=5"));
    m_path->setAccessibleName(tr("Path and query"));
    m_path->setLayoutDirection(Qt::LeftToRight);   // a path reads left to right in every language
    m_history = new QToolButton(this);
    m_history->setObjectName(QStringLiteral("consoleHistory"));
    m_history->setText(tr("History"));
    m_history->setToolTip(tr("The last %n request(s) to this server", nullptr, ApiConsole::kHistorySize));
    m_history->setPopupMode(QToolButton::InstantPopup);
    m_history->setMenu(new QMenu(m_history));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_history);
    line->addWidget(m_send);
    layout->addLayout(line);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("consoleBody"));
    m_body->setPlaceholderText(tr("JSON body, e.g. {\"description\": \"…\"}"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 7);
    m_body->setLayoutDirection(Qt::LeftToRight);
    layout->addWidget(m_body);

    auto *foot = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setWordWrap(true);
    m_source = new QLabel(this);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    foot->addWidget(m_status, 1);
    foot->addWidget(m_source);
    layout->addLayout(foot);

    // Completion is managed here: the list depends on what was typed (paths, then query names).
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(m_path);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), m_path, [this](const QString &text) {
        m_path->setText(text);
        updateForm();
    });
    connect(m_path, &QLineEdit::textEdited, this, &ApiConsoleView::updateCompletions);
    connect(m_path, &QLineEdit::textChanged, this, &ApiConsoleView::updateForm);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            send();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &ApiConsoleView::updateForm);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ApiConsoleView::updateForm);
    connect(m_send, &QPushButton::clicked, this, &ApiConsoleView::send);

    connect(console, &ApiConsole::answered, this, &ApiConsoleView::onAnswered);
    connect(console, &ApiConsole::busyChanged, this, &ApiConsoleView::updateForm);
    connect(console, &ApiConsole::historyChanged, this, &ApiConsoleView::rebuildHistory);
    connect(console, &ApiConsole::endpointsReady, this, [this] {
        m_source->setText(tr("Paths: %1").arg(m_console->documentName()));
        m_source->setToolTip(tr("%n endpoint(s) from Kimai's OpenAPI document for this version", nullptr,
                                int(m_console->endpoints().size())));
    });
    connect(session, &Session::started, this, [this] {
        m_console->loadEndpoints();
        rebuildHistory();
        updateForm();
    });
    connect(session, &Session::ended, this, &ApiConsoleView::updateForm);

    m_source->setText(tr("Reading the API description…"));
    if (session->isActive())
        m_console->loadEndpoints();
    rebuildHistory();
    updateForm();
}

ConsoleRequest ApiConsoleView::request() const
{
    ConsoleRequest r;
    r.method = m_method->currentText();
    r.path = m_path->text().trimmed();
    if (r.isWrite())
        r.body = m_body->toPlainText().toUtf8();
    return r;
}

void ApiConsoleView::setRequest(const ConsoleRequest &request)
{
    m_method->setCurrentText(request.method);
    m_path->setText(request.path);
    m_body->setPlainText(QString::fromUtf8(request.body));
    updateForm();
}

QString ApiConsoleView::statusText() const
{
    return m_status->text();
}

void ApiConsoleView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x1e));
    m_status->setPalette(p);
}

void ApiConsoleView::updateForm()
{
    const ConsoleRequest r = request();
    m_body->setVisible(r.isWrite());
    const bool active = m_session->isActive();
    const QString problem = r.path.isEmpty() ? QString() : r.problem();
    m_send->setEnabled(active && !m_console->isBusy() && !r.path.isEmpty() && problem.isEmpty());
    // A state of the form is shown until the form changes; an answer until the next state.
    if (!active)
        setStatus(tr("Log in to send requests."), false);
    else if (m_console->isBusy())
        setStatus(tr("Waiting for Kimai…"), false);
    else if (!problem.isEmpty())
        setStatus(problem, true);
    else if (m_formState)
        setStatus(QString(), false);
    m_formState = !active || m_console->isBusy() || !problem.isEmpty();
}

void ApiConsoleView::updateCompletions(const QString &typed)
{
    if (!m_console->endpointsLoaded())
        return;
    m_completions->setStringList(m_console->completions(typed, m_method->currentText()));
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() > 0 && !typed.isEmpty())
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void ApiConsoleView::rebuildHistory()
{
    QMenu *menu = m_history->menu();
    menu->clear();
    const QList<ConsoleRequest> history = m_console->history();
    for (const ConsoleRequest &r : history) {
        QAction *a = menu->addAction(r.line());
        connect(a, &QAction::triggered, this, [this, r] { setRequest(r); });
    }
    if (!history.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear history")), &QAction::triggered, m_console, &ApiConsole::clearHistory);
    }
    m_history->setEnabled(!history.isEmpty());
}

void ApiConsoleView::send()
{
    const ConsoleRequest r = request();
    if (!m_send->isEnabled())
        return;
    if (!r.isWrite()) {
        m_console->send(r);
        return;
    }
    const QString server = m_session->info().profile.server().toString();
    m_prompter->confirmApiWrite(window(), r.line(), server, this, [this, r](bool yes) {
        if (!yes) {
            setStatus(tr("Not sent."), false);
            return;
        }
        if (!m_console->send(r))
            setStatus(tr("Not sent: log in first, or wait for the request before."), true);
    });
}

void ApiConsoleView::onAnswered(const ConsoleAnswer &answer)
{
    const Exchange &ex = answer.exchange;
    if (ex.status > 0) {
        const QString line = tr("%1 · %2 ms").arg(ex.statusText(), QLocale().toString(ex.elapsedMs));
        setStatus(answer.ok() ? line : line + QStringLiteral(" — ") + answer.error, !answer.ok());
    } else {
        setStatus(answer.error, true);
    }
    if (ex.isValid())
        Q_EMIT exchangeReady(ex);
}

} // namespace kd
