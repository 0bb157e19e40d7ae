#pragma once

#include <QString>

namespace caseloop::bench {

// Generates (or reuses) a database of `complaints` at `path` and times every analysis query the
// analysis page and the weekly report issue, for a week, a month and a quarter, and the weekly report PDF.
int analysis(const QString& path, int complaints);

} // namespace caseloop::bench
