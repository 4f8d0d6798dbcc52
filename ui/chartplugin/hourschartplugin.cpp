// The hours chart with Qt Charts: a stacked bar per day, one colour per project. Built as a plugin
// (kimai-desk-charts.so) that the app loads when a chart is first shown (ui/hourschart.h).

#include "ui/hourschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
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
        m_view->setMinimumHeight(220);
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
        auto *days = new QBarCategoryAxis();
        days->append(data.categories);
        chart->addAxis(days, Qt::AlignBottom);
        stack->attachAxis(days);
        auto *hours = new QValueAxis();
        hours->setRange(0, std::max(1.0, std::ceil(highest)));
        hours->setLabelFormat(QStringLiteral("%.0f"));
        hours->setTitleText(data.valueTitle);
        chart->addAxis(hours, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        stack->attachAxis(hours);
        chart->legend()->setVisible(!data.series.isEmpty());
        m_empty->setText(data.emptyText);
        static_cast<QStackedLayout *>(layout())->setCurrentWidget(data.series.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    }

    int seriesCount() const override { return m_series; }
    double total() const override { return m_total; }

private:
    QChartView *m_view;
    QLabel *m_empty;
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
