#include "api/openapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kd {

bool ApiEndpoint::matches(const QString &concretePath) const
{
    const QStringList pattern = path.split(QLatin1Char('/'));
    const QStringList concrete = concretePath.split(QLatin1Char('/'));
    if (pattern.size() != concrete.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        const bool placeholder = p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'));
        if (placeholder ? concrete.at(i).isEmpty() : p != concrete.at(i))
            return false;
    }
    return true;
}

namespace Parse {

Result<QList<ApiEndpoint>> openApiEndpoints(const QByteArray &document)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Result<QList<ApiEndpoint>>::fail(QStringLiteral("not valid JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject paths = doc.object().value(QLatin1String("paths")).toObject();
    if (paths.isEmpty())
        return Result<QList<ApiEndpoint>>::fail(QStringLiteral("paths: missing"));
    static const QStringList methods{QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("patch"),
                                     QStringLiteral("put"), QStringLiteral("delete")};
    QList<ApiEndpoint> out;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const QJsonObject operations = it.value().toObject();
        for (const QString &method : methods) {
            if (!operations.contains(method))
                continue;
            const QJsonObject op = operations.value(method).toObject();
            ApiEndpoint e;
            e.method = method.toUpper();
            e.path = it.key();
            e.summary = op.value(QLatin1String("summary")).toString();
            const QJsonArray parameters = op.value(QLatin1String("parameters")).toArray();
            for (const QJsonValue &v : parameters) {
                const QJsonObject p = v.toObject();
                if (p.value(QLatin1String("in")).toString() == QLatin1String("query"))
                    e.queryParameters.append(p.value(QLatin1String("name")).toString());
            }
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const ApiEndpoint &a, const ApiEndpoint &b) {
        return a.path != b.path ? a.path < b.path : methods.indexOf(a.method.toLower()) < methods.indexOf(b.method.toLower());
    });
    return Result<QList<ApiEndpoint>>::of(out);
}

} // namespace Parse
} // namespace kd
