// The deterministic sample data of the demo server: a small web agency, its customers, projects,
// activities, tags, and a year-ish of timesheets for the demo user.

#include "demo/demodata.h"
#include "demo/demoserver.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

constexpr int kMaxPerDay = 24;          // records per day at most (slots of 30 minutes)
constexpr int kDayStartMin = 7 * 60 + 30;
constexpr int kDayEndMin = 19 * 60 + 30;

Customer makeCustomer(int id, const QString &name, const QString &number, const QString &country,
                      const QString &currency, const QString &timezone)
{
    Customer c;
    c.id = id;
    c.name = name;
    c.number = number;
    c.country = country;
    c.currency = currency;
    c.timezone = timezone;
    return c;
}

Project makeProject(int id, int customer, const QString &name, const QString &number)
{
    Project p;
    p.id = id;
    p.customer = customer;
    p.name = name;
    p.number = number;
    return p;
}

Activity makeActivity(int id, int project, const QString &name, const QString &comment = QString())
{
    Activity a;
    a.id = id;
    a.project = project;
    a.name = name;
    a.comment = comment;
    return a;
}

void addCustomers(Store &s)
{
    Customer acme = makeCustomer(1, u"Acme Logistics"_s, u"C-1001"_s, u"DE"_s, u"EUR"_s, u"Europe/Berlin"_s);
    acme.comment = u"Key account since 2019"_s;
    acme.company = u"Acme Logistics GmbH"_s;
    acme.vatId = u"DE811907980"_s;
    acme.contact = u"Petra Hoffmann"_s;
    acme.address = u"Hafenstra\u00dfe 12\n20457 Hamburg"_s;
    acme.phone = u"+49 40 5550123"_s;
    acme.email = u"office@acme-logistics.example"_s;
    acme.homepage = u"https://acme-logistics.example"_s;
    acme.color = u"#1e88e5"_s;
    acme.budget = 60000.0;
    acme.timeBudget = 800 * 3600;
    acme.budgetType = u"month"_s;
    s.customers.append(acme);

    Customer bakery = makeCustomer(2, u"Blue Harbor Bakery"_s, u"C-1002"_s, u"GB"_s, u"GBP"_s, u"Europe/London"_s);
    bakery.company = u"Blue Harbor Bakery Ltd"_s;
    bakery.email = u"hello@blueharbor.example"_s;
    s.customers.append(bakery);

    Customer northwind = makeCustomer(3, u"Northwind Outdoor"_s, u"C-1003"_s, u"US"_s, u"USD"_s, u"America/New_York"_s);
    northwind.comment = u"Outdoor gear retailer, three brands"_s;
    northwind.contact = u"Jamie Ortega"_s;
    northwind.phone = u"+1 212 555 0147"_s;
    northwind.homepage = u"https://northwind-outdoor.example"_s;
    northwind.color = u"#2e7d32"_s;
    s.customers.append(northwind);

    Customer kranich = makeCustomer(4, u"Studio Kranich"_s, u"C-1004"_s, u"AT"_s, u"EUR"_s, u"Europe/Vienna"_s);
    kranich.color = u"#8e24aa"_s;
    kranich.mobile = u"+43 660 5550199"_s;
    s.customers.append(kranich);

    Customer internal = makeCustomer(5, u"Pixel & Pine (internal)"_s, QString(), u"DE"_s, u"EUR"_s, u"Europe/Berlin"_s);
    internal.comment = u"Our own time: admin, training, research"_s;
    internal.billable = false;
    internal.color = u"#607d8b"_s;
    s.customers.append(internal);

    Customer brewery = makeCustomer(6, u"Old Mill Brewery"_s, u"C-0907"_s, u"GB"_s, u"GBP"_s, u"Europe/London"_s);
    brewery.comment = u"Contract ended"_s;
    brewery.visible = false;
    s.customers.append(brewery);
}

