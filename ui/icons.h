#pragma once

#include <QIcon>

namespace kd::icons {

// The app's icons, from PNG renditions of resources/icons/*.svg (see resources/CMakeLists.txt): no
// SVG renderer is loaded for them.
QIcon app();
QIcon tray(bool running);

} // namespace kd::icons
