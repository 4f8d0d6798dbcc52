#include "ui/prompter.h"

#include "ui/certificatedialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace kd {

void Prompter::confirmPlainHttp(QWidget *parent, const QString &host, const QObject *context, Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unencrypted connection"),
                                tr("The address of %1 starts with http://, not https://.").arg(host), QMessageBox::NoButton,
                                parent);
    box->setInformativeText(
        tr("Your API token would travel unencrypted over the network, where others can read it. Kimai's own "
                    "documentation says to use the API only over https. Continue only on a network you trust."));
    QPushButton *go = box->addButton(tr("Send the token unencrypted"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, go, answer] { answer(box->clickedButton() == go); });
    box->open();
}

void Prompter::trustCertificate(QWidget *parent, const QString &host, const QSslCertificate &certificate,
                                const QList<QSslError> &errors, const QObject *context, Answer answer)
{
    auto *dialog = new CertificateDialog(host, certificate, errors, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, context, [answer](int result) { answer(result == QDialog::Accepted); });
    dialog->open();
}

void Prompter::stopTimerOnQuit(QWidget *parent, const QString &running, const QObject *context, QuitAnswer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("A timer is running"),
                                tr("Stop the timer before Kimai Desk quits?"), QMessageBox::NoButton, parent);
    box->setInformativeText(tr("Running: %1\nA timer that keeps running goes on counting on the server until you "
                               "stop it, here or in Kimai.").arg(running));
    QPushButton *stop = box->addButton(tr("Stop the timer"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("Keep it running"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    auto *remember = new QCheckBox(tr("Remember my choice"), box);
    box->setCheckBox(remember);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, stop, keep, remember, answer] {
        const QAbstractButton *clicked = box->clickedButton();
        const QuitChoice choice = clicked == stop ? QuitChoice::Stop : clicked == keep ? QuitChoice::Keep : QuitChoice::Cancel;
        answer(choice, remember->isChecked() && choice != QuitChoice::Cancel);
    });
    box->open();
}

} // namespace kd
