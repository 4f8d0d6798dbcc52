#pragma once

// The journal's replay against the demo server: a demo server with a client for it (in the Kimai
// user's timezone), a journal file in a temporary folder, and a Sync over both, with short retry delays.

#include "journal/journal.h"
#include "session/sync.h"
#include "support/demofixture.h"

#include <QTemporaryDir>

#include <memory>

namespace kd::test {

struct SyncFixture
{
    explicit SyncFixture(demo::DemoOptions options = DemoFixture::defaultOptions());
    ~SyncFixture();

    // Server started, journal open, a project and two of its activities found.
    bool ready() const { return m_ready; }

    // Every request is dropped before it is handled, until serverUp().
    void serverDown();
    void serverUp();
    // Waits until the replay rests (Idle, NeedsAttention or NeedsLogin).
    bool settle(int timeoutMs = 20000);
    // The demo user's entries whose description contains `text`, newest first.
    QList<Timesheet> entries(const QString &text) const;
    // Requests the server received with this method whose path matches the pattern.
    int requests(const QByteArray &method, const QString &pathPattern) const;
    // A moment in the past, with seconds, so that rounding to the minute shows; counted from the minute
    // of the first call, so that the same arguments give the same moment for the whole test run.
    static QDateTime minutesAgo(int minutes, int seconds = 17);

    DemoFixture demo;
    QTemporaryDir dir;
    Journal journal;
    std::unique_ptr<Sync> sync;
    int project = 0;
    int activity = 0;
    int otherActivity = 0;

private:
    bool m_ready = false;
};

// Kimai's rounding of stopped entries: begin down, end up to the full minute.
qint64 floorMinute(const QDateTime &t);
qint64 ceilMinute(const QDateTime &t);

} // namespace kd::test
