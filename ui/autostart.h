#pragma once

#include <QString>

namespace kd::Autostart {

// The XDG autostart entry (~/.config/autostart/<app id>.desktop) that starts Kimai Desk in the tray.
QString entryPath();
bool isEnabled();
bool setEnabled(bool enabled);

} // namespace kd::Autostart
