#include "contractpass.h"

#include "core/kimaidatetime.h"
#include "support/demofixture.h"

#include <utility>

namespace kd::contract {

namespace {

constexpr int kReplyTimeoutMs = 30'000;

QDateTime minutesAgo(int minutes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc()).addSecs(-60LL * minutes);
}

} // namespace

QStringList Pass::drivenMethods()
{
    return {
        QStringLiteral("ping"), QStringLiteral("version"), QStringLiteral("me"), QStringLiteral("timesheetConfig"),
        QStringLiteral("i18nConfig"), QStringLiteral("colors"), QStringLiteral("customers"), QStringLiteral("customer"),
        QStringLiteral("projects"), QStringLiteral("project"), QStringLiteral("activities"), QStringLiteral("activity"),
        QStringLiteral("tags"), QStringLiteral("findTags"), QStringLiteral("createTag"), QStringLiteral("timesheets"), QStringLiteral("timesheet"),
        QStringLiteral("activeTimesheets"), QStringLiteral("recentTimesheets"), QStringLiteral("createTimesheet"),
        QStringLiteral("updateTimesheet"), QStringLiteral("stopTimesheet"), QStringLiteral("restartTimesheet"),
        QStringLiteral("deleteTimesheet"), QStringLiteral("favorites"), QStringLiteral("addFavorite"),
        QStringLiteral("removeFavorite"), QStringLiteral("send"),
    };
}

Pass::Pass(Mode mode, KimaiClient *client, const DocumentIndex *index, bool colorsAndTagSearch)
    : m_mode(mode)
    , m_client(client)
    , m_index(index)
    , m_colorsAndTagSearch(colorsAndTagSearch)
{
}

Pass::~Pass()
{
    qDeleteAll(m_replies);
}

template<typename R>
R *Pass::check(const QString &label, R *reply, Expect expect, bool clientNotOffered)
{
    m_replies.append(reply);
    if (!test::waitFor(reply, kReplyTimeoutMs)) {
        m_failures.append(label + QStringLiteral(": no answer within 30 s"));
        return reply;
    }
    ++m_checked;
    const Exchange &ex = reply->exchange();
    QStringList problems = verdict(ex, expect);
    const QStringList unknown = m_index->undeclaredQueryParameters(ex);
    if (!unknown.isEmpty())
        problems.append(QStringLiteral("query parameters the document does not declare: ") + unknown.join(QStringLiteral(", ")));
    if (problems.isEmpty() && expect == Expect::NotInDocument && clientNotOffered && !reply->notOffered())
        problems.append(QStringLiteral("the client did not take the 404 as \"not offered\""));
    if (problems.isEmpty() && expect == Expect::Answer && proxy() && !reply->ok())
        problems.append(QStringLiteral("the client could not use the demo's answer: ") + reply->error().detail());
    m_lines.append(QStringLiteral("%1 %2: %3").arg(problems.isEmpty() ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), label,
                                                   describe(ex)));
    if (!problems.isEmpty())
        m_failures.append(label + QStringLiteral(": ") + describe(ex) + QStringLiteral("\n      ")
                          + problems.join(QStringLiteral("\n      ")));
    return reply;
}

void Pass::run()
{
    KimaiClient *c = m_client;
    check(QStringLiteral("ping"), c->ping());
    check(QStringLiteral("version"), c->version());
    auto *me = check(QStringLiteral("users/me"), c->me());
    if (proxy() && me->ok())
        c->setUserTimeZone(KimaiDateTime::zoneFromId(me->result().timezone));
    check(QStringLiteral("config/timesheet"), c->timesheetConfig());
    // Not in Kimai 2.x, and not in its document: Prism answers 404 itself, as Kimai 2.x does.
    check(QStringLiteral("config/i18n"), c->i18nConfig(), Expect::NotInDocument);
    // Kimai before 2.18 has neither: the client's error on that 404 is its own business here.
    const Expect newer = m_colorsAndTagSearch ? Expect::Answer : Expect::NotInDocument;
    check(QStringLiteral("config/colors"), c->colors(), newer, false);
    catalogRequests();
    timesheetReads();
    timesheetWrites();
    // Kimai's favourites came with 2.66: in none of the bundled documents (tst_versions drives them
    // against the demo server as 2.66 and as older versions).
    check(QStringLiteral("favorites/timesheets"), c->favorites(), Expect::NotInDocument, false);
    check(QStringLiteral("POST favorites/timesheets/{id}"), c->addFavorite(1), Expect::NotInDocument, false);
    check(QStringLiteral("DELETE favorites/timesheets/{id}"), c->removeFavorite(1), Expect::NotInDocument, false);
}

