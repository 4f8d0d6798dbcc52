#include "ui/settingsdialog.h"

#include "session/appsettings.h"
#include "ui/autostart.h"
#include "ui/timekeepingpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kd {

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
}

SettingsDialog::SettingsDialog(AppSettings *settings, Timekeeper *timekeeper, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    layout->addWidget(m_pages);
    auto *general = new QWidget(m_pages);
    auto *generalLayout = new QVBoxLayout(general);
    auto *form = new QFormLayout();

    m_language = new QComboBox(this);
    for (const auto &l : languages())
        m_language->addItem(l.second, l.first);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies the next time Kimai Desk starts."), this);
    restart->setEnabled(false);
    form->addRow(QString(), restart);

    m_refresh = new QSpinBox(this);
    m_refresh->setRange(0, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setSpecialValueText(tr("never"));
    m_refresh->setValue(settings->activeRefreshSeconds());
    form->addRow(tr("Re-read the running timer every:"), m_refresh);

    m_closeToTray = new QCheckBox(tr("Closing the window keeps Kimai Desk in the tray"), this);
    m_closeToTray->setChecked(settings->closeToTray());
    m_closeToTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    if (!m_closeToTray->isEnabled())
        m_closeToTray->setToolTip(tr("This desktop has no system tray."));
    form->addRow(QString(), m_closeToTray);

    m_notifications = new QCheckBox(tr("Show a desktop notification when a timer starts or stops from the tray or a command"), this);
    m_notifications->setChecked(settings->notifications());
    form->addRow(QString(), m_notifications);

    m_autostart = new QCheckBox(tr("Start Kimai Desk when I log in"), this);
    m_autostart->setChecked(Autostart::isEnabled());
    form->addRow(QString(), m_autostart);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings->transferTimeoutSeconds());
    form->addRow(tr("Network timeout (no data for):"), m_timeout);

    m_maxResponse = new QSpinBox(this);
    m_maxResponse->setRange(1, 4096);
    m_maxResponse->setSuffix(tr(" MB"));
    m_maxResponse->setValue(settings->maxResponseMegabytes());
    form->addRow(tr("Maximum response size:"), m_maxResponse);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    m_pages->addTab(general, tr("General"));

    m_timeKeeping = new TimeKeepingPage(timekeeper, m_pages);
    m_pages->addTab(m_timeKeeping, tr("Keeping time"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::showTimeKeeping()
{
    m_pages->setCurrentIndex(1);
}

void SettingsDialog::apply()
{
    m_timeKeeping->apply();
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setActiveRefreshSeconds(m_refresh->value());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setNotifications(m_notifications->isChecked());
    m_settings->setTransferTimeoutSeconds(m_timeout->value());
    m_settings->setMaxResponseMegabytes(m_maxResponse->value());
    if (m_autostart->isChecked() != Autostart::isEnabled())
        Autostart::setEnabled(m_autostart->isChecked());
    m_settings->setStartAtLogin(m_autostart->isChecked());
    Q_EMIT applied();
}

} // namespace kd
