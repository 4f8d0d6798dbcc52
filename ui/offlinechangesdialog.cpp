#include "ui/offlinechangesdialog.h"

#include "session/offlinework.h"
#include "session/session.h"
#include "ui/headline.h"
#include "ui/retryeditor.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kd {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(name);
    return label;
}

QString choiceId(JournalAction::Choice choice)
{
    return JournalAction::choiceName(choice);
}

} // namespace

OfflineChangesDialog::OfflineChangesDialog(OfflineWork *offline, Catalog *catalog, Session *session, QWidget *parent)
    : QDialog(parent)
    , m_offline(offline)
    , m_catalog(catalog)
    , m_session(session)
{
    setObjectName(QStringLiteral("offlineChangesDialog"));
    setWindowTitle(tr("Changes not yet in Kimai"));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("Retry now"), this);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    top->addWidget(m_retry);
    layout->addLayout(top);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_retry, &QPushButton::clicked, offline, &OfflineWork::retryNow);
    connect(offline, &OfflineWork::changed, this, &OfflineChangesDialog::rebuild);
    rebuild();
}

void OfflineChangesDialog::rebuild()
{
    const QString status = m_offline->statusText();
    m_status->setText(status.isEmpty() ? tr("Every change is in Kimai.") : status);
    m_retry->setVisible(m_offline->status() == Sync::Status::Offline);

    auto *content = new QWidget(m_scroll);
    auto *list = new QVBoxLayout(content);
    const QList<OfflineChange> changes = m_offline->changes();
    const QLocale locale;
    const QTimeZone zone = m_session->userZone();
    bool attention = false;
    bool waiting = false;
    for (const OfflineChange &c : changes) {
        if (c.needsAttention() && !attention) {
            list->addWidget(new Headline(1.1, content, tr("Needs attention")));
            attention = true;
        }
        if (!c.needsAttention())
            continue;
        auto *card = new QFrame(content);
        card->setObjectName(QStringLiteral("attention_%1").arg(c.id));
        card->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(card);
        auto *title = wrapped(c.conflictTitle, card, QStringLiteral("title"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        v->addWidget(title);
        v->addWidget(wrapped(c.what, card, QStringLiteral("what")));
        if (!c.detail.isEmpty())
            v->addWidget(wrapped(c.detail, card, QStringLiteral("detail")));
        auto *buttons = new QHBoxLayout();
        buttons->addStretch(1);
        for (const JournalAction::Choice choice : c.choices) {
            auto *button = new QPushButton(Sync::choiceLabel(choice), card);
            button->setObjectName(QStringLiteral("choice_%1_%2").arg(c.id).arg(choiceId(choice)));
            const qint64 id = c.id;
            connect(button, &QPushButton::clicked, this, [this, id, choice] { choose(id, int(choice)); });
            buttons->addWidget(button);
        }
        v->addLayout(buttons);
        list->addWidget(card);
    }
    for (const OfflineChange &c : changes) {
        if (c.needsAttention())
            continue;
        if (!waiting) {
            list->addWidget(new Headline(1.1, content, tr("Waiting to be sent")));
            waiting = true;
        }
        QString line = c.what;
        if (c.state == JournalAction::State::Sending)
            line += QStringLiteral(" — ") + tr("may have reached Kimai already: it is looked up before it is sent again");
        auto *label = wrapped(line, content, QStringLiteral("waiting_%1").arg(c.id));
        label->setToolTip(c.lastError.isEmpty() ? tr("Noted %1").arg(locale.toString(c.actedAt.toTimeZone(zone), QLocale::ShortFormat))
                                                : tr("Last attempt: %1").arg(c.lastError));
        list->addWidget(label);
    }
    if (changes.isEmpty())
        list->addWidget(wrapped(tr("Nothing is waiting."), content));
    list->addStretch(1);
    m_scroll->setWidget(content);   // deletes the previous content
    m_content = content;
}

void OfflineChangesDialog::choose(qint64 actionId, int choice)
{
    const auto c = JournalAction::Choice(choice);
    if (c != JournalAction::Choice::Retry) {
        m_offline->resolve(actionId, c);
        return;
    }
    for (const OfflineChange &change : m_offline->changes()) {
        if (change.id != actionId)
            continue;
        auto *editor = new RetryEditor(change.fields, change.detail, m_catalog, m_session->userZone(), this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setObjectName(QStringLiteral("retryEditor"));
        connect(editor, &QDialog::accepted, this, [this, editor, actionId] {
            m_offline->resolve(actionId, JournalAction::Choice::Retry, editor->edited());
        });
        editor->open();
        Q_EMIT retryEditorOpened(editor);
        return;
    }
}

QPushButton *OfflineChangesDialog::choiceButton(qint64 actionId, const QString &choice) const
{
    return m_content ? m_content->findChild<QPushButton *>(QStringLiteral("choice_%1_%2").arg(actionId).arg(choice)) : nullptr;
}

QStringList OfflineChangesDialog::attentionTexts() const
{
    QStringList out;
    if (!m_content)
        return out;
    const auto cards = m_content->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^attention_")));
    for (const QFrame *card : cards) {
        QStringList parts;
        for (const QLabel *l : card->findChildren<QLabel *>())
            parts.append(l->text());
        out.append(parts.join(QLatin1Char('\n')));
    }
    return out;
}

QStringList OfflineChangesDialog::waitingTexts() const
{
    QStringList out;
    if (!m_content)
        return out;
    for (const QLabel *l : m_content->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^waiting_"))))
        out.append(l->text());
    return out;
}

} // namespace kd
