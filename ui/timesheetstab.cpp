#include "ui/timesheetstab.h"

#include "core/duration.h"
#include "models/roles.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/entrycontroller.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "session/timesheetloader.h"
#include "ui/detailsdialog.h"
#include "ui/entrynotices.h"
#include "ui/exportbar.h"
#include "ui/headerview.h"
#include "ui/timesheetactions.h"
#include "ui/weekview.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>

namespace kd {

TimesheetsTab::TimesheetsTab(AppCore *core, QWidget *parent)
    : TabPage(parent)
    , m_core(core)
    , m_loader(core->timesheets())
    , m_catalog(core->catalog())
    , m_timer(core->timer())
    , m_session(core->session())
{
    TimesheetLoader *loader = m_loader;
    // List or week; the entry actions beside.
    auto *modes = new QHBoxLayout();
    m_listButton = new QToolButton(this);
    m_listButton->setText(tr("&List"));
    m_weekButton = new QToolButton(this);
    m_weekButton->setText(tr("&Week"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_listButton, m_weekButton}) {
        b->setCheckable(true);
        group->addButton(b);
        modes->addWidget(b);
    }
    m_listButton->setChecked(true);
    modes->addStretch(1);
    auto *newEntry = new QPushButton(tr("New entry…"), this);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    modes->addWidget(newEntry);
    modes->addWidget(exportCsv);
    contentLayout()->addLayout(modes);
    m_pages = new QStackedWidget(this);
    auto *listPage = new QWidget(m_pages);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(listPage);
    contentLayout()->addWidget(m_pages, 1);

    auto *bar = new QHBoxLayout();
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Date range"));
    m_preset->addItem(tr("Today"), int(DateRange::Preset::Today));
    m_preset->addItem(tr("This week"), int(DateRange::Preset::ThisWeek));
    m_preset->addItem(tr("Last week"), int(DateRange::Preset::LastWeek));
    m_preset->addItem(tr("This month"), int(DateRange::Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(DateRange::Preset::LastMonth));
    m_preset->addItem(tr("Custom range"), int(DateRange::Preset::Custom));
    m_preset->addItem(tr("All time"), int(DateRange::Preset::All));
    m_preset->setCurrentIndex(1);
    bar->addWidget(m_preset);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->hide();
        bar->addWidget(e);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    m_customer = new QComboBox(this);
    m_project = new QComboBox(this);
    m_activity = new QComboBox(this);
    m_customer->setAccessibleName(tr("Customer"));
    m_project->setAccessibleName(tr("Project"));
    m_activity->setAccessibleName(tr("Activity"));
    for (QComboBox *c : {m_customer, m_project, m_activity}) {
        c->setMinimumContentsLength(8);   // the filters share the row and grow with the window
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        bar->addWidget(c, 1);
    }
    m_whose = new QComboBox(this);
    m_whose->setObjectName(QStringLiteral("whoseEntries"));
    m_whose->setAccessibleName(tr("Whose entries"));
    m_whose->setToolTip(tr("Your own entries, or everyone's you may see (teamleads and administrators)"));
    m_whose->addItem(tr("Mine"), false);
    m_whose->addItem(tr("Everyone's"), true);
    m_whose->hide();
    bar->addWidget(m_whose);
    listLayout->addLayout(bar);

    m_view = new QTableView(listPage);
    HeaderView::install(m_view);
    m_view->setModel(loader->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The columns are sized in the font the table really uses: it is known once the table is polished
    // (a platform theme may give item views a font of their own), and again if it changes.
    m_view->installEventFilter(this);
    // Whose entry: beside the date, shown with everyone's entries only.
    const int userColumn = int(TimesheetModel::Column::User);
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(userColumn), 1);
    m_view->setColumnHidden(userColumn, true);
    listLayout->addWidget(m_view, 1);

    m_totals = new QLabel(listPage);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(m_totals);
    m_exportBar = new ExportBar(core, this);
    contentLayout()->addWidget(m_exportBar);
    m_actions = new TimesheetActions(core, m_view, this);
    connect(newEntry, &QPushButton::clicked, m_actions->newEntry(), &QAction::trigger);
    connect(exportCsv, &QPushButton::clicked, m_actions->exportCsv(), &QAction::trigger);
    connect(m_actions, &TimesheetActions::exportRequested, this, &TimesheetsTab::askExportFile);
    connect(m_actions, &TimesheetActions::detailsRequested, this, &TimesheetsTab::showDetails);
    connect(m_exportBar, &ExportBar::finished, this, [this](bool, const QString &message) { showStatus(this, message, 20'000); });
    connect(m_weekButton, &QToolButton::toggled, this, &TimesheetsTab::showWeek);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = DateRange::Preset(m_preset->currentData().toInt()) == DateRange::Preset::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom) {
            // A custom range starts as the range shown before (this week, say), and the calendars open
            // there; "All time" has no range, so the last 30 days.
            const DateRange shown = m_loader->currentRange();
            const bool bounded = shown.first.isValid() && shown.last.isValid();
            const QDate today = m_session->userToday();
            const QSignalBlocker fromBlocker(m_from);
            const QSignalBlocker toBlocker(m_to);
            m_from->setDate(bounded ? shown.first : today.addDays(-30));
            m_to->setDate(bounded ? shown.last : today);
        }
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TimesheetsTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TimesheetsTab::applyFilter);
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        fillProjects();
        applyFilter();
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        fillActivities();
        applyFilter();
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, &TimesheetsTab::applyFilter);
    connect(m_whose, &QComboBox::currentIndexChanged, this, &TimesheetsTab::applyFilter);
    connect(m_session, &Session::started, this, &TimesheetsTab::updateWhose);
    connect(m_session, &Session::infoChanged, this, &TimesheetsTab::updateWhose);
    connect(m_catalog, &Catalog::namesChanged, this, &TimesheetsTab::fillCustomers);
    connect(loader->model(), &TimesheetModel::totalsChanged, this, &TimesheetsTab::updateTotals);
    connect(m_view, &QTableView::customContextMenuRequested, m_actions, &TimesheetActions::showContextMenu);
    // Rows follow starts, stops and edits in place (TimesheetLoader::follow). Running rows count up
    // while the tab is shown (the ticks come only while a timer runs).
    connect(m_timer, &TimerController::tick, this, [this] {
        if (m_view->isVisible() && m_loader->model()->hasRunning())
            m_loader->model()->setNow(m_session->serverNow());
    });

    setLoader(loader);
    fillCustomers();
    updateWhose();
    updateTotals();
}

void TimesheetsTab::updateWhose()
{
    const bool allowed = m_session->isActive() && m_core->entries()->rules().othersVisible;
    m_whose->setVisible(allowed);
    if (!allowed && m_whose->currentIndex() != 0)
        m_whose->setCurrentIndex(0);   // one's own again (applyFilter follows)
}

bool TimesheetsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Polish || event->type() == QEvent::FontChange))
        sizeColumns();
    return TabPage::eventFilter(watched, event);
}