void addProjects(Store &s, const QDate &today)
{
    const int lastYear = today.year() - 1;

    Project relaunch = makeProject(1, 1, u"Website relaunch"_s, u"P-2101"_s);
    relaunch.orderNumber = u"PO-88213"_s;
    relaunch.orderDate = today.addDays(-420);
    relaunch.start = today.addDays(-400);
    relaunch.comment = u"New CMS, new design, content migration"_s;
    relaunch.color = u"#1565c0"_s;
    relaunch.budget = 24000.0;
    relaunch.timeBudget = 320 * 3600;
    s.projects.append(relaunch);

    Project fleet = makeProject(2, 1, u"Fleet tracking dashboard"_s, u"P-2102"_s);
    fleet.start = today.addDays(-900);
    fleet.end = today.addDays(120);
    s.projects.append(fleet);

    Project shop = makeProject(3, 2, u"Online shop"_s, u"P-2201"_s);
    shop.comment = u"Click & collect for three branches"_s;
    s.projects.append(shop);

    Project newsletter = makeProject(4, 2, u"Newsletter templates"_s, QString());
    newsletter.color = u"#fb8c00"_s;
    s.projects.append(newsletter);

    Project trail = makeProject(5, 3, u"Trail app"_s, u"P-2301"_s);
    trail.start = today.addDays(-700);
    trail.color = u"#43a047"_s;
    trail.comment = u"iOS and Android"_s;
    s.projects.append(trail);

    Project brand = makeProject(6, 3, u"Brand refresh"_s, u"P-2302"_s);
    brand.start = today.addDays(30);     // not started yet: hidden by the default date filter
    brand.comment = u"Kick-off next month"_s;
    s.projects.append(brand);

    Project report = makeProject(7, 3, u"Annual report %1"_s.arg(lastYear), u"P-2303"_s);
    report.start = QDate(lastYear, 1, 10);
    report.end = QDate(lastYear, 12, 12); // ended last year: hidden by the default date filter
    report.orderNumber = u"NW-%1-014"_s.arg(lastYear);
    report.orderDate = QDate(lastYear, 1, 3);
    s.projects.append(report);

    Project portfolio = makeProject(8, 4, u"Portfolio site"_s, u"P-2401"_s);
    s.projects.append(portfolio);

    Project retainer = makeProject(9, 4, u"Maintenance retainer"_s, u"P-2402"_s);
    retainer.globalActivities = false;
    retainer.comment = u"Monthly retainer; own activities only"_s;
    s.projects.append(retainer);

    Project admin = makeProject(10, 5, u"Administration"_s, QString());
    admin.billable = false;
    s.projects.append(admin);

    Project training = makeProject(11, 5, u"Training & research"_s, QString());
    training.billable = false;
    s.projects.append(training);

    Project intranet = makeProject(12, 1, u"Legacy intranet"_s, u"P-1907"_s);
    intranet.visible = false;
    intranet.comment = u"Switched off"_s;
    s.projects.append(intranet);

    Project labels = makeProject(13, 6, u"Beer labels"_s, u"P-0907"_s); // its customer is hidden
    s.projects.append(labels);

    Project pitch = makeProject(14, 3, u"Autumn campaign pitch"_s, u"P-2304"_s);
    pitch.comment = u"Design team only"_s;
    pitch.team = 1;                       // a plain demo user may not see it (403 as a filter on 2.53+)
    s.projects.append(pitch);
}

