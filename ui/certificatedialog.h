#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace kd {

// Shows an untrusted certificate (subject, issuer, validity, SHA-256 fingerprint, the errors) and
// offers to trust exactly this certificate for exactly this server.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &host, const QSslCertificate &certificate, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);

    static QString formatFingerprint(const QByteArray &hex);   // "AB:CD:…"
};

} // namespace kd
