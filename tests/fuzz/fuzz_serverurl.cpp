// The server URL normaliser: whatever is typed, the result is valid https/http with a host, and
// normalising it again changes nothing.

#include "core/serverurl.h"
#include "fuzztarget.h"

using namespace kd;

KD_FUZZ_TARGET(serverurl)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ServerUrl::Problem problem = ServerUrl::Problem::None;
    const ServerUrl url = ServerUrl::fromUserInput(text, &problem);
    if (!url.isValid()) {
        KD_FUZZ_CHECK(problem != ServerUrl::Problem::None);
        return 0;
    }
    KD_FUZZ_CHECK(url.url().scheme() == QLatin1String("https") || url.url().scheme() == QLatin1String("http"));
    KD_FUZZ_CHECK(!url.host().isEmpty());
    KD_FUZZ_CHECK(!url.url().path().endsWith(QLatin1Char('/')));
    const ServerUrl again = ServerUrl::fromUserInput(url.toString());
    KD_FUZZ_CHECK(again.isValid());
    KD_FUZZ_CHECK(again.toString() == url.toString());
    KD_FUZZ_CHECK(url.apiUrl(QStringLiteral("version")).path().endsWith(QLatin1String("/api/version")));
    return 0;
}