void Pass::catalogRequests()
{
    KimaiClient *c = m_client;
    Ids &ids = m_ids;
    auto *customers = check(QStringLiteral("customers"), c->customers());
    if (proxy() && customers->ok() && customers->result().size() >= 2)
        ids.customers = {customers->result().at(0).id, customers->result().at(1).id};
    CustomerQuery cq;
    cq.visible = Visibility::Both;
    cq.term = QStringLiteral("a b+c%&=");
    cq.orderBy = QStringLiteral("name");
    cq.descending = true;
    check(QStringLiteral("customers visible term orderBy order"), c->customers(cq));
    check(QStringLiteral("customers/{id}"), c->customer(ids.customers.first()));

    check(QStringLiteral("projects"), c->projects());
    ProjectQuery pq;
    pq.customers = {ids.customers.first()};
    pq.ignoreDates = true;
    auto *projects = check(QStringLiteral("projects customer ignoreDates"), c->projects(pq));
    if (proxy() && projects->ok() && projects->result().size() >= 2)
        ids.projects = {projects->result().at(0).id, projects->result().at(1).id};
    ProjectQuery pq2;
    pq2.customers = ids.customers;
    pq2.visible = Visibility::Hidden;
    pq2.start = QDate::currentDate().addDays(-30);
    pq2.end = QDate::currentDate();
    pq2.globalActivities = false;
    pq2.term = QStringLiteral("e");
    pq2.orderBy = QStringLiteral("customer");
    pq2.descending = true;
    check(QStringLiteral("projects customers[] visible start end globalActivities term orderBy order"), c->projects(pq2));
    check(QStringLiteral("project/{id}"), c->project(ids.projects.first()));

    check(QStringLiteral("activities"), c->activities());
    ActivityQuery aq;
    aq.projects = {ids.projects.first()};
    aq.orderBy = QStringLiteral("project");
    auto *activities = check(QStringLiteral("activities project orderBy"), c->activities(aq));
    if (proxy() && activities->ok() && activities->result().size() >= 2)
        ids.activities = {activities->result().at(0).id, activities->result().at(1).id};
    ActivityQuery aq2;
    aq2.projects = ids.projects;
    aq2.visible = Visibility::Both;
    aq2.orderBy = QStringLiteral("name");
    aq2.descending = true;
    check(QStringLiteral("activities projects[] visible orderBy order"), c->activities(aq2));
    ActivityQuery aq3;
    aq3.globalsOnly = true;
    aq3.term = QStringLiteral("a b+c%");
    check(QStringLiteral("activities globals term"), c->activities(aq3));
    check(QStringLiteral("activities/{id}"), c->activity(ids.activities.first()));

    auto *tags = check(QStringLiteral("tags"), c->tags());
    if (proxy() && tags->ok() && tags->result().size() >= 2)
        ids.tags = tags->result().mid(0, 2);
    check(QStringLiteral("tags name"), c->tags(ids.tags.first().left(2)));
    check(QStringLiteral("tags/find name"), c->findTags(ids.tags.first().left(2)),
          m_colorsAndTagSearch ? Expect::Answer : Expect::NotInDocument, false);
    // A name no pass used before (the proxy passes share nothing, but a repeat would be refused).
    check(QStringLiteral("POST tags"), c->createTag(QStringLiteral("contract-%1").arg(QDateTime::currentMSecsSinceEpoch())));
}

