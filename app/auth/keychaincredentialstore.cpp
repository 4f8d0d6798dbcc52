#include "auth/keychaincredentialstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace kd {
namespace {

CredentialJob::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return CredentialJob::Status::Ok;
    case QKeychain::EntryNotFound: return CredentialJob::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return CredentialJob::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return CredentialJob::Status::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    return CredentialJob::Status::Failed;
}

QString describe(QKeychain::Job *job)
{
    // QtKeychain's texts describe the backend problem; they never contain the secret.
    return QCoreApplication::translate("kd::KeychainCredentialStore", "The system keychain reported: %1")
        .arg(job->errorString());
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("kd::KeychainCredentialStore", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("kd::KeychainCredentialStore", "Windows Credential Manager");
#else
    return QCoreApplication::translate("kd::KeychainCredentialStore", "system keychain (Secret Service)");
#endif
}

CredentialJob *KeychainCredentialStore::read(const QString &key)
{
    auto *job = new CredentialJob(CredentialJob::Op::Read, key, this);
    readInto(job, QString());
    return job;
}

void KeychainCredentialStore::readInto(CredentialJob *job, const QString &expected)
{
    auto *kjob = new QKeychain::ReadPasswordJob(m_service, this);
    kjob->setKey(job->key());
    kjob->setInsecureFallback(false);
    const bool verifying = job->op() == CredentialJob::Op::Write;
    connect(kjob, &QKeychain::Job::finished, job, [job, expected, verifying](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        const CredentialJob::Status status = statusOf(read->error());
        if (!verifying) {
            job->finish(status, status == CredentialJob::Status::Ok ? read->textData() : QString(),
                        status == CredentialJob::Status::Ok || status == CredentialJob::Status::NotFound
                            ? QString()
                            : describe(read));
            return;
        }
        if (status == CredentialJob::Status::Ok && read->textData() == expected) {
            job->finish(CredentialJob::Status::Ok);
            return;
        }
        job->finish(CredentialJob::Status::Failed, {},
                    QCoreApplication::translate("kd::KeychainCredentialStore",
                                                "The system keychain did not keep the token (reading it back gave "
                                                "a different value)."));
    });
    kjob->start();
}

CredentialJob *KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(CredentialJob::Op::Write, key, this);
    auto *kjob = new QKeychain::WritePasswordJob(m_service, this);
    kjob->setKey(key);
    kjob->setInsecureFallback(false);
    kjob->setTextData(secret);
    connect(kjob, &QKeychain::Job::finished, job, [this, job, secret](QKeychain::Job *done) {
        const CredentialJob::Status status = statusOf(done->error());
        if (status != CredentialJob::Status::Ok) {
            job->finish(status, {}, describe(done));
            return;
        }
        readInto(job, secret);
    });
    kjob->start();
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &key)
{
    auto *job = new CredentialJob(CredentialJob::Op::Remove, key, this);
    auto *kjob = new QKeychain::DeletePasswordJob(m_service, this);
    kjob->setKey(key);
    kjob->setInsecureFallback(false);
    connect(kjob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        const CredentialJob::Status status = statusOf(done->error());
        job->finish(status, {},
                    status == CredentialJob::Status::Ok || status == CredentialJob::Status::NotFound ? QString()
                                                                                                     : describe(done));
    });
    kjob->start();
    return job;
}

} // namespace kd
