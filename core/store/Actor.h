#pragma once

#include "base/Id.h"

#include <QString>

namespace caseloop {

// Who is making changes: every audit row carries this name.
struct Actor
{
    Id id = 0;
    QString name;
};

} // namespace caseloop
