#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

namespace kd {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request and its answer, as the inspector shows it. Secrets are redacted before an
// Exchange is built (see api/KimaiClient); nothing in here may contain a token.
struct Exchange
{
    quint64 id = 0;
    QDateTime startedAt;            // UTC
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;      // redacted
    QByteArray requestBody;
    int status = 0;                 // 0: no HTTP answer
    QByteArray reason;
    HeaderList responseHeaders;
    QByteArray responseBody;
    qint64 elapsedMs = 0;
    qint64 size = 0;                // bytes received (body)
    bool bodyTruncated = false;     // dropped or cut because of the size cap
    QString error;                  // short error text for the inspector, empty when fine

    QByteArray responseHeader(const QByteArray &name) const;
    QString statusText() const;     // "200 OK", "— (Connection refused)"
    bool isValid() const { return id != 0; }
};

} // namespace kd
