#include "ui/versiontab.h"

#include "session/session.h"
#include "session/versionloader.h"
#include "ui/headline.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace kd {

namespace {
QString yes(bool b, const QString &yesText, const QString &noText)
{
    return (b ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + (b ? yesText : noText);
}
} // namespace

VersionTab::VersionTab(VersionLoader *loader, Session *session, QWidget *parent)
    : TabPage(parent)
    , m_loader(loader)
    , m_session(session)
{
    m_server = new Headline(1.8, this);
    contentLayout()->addWidget(m_server);
    m_form = new QFormLayout();
    m_versionId = new QLabel(this);
    m_copyright = new QLabel(this);
    m_client = new QLabel(this);
    m_supports = new QLabel(this);
    m_supports->setTextFormat(Qt::RichText);
    m_supports->setWordWrap(true);
    for (QLabel *l : {m_versionId, m_copyright, m_client})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Version ID:"), m_versionId);
    m_form->addRow(tr("Copyright:"), m_copyright);
    m_form->addRow(tr("Kimai Desk:"), m_client);
    m_form->addRow(tr("This server supports:"), m_supports);
    contentLayout()->addLayout(m_form);
    contentLayout()->addStretch(1);
    connect(loader, &Loader::stateChanged, this, &VersionTab::update);
    connect(session, &Session::infoChanged, this, &VersionTab::update);
    setLoader(loader);
    update();
}

QString VersionTab::title() const
{
    return tabTitle();
}

QString VersionTab::tabTitle()
{
    return tr("Version");
}

void VersionTab::refresh()
{
    m_loader->refresh();
}

QString VersionTab::summaryText() const
{
    return m_server->text() + QLatin1Char('\n') + m_versionId->text() + QLatin1Char('\n') + m_supports->text();
}

void VersionTab::update()
{
    Version v = m_loader->state() == Loader::State::Ready ? m_loader->version() : m_session->info().version;
    if (v.version.isEmpty()) {
        m_server->setText(QStringLiteral("—"));
        return;
    }
    m_server->setText(tr("Kimai %1").arg(v.version));
    m_versionId->setText(QString::number(v.versionId));
    m_copyright->setText(v.copyright);
    m_client->setText(tr("%1 (Qt %2 at run time, built with Qt %3)")
                          .arg(QStringLiteral(KD_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    const AuthScheme scheme = m_session->authScheme();
    // What the session learnt (less what the server said it does not offer), else the version's table.
    const Capabilities caps = m_session->capabilities().versionId() == v.versionId ? m_session->capabilities()
                                                                                   : Capabilities::forVersion(v.versionId);
    QStringList lines;
    lines << yes(caps.has(Capability::BearerAuth), tr("API tokens (Authorization: Bearer) — Kimai 2.14 and later"),
                 tr("API tokens (Authorization: Bearer) — only Kimai 2.14 and later"));
    lines << yes(caps.has(Capability::LegacyAuth),
                 caps.has(Capability::LegacyDeprecated) ? tr("API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0")
                                                        : tr("API passwords (X-AUTH headers)"),
                 tr("API passwords (X-AUTH headers) — removed in Kimai 3.0"));
    lines << yes(caps.has(Capability::I18nConfig), tr("The /api/config/i18n endpoint (Kimai 1.x)"),
                 tr("The /api/config/i18n endpoint — removed in Kimai 2.0"));
    lines << yes(caps.has(Capability::Favorites), tr("Favourites kept by Kimai (2.66 and later)"),
                 tr("Favourites — kept on this computer (Kimai keeps them from 2.66)"));
    lines << tr("Signed in with: %1")
                 .arg(scheme == AuthScheme::Legacy ? tr("API password (legacy X-AUTH)") : tr("API token (Bearer)"));
    m_supports->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace kd
