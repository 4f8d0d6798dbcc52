// What each Kimai version offers the client (core/capabilities), and the requests that depend on it,
// over real HTTP to the demo server as that version: `modified_after` in UTC from 2.45, a 403 on a
// filter explained from 2.53, /config/colors and /tags/find read as "not offered" on old servers
// (and not asked where the version says so), Auto never falling back to API passwords on 3.0, Auto
// going straight to the API password where Kimai has no tokens, and the 400 of a rate-limited API
// password. The expected values are written out here from Kimai's history, not from the table.

#include "core/capabilities.h"
#include "core/kimaidatetime.h"
#include "support/demofixture.h"

#include <QTest>

using namespace kd;
using namespace kd::test;

namespace {

struct Row
{
    const char *name;
    int versionId;
    bool bearer, legacy, deprecated, throttled, i18n, colors, utc, denied403, getStop, favorites, optionalRates;
};

constexpr Row kRows[] = {
    //       id     bearer legacy depr   thr    i18n   colors utc    403    GET    fav    rates
    {"1.17", 11700, false, true,  false, false, true,  false, false, false, false, false, false},
    {"2.0",  20035, false, true,  false, false, false, false, false, false, true,  false, false},
    {"2.14", 21400, true,  true,  true,  false, false, false, false, false, true,  false, false},
    {"2.28", 22800, true,  true,  true,  false, false, true,  false, false, true,  false, false},
    {"2.45", 24500, true,  true,  true,  false, false, true,  true,  false, true,  false, false},
    {"2.54", 25400, true,  true,  true,  true,  false, true,  true,  true,  true,  false, false},
    {"2.58", 25800, true,  true,  true,  true,  false, true,  true,  true,  false, false, false},
    {"2.66", 26600, true,  true,  true,  true,  false, true,  true,  true,  false, true,  true},
    {"3.0",  30000, true,  false, false, false, false, true,  true,  true,  false, true,  true},
};

QString queryValue(const QString &query, const QString &key)
{
    for (const QString &item : query.split(QLatin1Char('&'))) {
        if (item.startsWith(key + QLatin1Char('=')))
            return item.mid(key.size() + 1);
    }
    return {};
}

bool anyLegacyHeader(const demo::DemoServer &server)
{
    const auto requests = server.requests();
    return std::any_of(requests.cbegin(), requests.cend(),
                       [](const demo::ReceivedRequest &r) { return !r.header("X-AUTH-TOKEN").isEmpty(); });
}

} // namespace

