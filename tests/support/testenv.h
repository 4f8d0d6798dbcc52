#pragma once

#include <QString>

namespace kd::test {

// The directories this test's settings and data go to (set by CTest, see tests/CMakeLists.txt).
QString configHome();
QString dataHome();

} // namespace kd::test