void Pass::timesheetReads()
{
    KimaiClient *c = m_client;
    const Ids &ids = m_ids;
    check(QStringLiteral("timesheets"), c->timesheets());
    TimesheetQuery paged;
    paged.page = 2;
    paged.size = 5;
    paged.orderBy = QStringLiteral("begin");
    paged.descending = true;
    check(QStringLiteral("timesheets page size orderBy order"), c->timesheets(paged));
    TimesheetQuery single;
    single.begin = minutesAgo(60 * 24 * 60);
    single.end = minutesAgo(0);
    single.customers = {ids.customers.first()};
    single.projects = {ids.projects.first()};
    single.activities = {ids.activities.first()};
    single.tags = {ids.tags.first()};
    single.active = false;
    single.exported = false;
    single.billable = true;
    single.orderBy = QStringLiteral("id");
    single.descending = false;
    single.term = QStringLiteral("e");
    single.size = 100;
    check(QStringLiteral("timesheets begin end customer project activity tags[] active exported billable orderBy order term"),
          c->timesheets(single));
    TimesheetQuery many;
    many.customers = ids.customers;
    many.projects = ids.projects;
    many.activities = ids.activities;
    many.tags = ids.tags;
    many.active = true;
    many.exported = true;
    many.billable = false;
    many.full = true;
    many.orderBy = QStringLiteral("rate");
    check(QStringLiteral("timesheets customers[] projects[] activities[] tags[] active exported billable full orderBy"),
          c->timesheets(many));
    TimesheetQuery full;
    full.full = true;
    full.size = 10;
    full.orderBy = QStringLiteral("end");
    check(QStringLiteral("timesheets full size orderBy"), c->timesheets(full));
    check(QStringLiteral("timesheets/active"), c->activeTimesheets());
    check(QStringLiteral("timesheets/recent"), c->recentTimesheets());
    check(QStringLiteral("timesheets/recent size begin"), c->recentTimesheets(5, minutesAgo(60 * 24 * 90)));
    // The API console's free-form request (send), as a person types it.
    QueryItems console;
    console.add(QStringLiteral("size"), QStringLiteral("5"));
    console.add(QStringLiteral("order"), QStringLiteral("ASC"));
    check(QStringLiteral("send GET timesheets size order"), c->send("GET", QStringLiteral("timesheets"), console, {}));
}

void Pass::timesheetWrites()
{
    KimaiClient *c = m_client;
    const Ids &ids = m_ids;
    QList<int> created;
    const auto idOf = [this, &created](TypedReply<Timesheet> *reply) {
        const int id = proxy() && reply->ok() ? reply->result().id : 1;
        if (proxy() && reply->ok())
            created.append(id);
        return id;
    };

    TimesheetForm finished;
    finished.project = ids.projects.first();
    finished.activity = ids.activities.first();
    finished.begin = minutesAgo(180);
    finished.end = minutesAgo(120);
    finished.description = QStringLiteral("Contract test ✓ \"quoted\"");
    finished.tags = ids.tags;
    const int first = idOf(check(QStringLiteral("POST timesheets with begin end"), c->createTimesheet(finished)));
    check(QStringLiteral("timesheets/{id}"), c->timesheet(first));

    TimesheetForm running;
    running.project = ids.projects.first();
    running.activity = ids.activities.first();
    running.description = QStringLiteral("running");
    const int timer = idOf(check(QStringLiteral("POST timesheets without begin end"), c->createTimesheet(running)));
    check(QStringLiteral("timesheets/active (one running)"), c->activeTimesheets());

    finished.begin = minutesAgo(300);
    finished.end = minutesAgo(240);
    const int expanded = idOf(check(QStringLiteral("POST timesheets full"), c->createTimesheet(finished, true)));

    TimesheetForm partial;
    partial.description = QStringLiteral("edited");
    partial.tags = QStringList{};
    check(QStringLiteral("PATCH timesheets/{id} description tags"), c->updateTimesheet(first, partial));
    TimesheetForm whole;
    whole.project = ids.projects.first();
    whole.activity = ids.activities.first();
    whole.begin = minutesAgo(400);
    whole.end = minutesAgo(370);
    whole.billable = false;
    whole.exported = false;
    check(QStringLiteral("PATCH timesheets/{id} project activity begin end billable exported"),
          c->updateTimesheet(expanded, whole));
    check(QStringLiteral("send PATCH timesheets/{id} description"),
          c->send("PATCH", QStringLiteral("timesheets/%1").arg(first), {}, R"({"description":"from the console"})"));

    check(QStringLiteral("PATCH timesheets/{id}/stop"), c->stopTimesheet(timer));
    idOf(check(QStringLiteral("PATCH timesheets/{id}/restart"), c->restartTimesheet(timer)));
    idOf(check(QStringLiteral("PATCH timesheets/{id}/restart copy"), c->restartTimesheet(timer, true)));
    idOf(check(QStringLiteral("PATCH timesheets/{id}/restart begin"), c->restartTimesheet(timer, false, minutesAgo(20))));
    const int last = idOf(check(QStringLiteral("PATCH timesheets/{id}/restart copy begin"),
                                c->restartTimesheet(timer, true, minutesAgo(10))));
    check(QStringLiteral("PATCH timesheets/{id}/stop (restarted)"), c->stopTimesheet(last));

    if (!proxy())
        created = {first};
    for (int id : std::as_const(created))
        check(QStringLiteral("DELETE timesheets/{id}"), c->deleteTimesheet(id));
}

} // namespace kd::contract
