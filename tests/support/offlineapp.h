#pragma once

// The app as main.cpp builds it (AppCore) against the demo server, with the offline journal in a
// temporary folder, on a clock the test moves, and the server "down" on request (its connections
// dropped before it handles them). Shared by tst_offline and tst_offlineentries.

#include "api/kimaiclient.h"
#include "auth/memorycredentialstore.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/logincontroller.h"
#include "session/offlinestart.h"
#include "session/offlinework.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "support/demofixture.h"
#include "support/manualclock.h"
#include "support/syncfixture.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kd::test {

// The app as main.cpp builds it, on a clock the test moves; the server's clock runs 5 minutes ahead.
struct OfflineApp
{
    explicit OfflineApp(demo::DemoOptions options = DemoFixture::defaultOptions(), const QString &settingsDir = {})
        : clock(start())
        , serverClock(clock.now().addSecs(300))
        , demo(withClock(std::move(options), &serverClock))
    {
        settings = std::make_unique<QSettings>((settingsDir.isEmpty() ? dir.path() : settingsDir)
                                                   + QStringLiteral("/kimai-desk.conf"),
                                               QSettings::IniFormat);
        core = std::make_unique<AppCore>(&demo.nam, &store, settings.get(), &clock);
        core->timer()->setRefreshIntervalSeconds(0);
        core->offline()->setJournalFolder(settingsDir.isEmpty() ? dir.path() : settingsDir);
        core->offline()->setRetryDelays(50, 400);
        core->offlineStart()->setFolder(settingsDir.isEmpty() ? dir.path() : settingsDir);
    }

    static QDateTime start()
    {
        // Two hours ago, on a whole second with 17 seconds past the minute: rounding shows.
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 7200;
        return QDateTime::fromSecsSinceEpoch(now - now % 60 + 17, Qt::UTC);
    }

    static demo::DemoOptions withClock(demo::DemoOptions options, const Clock *c)
    {
        options.clock = c;
        return options;
    }

    bool logIn()
    {
        LoginController::Request r;
        r.server = demo.server->url().toString();
        r.username = demo.server->username();
        r.token = demo.server->token();
        r.remember = false;
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        core->login()->login(r);
        if (!loggedIn.wait(15000))
            return false;
        return QTest::qWaitFor([this] { return core->timer()->activeKnown(); }, 10000);
    }

    // A visible project with two of its own activities.
    bool findWork()
    {
        core->catalog()->ensureLoaded();
        if (!QTest::qWaitFor([this] { return core->catalog()->isComplete(); }, 15000))
            return false;
        for (const Project &p : core->catalog()->projects()->items()) {
            if (!p.visible)
                continue;
            QList<int> own;
            for (const Activity &a : core->catalog()->activities()->items()) {
                if (a.visible && a.projectId && *a.projectId == p.id)
                    own.append(a.id);
            }
            if (own.size() >= 2) {
                project = p.id;
                activity = own.at(0);
                otherActivity = own.at(1);
                return true;
            }
        }
        return false;
    }

    void advance(qint64 seconds)
    {
        clock.advanceSeconds(seconds);
        serverClock.advanceSeconds(seconds);
    }

    void serverDown()
    {
        demo::Fault down;
        down.action = demo::Fault::Action::DropBeforeHandling;
        down.times = -1;
        demo.server->addFault(down);
    }
    void serverUp() { demo.server->clearFaults(); }

    TimerController::StartRequest work(const QString &description, bool other = false) const
    {
        TimerController::StartRequest r;
        r.project = project;
        r.activity = other ? otherActivity : activity;
        r.description = description;
        return r;
    }

    // Starts and waits until the timer shows it (from Kimai or from the journal).
    Timesheet startTimer(const QString &description, bool other = false)
    {
        QSignalSpy started(core->timer(), &TimerController::started);
        core->timer()->start(work(description, other));
        if (started.isEmpty() && !started.wait(15000))
            return {};
        if (!QTest::qWaitFor([this] { return !core->timer()->isBusy(); }, 10000))
            return {};
        return started.first().first().value<Timesheet>();
    }

    bool stopTimer(int id)
    {
        QSignalSpy stopped(core->timer(), &TimerController::stopped);
        core->timer()->stop(id);
        return (!stopped.isEmpty() || stopped.wait(15000)) && QTest::qWaitFor([this] { return !core->timer()->isBusy(); }, 10000);
    }

    // Waits until the replay rests with nothing waiting.
    bool settle()
    {
        OfflineWork *o = core->offline();
        return QTest::qWaitFor([o] { return o->waitingCount() == 0 && !o->isReplaying(); }, 30000);
    }

    QList<Timesheet> entries(const QString &text) const
    {
        TimesheetQuery q;
        q.term = text;
        q.size = 100;
        q.begin = clock.now().addDays(-2);
        q.end = clock.now().addDays(2);
        auto *reply = demo.client->timesheets(q);
        QList<Timesheet> out;
        if (waitFor(reply) && reply->ok())
            out = reply->result();
        delete reply;
        return out;
    }

    int requests(const QByteArray &method, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        int n = 0;
        for (const demo::ReceivedRequest &r : demo.server->requests())
            n += r.method == method && re.match(r.path).hasMatch() ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    ManualClock clock;
    ManualClock serverClock;
    DemoFixture demo;
    MemoryCredentialStore store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppCore> core;
    int project = 0;
    int activity = 0;
    int otherActivity = 0;
};


} // namespace kd::test