void addActivities(Store &s)
{
    const QStringList globals = {u"Meeting"_s, u"Project management"_s, u"Design"_s, u"Development"_s,
                                 u"Testing"_s, u"Support"_s, u"Research"_s, u"Documentation"_s};
    int id = 1;
    for (const QString &name : globals)
        s.activities.append(makeActivity(id++, 0, name));
    s.activities[0].comment = u"Calls and workshops"_s;
    s.activities[0].color = u"#f4511e"_s;
    s.activities[3].number = u"A-400"_s;
    s.activities[3].color = u"#3949ab"_s;

    Activity fax = makeActivity(id++, 0, u"Fax outreach"_s, u"Nobody faxes any more"_s);
    fax.visible = false;
    s.activities.append(fax);

    s.activities.append(makeActivity(id++, 1, u"Content migration"_s));
    s.activities.append(makeActivity(id++, 1, u"SEO audit"_s, u"Fixed price"_s));
    Activity flash = makeActivity(id++, 1, u"Flash banner cleanup"_s);
    flash.visible = false;
    s.activities.append(flash);
    s.activities.append(makeActivity(id++, 2, u"Data modelling"_s));
    s.activities.append(makeActivity(id++, 3, u"Payment integration"_s));
    s.activities.append(makeActivity(id++, 5, u"iOS release"_s));
    s.activities.append(makeActivity(id++, 5, u"Android release"_s));
    s.activities.append(makeActivity(id++, 7, u"Report layout"_s));
    s.activities.append(makeActivity(id++, 9, u"Security updates"_s, u"Patch day: second Tuesday"_s));
    s.activities.append(makeActivity(id++, 9, u"Hosting & backups"_s));
    Activity invoicing = makeActivity(id++, 10, u"Invoicing"_s);
    invoicing.billable = false;
    s.activities.append(invoicing);
    s.activities.append(makeActivity(id++, 13, u"Label artwork"_s));
    s.activities.back().number = u"A-907"_s;
}

void addTags(Store &s)
{
    const struct { const char16_t *name; const char16_t *color; bool visible; } tags[] = {
        {u"urgent", u"#e53935", true}, {u"remote", nullptr, true},   {u"on-site", u"#1e88e5", true},
        {u"review", nullptr, true},    {u"overtime", u"#fdd835", true}, {u"legacy", nullptr, false},
    };
    int id = 1;
    for (const auto &t : tags) {
        Tag tag;
        tag.id = id++;
        tag.name = QString::fromUtf16(t.name);
        tag.color = t.color ? QString::fromUtf16(t.color) : QString();
        tag.visible = t.visible;
        s.tags.append(tag);
    }
}

const QStringList &descriptions()
{
    static const QStringList list = {
        u"Weekly status call"_s, u"Reviewed pull requests"_s, u"Fixed layout bugs on mobile"_s,
        u"Estimated the next sprint"_s, u"Wrote release notes"_s, u"Customer workshop"_s,
        u"Implemented search filters"_s, u"Refactored the checkout"_s, u"Updated dependencies"_s,
        u"Investigated slow page loads"_s, u"Prepared the demo"_s, u"Design review with the client"_s,
        u"Wireframes for the landing page"_s, u"Set up staging server"_s, u"Answered support tickets"_s,
        u"Accessibility fixes"_s, u"Translated copy (de/en)"_s, u"Image optimisation"_s,
        u"Planning \u2013 Q3 roadmap"_s, u"Pair programming"_s, u"Backup restore test"_s,
        u"Analytics dashboard tweaks"_s, u"Onboarding call"_s, u"Bug triage"_s,
        u"Email templates"_s, u"API integration"_s, u"Code review"_s, u"Team retrospective"_s,
    };
    return list;
}

struct Choice
{
    const Project *project;
    QList<int> activities;
    int weight;
};

QList<Choice> bookableChoices(const Store &s)
{
    QList<Choice> out;
    for (const Project &p : s.projects) {
        if (!s.projectUsable(p) || p.team != 0)
            continue;
        Choice c{&p, {}, p.customer == 5 ? 1 : 3};
        for (const Activity &a : s.activities) {
            if (a.visible && s.activityFitsProject(a, p))
                c.activities.append(a.id);
        }
        if (!c.activities.isEmpty())
            out.append(c);
    }
    return out;
}

