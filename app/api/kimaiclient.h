#pragma once

#include "api/apireply.h"
#include "api/queries.h"
#include "core/authmode.h"
#include "core/entities.h"
#include "core/serverurl.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <QNetworkAccessManager>

class QNetworkRequest;

namespace kd {

class Clock;

// The Kimai API over one injected QNetworkAccessManager. Each call returns a new reply object that
// finishes exactly once and deletes itself afterwards; connect to ApiReply::finished.
class KimaiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTransferTimeoutMs = 30'000;
    static constexpr int kDefaultDeadlineMs = 120'000;
    static constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;

    explicit KimaiClient(QNetworkAccessManager *nam, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~KimaiClient() override;

    void setServer(const ServerUrl &server);
    ServerUrl server() const { return m_server; }

    // The token stays in memory only; it is never logged or written by this class.
    void setCredentials(const QString &username, const QString &token, AuthMode mode);
    void clearCredentials();
    // Aborts every call still in flight (each finishes with Cancelled). Returns how many there were.
    int abortAll();
    QString username() const { return m_username; }
    bool hasToken() const { return !m_token.isEmpty(); }
    AuthMode authMode() const { return m_mode; }
    // Bearer or Legacy once known (always known unless the mode is Auto and nothing succeeded yet).
    AuthScheme resolvedScheme() const { return m_resolved; }

    // What the server offers (capabilities.h): set from the version at login; a "not offered" answer
    // drops a capability (capabilitiesChanged()). Decides the legacy fallback, `modified_after`'s zone
    // and which optional endpoints are asked at all.
    void setCapabilities(const Capabilities &capabilities);
    const Capabilities &capabilities() const { return m_capabilities; }
    void noteNotOffered(Capability capability);

    void setUserTimeZone(const QTimeZone &zone) { m_userZone = zone; }
    QTimeZone userTimeZone() const { return m_userZone; }

    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    int deadlineMs() const { return m_deadlineMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // TLS: certificates a person chose to trust, per host:port (SHA-256 of the DER, hex).
    void setPinnedCertificates(const QHash<QString, QByteArray> &pins) { m_pins = pins; }
    QHash<QString, QByteArray> pinnedCertificates() const { return m_pins; }
    static QByteArray fingerprint(const QSslCertificate &certificate);   // SHA-256 hex
    QString pinKey() const;                                               // "host:port" of the server

    // Server clock minus local clock, from the last `Date` header (0 until seen).
    qint64 serverClockOffsetMs() const { return m_serverOffsetMs; }
    const Clock *clock() const { return m_clock; }
    QNetworkAccessManager *nam() const { return m_nam; }

    // --- Endpoints ---------------------------------------------------------------------------
    TypedReply<QString> *ping();
    TypedReply<Version> *version();
    TypedReply<User> *me();
    TypedReply<TimesheetConfig> *timesheetConfig();
    TypedReply<I18nConfig> *i18nConfig();    // Kimai 2.x: ok() with notOffered() and available == false
    TypedReply<QList<QPair<QString, QString>>> *colors();

    TypedReply<QList<Customer>> *customers(const CustomerQuery &query = {});
    TypedReply<Customer> *customer(int id);
    TypedReply<QList<Project>> *projects(const ProjectQuery &query = {});
    TypedReply<Project> *project(int id);
    TypedReply<QList<Activity>> *activities(const ActivityQuery &query = {});
    TypedReply<Activity> *activity(int id);
    TypedReply<QStringList> *tags(const QString &name = {});
    TypedReply<QList<Tag>> *findTags(const QString &name);
    // POST /api/tags: a visible tag (Kimai's default would hide it). Needs create_tag or manage_tag.
    TypedReply<Tag> *createTag(const QString &name);

    // pageInfo() of the reply tells the paging; a page after the last: ok(), empty, pageInfo().pastEnd.
    TypedReply<QList<Timesheet>> *timesheets(const TimesheetQuery &query = {});
    TypedReply<Timesheet> *timesheet(int id);
    TypedReply<QList<Timesheet>> *activeTimesheets();
    TypedReply<QList<Timesheet>> *recentTimesheets(int size = 10, const QDateTime &begin = {});
    TypedReply<Timesheet> *createTimesheet(const TimesheetForm &form, bool full = false);
    TypedReply<Timesheet> *updateTimesheet(int id, const TimesheetForm &form);
    TypedReply<Timesheet> *stopTimesheet(int id);
    TypedReply<Timesheet> *restartTimesheet(int id, bool copyAll = false, const QDateTime &begin = {});
    TypedReply<bool> *deleteTimesheet(int id);

    // Favourite timesheets, Kimai 2.66+ (Capability::Favorites; elsewhere ok() with notOffered()).
    TypedReply<QList<Timesheet>> *favorites();
    TypedReply<bool> *addFavorite(int timesheetId);
    TypedReply<bool> *removeFavorite(int timesheetId);

    // Any request below /api/ (the API console, --api): `endpoint` without "/api/", the body sent as
    // JSON when not empty. The result is the answer's body as received; errors as for every call.
    TypedReply<QByteArray> *send(const QByteArray &method, const QString &endpoint, const QueryItems &query,
                                 const QByteArray &body);

Q_SIGNALS:
    // Every HTTP attempt, for the inspector's Exchanges list (headers already redacted).
    void exchangeFinished(const kd::Exchange &exchange);
    void authSchemeResolved(kd::AuthScheme scheme);
    // A call was refused for authentication (401, or 403 for the credentials themselves).
    void authenticationFailed(const kd::ApiError &error);
    void serverClockOffsetChanged(qint64 offsetMs);
    void capabilitiesChanged();

private:
    friend class ApiReply;

    template<typename T>
    TypedReply<T> *call(RequestSpec spec, typename TypedReply<T>::Parser parser);

    // The one place where credentials are put on a request.
    void applyAuth(QNetworkRequest &request, AuthScheme scheme) const;
    AuthScheme firstScheme() const;
    bool canFallBackToLegacy() const;
    void noteResolved(AuthScheme scheme);
    void noteServerDate(const QByteArray &dateHeader);
    quint64 nextExchangeId() { return ++m_exchangeCounter; }
    void recordExchange(const Exchange &exchange);

    QPointer<QNetworkAccessManager> m_nam;
    const Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    ServerUrl m_server;
    QString m_username;
    QString m_token;
    AuthMode m_mode = AuthMode::Auto;
    AuthScheme m_resolved = AuthScheme::None;
    Capabilities m_capabilities;
    QTimeZone m_userZone = QTimeZone::utc();
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
    int m_deadlineMs = kDefaultDeadlineMs;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    QHash<QString, QByteArray> m_pins;
    qint64 m_serverOffsetMs = 0;
    quint64 m_exchangeCounter = 0;
};

// Header redaction for anything shown or stored: the token never leaves the request.
HeaderList redactHeaders(const HeaderList &headers);

} // namespace kd
