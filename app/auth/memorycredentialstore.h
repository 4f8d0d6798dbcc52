#pragma once

#include "auth/credentialstore.h"

#include <QHash>

namespace kd {

// Keeps secrets in memory for this session only. Used when no keychain is available and by tests
// (which can also make it behave like a missing or failing keychain).
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    CredentialJob *read(const QString &key) override;
    CredentialJob *write(const QString &key, const QString &secret) override;
    CredentialJob *remove(const QString &key) override;
    bool isPersistent() const override { return m_persistent; }
    QString backendName() const override;

    // Test hooks: behave like a keychain (persistent), or like a failing one.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void setFailure(CredentialJob::Status status) { m_failure = status; }
    int size() const { return int(m_secrets.size()); }

private:
    CredentialJob *schedule(CredentialJob *job, CredentialJob::Status status, const QString &secret = {});

    QHash<QString, QString> m_secrets;
    CredentialJob::Status m_failure = CredentialJob::Status::Pending;   // Pending: no failure
    bool m_persistent = false;
};

} // namespace kd
