#pragma once

#include <QIcon>

namespace kd::icons {

// The app's icons, from PNG renditions of resources/icons/*.svg (see resources/CMakeLists.txt).
// A rendition is read only when a pixmap of about its size is asked for: setting the window icon
// decodes nothing, and no SVG renderer is loaded.
QIcon app();
QIcon tray(bool running);

} // namespace kd::icons
