#pragma once

#include "base/Result.h"
#include "ledger/CsvReader.h"
#include "ledger/LedgerNames.h"
#include "ledger/LedgerPlan.h"
#include "sheet/Sheet.h"

#include "ledger/LedgerText.h"

#include <functional>

namespace caseloop {

class Store;

// An office's existing ledger (台账) into CaseLoop, in three steps the GUI and the CLI share:
// read the file → plan (check every row against the database, nothing written) → write (one transaction).

struct LedgerReadOptions
{
    QString sheet; // XLSX: the sheet by name; empty = the first
    QString encoding; // CSV: empty = detect (UTF-8 with or without BOM, else GB18030)
};

struct LedgerTable
{
    QString file;
    QString encoding;
    QString sheet;
    QStringList sheets; // every sheet of a workbook
    QList<LedgerRow> rows; // the header first
};

// Reads a .csv/.txt or .xlsx file (told apart by content, not only by name). Fails with a message naming the file
// for a file that is missing, empty, an old .xls, a damaged workbook or undecodable text.
Result<LedgerTable> readLedgerFile(const QString& path, const LedgerReadOptions& options = {});

// Called now and then with how far the work is; returning false cancels it (nothing is written).
using LedgerProgress = std::function<bool(int done, int total)>;

// Checks every row: finds the columns by their headers, parses dates, places, phones, statuses; rejects rows whose
// received time is missing, impossible or in the future, whose content is empty, or whose status, priority,
// satisfaction or closing time cannot be read (naming row, column and value); leaves out rows already imported;
// lists names the database does not know. Fails when the header lacks the received time or the content column.
Result<LedgerPlan> planLedger(const LedgerTable& table, const LedgerNames& names, const QDateTime& now,
                              const LedgerProgress& progress = {});

// Writes the plan's records in one transaction, audited under the store's operator: first what `choices` says to
// create (regions, estates, departments, catalogue entries; buildings of known estates are created as needed),
// then the complaints (codes by their day of receipt, promises by the SLA for the open ones), a ticket for each
// row naming a department, one audit row per complaint and one import batch. Rows imported meanwhile (another
// window) count as duplicates. Cancelled or failed, nothing is left written.
Result<LedgerOutcome> writeLedger(Store& store, const LedgerPlan& plan, const LedgerChoices& choices,
                                  const LedgerProgress& progress = {});

// The one-line summary the GUI shows: "imported N, rejected M, duplicates K" (translated; the CLI prints it in
// English always, for scripts).
QString ledgerSummary(const LedgerOutcome& outcome);

// The per-row report (CSV through writeCsv): every row of the file with what became of it — the code it was
// stored as, or why it was rejected, or that it was a duplicate. Without an outcome (a dry run) rows to be
// imported say "would be imported".
Sheet ledgerReport(const LedgerPlan& plan, const LedgerOutcome* outcome);

} // namespace caseloop
