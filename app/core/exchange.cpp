#include "core/exchange.h"

namespace kd {

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    for (const auto &h : responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString Exchange::statusText() const
{
    if (status == 0)
        return error.isEmpty() ? QStringLiteral("—") : error;
    return QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reason);
}

} // namespace kd
