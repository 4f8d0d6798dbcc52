// The hours chart with Qt Charts: a stacked bar per day, one colour per project. Built as a plugin
// (kimai-desk-charts.so) that the app loads when a chart is first shown (ui/hourschart.h).

#include "ui/hourschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <cmath>

namespace kd {

namespace {

class QtHoursChart final : public HoursChart
{
public:
    explicit QtHoursChart(QWidget *parent)
        : HoursChart(parent)
        , m_view(new QChartView(this))
        , m_empty(new QLabel(this))
    {
        auto *layout = new QStackedLayout(this);
        layout->addWidget(m_view);
        layout->addWidget(m_empty);
        m_empty->setAlignment(Qt::AlignCenter);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(180);
        auto *chart = new QChart();
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        m_view->setChart(chart);
    }

    void setData(const HoursChartData &data) override
    {
        QChart *chart = m_view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        m_series = int(data.series.size());
        m_total = 0;
        auto *stack = new QStackedBarSeries();
        double highest = 0;
        QList<double> perDay(data.categories.size(), 0.0);
        for (const HoursChartData::Series &s : data.series) {
            auto *set = new QBarSet(s.name);
            for (qsizetype i = 0; i < data.categories.size(); ++i) {
                const double h = s.hours.value(i);
                set->append(h);
                perDay[i] += h;
                m_total += h;
            }
            stack->append(set);
        }
        for (const double d : std::as_const(perDay))
            highest = std::max(highest, d);
        chart->addSeries(stack);
        QAbstractAxis *days = dayAxis(data.categories);
        m_dayLabels.clear();
        if (auto *labelled = qobject_cast<QCategoryAxis *>(days))
            m_dayLabels = labelled->categoriesLabels();
        else
            m_dayLabels = static_cast<QBarCategoryAxis *>(days)->categories();
        chart->addAxis(days, Qt::AlignBottom);
        stack->attachAxis(days);
        auto *hours = new QValueAxis();
        hours->setRange(0, std::max(1.0, std::ceil(highest)));
        hours->setLabelFormat(QStringLiteral("%.0f"));
        hours->setTitleText(data.valueTitle);
        chart->addAxis(hours, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        stack->attachAxis(hours);
        chart->legend()->setVisible(!data.series.isEmpty());
        fitLegend();
        m_empty->setText(data.emptyText);
        static_cast<QStackedLayout *>(layout())->setCurrentWidget(data.series.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    }

    int seriesCount() const override { return m_series; }
    QStringList dayLabels() const override { return m_dayLabels; }
    double total() const override { return m_total; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        HoursChart::resizeEvent(event);
        fitLegend();
    }

private:
    static constexpr int kEveryDayUpTo = 14;

    // A week: each day labelled. A month: 28-31 labels side by side get less room than "31" needs
    // and Qt Charts cuts every one to "…"; the first day and every fifth are labelled instead, at
    // their bars (a bar series places bar i at the value i).
    static QAbstractAxis *dayAxis(const QStringList &categories)
    {
        if (categories.size() <= kEveryDayUpTo) {
            auto *axis = new QBarCategoryAxis();
            axis->append(categories);
            return axis;
        }
        auto *axis = new QCategoryAxis();
        axis->setRange(-0.5, double(categories.size()) - 0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setGridLineVisible(false);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (i == 0 || (i + 1) % 5 == 0)
                axis->append(categories.at(i), double(i));
        }
        return axis;
    }

    // The legend (long "Customer · Project" names) takes at most a third of the width: the bars keep
    // the rest, and Qt Charts shortens the names that do not fit.
    void fitLegend()
    {
        m_view->chart()->legend()->setMaximumWidth(std::max(120, width() / 3));
    }

    QChartView *m_view;
    QLabel *m_empty;
    QStringList m_dayLabels;
    int m_series = 0;
    double m_total = 0;
};

} // namespace

class HoursChartPlugin final : public QObject, public HoursChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KD_HOURS_CHART_FACTORY_IID)
    Q_INTERFACES(kd::HoursChartFactory)

public:
    HoursChart *create(QWidget *parent) override { return new QtHoursChart(parent); }
};

} // namespace kd

#include "hourschartplugin.moc"
