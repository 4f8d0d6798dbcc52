#include "core/serverurl.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {

namespace {

// Hand-written checks rather than regular expressions: this runs at every start-up, and a pattern
// would load and JIT PCRE2 for two trivial shapes (half a megabyte of resident memory).
bool isAsciiLower(QChar c) { return c >= u'a' && c <= u'z'; }
bool isAsciiLetter(QChar c) { return isAsciiLower(c) || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// "de", "pt_BR", "zh_Hans": [a-z]{2,3} optionally followed by _[A-Za-z]{2,4}.
bool isLocaleSegment(const QString &s)
{
    const qsizetype underscore = s.indexOf(u'_');
    const QStringView language = underscore < 0 ? QStringView(s) : QStringView(s).left(underscore);
    if (language.size() < 2 || language.size() > 3 || !std::all_of(language.begin(), language.end(), isAsciiLower))
        return false;
    if (underscore < 0)
        return true;
    const QStringView region = QStringView(s).mid(underscore + 1);
    return region.size() >= 2 && region.size() <= 4 && std::all_of(region.begin(), region.end(), isAsciiLetter);
}

// "scheme://": [A-Za-z][A-Za-z0-9+.-]* followed by "://".
bool startsWithScheme(const QString &s)
{
    const qsizetype colon = s.indexOf(QLatin1String("://"));
    if (colon < 1 || !isAsciiLetter(s.at(0)))
        return false;
    return std::all_of(s.begin() + 1, s.begin() + colon, [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == u'+' || c == u'.' || c == u'-';
    });
}

// 127.d.d.d with one to three digits in each part.
bool isIpv4Loopback(const QString &host)
{
    if (!host.startsWith(QLatin1String("127.")))
        return false;
    const QStringView rest = QStringView(host).mid(4);
    int parts = 0;
    for (qsizetype begin = 0; begin <= rest.size();) {
        qsizetype end = rest.indexOf(u'.', begin);
        if (end < 0)
            end = rest.size();
        const QStringView part = rest.mid(begin, end - begin);
        if (part.isEmpty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), isAsciiDigit))
            return false;
        ++parts;
        begin = end + 1;
    }
    return parts == 3;
}

bool isKimaiPage(const QString &s)
{
    static const QStringList pages = {
        QStringLiteral("login"),    QStringLiteral("homepage"), QStringLiteral("dashboard"),
        QStringLiteral("timesheet"), QStringLiteral("team"),    QStringLiteral("admin"),
        QStringLiteral("profile"),  QStringLiteral("auth"),     QStringLiteral("invoice"),
        QStringLiteral("export"),   QStringLiteral("reporting"), QStringLiteral("calendar"),
        QStringLiteral("wizard"),   QStringLiteral("contract"), QStringLiteral("quick_entry"),
    };
    return pages.contains(s);
}

} // namespace

ServerUrl ServerUrl::fromUserInput(const QString &text, Problem *problem)
{
    auto fail = [problem](Problem p) {
        if (problem)
            *problem = p;
        return ServerUrl();
    };
    QString input = text.trimmed();
    if (input.isEmpty())
        return fail(Problem::Empty);

    for (const QChar c : std::as_const(input)) {
        if (c.unicode() < 0x20 || c.isSpace() || c.unicode() == 0x7f)
            return fail(Problem::Invalid);   // control characters or blanks inside an address
    }

    if (!startsWithScheme(input))
        input.prepend(QStringLiteral("https://"));

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        url = QUrl(input, QUrl::TolerantMode);
    if (!url.isValid())
        return fail(Problem::Invalid);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(Problem::BadScheme);
    if (url.host().isEmpty())
        return fail(Problem::NoHost);
    if (!url.userInfo().isEmpty())
        return fail(Problem::HasCredentials);

    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());

    QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // A pasted API URL: drop the first `api` segment and everything after it.
    const qsizetype apiAt = segments.indexOf(QStringLiteral("api"));
    if (apiAt >= 0)
        segments = segments.mid(0, apiAt);
    // A copied Kimai page such as /kimai/en/timesheet/ or /de/login.
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (isLocaleSegment(segments.at(i)) && isKimaiPage(segments.at(i + 1))) {
            segments = segments.mid(0, i);
            break;
        }
    }
    while (!segments.isEmpty() && segments.constLast() == QLatin1String("index.php"))
        segments.removeLast();
    url.setPath(segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/')));
    while (url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path().chopped(1));
    if (!url.isValid() || url.host().isEmpty())
        return fail(Problem::Invalid);
    if ((scheme == QLatin1String("https") && url.port() == 443) || (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);

    if (problem)
        *problem = Problem::None;
    ServerUrl result;
    result.m_url = url;
    return result;
}

QString ServerUrl::toString() const
{
    return m_url.toString(QUrl::RemovePath) + m_url.path(QUrl::FullyEncoded);
}

bool ServerUrl::isLoopback() const
{
    const QString h = m_url.host();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    if (h == QLatin1String("::1") || h == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    return isIpv4Loopback(h);
}

int ServerUrl::port() const
{
    return m_url.port(isHttps() ? 443 : 80);
}

QUrl ServerUrl::apiUrl(const QString &endpoint) const
{
    QUrl u = m_url;
    QString ep = endpoint;
    QString query;
    const qsizetype q = ep.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        query = ep.mid(q + 1);
        ep.truncate(q);
    }
    while (ep.startsWith(QLatin1Char('/')))
        ep.remove(0, 1);
    u.setPath(m_url.path() + QStringLiteral("/api/") + ep);
    if (!query.isEmpty())
        u.setQuery(query, QUrl::StrictMode);
    return u;
}

bool ServerUrl::sameOrigin(const QUrl &other) const
{
    const bool otherHttps = other.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return other.scheme().compare(m_url.scheme(), Qt::CaseInsensitive) == 0
        && other.host().compare(m_url.host(), Qt::CaseInsensitive) == 0
        && other.port(otherHttps ? 443 : 80) == port();
}

QString ServerUrl::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("ServerUrl", "Enter the address of your Kimai, for example https://kimai.example.com.");
    case Problem::BadScheme:
        return QCoreApplication::translate("ServerUrl", "The address must start with https:// (or http:// for a server on this computer).");
    case Problem::NoHost:
        return QCoreApplication::translate("ServerUrl", "The address has no host name.");
    case Problem::Invalid:
        return QCoreApplication::translate("ServerUrl", "This is not a valid web address.");
    case Problem::HasCredentials:
        return QCoreApplication::translate("ServerUrl", "Do not put a user name or password into the address; use the fields below.");
    }
    return {};
}

} // namespace kd
