#include "ui/certificatedialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kd {

QString CertificateDialog::formatFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(QLatin1Char(':'));
}

CertificateDialog::CertificateDialog(const QString &host, const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout();
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QLabel(tr("<b>%1 presented a certificate this computer does not trust.</b><br>"
                                "If you run this server yourself or your administrator gave you its fingerprint, "
                                "compare the fingerprint below. Trusting it applies to this server only; a "
                                "different certificate later will be refused.")
                                 .arg(host.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    head->addWidget(intro, 1);
    layout->addLayout(head);

    auto *form = new QFormLayout();
    auto add = [this, form](const QString &label, const QString &value) {
        auto *l = new QLabel(value, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        form->addRow(label, l);
    };
    add(tr("Subject:"), certificate.subjectDisplayName());
    add(tr("Issuer:"), certificate.issuerDisplayName());
    add(tr("Valid from:"), QLocale().toString(certificate.effectiveDate(), QLocale::ShortFormat));
    add(tr("Valid until:"), QLocale().toString(certificate.expiryDate(), QLocale::ShortFormat));
    add(tr("SHA-256 fingerprint:"), formatFingerprint(certificate.digest(QCryptographicHash::Sha256).toHex()));
    QStringList problems;
    for (const QSslError &e : errors)
        problems.append(QStringLiteral("• ") + e.errorString());
    add(tr("Problems:"), problems.join(QLatin1Char('\n')));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("Trust this certificate for this server"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    trust->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace kd
