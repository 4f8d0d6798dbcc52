#pragma once

// The endpoint list of a Kimai OpenAPI document (the copies bundled in resources/openapi), for the
// API console's path completion. A pure function, safe on any thread.

#include "api/parsers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

struct ApiEndpoint
{
    QString method;                 // "GET"
    QString path;                   // "/api/timesheets/{id}"
    QString summary;                // "Fetch timesheets"
    QStringList queryParameters;    // "user", "customers[]", …

    // Whether `path` (no query: "/api/timesheets/5") is this endpoint's path ({…} matches one segment).
    bool matches(const QString &concretePath) const;
};

namespace Parse {
// Every operation of the document's `paths`, sorted by path, then method.
Result<QList<ApiEndpoint>> openApiEndpoints(const QByteArray &document);
} // namespace Parse

} // namespace kd
