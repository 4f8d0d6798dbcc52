#pragma once

#include <QByteArray>
#include <QString>

class QMainWindow;
class QSettings;
class QSplitter;

namespace kd {

// Where the window was and how it was laid out, kept in the settings: geometry, docks, the split
// between the tabs and the inspector, and the last tab. The geometry is restored at once; the rest
// belongs to the workspace and is applied when it exists.
class WindowStateStore
{
public:
    explicit WindowStateStore(QSettings *settings);

    // Restores the geometry; false when there is none (first run).
    bool restoreGeometry(QMainWindow *window) const;
    QString lastTab() const;   // "" when none was saved
    // Docks and splitter; false for each that had nothing saved.
    bool restoreDocks(QMainWindow *window) const;
    bool restoreSplitter(QSplitter *splitter) const;

    void save(const QMainWindow *window, const QSplitter *splitter, const QString &tab) const;

private:
    QSettings *m_settings;
};

} // namespace kd
