#include "ui/legacybanner.h"

#include "session/authadvice.h"
#include "session/session.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace kd {

LegacyBanner::LegacyBanner(Session *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("legacyBanner"));
    setFrameShape(QFrame::StyledPanel);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    setStyleSheet(dark ? QStringLiteral("#legacyBanner { background: #3d3210; border: 1px solid #6b5a1e; } #legacyBanner QLabel { color: #f5e0a0; }")
                       : QStringLiteral("#legacyBanner { background: #fff8db; border: 1px solid #e8d48a; } #legacyBanner QLabel { color: #5c4a00; }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    row->addWidget(m_text, 1);
    m_create = new QPushButton(tr("Create an API token…"), this);
    m_create->setToolTip(tr("Opens your API token page of this Kimai in the browser"));
    row->addWidget(m_create);
    m_dismiss = new QToolButton(this);
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Hide this notice until the next login"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    row->addWidget(m_dismiss);

    connect(m_create, &QPushButton::clicked, this, [this] {
        const QUrl url = authadvice::apiTokenPage(*m_session);
        if (url.isValid())
            m_open(url);
    });
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        refreshState();
    });
    connect(session, &Session::started, this, [this] {
        m_dismissed = false;
        refreshState();
    });
    connect(session, &Session::ended, this, &LegacyBanner::refreshState);
    connect(session, &Session::infoChanged, this, &LegacyBanner::refreshState);
    refreshState();
}

QString LegacyBanner::text() const
{
    return m_text->text();
}

void LegacyBanner::refreshState()
{
    // From 2.54 API passwords are slowed down and on their way out; from 2.14 they are deprecated.
    const bool throttled = authadvice::suggestApiToken(*m_session);
    const bool show = !m_dismissed && (throttled || authadvice::apiPasswordDeprecated(*m_session));
    if (show && throttled) {
        m_text->setText(tr("<b>Kimai is removing API passwords — create an API token.</b> You are signed in with an "
                           "API password: Kimai %1 answers every request made with one 200 to 500 ms late, and "
                           "Kimai 3.0 refuses them. Create a token, then log in again with the method \"API token "
                           "(Bearer)\".")
                            .arg(m_session->info().version.version.toHtmlEscaped()));
    } else if (show) {
        m_text->setText(tr("<b>API passwords are deprecated — create an API token.</b> You are signed in with an API "
                           "password: Kimai deprecated them in version 2.14, slows them down from 2.54 and refuses "
                           "them from 3.0. Create a token, then log in again with the method \"API token (Bearer)\"."));
    }
    setVisible(show);
}

} // namespace kd
