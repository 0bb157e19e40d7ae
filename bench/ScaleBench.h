#pragma once

#include <QString>

namespace caseloop::bench {

// The list at scale: opening and the first screen, a first page after each filter, searches of 3+ and of
// 1–2 characters, jumps to the middle and the end, the count, scrolling the whole list (then RSS), and
// the cost of our layers over raw sqlite3 for the chart SQL.
int scaleList(const QString& path, int complaints, bool scrollAll);

} // namespace caseloop::bench
