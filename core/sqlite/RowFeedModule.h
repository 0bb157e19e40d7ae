#pragma once

#include "base/Result.h"
#include "sql/RowFeed.h"

struct sqlite3;

namespace caseloop {

// Registers (or registers again) the table-valued function `name` with these columns on the connection.
Status registerRowFeed(sqlite3* db, const char* name, const QStringList& columns);

// The pointer type under which feeds are bound (sqlite3_bind_pointer).
inline constexpr char kRowFeedPointerType[] = "caseloop_row_feed";

} // namespace caseloop
