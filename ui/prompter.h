#pragma once

// Questions the app must ask a person (plain http, an untrusted certificate). Asked asynchronously
// (dialog->open(), never exec()), and replaceable in tests with a prompter that answers at once.

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <functional>

class QWidget;

namespace kd {

class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    using Answer = std::function<void(bool yes)>;
    virtual ~Prompter() = default;
    virtual void confirmPlainHttp(QWidget *parent, const QString &host, Answer answer);
    virtual void trustCertificate(QWidget *parent, const QString &host, const QSslCertificate &certificate,
                                  const QList<QSslError> &errors, Answer answer);
};

// For tests and scripts: fixed answers, and a record of what was asked.
class ScriptedPrompter final : public Prompter
{
public:
    bool httpAnswer = false;
    bool certificateAnswer = false;
    int httpAsked = 0;
    int certificateAsked = 0;
    QString lastFingerprint;
    void confirmPlainHttp(QWidget *, const QString &, Answer answer) override;
    void trustCertificate(QWidget *, const QString &, const QSslCertificate &certificate, const QList<QSslError> &,
                          Answer answer) override;
};

} // namespace kd
