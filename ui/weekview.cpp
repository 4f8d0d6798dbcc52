#include "ui/weekview.h"

#include "core/duration.h"
#include "models/roles.h"
#include "models/timesheettotals.h"
#include "models/weeksummarymodel.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/periodloader.h"
#include "session/session.h"
#include "session/timercontroller.h"
#include "ui/hourschart.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {

namespace {

QString span(const QDateTime &begin, const QDateTime &end)
{
    const QLocale locale;
    const QString from = locale.toString(begin.time(), QLocale::ShortFormat);
    return end.isValid() ? from + QStringLiteral(" – ") + locale.toString(end.time(), QLocale::ShortFormat)
                         : from + QStringLiteral(" – ") + WeekView::tr("running");
}

} // namespace

WeekView::WeekView(AppCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_week(new PeriodLoader(core->client(), core->session(), this))
    , m_model(new WeekSummaryModel(this))
{
    m_week->follow(core->timer(), core->entries());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout();
    m_previous = new QToolButton(this);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setToolTip(tr("Previous week"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_thisWeek = new QPushButton(tr("This &week"), this);
    m_next = new QToolButton(this);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartButton = new QToolButton(this);
    m_chartButton->setText(tr("&Chart"));
    m_chartButton->setCheckable(true);
    m_chartButton->setToolTip(tr("Hours per day, stacked by project"));
    bar->addWidget(m_previous);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_chartButton);
    layout->addLayout(bar);

    // The table above; below it, either the entries of the clicked cell or the chart (each needs the
    // room: three panes in one column left the table two rows).
    m_split = new QSplitter(Qt::Vertical, this);
    auto *split = m_split;
    split->setChildrenCollapsible(false);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(WeekSummaryModel::Column::Activity), QHeaderView::Stretch);
    // At least five rows stay in sight, whatever is below.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 5 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());

    m_bottom = new QStackedWidget(split);
    m_cellBox = new QWidget(m_bottom);
    auto *cellBox = m_cellBox;
    auto *cellLayout = new QVBoxLayout(cellBox);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle = new QLabel(tr("Click a cell to list its entries."), cellBox);
    m_cellTitle->setWordWrap(true);
    cellLayout->addWidget(m_cellTitle);
    m_entries = new QTableWidget(0, 4, cellBox);
    m_entries->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Duration"), tr("Description")});
    m_entries->verticalHeader()->hide();
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    cellLayout->addWidget(m_entries);
    m_bottom->addWidget(cellBox);

    m_chartBox = new QWidget(m_bottom);
    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *spanBar = new QHBoxLayout();
    m_chartSpan = new QButtonGroup(this);
    for (const auto &[id, text] : {std::pair{0, tr("Week")}, std::pair{1, tr("Month")}}) {
        auto *b = new QToolButton(m_chartBox);
        b->setText(text);
        b->setCheckable(true);
        b->setChecked(id == 0);
        m_chartSpan->addButton(b, id);
        spanBar->addWidget(b);
    }
    spanBar->addStretch(1);
    chartLayout->addLayout(spanBar);
    m_chartMessage = new QLabel(m_chartBox);
    m_chartMessage->setWordWrap(true);
    m_chartMessage->hide();
    chartLayout->addWidget(m_chartMessage);
    m_bottom->addWidget(m_chartBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showWeekOf(firstDay().addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showWeekOf(firstDay().addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(m_core->session()->userToday()); });
    connect(m_chartButton, &QToolButton::toggled, this, &WeekView::toggleChart);
    connect(m_chartSpan, &QButtonGroup::idClicked, this, [this] { updateChart(); });
    connect(m_week, &PeriodLoader::changed, this, &WeekView::rebuild);
    connect(m_week, &PeriodLoader::loadingChanged, this, [this] {
        rebuild();
        Q_EMIT loadedChanged();
    });
    connect(core->catalog(), &Catalog::namesChanged, this, &WeekView::rebuild);
    // A cell asked for: its entries take the chart's place.
    auto cellAsked = [this](const QModelIndex &index) {
        m_chartButton->setChecked(false);
        showCell(index);
    };
    connect(m_table, &QTableView::clicked, this, cellAsked);
    connect(m_table, &QTableView::activated, this, cellAsked);
    connect(m_entries, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const int id = m_entries->item(item->row(), 0)->data(IdRole).toInt();
        if (id)
            Q_EMIT editRequested(id);
    });
    // Running entries count up while shown (the ticks come only while a timer runs).
    connect(core->timer(), &TimerController::tick, this, [this] {
        if (isVisible() && m_model->hasRunning())
            m_model->setNow(m_core->session()->serverNow());
    });
}

void WeekView::showEvent(QShowEvent *event)
{
    if (!m_started) {
        m_started = true;
        showWeekOf(m_core->session()->userToday());
    }
    QWidget::showEvent(event);
}

QDate WeekView::firstDay() const
{
    return m_model->firstDay();
}

bool WeekView::isLoaded() const
{
    return m_week->isLoaded() && !m_week->isLoading();
}

bool WeekView::isMonthChart() const
{
    return m_chartSpan->checkedId() == 1;
}

void WeekView::setMonthChart(bool month)
{
    m_chartSpan->button(month ? 1 : 0)->setChecked(true);
    updateChart();
}

QString WeekView::titleText() const
{
    return m_title->text();
}

void WeekView::showWeekOf(const QDate &day)
{
    const QDate first = WeekSummaryModel::weekStart(day, m_core->session()->firstDayOfWeek());
    m_model->setWeek(first);
    m_cell = Cell();
    m_entries->setRowCount(0);
    m_cellTitle->setText(tr("Click a cell to list its entries."));
    m_week->load(first, first.addDays(WeekSummaryModel::kDays - 1));
    rebuild();
}

void WeekView::reload()
{
    m_week->reload();
    if (m_month)
        m_month->reload();
}

void WeekView::rebuild()
{
    const Session *session = m_core->session();
    m_model->setNames(m_core->catalog()->names());
    m_model->setTimesheets(m_week->timesheets(), session->serverNow());
    const QLocale locale;
    const QDate first = m_model->firstDay();
    QString title = tr("Week %1: %2 – %3")
                        .arg(locale.toString(first.weekNumber()), locale.toString(first, QLocale::ShortFormat),
                             locale.toString(first.addDays(WeekSummaryModel::kDays - 1), QLocale::ShortFormat));
    if (m_week->isLoading())
        title += QStringLiteral(" · ") + tr("loading…");
    else if (m_week->error().isError())
        title += QStringLiteral(" · ") + m_week->error().message();
    else if (m_week->isLoaded())
        title += QStringLiteral(" · ") + tr("total %1").arg(Duration::hoursMinutes(m_model->weekTotal()));
    m_title->setText(title);
    if (m_cell.valid) {
        int row = m_cell.totals ? m_model->totalsRow() : -1;
        for (int r = 0; r < m_model->totalsRow() && row < 0; ++r) {
            if (m_model->projectId(r) == m_cell.project && m_model->activityId(r) == m_cell.activity)
                row = r;
        }
        if (row >= 0)
            showCellAt(row, m_cell.column);
    }
    if (m_chartBox->isVisible())
        updateChart();
}

void WeekView::showCell(const QModelIndex &index)
{
    if (index.isValid())
        showCellAt(index.row(), index.column());
}

void WeekView::showCellAt(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    const bool totalsRow = row == m_model->totalsRow();
    m_cell = {true, totalsRow, totalsRow ? 0 : m_model->projectId(row), totalsRow ? 0 : m_model->activityId(row), column};
    const int first = int(WeekSummaryModel::Column::FirstDay);
    QList<int> ids;
    if (column >= first && column < first + WeekSummaryModel::kDays) {
        ids = m_model->entryIds(index.row(), column - first);
    } else {
        for (int d = 0; d < WeekSummaryModel::kDays; ++d)
            ids += m_model->entryIds(index.row(), d);
    }
    QList<Timesheet> list;
    for (const Timesheet &t : m_week->timesheets()) {
        if (ids.contains(t.id))
            list.append(t);
    }
    std::sort(list.begin(), list.end(), [](const Timesheet &a, const Timesheet &b) { return a.begin < b.begin; });
    const QString what = totalsRow ? tr("All projects") : m_model->index(index.row(), int(WeekSummaryModel::Column::Project)).data().toString()
            + QStringLiteral(" · ") + m_model->index(index.row(), int(WeekSummaryModel::Column::Activity)).data().toString();
    const QString when = column >= first && column < first + WeekSummaryModel::kDays
        ? QLocale().toString(m_model->day(column - first), QLocale::LongFormat)
        : tr("the whole week");
    m_cellTitle->setText(tr("%1, %2: %n entry/entries (Enter or a double-click edits one)", nullptr, int(list.size())).arg(what, when));
    const QDateTime now = m_core->session()->serverNow();
    m_entries->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Timesheet &t = list.at(r);
        auto *date = new QTableWidgetItem(QLocale().toString(TimesheetTotals::day(t), QLocale::ShortFormat));
        date->setData(IdRole, t.id);
        m_entries->setItem(r, 0, date);
        m_entries->setItem(r, 1, new QTableWidgetItem(span(t.begin, t.end)));
        auto *duration = new QTableWidgetItem(Duration::hoursMinutes(TimesheetTotals::seconds(t, now)));
        duration->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_entries->setItem(r, 2, duration);
        m_entries->setItem(r, 3, new QTableWidgetItem(t.description.simplified()));
    }
}

