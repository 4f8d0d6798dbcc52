#include "core/curlcommand.h"

#include <QStringList>

namespace kd {

namespace {

// A word for a POSIX shell in single quotes: nothing inside is expanded.
QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

QString curlCommand(const Exchange &exchange)
{
    QStringList words{QStringLiteral("curl")};
    if (exchange.method != "GET")
        words << QStringLiteral("-X") << QString::fromLatin1(exchange.method);
    words << quoted(QString::fromUtf8(exchange.url.toEncoded()));
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
            continue;
        const QString header = QString::fromLatin1(name);
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            const QString scheme = space > 0 ? QString::fromLatin1(value.left(space)) : QStringLiteral("Bearer");
            // Double quotes: the shell puts the token in from the environment.
            words << QStringLiteral("-H") << QStringLiteral("\"%1: %2 $KIMAI_TOKEN\"").arg(header, scheme);
        } else if (name.compare("X-AUTH-TOKEN", Qt::CaseInsensitive) == 0) {
            words << QStringLiteral("-H") << QStringLiteral("\"%1: $KIMAI_TOKEN\"").arg(header);
        } else {
            words << QStringLiteral("-H") << quoted(header + QStringLiteral(": ") + QString::fromUtf8(value));
        }
    }
    if (!exchange.requestBody.isEmpty())
        words << QStringLiteral("--data-raw") << quoted(QString::fromUtf8(exchange.requestBody));
    return words.join(QLatin1Char(' '));
}

} // namespace kd