void TimesheetsTab::sizeColumns()
{
    using Column = TimesheetModel::Column;
    // The width a cell needs to show `texts` whole, measured the way the view's delegate does (the
    // style's size for an item view item in the table's font), plus the grid line.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.features = QStyleOptionViewItem::HasDisplay;
    auto needed = [this, &option](const QStringList &texts) {
        int w = 0;
        for (const QString &text : texts) {
            option.text = text;
            w = qMax(w, m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view).width());
        }
        return w + (m_view->showGrid() ? 1 : 0);
    };
    // Dates, times and durations are never cut: their columns fit the widest text they can show.
    const QLocale locale;
    QStringList times;
    for (const QTime t : {QTime(23, 59, 59), QTime(12, 59, 59), QTime(11, 59, 59), QTime(0, 0, 0)})
        times.append(locale.toString(t, QLocale::ShortFormat));
    QHash<int, int> fitted;
    fitted.insert(int(Column::Date), needed({locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat),
                                             locale.toString(QDate(2026, 9, 30), QLocale::ShortFormat)}));
    fitted.insert(int(Column::Begin), needed(times));
    fitted.insert(int(Column::End), needed(times + QStringList{TimesheetModel::tr("running")}));
    fitted.insert(int(Column::Duration), needed({Duration::clock(99 * 3600 + 59 * 60 + 59), Duration::hoursMinutes(999 * 3600)}));
    // Text columns start at a useful width and give way first; the description takes what is left.
    const int textChars[] = {0, 0, 0, 0, 16, 18, 14, 30, 12, 6, 6, 14};
    const int average = m_view->fontMetrics().averageCharWidth();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < int(Column::Count); ++c) {
        // Wide enough for the (translated) header too.
        const int headerWidth = header->fontMetrics().horizontalAdvance(m_loader->model()->headerData(c, Qt::Horizontal).toString()) + 24;
        const int content = fitted.contains(c) ? fitted.value(c) : average * textChars[c] + needed({QString()});
        m_view->setColumnWidth(c, qMax(content, headerWidth));
    }
    header->setSectionResizeMode(int(Column::Description), QHeaderView::Stretch);
}

QString TimesheetsTab::title() const
{
    return tabTitle();
}

QString TimesheetsTab::tabTitle()
{
    return tr("Timesheets");
}

void TimesheetsTab::refresh()
{
    m_started = true;
    if (isShowingWeek())
        m_week->reload();
    applyFilter();
}

WeekView *TimesheetsTab::weekView()
{
    if (!m_week) {
        m_week = new WeekView(m_core, m_pages);
        m_week->setObjectName(QStringLiteral("weekView"));
        m_pages->addWidget(m_week);
        connect(m_week, &WeekView::editRequested, this,
                [this](int id) { m_actions->openEditor(EntryDialog::Mode::Edit, id); });
    }
    return m_week;
}

void TimesheetsTab::showWeek(bool week)
{
    if (week != m_weekButton->isChecked()) {
        (week ? m_weekButton : m_listButton)->setChecked(true);
        return;   // toggled() comes back here
    }
    m_pages->setCurrentWidget(week ? static_cast<QWidget *>(weekView()) : m_pages->widget(0));
}

