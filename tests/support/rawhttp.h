#pragma once

// Raw HTTP requests for tests of the demo server itself: the request goes out exactly as written
// (no KimaiClient in between) and the answer comes back with status, headers and body.

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace kd::test {

struct RawReply
{
    int status = 0;                       // 0: no answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;                 // from sending to the whole answer

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Sends `method` `pathAndQuery` (e.g. "/api/timesheets?size=5") to `base`; a body goes as JSON.
RawReply rawRequest(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &pathAndQuery,
                    const RawHeaders &headers = {}, const QByteArray &body = {}, int timeoutMs = 15000);

} // namespace kd::test
