#pragma once

// The Ping tab: ping the server once or repeatedly, with a history of round-trip times.

#include "ui/tabpage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kd {

class PingLoader;

// A small bar chart of recent round-trip times.
class PingChart final : public QWidget
{
    Q_OBJECT
public:
    explicit PingChart(PingLoader *loader, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {420, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PingLoader *m_loader;
};

class PingTab final : public TabPage
{
    Q_OBJECT
public:
    explicit PingTab(PingLoader *loader, QWidget *parent = nullptr);
    void refresh() override;
    void activate() override;
    QString title() const override;
    static QString tabTitle();
    QLabel *answerLabel() const { return m_answer; }
    QLabel *captionLabel() const { return m_caption; }

private:
    void update();

    PingLoader *m_loader;
    QLabel *m_caption;
    QLabel *m_answer;
    QLabel *m_time;
    QLabel *m_stats;
    QPushButton *m_again;
    QCheckBox *m_repeat;
    QSpinBox *m_every;
    PingChart *m_chart;
};

} // namespace kd
