#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;

namespace kd {

class AppSettings;
class TimeKeepingPage;
class Timekeeper;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, Timekeeper *timekeeper, QWidget *parent = nullptr);

    TimeKeepingPage *timeKeepingPage() const { return m_timeKeeping; }
    // Shows the page of keeping time honest.
    void showTimeKeeping();

    // Languages offered: "" = the system's, then the translated ones.
    static QList<QPair<QString, QString>> languages();

Q_SIGNALS:
    void applied();

private:
    void apply();

    AppSettings *m_settings;
    QComboBox *m_language;
    QSpinBox *m_refresh;
    QCheckBox *m_closeToTray;
    QCheckBox *m_notifications;
    QCheckBox *m_autostart;
    QSpinBox *m_timeout;
    QSpinBox *m_maxResponse;
    QTabWidget *m_pages;
    TimeKeepingPage *m_timeKeeping;
};

} // namespace kd
