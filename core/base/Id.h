#pragma once

#include <QtGlobal>

namespace caseloop {

// A stored record's key. 0 means "not stored yet" or "none".
using Id = qint64;

} // namespace caseloop
