#include "ui/aboutdialog.h"

#include "session/session.h"
#include "ui/icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace kd {

AboutDialog::AboutDialog(const Session *session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kimai Desk"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(icons::app().pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    const QString server = session && session->isActive()
        ? tr("Connected to Kimai %1 at %2.")
              .arg(session->info().version.version, session->info().profile.server().toString())
        : tr("Not connected to a Kimai server.");
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setText(
        QStringLiteral("<h2>Kimai Desk %1</h2><p>%2</p><p>%3</p><p>%4</p><h4>%5</h4><p>%6</p>")
            .arg(QStringLiteral(KD_VERSION),
                 tr("A native desktop client for the Kimai time-tracking server.").toHtmlEscaped(),
                 tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())).toHtmlEscaped(),
                 server.toHtmlEscaped(), tr("Licences").toHtmlEscaped(),
                 tr("Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses "
                    "Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is "
                    "an independent client.")
                     .toHtmlEscaped()));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace kd