bool TimesheetsTab::isShowingWeek() const
{
    return m_week && m_pages->currentWidget() == m_week;
}

void TimesheetsTab::askExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const DateRange range = m_loader->currentRange();
    const QString name = range.preset == DateRange::Preset::All
        ? QStringLiteral("timesheets.csv")
        : QStringLiteral("timesheets-%1-%2.csv").arg(range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export the timesheets as CSV"), QDir(dir).filePath(name),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &TimesheetsTab::exportTo);
    dialog->open();
}

void TimesheetsTab::exportTo(const QString &path)
{
    if (!path.isEmpty())
        m_exportBar->start(path, m_loader->currentRange(), m_loader->filter());
}

void TimesheetsTab::activate()
{
    if (!m_started || m_loader->state() == Loader::State::Idle)
        refresh();
}

void TimesheetsTab::focusFilter()
{
    m_customer->setFocus(Qt::ShortcutFocusReason);
}

void TimesheetsTab::applyFilter()
{
    if (!m_started)
        return;
    TimesheetLoader::Filter f;
    f.preset = DateRange::Preset(m_preset->currentData().toInt());
    f.customFirst = m_from->date();
    f.customLast = m_to->date();
    if (m_customer->currentData().isValid())
        f.customer = m_customer->currentData().toInt();
    if (m_project->currentData().isValid())
        f.project = m_project->currentData().toInt();
    if (m_activity->currentData().isValid())
        f.activity = m_activity->currentData().toInt();
    f.everyone = m_whose->currentData().toBool();
    // (Set here, after the saved column state was applied when the table was first shown.)
    m_view->setColumnHidden(int(TimesheetModel::Column::User), !f.everyone);
    m_loader->setFilter(f);
}

void TimesheetsTab::fillCustomers()
{
    const QVariant current = m_customer->currentData();
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        m_customer->addItem(tr("All customers"));
        QList<Customer> list = m_catalog->customers()->items();
        std::sort(list.begin(), list.end(), [](const Customer &a, const Customer &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Customer &c : list)
            m_customer->addItem(c.name, c.id);
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(current)));
    }
    fillProjects();
}

void TimesheetsTab::fillProjects()
{
    const QVariant current = m_project->currentData();
    const QVariant customer = m_customer->currentData();
    {
        const QSignalBlocker blocker(m_project);
        m_project->clear();
        m_project->addItem(tr("All projects"));
        QList<Project> list = m_catalog->projects()->items();
        std::sort(list.begin(), list.end(), [](const Project &a, const Project &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Project &p : list) {
            if (!customer.isValid() || p.customerId == customer.toInt())
                m_project->addItem(p.name, p.id);
        }
        m_project->setCurrentIndex(qMax(0, m_project->findData(current)));
    }
    fillActivities();
}

void TimesheetsTab::fillActivities()
{
    const QVariant current = m_activity->currentData();
    const QVariant project = m_project->currentData();
    const Project *p = project.isValid() ? m_catalog->project(project.toInt()) : nullptr;
    const QSignalBlocker blocker(m_activity);
    m_activity->clear();
    m_activity->addItem(tr("All activities"));
    QList<Activity> list = m_catalog->activities()->items();
    std::sort(list.begin(), list.end(), [](const Activity &a, const Activity &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Activity &a : list) {
        const bool fits = !project.isValid() || (a.projectId && *a.projectId == project.toInt())
            || (a.isGlobal() && (!p || p->globalActivities));
        if (fits)
            m_activity->addItem(a.isGlobal() ? tr("%1 (global)").arg(a.name) : a.name, a.id);
    }
    m_activity->setCurrentIndex(qMax(0, m_activity->findData(current)));
}

QString TimesheetsTab::totalsText() const
{
    return m_totals->text();
}

void TimesheetsTab::updateTotals()
{
    const TimesheetModel *model = m_loader->model();
    const int loaded = model->rowCount();
    const int total = model->totalCount();
    const QString duration = Duration::hoursMinutes(model->loadedDurationSeconds());
    if (total < 0 && loaded == 0) {
        m_totals->clear();
        return;
    }
    if (total <= loaded || !model->hasMore()) {
        m_totals->setText(tr("%Ln record(s) · total %1", nullptr, loaded).arg(duration));
        return;
    }
    m_totals->setText(tr("%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)", nullptr, total)
                          .arg(duration, QLocale().toString(loaded)));
}

void TimesheetsTab::showDetails(const QModelIndex &index)
{
    const TimesheetModel *model = m_loader->model();
    const TimesheetModel::Row *row = model->rowAt(index.row());
    if (!row)
        return;
    FieldList fields;
    for (int c = 0; c < int(TimesheetModel::Column::Count); ++c)
        fields.append({model->headerData(c, Qt::Horizontal).toString(), model->index(index.row(), c).data().toString()});
    fields.prepend({tr("ID"), QString::number(row->id)});
    fields.append({tr("Description (full)"), row->description});
    auto *dialog = new DetailsDialog(tr("Timesheet #%1").arg(row->id), fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kd
