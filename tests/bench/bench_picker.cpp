// bench_picker: the entry editor's project/activity picker on a large Kimai, one "name value" line
// per metric.
//
// A catalog of 300 customers, 2,000 projects and 10,000 activities (2,500 of them global; and once
// more with all 10,000 global, the longest list there can be) with accented names is put into a
// PickerIndex; then typed sequences are replayed one keystroke at a
// time (each character added, then removed again with backspace) into PickerModels, as the editor
// will: per keystroke, the filter and the model reset ("filter"), and the same plus laying out and
// painting a QListView that shows the list ("shown", offscreen). Target: ≤ 16 ms per keystroke on
// the GUI thread. The GUI thread's CPU time per keystroke is printed too ("cpu"): on a loaded
// machine the wall-clock worst case is often a moment the thread was not scheduled at all.
// Run it on a Release build with QT_QPA_PLATFORM=offscreen.

#include "benchcore.h"
#include "models/pickerindex.h"
#include "models/pickermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>

#include <ctime>
#include <vector>

namespace {

using kdbench::metric;
using kdbench::note;

const char *const kWords[] = {"Développement", "Réunion", "Support", "Design", "Qualitätsprüfung", "Beratung", "Wartung",
                              "Schulung", "Dokumentation", "Übersetzung", "Analyse", "Konzeption", "Testing", "Review",
                              "Planung", "Website", "Relaunch", "Migration", "Straßenbau", "Café", "Händler", "Kundenportal",
                              "Infrastructure", "Backend", "Frontend", "Marketing", "Kampagne", "Recherche", "Déploiement",
                              "Intégration"};
const char *const kCompanies[] = {"Müller", "Acme", "Globex", "Initech", "Umbrella", "Søren & Co", "Łukasiewicz", "Dupont",
                                  "García", "Nakamura", "Öztürk", "Schröder", "Fjällräven", "Weiß", "Côté"};

QString pick(QRandomGenerator &rng, const char *const *list, int size)
{
    return QString::fromUtf8(list[rng.bounded(size)]);
}

struct Catalog
{
    QList<kd::Customer> customers;
    QList<kd::Project> projects;
    QList<kd::Activity> activities;
};

Catalog makeCatalog()
{
    QRandomGenerator rng(20261202);
    const int words = int(std::size(kWords));
    const int companies = int(std::size(kCompanies));
    Catalog c;
    for (int id = 1; id <= 300; ++id) {
        kd::Customer cu;
        cu.id = id;
        cu.name = pick(rng, kCompanies, companies) + QLatin1Char(' ') + pick(rng, kWords, words) + QStringLiteral(" %1").arg(id);
        cu.number = QStringLiteral("C-%1").arg(id, 4, 10, QLatin1Char('0'));
        cu.visible = rng.bounded(20) != 0;
        c.customers.append(cu);
    }
    for (int id = 1; id <= 2000; ++id) {
        kd::Project p;
        p.id = id;
        p.customerId = rng.bounded(1, 301);
        p.customerName = c.customers.at(p.customerId - 1).name;
        p.name = pick(rng, kWords, words) + QLatin1Char(' ') + pick(rng, kWords, words) + QStringLiteral(" %1").arg(id);
        p.number = QStringLiteral("P-%1").arg(id);
        p.visible = rng.bounded(10) != 0;
        p.globalActivities = rng.bounded(10) != 0;
        c.projects.append(p);
    }
    for (int id = 1; id <= 10000; ++id) {
        kd::Activity a;
        a.id = id;
        if (id > 2500) {
            a.projectId = rng.bounded(1, 2001);
            a.projectName = c.projects.at(*a.projectId - 1).name;
        }
        a.name = pick(rng, kWords, words) + QLatin1Char(' ') + pick(rng, kWords, words) + QStringLiteral(" %1").arg(id);
        a.number = QStringLiteral("A-%1").arg(id);
        a.visible = rng.bounded(15) != 0;
        c.activities.append(a);
    }
    return c;
}

struct Scenario
{
    const char *name;
    const kd::PickerIndex *index;
    kd::PickerIndex::Kind kind;
    int scope;
    QString typed;
};

struct Times
{
    std::vector<double> filter;
    std::vector<double> shown;
    std::vector<double> cpu;
    int maxRows = 0;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double worst(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    kdbench::quietOffscreenWarnings();
    const int rounds = kdbench::argValue(app.arguments(), QStringLiteral("--rounds"), QStringLiteral("5")).toInt();

    const Catalog catalog = makeCatalog();
    kd::PickerIndex index;
    std::vector<double> builds;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        index.setCatalog(catalog.customers, catalog.projects, catalog.activities);
        builds.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    metric("picker.catalog_customers", double(catalog.customers.size()), 0);
    metric("picker.catalog_projects", double(catalog.projects.size()), 0);
    metric("picker.catalog_activities", double(catalog.activities.size()), 0);
    metric("picker.index_build_ms", kdbench::median(builds), 2);

    // A project that allows global activities and has activities of its own.
    int project = 0;
    for (const kd::PickerIndex::Item &p : index.items(kd::PickerIndex::Kind::Project)) {
        if (p.allowsGlobal && index.activities(p.id, u"").size() > index.activities(0, u"").size()) {
            project = p.id;
            break;
        }
    }
    // The worst a Kimai can be for the activity list: all 10,000 activities global.
    QList<kd::Activity> globals = catalog.activities;
    for (kd::Activity &a : globals)
        a.projectId.reset();
    kd::PickerIndex allGlobal;
    allGlobal.setCatalog(catalog.customers, catalog.projects, globals);

    const std::vector<Scenario> scenarios = {
        {"activities_of_project", &index, kd::PickerIndex::Kind::Activity, project, QStringLiteral("develop review")},
        {"activities_global", &index, kd::PickerIndex::Kind::Activity, 0, QString::fromUtf8("réunion")},
        {"activities_all_10000_global", &allGlobal, kd::PickerIndex::Kind::Activity, 0, QStringLiteral("develop review")},
        {"projects_all", &index, kd::PickerIndex::Kind::Project, 0, QStringLiteral("muller website")},
        {"customers", &index, kd::PickerIndex::Kind::Customer, 0, QStringLiteral("strasse")},
    };

    QWidget window;
    window.resize(480, 640);
    auto *view = new QListView(&window);
    view->setUniformItemSizes(true);
    view->resize(window.size());
    window.show();

    Times all;
    for (const Scenario &s : scenarios) {
        kd::PickerModel model(s.index, s.kind);
        model.setScope(s.scope);
        view->setModel(&model);
        Times times;
        // The keystrokes: "d", "de", ... the whole text, then backspace down to "".
        QStringList steps;
        for (qsizetype n = 1; n <= s.typed.size(); ++n)
            steps << s.typed.left(n);
        for (qsizetype n = s.typed.size() - 1; n >= 0; --n)
            steps << s.typed.left(n);
        for (int round = -1; round < rounds; ++round) {   // round -1 warms up (fonts, first paint)
            for (const QString &text : std::as_const(steps)) {
                const double cpu0 = threadCpuMs();
                QElapsedTimer t;
                t.start();
                model.setText(text);
                const double filtered = double(t.nsecsElapsed()) / 1e6;
                view->doItemsLayout();
                view->viewport()->repaint();
                const double shown = double(t.nsecsElapsed()) / 1e6;
                const double cpu = threadCpuMs() - cpu0;
                if (round < 0)
                    continue;
                times.filter.push_back(filtered);
                times.shown.push_back(shown);
                times.cpu.push_back(cpu);
                times.maxRows = std::max(times.maxRows, model.rowCount());
            }
        }
        view->setModel(nullptr);
        const QByteArray prefix = QByteArray("picker.") + s.name;
        metric(prefix + ".rows_max", times.maxRows, 0);
        metric(prefix + ".filter_median_ms", kdbench::median(times.filter), 3);
        metric(prefix + ".filter_worst_ms", worst(times.filter), 3);
        metric(prefix + ".shown_median_ms", kdbench::median(times.shown), 3);
        metric(prefix + ".shown_worst_ms", worst(times.shown), 3);
        metric(prefix + ".shown_cpu_worst_ms", worst(times.cpu), 3);
        all.cpu.insert(all.cpu.end(), times.cpu.begin(), times.cpu.end());
        all.filter.insert(all.filter.end(), times.filter.begin(), times.filter.end());
        all.shown.insert(all.shown.end(), times.shown.begin(), times.shown.end());
    }
    metric("picker.keystrokes", double(all.filter.size()), 0);
    metric("picker.keystroke_filter_median_ms", kdbench::median(all.filter), 3);
    metric("picker.keystroke_filter_worst_ms", worst(all.filter), 3);
    metric("picker.keystroke_shown_median_ms", kdbench::median(all.shown), 3);
    metric("picker.keystroke_shown_worst_ms", worst(all.shown), 3);
    metric("picker.keystroke_shown_cpu_median_ms", kdbench::median(all.cpu), 3);
    metric("picker.keystroke_shown_cpu_worst_ms", worst(all.cpu), 3);
    note(QStringLiteral("target: <= 16 ms per keystroke on the GUI thread (shown_worst)"));
    return 0;
}
