// JSON -> entity parsers: every parser on the same bytes. Never crash, never half-fill a result.

#include "api/parsers.h"
#include "fuzztarget.h"

#include <QByteArray>

using namespace kd;

KD_FUZZ_TARGET(parsers)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto check = [](const auto &r) { KD_FUZZ_CHECK(r.ok() == r.error.isEmpty()); };
    check(Parse::ping(body));
    check(Parse::version(body));
    check(Parse::user(body));
    check(Parse::timesheetConfig(body));
    check(Parse::i18nConfig(body));
    check(Parse::colors(body));
    check(Parse::customer(body));
    check(Parse::customers(body));
    check(Parse::project(body));
    check(Parse::projects(body));
    check(Parse::activity(body));
    check(Parse::activities(body));
    check(Parse::tagNames(body));
    check(Parse::tags(body));
    check(Parse::tag(body));
    const auto one = Parse::timesheet(body);
    check(one);
    if (one.ok() && one.value->end.isValid())
        KD_FUZZ_CHECK(one.value->end >= one.value->begin);
    const auto many = Parse::timesheets(body);
    check(many);
    if (many.ok()) {
        for (const Timesheet &t : *many.value)
            KD_FUZZ_CHECK(t.begin.isValid());
    }
    // Pagination headers: split the input in four.
    const qsizetype q = body.size() / 4;
    const PageInfo info = Parse::pageInfo(body.left(q), body.mid(q, q), body.mid(2 * q, q), body.mid(3 * q));
    KD_FUZZ_CHECK(!info.hasHeaders || info.totalPages >= 0);
    (void)info.isLastPage(int(size % 1000));
    return 0;
}
