// The client against every Kimai version of the demo server (issue 16): the app as main.cpp builds
// it (an AppCore), once per version. Login with the right credentials (an API token from 2.14, the
// API password before), every tab's loader, start/stop/restart by PATCH, favourites (Kimai's from
// 2.66, kept in the settings before), API passwords refused on 3.0 without being sent, the notice
// after a login with an API password, the rate-limit message on 2.54+ with nothing sent while it
// holds. What each version does is written out below, not read from the client's table.

#include "auth/memorycredentialstore.h"
#include "auth/profilestore.h"
#include "api/kimaiclient.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/favorites.h"
#include "session/i18nloader.h"
#include "session/logincontroller.h"
#include "session/pingloader.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "session/versionloader.h"
#include "support/demofixture.h"
#include "support/manualclock.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

struct Kimai
{
    const char *name;
    int versionId;
    bool tokens;          // API tokens exist (2.14+)
    bool passwords;       // API passwords exist (up to 2.x)
    bool throttled;       // API passwords slowed down and rate-limited (2.54+)
    bool i18n;            // /api/config/i18n
    bool favorites;       // Kimai keeps favourites (2.66+)
    bool breakField;      // `break` in every timesheet (2.45+)
    bool ratesForUser;    // rates sent to a user without the permission (up to 2.65)
};

constexpr Kimai kVersions[] = {
    {"1.17", 11700, false, true, false, true, false, false, true},
    {"2.0", 20035, false, true, false, false, false, false, true},
    {"2.28", 22800, true, true, false, false, false, false, true},
    {"2.45", 24500, true, true, false, false, false, true, true},
    {"2.58", 25800, true, true, true, false, false, true, true},
    {"2.66", 26600, true, true, true, false, true, true, false},
    {"3.0", 30000, true, false, false, false, true, true, false},
};

} // namespace

Q_DECLARE_METATYPE(const Kimai *)

class TestVersions : public QObject
{
    Q_OBJECT

    const Kimai *m_version = nullptr;
    std::unique_ptr<DemoFixture> f;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MemoryCredentialStore> store;
    std::unique_ptr<AppCore> core;

