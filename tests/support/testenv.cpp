#include "support/testenv.h"

#include <QtGlobal>

namespace kd::test {

QString configHome()
{
    return qEnvironmentVariable("XDG_CONFIG_HOME");
}

QString dataHome()
{
    return qEnvironmentVariable("XDG_DATA_HOME");
}

} // namespace kd::test
