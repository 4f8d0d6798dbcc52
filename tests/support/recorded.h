#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace kd::test {

// One exchange from ../shared/kimai-api/recorded-2.28 (copied to tests/data/recorded-2.28).
struct Recorded
{
    QString name;
    QByteArray method;
    QByteArray target;                              // "/api/timesheets?size=1&page=1"
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;

    QByteArray responseHeader(const QByteArray &name) const;
};

// Loads tests/data/recorded-2.28/<name>.http (name without extension). Fails the test on errors.
Recorded loadRecorded(const QString &name);
QStringList recordedNames();

} // namespace kd::test
