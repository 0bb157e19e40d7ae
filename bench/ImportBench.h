#pragma once

#include <QString>

namespace caseloop::bench {

// An office's ledger of `rows` complaints as Excel saves it (GB18030 CSV, its own column names, some rows bad),
// imported into a new office database: reading, checking and writing timed apart and together.
// Into a new office: a file in a temporary folder, or `server`, an empty database on a server (postgresql://…).
int importLedger(int rows, const QString& server = {});

} // namespace caseloop::bench
