#pragma once

// Where API tokens live. The interface is asynchronous (keychains are); every job finishes exactly
// once with `finished` and deletes itself afterwards. Implementations never write a secret to a
// file, a log or QSettings.

#include "core/serverurl.h"

#include <QObject>
#include <QString>

namespace kd {

class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Op { Read, Write, Remove };
    enum class Status {
        Pending,
        Ok,
        NotFound,     // read/remove: nothing stored under that key
        NoBackend,    // no keychain on this system (or it cannot be reached)
        Denied,       // the user refused access (or the keychain is locked)
        Failed,       // anything else, including a write that did not read back the same
    };

    CredentialJob(Op op, QString key, QObject *parent = nullptr);

    Op op() const { return m_op; }
    QString key() const { return m_key; }
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    QString secret() const { return m_secret; }       // Read only
    QString errorText() const { return m_errorText; } // for people; never contains the secret

    // For implementations: ends the job, emits finished() and schedules deletion.
    void finish(Status status, const QString &secret = {}, const QString &errorText = {});

Q_SIGNALS:
    void finished(kd::CredentialJob *job);

private:
    Op m_op;
    QString m_key;
    Status m_status = Status::Pending;
    QString m_secret;
    QString m_errorText;
};

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CredentialJob *read(const QString &key) = 0;
    virtual CredentialJob *write(const QString &key, const QString &secret) = 0;
    virtual CredentialJob *remove(const QString &key) = 0;
    // Whether secrets survive a restart (a keychain), as opposed to this session only.
    virtual bool isPersistent() const = 0;
    virtual QString backendName() const = 0;   // for people ("Secret Service", "memory")

    // `username@normalised-server-url`
    static QString keyFor(const QString &username, const ServerUrl &server);
};

} // namespace kd
