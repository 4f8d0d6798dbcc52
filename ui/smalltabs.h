#pragma once

// The Ping, Version and i18n tabs.

#include "ui/tabpage.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kd {

class I18nLoader;
class PingLoader;
class Session;
class VersionLoader;

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

private:
    void update();

    PingLoader *m_loader;
    QLabel *m_answer;
    QLabel *m_time;
    QLabel *m_stats;
    QPushButton *m_again;
    QCheckBox *m_repeat;
    QSpinBox *m_every;
    PingChart *m_chart;
};

class VersionTab final : public TabPage
{
    Q_OBJECT
public:
    VersionTab(VersionLoader *loader, Session *session, QWidget *parent = nullptr);
    void refresh() override;
    QString title() const override;
    static QString tabTitle();
    QString summaryText() const;

private:
    void update();

    VersionLoader *m_loader;
    Session *m_session;
    QLabel *m_server;
    QFormLayout *m_form;
    QLabel *m_versionId;
    QLabel *m_copyright;
    QLabel *m_client;
    QLabel *m_supports;
};

class I18nTab final : public TabPage
{
    Q_OBJECT
public:
    I18nTab(I18nLoader *loader, Session *session, QWidget *parent = nullptr);
    void refresh() override;
    QString title() const override;
    static QString tabTitle();
    QString bodyText() const;

private:
    void update();

    I18nLoader *m_loader;
    Session *m_session;
    QLabel *m_body;
};

} // namespace kd
