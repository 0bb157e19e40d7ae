#pragma once

namespace caseloop::bench {

// An office's ledger of `rows` complaints as Excel saves it (GB18030 CSV, its own column names, some rows bad),
// imported into a new office database: reading, checking and writing timed apart and together.
int importLedger(int rows);

} // namespace caseloop::bench