    bool start(const Clock *clock = nullptr)
    {
        QFETCH(const Kimai *, version);
        m_version = version;
        demo::DemoOptions options = DemoFixture::optionsFor(QString::fromLatin1(version->name));
        options.timesheetCount = 200;
        options.legacyDelayMinMs = 0;   // the slow-down has its own test (tst_demoversions)
        options.legacyDelayMaxMs = 0;
        options.clock = clock;   // the same time as the app (the rate limiter's minute)
        f = std::make_unique<DemoFixture>(options);
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("kimai-desk.conf")), QSettings::IniFormat);
        store = std::make_unique<MemoryCredentialStore>();
        store->setPersistent(true);
        core = std::make_unique<AppCore>(&f->nam, store.get(), settings.get(), clock);
        core->timer()->setRefreshIntervalSeconds(0);
        return f->started;
    }

    LoginController::Request request(const QString &secret, AuthMode mode = AuthMode::Auto) const
    {
        LoginController::Request r;
        r.server = f->server->url().toString();
        r.username = f->server->username();
        r.token = secret;
        r.authMode = mode;
        return r;
    }
    // The secret this version takes: the API token where there are tokens, else the API password.
    QString workingSecret() const { return m_version->tokens ? f->server->token() : f->server->legacyPassword(); }

    bool logIn(const LoginController::Request &r)
    {
        QSignalSpy loggedIn(core->login(), &LoginController::loggedIn);
        QSignalSpy failed(core->login(), &LoginController::failed);
        core->login()->login(r);
        return QTest::qWaitFor([&] { return !loggedIn.isEmpty() || !failed.isEmpty(); }, 15000) && !loggedIn.isEmpty();
    }
    bool logIn() { return logIn(request(workingSecret())); }

    ApiError failedLogin(const LoginController::Request &r)
    {
        QSignalSpy failed(core->login(), &LoginController::failed);
        core->login()->login(r);
        if (failed.isEmpty() && !failed.wait(15000))
            return {};
        return failed.first().first().value<ApiError>();
    }

    ServerProfile profile() const { return *core->profiles()->profile(core->profiles()->lastProfileId()); }

    // Requests that carried an API password (the ones Kimai's rate limiter counts).
    int legacyAttempts() const
    {
        const auto all = f->server->requests();
        return int(std::count_if(all.cbegin(), all.cend(), [](const demo::ReceivedRequest &r) { return !r.header("X-AUTH-TOKEN").isEmpty(); }));
    }

    int requestsTo(const QString &prefix) const
    {
        const auto all = f->server->requests();
        return int(std::count_if(all.cbegin(), all.cend(), [&prefix](const demo::ReceivedRequest &r) { return r.path.startsWith(prefix); }));
    }

    static void allVersions()
    {
        QTest::addColumn<const Kimai *>("version");
        for (const Kimai &v : kVersions)
            QTest::newRow(v.name) << &v;
    }
    template<typename Pred>
    static void versionsWhere(Pred pred)
    {
        QTest::addColumn<const Kimai *>("version");
        for (const Kimai &v : kVersions) {
            if (pred(v))
                QTest::newRow(v.name) << &v;
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        if (settings)
            settings->sync();
        if (settings && QFile::exists(settings->fileName())) {
            QFile file(settings->fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.contains(kToken));
            QVERIFY(!text.contains(kLegacyPassword));
        }
        core.reset();
        settings.reset();
        dir.reset();
        f.reset();
        store.reset();
    }

    // Automatic: the API token where Kimai has them (Bearer), the API password before 2.14 (after
    // one refused Bearer attempt on a server seen for the first time); the profile remembers both.
    void logsInWithTheRightAuth_data() { allVersions(); }
    void logsInWithTheRightAuth()
    {
        QVERIFY(start());
        QVERIFY(logIn());
        const Session *s = core->session();
        QCOMPARE(s->info().version.versionId, m_version->versionId);
        QCOMPARE(s->authScheme(), m_version->tokens ? AuthScheme::Bearer : AuthScheme::Legacy);
        QCOMPARE(s->capabilities().versionId(), m_version->versionId);
        QCOMPARE(profile().versionId, m_version->versionId);
        QCOMPARE(profile().authMode, m_version->tokens ? AuthMode::Bearer : AuthMode::Legacy);
        const QList<demo::ReceivedRequest> requests = f->server->requests();
        const demo::ReceivedRequest last = requests.last();
        QCOMPARE(!last.header("Authorization").isEmpty(), m_version->tokens);
        QCOMPARE(!last.header("X-AUTH-TOKEN").isEmpty(), !m_version->tokens);

        // The next login knows the version: before 2.14 no Bearer attempt is made at all.
        core->login()->logout();
        f->server->clearRequests();
        LoginController::Request again = request(QString());
        again.profileId = profile().id;
        again.authMode = AuthMode::Auto;
        QVERIFY(logIn(again));
        for (const demo::ReceivedRequest &r : f->server->requests())
            QCOMPARE(r.header("Authorization").isEmpty(), !m_version->tokens);
    }

    void everyTabLoads_data() { allVersions(); }
    void everyTabLoads()
    {
        QVERIFY(start());
        QVERIFY(logIn());
        QList<Loader *> loaders{core->ping(), core->version(), core->timesheets(), core->i18n(),
                                core->catalog()->customerLoader(), core->catalog()->projectLoader(),
                                core->catalog()->activityLoader()};
        for (Loader *l : loaders)
            l->refresh();
        for (Loader *l : loaders) {
            QTRY_VERIFY_WITH_TIMEOUT(l->state() != Loader::State::Loading, 15000);
            QVERIFY2(l->state() == Loader::State::Ready, qPrintable(QString::fromLatin1(l->metaObject()->className()) + QStringLiteral(": ") + l->error().message()));
        }
        QCOMPARE(core->version()->version().versionId, m_version->versionId);
        QCOMPARE(core->i18n()->notOffered(), !m_version->i18n);
        QVERIFY(core->catalog()->projects()->rowCount() > 0);
        QVERIFY(core->catalog()->activities()->rowCount() > 0);
        QCOMPARE(core->ping()->lastAnswer(), QStringLiteral("pong"));
    }

    // What the timesheets carry: `break` from 2.45, rates only with the permission from 2.66 (a plain
    // user gets none, and the list still reads).
    void timesheetFieldsFollowTheVersion_data() { allVersions(); }
    void timesheetFieldsFollowTheVersion()
    {
        QVERIFY(start());
        QVERIFY(logIn());
        TimesheetQuery q;
        q.size = 5;
        auto *reply = core->client()->timesheets(q);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        const QList<Timesheet> list = reply->result();
        delete reply;
        QCOMPARE(list.size(), 5);
        for (const Timesheet &t : list) {
            QCOMPARE(t.breakSeconds.has_value(), m_version->breakField);
            QCOMPARE(t.rate.has_value(), m_version->ratesForUser);
        }
    }

    // Stop and restart by PATCH on every version (the GET forms are gone from 2.58).
    void startStopRestartByPatch_data() { allVersions(); }
    void startStopRestartByPatch()
    {
        QVERIFY(start());
        QVERIFY(logIn());
        TimerController *timer = core->timer();
        QTRY_VERIFY(timer->activeKnown());
        QSignalSpy started(timer, &TimerController::started);
        TimerController::StartRequest r;
        r.project = 1;
        r.activity = 4;
        r.description = QStringLiteral("per version");
        timer->start(r);
        QVERIFY(started.wait(10000));
        const int id = started.first().first().value<Timesheet>().id;
        QCOMPARE(f->server->runningIds(), QList<int>{id});

        QSignalSpy stopped(timer, &TimerController::stopped);
        timer->stop(id);
        QVERIFY(stopped.wait(10000));
        QCOMPARE(f->server->runningCount(), 0);
        QCOMPARE(lastRequest(*f->server, QStringLiteral("/api/timesheets/%1/stop").arg(id)).method, QByteArray("PATCH"));

        started.clear();
        timer->restart(id);
        QVERIFY(started.wait(10000));
        QCOMPARE(lastRequest(*f->server, QStringLiteral("/api/timesheets/%1/restart").arg(id)).method, QByteArray("PATCH"));
        QCOMPARE(f->server->runningCount(), 1);
        QTRY_VERIFY(!timer->isBusy());
        timer->stopAll();
        QTRY_COMPARE(f->server->runningCount(), 0);
    }

    // Kimai's favourites from 2.66, the same feature kept in the settings before: add from an entry,
    // start one (a new timer for its project, activity and description), remove it.
    void favourites_data() { allVersions(); }
    void favourites()
    {
        QVERIFY(start());
        QVERIFY(logIn());
        Favorites *favorites = core->favorites();
        QTRY_VERIFY(favorites->isLoaded());
        QCOMPARE(favorites->onServer(), m_version->favorites);
        QVERIFY(favorites->items().isEmpty());

        const int entryId = f->server->timesheetIds().last();
        const demo::Timesheet entry = *f->server->timesheet(entryId);
        Timesheet t;
        t.id = entryId;
        t.projectId = entry.project;
        t.activityId = entry.activity;
        t.description = entry.description;
        favorites->add(t);
        QTRY_COMPARE(favorites->items().size(), 1);
        QCOMPARE(favorites->items().first().projectId, entry.project);
        QVERIFY(!favorites->items().first().title().isEmpty());
        QCOMPARE(f->server->favoriteIds(), m_version->favorites ? QList<int>{entryId} : QList<int>{});
        favorites->add(t);   // twice: no change
        if (m_version->favorites)
            QTRY_VERIFY(!favorites->isBusy());
        QCOMPARE(favorites->items().size(), 1);
        if (!m_version->favorites) {
            QCOMPARE(requestsTo(QStringLiteral("/api/favorites")), 0);
            settings->sync();
            QVERIFY(settings->childGroups().contains(QStringLiteral("favorites")));
        }

        QString error;
        QCOMPARE(favorites->find(QStringLiteral("1"), &error), std::optional<int>(0));
        QVERIFY(!favorites->find(QStringLiteral("7"), &error));
        QTRY_VERIFY(core->timer()->activeKnown());
        QTRY_VERIFY(!core->timer()->isBusy());
        QSignalSpy started(core->timer(), &TimerController::started);
        QVERIFY(favorites->start(0));
        QVERIFY(started.wait(10000));
        const Timesheet running = started.first().first().value<Timesheet>();
        QVERIFY(running.id != entryId);
        QCOMPARE(running.projectId, entry.project);
        QCOMPARE(running.activityId, entry.activity);
        QCOMPARE(running.description, entry.description);

        favorites->remove(0);
        QTRY_VERIFY(favorites->items().isEmpty());
        QVERIFY(f->server->favoriteIds().isEmpty());
    }

    // 3.0 has no API passwords: the login says so; once the version is known, none is ever sent.
    void apiPasswordRefusedOn3_data()
    {
        QTest::addColumn<const Kimai *>("version");
        QTest::newRow("3.0") << &kVersions[6];
    }
    void apiPasswordRefusedOn3()
    {
        QVERIFY(start());
        QCOMPARE(m_version->versionId, 30000);
        const ApiError first = failedLogin(request(f->server->legacyPassword(), AuthMode::Legacy));
        QCOMPARE(first.cause(), ApiError::Cause::LegacyRemoved);
        QVERIFY(first.message().contains(QStringLiteral("API token")));

        QVERIFY(logIn());   // with the token: now the profile knows it is 3.0
        const QString id = profile().id;
        core->login()->logout();
        f->server->clearRequests();
        LoginController::Request legacy = request(f->server->legacyPassword(), AuthMode::Legacy);
        legacy.profileId = id;
        const ApiError refused = failedLogin(legacy);
        QCOMPARE(refused.cause(), ApiError::Cause::LegacyRemoved);
        // Refused before the password was sent (a read of the ended session may still arrive).
        for (const demo::ReceivedRequest &r : f->server->requests())
            QVERIFY(r.header("X-AUTH-TOKEN").isEmpty() && r.header("X-AUTH-USER").isEmpty());
        // Auto with a wrong secret: the token is refused, and no API password is tried.
        LoginController::Request wrong = request(QStringLiteral("not-the-token"), AuthMode::Auto);
        wrong.profileId = id;
        QCOMPARE(failedLogin(wrong).cause(), ApiError::Cause::BearerRejected);
        for (const demo::ReceivedRequest &r : f->server->requests())
            QVERIFY(r.header("X-AUTH-TOKEN").isEmpty());
    }

    // A login with an API password where Kimai has tokens says that the method is deprecated (and
    // how to make a token); from 2.54 the login form offers the token method next time.
    void apiPasswordLoginSaysItIsDeprecated_data()
    {
        versionsWhere([](const Kimai &v) { return v.passwords; });
    }
    void apiPasswordLoginSaysItIsDeprecated()
    {
        QVERIFY(start());
        QSignalSpy notice(core->login(), &LoginController::notice);
        QVERIFY(logIn(request(f->server->legacyPassword(), AuthMode::Auto)));
        QCOMPARE(core->session()->authScheme(), AuthScheme::Legacy);
        QStringList notices;
        for (const auto &args : std::as_const(notice))
            notices.append(args.first().toString());
        const bool deprecated = std::any_of(notices.cbegin(), notices.cend(), [](const QString &n) {
            return n.contains(QStringLiteral("deprecated")) && n.contains(QStringLiteral("API token"));
        });
        QCOMPARE(deprecated, m_version->tokens);
        QCOMPARE(profile().suggestBearer, m_version->throttled);
        // A login with the token clears the suggestion.
        if (m_version->tokens) {
            core->login()->logout();
            LoginController::Request bearer = request(f->server->token(), AuthMode::Bearer);
            bearer.profileId = profile().id;
            QVERIFY(logIn(bearer));
            QVERIFY(!profile().suggestBearer);
        }
    }

    // 2.54+: five failed API-password logins within a minute, then Kimai answers 400: one clear
    // message, and nothing more is sent to that server for a minute (a token login still goes).
    // Each failed login costs one attempt (the version call goes alone first).
    void rateLimitedApiPasswords_data()
    {
        versionsWhere([](const Kimai &v) { return v.passwords && v.versionId >= 24500; });
    }
    void rateLimitedApiPasswords()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QVERIFY(start(&clock));
        const LoginController::Request wrong = request(QStringLiteral("wrong-password"), AuthMode::Legacy);
        for (int i = 1; i <= 5; ++i) {
            f->server->clearRequests();
            QCOMPARE(failedLogin(wrong).cause(), ApiError::Cause::LegacyRejected);
            QCOMPARE(legacyAttempts(), 1);
        }
        const ApiError sixth = failedLogin(wrong);
        if (!m_version->throttled) {
            QCOMPARE(sixth.cause(), ApiError::Cause::LegacyRejected);
            return;
        }
        QCOMPARE(sixth.cause(), ApiError::Cause::RateLimited);
        QVERIFY2(sixth.message().contains(QStringLiteral("too many attempts")), qPrintable(sixth.message()));

        f->server->clearRequests();
        const ApiError held = failedLogin(wrong);
        QCOMPARE(held.cause(), ApiError::Cause::RateLimited);
        QVERIFY(held.message().contains(QStringLiteral("60")));
        QVERIFY(f->server->requests().isEmpty());   // refused here, nothing sent
        QVERIFY(logIn(request(f->server->token(), AuthMode::Bearer)));   // tokens are not limited
        core->login()->logout();

        clock.advanceSeconds(61);
        f->server->clearRequests();
        QCOMPARE(failedLogin(wrong).cause(), ApiError::Cause::LegacyRejected);   // Kimai's window is over too
        QCOMPARE(legacyAttempts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
