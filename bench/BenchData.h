#pragma once

#include "base/Result.h"

namespace caseloop {

class FixedClock;
class Store;

namespace bench {

// Adds rectification items until the database holds `items`, each linked to up to five complaints and left
// at one of the five steps, with the demo's wording; deterministic for a seed. Needs complaints in the store.
Status addRectificationItems(Store& store, FixedClock& clock, int items, quint32 seed);

} // namespace bench
} // namespace caseloop
