#pragma once

// The hours chart (hours per day, stacked by project) is drawn with Qt Charts, which lives in a
// plugin of its own (ui/chartplugin): it is loaded the first time a chart is shown, so that the
// start-up and the idle memory of the app do not carry Qt Charts. This header is all the two
// sides share: plain data in, a widget out.

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace kd {

struct HoursChartData
{
    struct Series
    {
        QString name;             // the project ("Customer · Project")
        QList<double> hours;      // one value per category
    };
    QStringList categories;       // the days ("Mon 1", ...)
    QList<Series> series;         // stacked in this order
    QString valueTitle;           // "Hours"
    QString emptyText;            // shown when there are no hours
};

class HoursChart : public QWidget
{
public:
    using QWidget::QWidget;
    virtual void setData(const HoursChartData &data) = 0;
    // For tests and screenshots: what is drawn.
    virtual int seriesCount() const = 0;
    virtual double total() const = 0;
    // The labels under the bars (a month labels its first day and every fifth).
    virtual QStringList dayLabels() const = 0;
};

class HoursChartFactory
{
public:
    virtual ~HoursChartFactory() = default;
    virtual HoursChart *create(QWidget *parent) = 0;
};

// Loads the chart plugin (once) and makes a chart; nullptr with `error` set when it is not there.
// Looked for in $KIMAI_DESK_PLUGIN_DIR, next to the executable (plugins/) and where it is installed.
HoursChart *createHoursChart(QWidget *parent, QString *error);
// Whether the plugin has been loaded in this process.
bool hoursChartLoaded();

} // namespace kd

#define KD_HOURS_CHART_FACTORY_IID "org.kimaidesk.HoursChartFactory/1"
Q_DECLARE_INTERFACE(kd::HoursChartFactory, KD_HOURS_CHART_FACTORY_IID)
