#pragma once

// Questions the app must ask a person (plain http, an untrusted certificate). Asked asynchronously
// (dialog->open(), never exec()), and replaceable in tests with a prompter that answers at once
// (tests/support/scriptedprompter.h).

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
    // Quitting while a timer runs: stop it, keep it running on the server, or do not quit.
    enum class QuitChoice { Stop, Keep, Cancel };
    using QuitAnswer = std::function<void(QuitChoice choice, bool remember)>;
    virtual ~Prompter() = default;
    // `answer` runs once the person has answered, and only while `context` still exists (the object
    // whose members the answer touches).
    virtual void confirmPlainHttp(QWidget *parent, const QString &host, const QObject *context, Answer answer);
    virtual void trustCertificate(QWidget *parent, const QString &host, const QSslCertificate &certificate,
                                  const QList<QSslError> &errors, const QObject *context, Answer answer);
    // `running`: what runs, in words ("Acme · Website · Development").
    virtual void stopTimerOnQuit(QWidget *parent, const QString &running, const QObject *context, QuitAnswer answer);
};

} // namespace kd
