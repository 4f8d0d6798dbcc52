#include "auth/credentialstore.h"

namespace kd {

CredentialJob::CredentialJob(Op op, QString key, QObject *parent)
    : QObject(parent)
    , m_op(op)
    , m_key(std::move(key))
{
}

void CredentialJob::finish(Status status, const QString &secret, const QString &errorText)
{
    if (m_status != Status::Pending)
        return;
    m_status = status;
    m_secret = secret;
    m_errorText = errorText;
    Q_EMIT finished(this);
    deleteLater();
}

QString CredentialStore::keyFor(const QString &username, const ServerUrl &server)
{
    return username.trimmed() + QLatin1Char('@') + server.toString();
}

} // namespace kd
