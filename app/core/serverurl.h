#pragma once

#include <QString>
#include <QUrl>

namespace kd {

// The Kimai base URL: scheme, host, optional port and optional sub-path (`https://host/kimai`),
// never a trailing slash, never `/api`.
class ServerUrl
{
public:
    enum class Problem { None, Empty, BadScheme, NoHost, Invalid, HasCredentials };

    ServerUrl() = default;
    // Normalises what a person typed or pasted: trims, adds https:// when no scheme is given,
    // drops a trailing `/`, a pasted `/api...` or a copied Kimai page (`/en/timesheet/`), query and fragment.
    static ServerUrl fromUserInput(const QString &text, Problem *problem = nullptr);

    bool isValid() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    // The host as people read it (Unicode), the path percent-encoded: a decoded space or other blank
    // would make the text refused when it is typed or loaded again.
    QString toString() const;
    bool isHttps() const { return m_url.scheme() == QLatin1String("https"); }
    bool isLoopback() const;
    QString host() const { return m_url.host(); }
    int port() const;   // effective port (443/80 by default)

    // `<base>/api/<endpoint>` with the query added.
    QUrl apiUrl(const QString &endpoint) const;
    // True if `other` has the same scheme, host and port (a redirect target we may follow with credentials).
    bool sameOrigin(const QUrl &other) const;

    static QString problemText(Problem problem);   // translated

    bool operator==(const ServerUrl &o) const { return m_url == o.m_url; }

private:
    QUrl m_url;
};

} // namespace kd
