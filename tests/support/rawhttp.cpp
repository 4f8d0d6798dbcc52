#include "support/rawhttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace kd::test {

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RawReply::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RawReply rawRequest(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &pathAndQuery,
                    const RawHeaders &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs))
        return {};
    RawReply raw;
    raw.elapsedMs = timer.elapsed();
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        raw.headers.append({h.first, h.second});
    return raw;
}

} // namespace kd::test