void addRecord(Store &s, QRandomGenerator &rng, const QList<Choice> &choices, const QDate &day,
               qint64 begin, qint64 end, int user, int zone, double hourlyRate, bool exported)
{
    QList<const Choice *> eligible;
    int total = 0;
    for (const Choice &c : choices) {
        if ((c.project->start.isValid() && c.project->start > day) || (c.project->end.isValid() && c.project->end < day))
            continue;
        eligible.append(&c);
        total += c.weight;
    }
    if (eligible.isEmpty())
        return;
    int pick = int(rng.bounded(quint32(total)));
    const Choice *choice = eligible.first();
    for (const Choice *c : std::as_const(eligible)) {
        if (pick < c->weight) {
            choice = c;
            break;
        }
        pick -= c->weight;
    }
    Timesheet t;
    t.user = user;
    t.zone = zone;
    t.project = choice->project->id;
    t.activity = choice->activities.at(int(rng.bounded(quint32(choice->activities.size()))));
    t.begin = begin;
    t.end = end;
    t.modified = end;
    t.hourlyRate = hourlyRate;
    const int r = int(rng.bounded(100u));
    if (r >= 12)
        t.description = descriptions().at(int(rng.bounded(quint32(descriptions().size()))));
    const int tagRoll = int(rng.bounded(100u));
    if (tagRoll < 25)
        t.tags.append(1 + int(rng.bounded(5u)));
    if (tagRoll < 6) {
        const int second = 1 + int(rng.bounded(5u));
        if (!t.tags.contains(second))
            t.tags.append(second);
    }
    if (tagRoll == 99)
        t.tags.append(6);   // the hidden tag, on old records only in practice
    const Customer *customer = s.customer(choice->project->customer);
    const Activity *activity = s.activity(t.activity);
    t.billable = customer->billable && choice->project->billable && activity->billable;
    t.exported = exported && rng.bounded(10u) != 0;
    s.timesheets.push_back(t);
}

// Spreads `count` records for one user over days ending today (see the header's promise:
// working hours, non-overlapping, 15 min to 3 h each).
void addTimesheets(Store &s, QRandomGenerator &rng, int count, int days, int user, int zone,
                   double hourlyRate, const QDateTime &now)
{
    if (count <= 0)
        return;
    const QTimeZone &tz = s.zones.at(zone);
    const QDateTime localNow = now.toTimeZone(tz);
    const QDate today = localNow.date();
    const int nowMin = localNow.time().hour() * 60 + localNow.time().minute();
    const int todayEnd = std::min(kDayEndMin, nowMin - 1);
    const int todayCap = todayEnd > kDayStartMin ? std::min(kMaxPerDay, (todayEnd - kDayStartMin) / 30) : 0;
    const QList<Choice> choices = bookableChoices(s);

    auto capacity = [&](const QDate &d, bool weekends) {
        if (!weekends && d.dayOfWeek() > 5)
            return 0;
        return d == today ? todayCap : kMaxPerDay;
    };
    int weekdayCap = 0;
    for (int i = 0; i < std::max(1, days); ++i)
        weekdayCap += capacity(today.addDays(-i), false);
    const bool weekends = weekdayCap < count;

    // Usable days, newest first; go further back than `days` when the count needs the room.
    QList<QDate> usable;
    int room = 0;
    for (int i = 0; i < std::max(1, days) || room < count; ++i) {
        const QDate d = today.addDays(-i);
        if (capacity(d, weekends) > 0) {
            usable.append(d);
            room += capacity(d, weekends);
        }
    }
    const qsizetype n = usable.size();
    QList<int> perDay(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        perDay[i] = int(qint64(count) * (i + 1) / n - qint64(count) * i / n);
    // Some days are busier than others; then respect each day's capacity.
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const int move = perDay[i] > 1 ? std::min(int(rng.bounded(3u)), perDay[i] - 1) : 0;
        perDay[i] -= move;
        perDay[i + 1] += move;
    }
    int carry = 0;
    for (qsizetype i = 0; i < n; ++i) {
        perDay[i] += carry;
        const int cap = capacity(usable[i], weekends);
        carry = std::max(0, perDay[i] - cap);
        perDay[i] -= carry;
    }
    for (qsizetype i = n - 1; i >= 0 && carry > 0; --i) {   // whatever is left goes to free room
        const int free = capacity(usable[i], weekends) - perDay[i];
        const int take = std::min(free, carry);
        perDay[i] += take;
        carry -= take;
    }

    const QDate exportedBefore = today.addDays(-45);
    for (qsizetype i = 0; i < n; ++i) {
        const int records = perDay[i];
        if (records == 0)
            continue;
        const QDate day = usable[i];
        const int endMin = day == today ? todayEnd : kDayEndMin;
        const qint64 base = QDateTime(day, QTime(7, 30), tz).toSecsSinceEpoch();
        const int slot = (endMin - kDayStartMin) / records;
        for (int j = 0; j < records; ++j) {
            const int slotStart = kDayStartMin + j * slot;
            const int maxDur = std::max(15, std::min(180, slot - 5));
            int dur = 15 + int(rng.bounded(quint32(maxDur - 15 + 1)));
            dur = std::max(15, dur - dur % 5);
            const int slack = std::max(0, slot - dur);
            int offset = slack > 0 ? int(rng.bounded(quint32(slack + 1))) : 0;
            offset -= offset % 5;
            const qint64 begin = base + qint64(slotStart + offset - kDayStartMin) * 60;
            addRecord(s, rng, choices, day, begin, begin + qint64(dur) * 60, user, zone, hourlyRate,
                      day < exportedBefore);
        }
    }
}

