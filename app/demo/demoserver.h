#pragma once

// An embedded Kimai look-alike on loopback, with sample data. Used by `kimai-desk --demo`,
// `--demo --serve-only` and by the tests. It answers like the Kimai version its options name (one
// of demoVersionNames(): 1.17 up to 3.0, see demoversion.h) for a demo user of the given role. It
// runs in its own thread; every public method is thread-safe and may be called from the GUI/test
// thread.

#include "demo/demodata.h"
#include "demo/demoversion.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace kd {
class Clock;
}

namespace kd::demo {

struct DemoOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                    // 0: any free port
    int timesheetCount = 2000;           // sample timesheets for the demo user
    int days = 120;                      // spread over the last N days (more when the count needs it)
    quint32 seed = 20261129;             // sample data is deterministic for a given seed
    QString username = QStringLiteral("demo");
    QString token;                       // Bearer token; empty: random 40 hex chars
    QString legacyPassword;              // X-AUTH-TOKEN password; empty: random (the token on
                                         // versions without API tokens, so that a login with it works)
    QString timezone;                    // IANA id of the demo user; empty: this computer's zone (UTC if unknown)
    QString language = QStringLiteral("en");
    QString locale = QStringLiteral("en");
    QString version;                     // a demoVersionNames() entry ("2.28"); empty: the newest
    DemoRole role = DemoRole::User;      // the demo user's permissions (a plain user by default)
    QString trackingMode = QStringLiteral("default");   // default | duration_fixed_begin | punch
    int activeEntriesHardLimit = 1;
    bool allowOverlapping = true;        // timesheet rules: served by /api/config/timesheet, enforced
    bool allowFutureTimes = true;
    bool breakTimeActive = true;         // the form takes `break` (on versions whose answers show it)
    bool mayCreateTags = true;           // POST /api/tags (create_tag: a plain user has it by default)
    int legacyDelayMinMs = 200;          // X-AUTH answers wait this long on 2.54+ (Kimai: 200-500 ms)
    int legacyDelayMaxMs = 500;
    const kd::Clock *clock = nullptr;    // nullptr: system clock. Must outlive the server.
};

// A request the server received (for tests that assert what the client sent).
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QString query;                       // decoded query string, "" if none
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

// A scripted misbehaviour for the next matching request(s).
struct Fault
{
    enum class Action {
        DropBeforeHandling,   // close the connection without handling the request
        DropAfterHandling,    // handle it (state changes happen!) then close without answering
        Delay,                // answer normally after delayMs
        Status,               // answer `status` with `body` instead of handling
    };
    QByteArray method;                   // empty: any
    QString pathRegex;                   // matched against the path, e.g. "^/api/timesheets$"
    Action action = Action::DropBeforeHandling;
    int delayMs = 0;
    int status = 500;
    QByteArray body;
    QByteArray contentType = "application/json";
    int times = 1;                       // how many requests it applies to (-1: forever)
};

class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(DemoOptions options = {}, QObject *parent = nullptr);
    ~DemoServer() override;

    // Generates the data, binds and starts serving in a worker thread. Returns once listening.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl url() const;                    // http://127.0.0.1:<port>
    quint16 port() const;
    QString username() const;
    QString token() const;
    QString legacyPassword() const;     // on versions without API tokens (1.17, 2.0) the token, unless set
    QString timezone() const;
    // The version it speaks; nullptr when the options named an unknown one (start() then fails).
    const DemoProfile *profile() const;

    // Test hooks.
    QList<ReceivedRequest> requests() const;
    void clearRequests();
    void addFault(const Fault &fault);
    void clearFaults();
    void setTrackingMode(const QString &mode);
    void setActiveEntriesHardLimit(int limit);
    void setAllowOverlapping(bool allow);
    void setAllowFutureTimes(bool allow);
    void setBreakTimeActive(bool active);
    void setMayCreateTags(bool may);
    void setRole(DemoRole role);
    int timesheetCount() const;          // all timesheets of the demo user
    int runningCount() const;            // running timesheets of the demo user
    QList<int> runningIds() const;
    // The server's state, for tests that check what a request changed.
    std::optional<Timesheet> timesheet(int id) const;
    QList<int> timesheetIds(int userId = kDemoUserId) const;   // oldest first
    QList<int> favoriteIds() const;      // newest first
    QStringList tagNames() const;        // every tag, hidden ones included
    QStringList tagsOf(int timesheetId) const;   // the tag names of one timesheet

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kd::demo
