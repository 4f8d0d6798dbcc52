// Kimai's error bodies and the one error mapping: any body, any status, a sensible error.

#include "api/apierror.h"
#include "fuzztarget.h"

using namespace kd;

KD_FUZZ_TARGET(errorbody)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ApiError::ErrorBody parsed = ApiError::parseErrorBody(body);
    for (const auto &field : parsed.fields.fields)
        KD_FUZZ_CHECK(!field.second.isEmpty());
    ApiError::Facts facts;
    facts.httpStatus = size > 0 ? 100 + data[0] * 2 : 500;
    facts.body = body;
    facts.contentType = size > 1 && (data[1] & 1) ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
    facts.sentBearer = size > 2 && (data[2] & 1);
    const ApiError e = ApiError::classify(facts);
    KD_FUZZ_CHECK(facts.httpStatus < 200 || facts.httpStatus >= 300 ? e.isError() : !e.isError());
    if (e.isError())
        KD_FUZZ_CHECK(!e.message().isEmpty());
    return 0;
}
