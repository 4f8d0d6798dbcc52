#pragma once

// A prompter for tests: fixed answers, given at once, and a record of what was asked.

#include "ui/prompter.h"

#include <QCryptographicHash>

namespace kd::test {

class ScriptedPrompter final : public Prompter
{
public:
    bool httpAnswer = false;
    bool certificateAnswer = false;
    int httpAsked = 0;
    int certificateAsked = 0;
    QString lastFingerprint;
    QuitChoice quitAnswer = QuitChoice::Cancel;
    bool quitRemember = false;
    int quitAsked = 0;
    QString quitRunning;

    void confirmPlainHttp(QWidget *, const QString &, const QObject *, Answer answer) override
    {
        ++httpAsked;
        answer(httpAnswer);
    }
    void trustCertificate(QWidget *, const QString &, const QSslCertificate &certificate, const QList<QSslError> &,
                          const QObject *, Answer answer) override
    {
        ++certificateAsked;
        lastFingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
        answer(certificateAnswer);
    }
    void stopTimerOnQuit(QWidget *, const QString &running, const QObject *, QuitAnswer answer) override
    {
        ++quitAsked;
        quitRunning = running;
        answer(quitAnswer, quitRemember);
    }
};

} // namespace kd::test