// Older records are mostly exported (see addRecord); a few of last week's are too, so that locked
// records are close at hand.
void markLastWeekExported(Store &s, const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const qint64 from = QDateTime(monday.addDays(-7), QTime(0, 0), s.zones.first()).toSecsSinceEpoch();
    const qint64 to = QDateTime(monday, QTime(0, 0), s.zones.first()).toSecsSinceEpoch();
    int marked = 0;
    for (Timesheet &t : s.timesheets) {
        if (marked < 3 && t.user == kDemoUserId && t.begin >= from && t.begin < to) {
            t.exported = true;
            ++marked;
        }
    }
}

} // namespace

void generateSampleData(Store &store, const DemoOptions &options, const QString &timezoneId, const QDateTime &now)
{
    store = Store();
    const QTimeZone zone(timezoneId.toUtf8());
    store.zones.append(zone.isValid() ? zone : QTimeZone::utc());
    const QTimeZone berlin("Europe/Berlin");
    store.zones.append(berlin.isValid() ? berlin : QTimeZone::utc());
    const QDate today = now.toTimeZone(store.zones.first()).date();

    User demo;
    demo.id = 1;
    demo.username = options.username;
    demo.email = u"demo@example.com"_s;
    demo.alias = u"Demo User"_s;
    demo.initials = u"DU"_s;
    demo.timezone = timezoneId;
    demo.language = options.language;
    demo.locale = options.locale;
    demo.hourlyRate = 75.0;
    store.users.append(demo);

    User anna;
    anna.id = 2;
    anna.username = u"anna"_s;
    anna.email = u"anna@example.com"_s;
    anna.alias = u"Anna Becker"_s;
    anna.initials = u"AB"_s;
    anna.title = u"Designer"_s;
    anna.color = u"#d81b60"_s;
    anna.timezone = store.zones.at(1).id().isEmpty() ? u"UTC"_s : QString::fromUtf8(store.zones.at(1).id());
    anna.language = u"de"_s;
    anna.locale = u"de_DE"_s;
    anna.hourlyRate = 80.0;
    store.users.append(anna);

    addCustomers(store);
    addProjects(store, today);
    addActivities(store);
    addTags(store);

    QRandomGenerator rng(options.seed);
    store.timesheets.reserve(size_t(std::max(0, options.timesheetCount)) + 16);
    addTimesheets(store, rng, options.timesheetCount, options.days, 1, 0, demo.hourlyRate, now);
    addTimesheets(store, rng, 8, 7, 2, 1, anna.hourlyRate, now.addDays(-1));

    std::stable_sort(store.timesheets.begin(), store.timesheets.end(),
              [](const Timesheet &a, const Timesheet &b) { return a.begin < b.begin; });
    int id = 1;
    for (Timesheet &t : store.timesheets)
        t.id = id++;
    store.nextTimesheetId = id;
    markLastWeekExported(store, today);
}

} // namespace kd::demo
