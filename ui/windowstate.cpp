#include "ui/windowstate.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace kd {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLastTab = QStringLiteral("window/lastTab");
} // namespace

WindowStateStore::WindowStateStore(QSettings *settings)
    : m_settings(settings)
{
}

bool WindowStateStore::restoreGeometry(QMainWindow *window) const
{
    return window->restoreGeometry(m_settings->value(kGeometry).toByteArray());
}

QString WindowStateStore::lastTab() const
{
    return m_settings->value(kLastTab).toString();
}

bool WindowStateStore::restoreDocks(QMainWindow *window) const
{
    return window->restoreState(m_settings->value(kState).toByteArray());
}

bool WindowStateStore::restoreSplitter(QSplitter *splitter) const
{
    return splitter->restoreState(m_settings->value(kSplitter).toByteArray());
}

void WindowStateStore::save(const QMainWindow *window, const QSplitter *splitter, const QString &tab) const
{
    m_settings->setValue(kGeometry, window->saveGeometry());
    m_settings->setValue(kState, window->saveState());
    if (splitter)
        m_settings->setValue(kSplitter, splitter->saveState());
    if (!tab.isEmpty())
        m_settings->setValue(kLastTab, tab);
    m_settings->sync();
}

} // namespace kd
