// The datetime parsers: a parsed value formats back to a string that parses to the same instant.

#include "core/kimaidatetime.h"
#include "fuzztarget.h"

using namespace kd;

KD_FUZZ_TARGET(datetime)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QTimeZone berlin("Europe/Berlin");
    if (const auto dt = KimaiDateTime::parse(text, berlin)) {
        KD_FUZZ_CHECK(dt->isValid());
        const QString back = KimaiDateTime::toResponse(*dt, QTimeZone::utc());
        const auto again = KimaiDateTime::parse(back);
        KD_FUZZ_CHECK(again.has_value());
        // Formatting drops milliseconds; what was written reads back to the same text.
        KD_FUZZ_CHECK(KimaiDateTime::toResponse(*again, QTimeZone::utc()) == back);
        const QString request = KimaiDateTime::toRequest(*dt, berlin);
        KD_FUZZ_CHECK(request.size() == 19);
    }
    if (const auto d = KimaiDateTime::parseDate(text))
        KD_FUZZ_CHECK(d->isValid());
    const QDateTime http = KimaiDateTime::parseHttpDate(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    KD_FUZZ_CHECK(!http.isValid() || http.timeSpec() == Qt::UTC);
    return 0;
}
