#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace kd {

class AppSettings;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

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
};

} // namespace kd