Q_DECLARE_METATYPE(const Row *)

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<const Row *>("row");
        for (const Row &r : kRows)
            QTest::newRow(r.name) << &r;
    }
    void table()
    {
        QFETCH(const Row *, row);
        const Capabilities c = Capabilities::forVersion(row->versionId);
        QVERIFY(c.isKnown());
        QCOMPARE(c.versionId(), row->versionId);
        QCOMPARE(c.has(Capability::BearerAuth), row->bearer);
        QCOMPARE(c.has(Capability::LegacyAuth), row->legacy);
        QCOMPARE(c.has(Capability::LegacyDeprecated), row->deprecated);
        QCOMPARE(c.has(Capability::LegacyThrottled), row->throttled);
        QCOMPARE(c.has(Capability::I18nConfig), row->i18n);
        QCOMPARE(c.has(Capability::PaginationHeaders), row->versionId >= 20000);
        QCOMPARE(c.has(Capability::Colors), row->colors);
        QCOMPARE(c.has(Capability::TagSearch), row->colors);
        QCOMPARE(c.has(Capability::ModifiedAfterUtc), row->utc);
        QCOMPARE(c.has(Capability::FilterDeniedIs403), row->denied403);
        QCOMPARE(c.has(Capability::GetStopRestart), row->getStop);
        QCOMPARE(c.has(Capability::Favorites), row->favorites);
        QCOMPARE(c.has(Capability::OptionalRates), row->optionalRates);
    }

    void unknownAndDropped()
    {
        const Capabilities unknown;
        QVERIFY(!unknown.isKnown());
        QVERIFY(unknown.has(Capability::BearerAuth));   // either way of logging in may work
        QVERIFY(unknown.has(Capability::LegacyAuth));
        QVERIFY(!unknown.has(Capability::Favorites));
        QCOMPARE(Capabilities::forVersion(0), unknown);
        Capabilities c = Capabilities::forVersion(22800);
        c.drop(Capability::Colors);
        QVERIFY(!c.has(Capability::Colors));
        QVERIFY(c.has(Capability::TagSearch));
        QCOMPARE(Capabilities::versionName(25400), QStringLiteral("2.54"));
        QCOMPARE(Capabilities::versionName(20035), QStringLiteral("2.0"));
    }

    // `modified_after` is read as UTC from 2.45 and in the user's zone before: the client sends the
    // same moment both ways, and a record made now is found by "changed a minute ago" on both.
    void modifiedAfterZone_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("utc");
        QTest::newRow("2.28") << QStringLiteral("2.28") << false;
        QTest::newRow("2.45") << QStringLiteral("2.45") << true;
        QTest::newRow("3.0") << QStringLiteral("3.0") << true;
    }
    void modifiedAfterZone()
    {
        QFETCH(QString, version);
        QFETCH(bool, utc);
        demo::DemoOptions options = DemoFixture::optionsFor(version);
        options.timezone = QStringLiteral("Asia/Tokyo");
        options.timesheetCount = 50;
        DemoFixture f(options);
        QVERIFY(f.started);
        const QTimeZone tokyo = KimaiDateTime::zoneFromId(QStringLiteral("Asia/Tokyo"));
        f.client->setUserTimeZone(tokyo);
        f.client->setCapabilities(Capabilities::forVersion(f.server->profile()->versionId));
        TimesheetForm form;
        form.project = 1;
        form.activity = 4;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        form.begin = now.addSecs(-3600);
        form.end = now.addSecs(-1800);
        auto *created = f.client->createTimesheet(form);
        QVERIFY(waitFor(created));
        QVERIFY2(created->ok(), qPrintable(created->error().message()));
        const int id = created->result().id;
        delete created;

        TimesheetQuery q;
        q.size = 500;
        q.modifiedAfter = now.addSecs(-60);
        auto *found = f.client->timesheets(q);
        QVERIFY(waitFor(found));
        QVERIFY(found->ok());
        const QList<Timesheet> list = found->result();
        delete found;
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [id](const Timesheet &t) { return t.id == id; }));
        const QString sent = queryValue(lastRequest(*f.server, QStringLiteral("/api/timesheets")).query, QStringLiteral("modified_after"));
        QCOMPARE(sent, KimaiDateTime::toRequest(now.addSecs(-60), utc ? QTimeZone::utc() : tokyo));
    }

    // 2.53+: a filter id the user may not see is 403; the client says which filter.
    void forbiddenFilterExplained()
    {
        DemoFixture f(DemoFixture::optionsFor(QStringLiteral("2.58")));
        QVERIFY(f.started);
        TimesheetQuery q;
        q.projects = {14};   // "Autumn campaign pitch": a team project the plain user is not in
        auto *r = f.client->timesheets(q);
        QVERIFY(waitFor(r));
        QCOMPARE(r->error().cause(), ApiError::Cause::FilterDenied);
        QCOMPARE(r->error().kind(), ApiError::Kind::Forbidden);
        QVERIFY2(r->error().message().contains(QStringLiteral("may not see that project")), qPrintable(r->error().message()));
        delete r;
        // Without a filter, a 403 stays the general "not allowed".
        f.server->addFault({"GET", QStringLiteral("^/api/timesheets$"), demo::Fault::Action::Status, 0, 403,
                            R"({"code":403,"message":"Forbidden"})"});
        auto *plain = f.client->timesheets();
        QVERIFY(waitFor(plain));
        QCOMPARE(plain->error().cause(), ApiError::Cause::AccessDenied);
        delete plain;
    }

    // Before 2.18 there is no /config/colors (404) and GET /tags/find is 405: "not offered", no error.
    // Unknown version: asked and read so; known version without it: not asked at all; a version that
    // should have it but answers 404: asked once, then dropped.
    void notOfferedOnOldServers()
    {
        DemoFixture f(DemoFixture::optionsFor(QStringLiteral("2.0")));
        QVERIFY(f.started);
        auto *colors = f.client->colors();
        QVERIFY(waitFor(colors));
        QVERIFY2(colors->ok(), qPrintable(colors->error().message()));
        QVERIFY(colors->notOffered());
        delete colors;
        auto *find = f.client->findTags(QStringLiteral("re"));
        QVERIFY(waitFor(find));
        QVERIFY2(find->ok(), qPrintable(find->error().message()));
        QVERIFY(find->notOffered());
        QCOMPARE(lastRequest(*f.server, QStringLiteral("/api/tags/find")).method, QByteArray("GET"));
        delete find;

        f.server->clearRequests();
        f.client->setCapabilities(Capabilities::forVersion(20035));
        auto *skipped = f.client->colors();
        QVERIFY(waitFor(skipped));
        QVERIFY(skipped->ok() && skipped->notOffered());
        delete skipped;
        QVERIFY(f.server->requests().isEmpty());

        f.client->setCapabilities(Capabilities::forVersion(22800));   // claims colors, the server has none
        QSignalSpy changed(f.client.get(), &KimaiClient::capabilitiesChanged);
        auto *asked = f.client->colors();
        QVERIFY(waitFor(asked));
        QVERIFY(asked->ok() && asked->notOffered());
        delete asked;
        QCOMPARE(f.server->requests().size(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!f.client->capabilities().has(Capability::Colors));
        auto *again = f.client->colors();
        QVERIFY(waitFor(again));
        QVERIFY(again->notOffered());
        delete again;
        QCOMPARE(f.server->requests().size(), 1);
    }

    // Auto mode: Bearer first and the API password as the fallback, except where the version is known:
    // on 3.0 no X-AUTH header is ever sent; before 2.14 the API password goes first.
    void autoFallbackFollowsTheVersion()
    {
        {
            DemoFixture f(DemoFixture::optionsFor(QStringLiteral("3.0")));
            QVERIFY(f.started);
            f.useAuto(QStringLiteral("not-the-token"));
            f.client->setCapabilities(Capabilities::forVersion(30000));
            auto *v = f.client->version();
            QVERIFY(waitFor(v));
            QCOMPARE(v->error().cause(), ApiError::Cause::BearerRejected);
            delete v;
            QCOMPARE(f.server->requests().size(), 1);
            QVERIFY(!anyLegacyHeader(*f.server));
        }
        {
            DemoFixture f(DemoFixture::optionsFor(QStringLiteral("2.28")));
            QVERIFY(f.started);
            f.useAuto(QString::fromLatin1(kLegacyPassword));   // unknown version: the fallback works
            auto *v = f.client->version();
            QVERIFY(waitFor(v));
            QVERIFY(v->ok());
            delete v;
            QCOMPARE(f.server->requests().size(), 2);
            QCOMPARE(f.client->resolvedScheme(), AuthScheme::Legacy);
        }
        {
            DemoFixture f(DemoFixture::optionsFor(QStringLiteral("2.0")));
            QVERIFY(f.started);
            f.useAuto(QString::fromLatin1(kLegacyPassword));
            f.client->setCapabilities(Capabilities::forVersion(20035));
            auto *v = f.client->version();
            QVERIFY(waitFor(v));
            QVERIFY(v->ok());
            delete v;
            QCOMPARE(f.server->requests().size(), 1);   // no Bearer attempt first
            QVERIFY(f.server->requests().first().header("Authorization").isEmpty());
        }
    }

    // An API password on 3.0 (ignored: the request is anonymous) and a rate-limited one on 2.54+.
    void legacyAnswersExplained()
    {
        {
            DemoFixture f(DemoFixture::optionsFor(QStringLiteral("3.0")));
            QVERIFY(f.started);
            f.useLegacy();
            auto *v = f.client->version();
            QVERIFY(waitFor(v));
            QCOMPARE(v->error().cause(), ApiError::Cause::LegacyRemoved);
            QVERIFY(v->error().message().contains(QStringLiteral("API token")));
            delete v;
        }
        demo::DemoOptions options = DemoFixture::optionsFor(QStringLiteral("2.58"));
        options.legacyDelayMinMs = 0;
        options.legacyDelayMaxMs = 0;
        DemoFixture f(options);
        QVERIFY(f.started);
        f.client->setCredentials(f.server->username(), QStringLiteral("wrong"), AuthMode::Legacy);
        for (int i = 0; i < 5; ++i) {
            auto *v = f.client->version();
            QVERIFY(waitFor(v));
            QCOMPARE(v->error().cause(), ApiError::Cause::LegacyRejected);
            delete v;
        }
        auto *limited = f.client->version();
        QVERIFY(waitFor(limited));
        QCOMPARE(limited->error().cause(), ApiError::Cause::RateLimited);
        QCOMPARE(limited->error().httpStatus(), 400);
        QVERIFY(limited->error().message().contains(QStringLiteral("five a minute")));
        delete limited;
        // A 400 to an API password on a server that does not rate-limit them is Kimai's own "Bad Request".
        f.client->setCapabilities(Capabilities::forVersion(24500));
        auto *old = f.client->version();
        QVERIFY(waitFor(old));
        QCOMPARE(old->error().cause(), ApiError::Cause::BadRequest);
        delete old;
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
