#pragma once

#include "auth/credentialstore.h"

namespace kd {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows). Never uses QtKeychain's plaintext fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    CredentialJob *read(const QString &key) override;
    // Writes, then reads back and compares; a mismatch is a failure.
    CredentialJob *write(const QString &key, const QString &secret) override;
    CredentialJob *remove(const QString &key) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;

    QString service() const { return m_service; }

private:
    void readInto(CredentialJob *job, const QString &expected);

    QString m_service;
};

} // namespace kd