void WeekView::toggleChart(bool on)
{
    m_bottom->setCurrentWidget(on ? m_chartBox : m_cellBox);
    if (on && !m_chart && m_chartError.isEmpty()) {
        // Qt Charts is loaded now, the first time a chart is shown.
        m_chart = createHoursChart(m_chartBox, &m_chartError);
        if (m_chart) {
            m_chart->setObjectName(QStringLiteral("hoursChart"));
            m_chartBox->layout()->addWidget(m_chart);
            // The first time, the chart gets the room the table does not need for five rows (or
            // three fifths of it); the splitter keeps what the user makes of it later.
            const QList<int> sizes = m_split->sizes();
            const int total = sizes.value(0) + sizes.value(1);
            const int table = std::max(m_table->minimumHeight(), total * 2 / 5);
            if (total > table)
                m_split->setSizes({table, total - table});
        } else {
            m_chartMessage->setText(tr("The chart cannot be shown: %1").arg(m_chartError));
            m_chartMessage->show();
        }
    }
    if (on)
        updateChart();
}

void WeekView::updateChart()
{
    if (!m_chart || !m_chartBox->isVisible())
        return;
    const bool month = isMonthChart();
    const QDate first = month ? QDate(firstDay().year(), firstDay().month(), 1) : firstDay();
    const QDate last = month ? first.addMonths(1).addDays(-1) : firstDay().addDays(WeekSummaryModel::kDays - 1);
    PeriodLoader *source = m_week;
    if (month) {
        if (!m_month) {
            m_month = new PeriodLoader(m_core->client(), m_core->session(), this);
            m_month->follow(m_core->timer(), m_core->entries());
            connect(m_month, &PeriodLoader::changed, this, &WeekView::updateChart);
        }
        if (m_month->first() != first) {
            m_month->load(first, last);
            return;   // drawn when it has loaded
        }
        source = m_month;
    }
    const TimesheetTotals::StackedHours stack = TimesheetTotals::stackByProject(
        source->timesheets(), first, last, m_core->catalog()->names(), m_core->session()->serverNow());
    const QLocale locale;
    HoursChartData data;
    for (int i = 0; i < stack.dayCount(); ++i) {
        const QDate d = stack.day(i);
        data.categories.append(month ? locale.toString(d.day())
                                     : locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(d.day()));
    }
    for (const TimesheetTotals::StackedHours::Series &s : stack.series) {
        HoursChartData::Series series;
        series.name = s.customer.isEmpty() ? s.project : s.customer + QStringLiteral(" · ") + s.project;
        for (const qint64 seconds : s.seconds)
            series.hours.append(double(seconds) / 3600.0);
        data.series.append(series);
    }
    data.valueTitle = tr("Hours");
    data.emptyText = source->isLoading() ? tr("Loading…") : tr("No hours recorded in this span.");
    m_chart->setData(data);
}

} // namespace kd
