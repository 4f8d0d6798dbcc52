#include "auth/memorycredentialstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace kd {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (QString &s : m_secrets)
        s.fill(QLatin1Char('\0'));
}

QString MemoryCredentialStore::backendName() const
{
    return QCoreApplication::translate("kd::MemoryCredentialStore", "this session only");
}

CredentialJob *MemoryCredentialStore::schedule(CredentialJob *job, CredentialJob::Status status, const QString &secret)
{
    // Asynchronous like a real keychain, so callers cannot depend on synchronous completion.
    QTimer::singleShot(0, job, [job, status, secret] { job->finish(status, secret); });
    return job;
}

CredentialJob *MemoryCredentialStore::read(const QString &key)
{
    auto *job = new CredentialJob(CredentialJob::Op::Read, key, this);
    if (m_failure != CredentialJob::Status::Pending)
        return schedule(job, m_failure);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return schedule(job, CredentialJob::Status::NotFound);
    return schedule(job, CredentialJob::Status::Ok, *it);
}

CredentialJob *MemoryCredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(CredentialJob::Op::Write, key, this);
    if (m_failure != CredentialJob::Status::Pending)
        return schedule(job, m_failure);
    m_secrets.insert(key, secret);
    return schedule(job, CredentialJob::Status::Ok);
}

CredentialJob *MemoryCredentialStore::remove(const QString &key)
{
    auto *job = new CredentialJob(CredentialJob::Op::Remove, key, this);
    if (m_failure != CredentialJob::Status::Pending)
        return schedule(job, m_failure);
    return schedule(job, m_secrets.remove(key) > 0 ? CredentialJob::Status::Ok : CredentialJob::Status::NotFound);
}

} // namespace kd
