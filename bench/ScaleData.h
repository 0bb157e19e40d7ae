#pragma once

#include "base/Result.h"

#include <QDateTime>

namespace caseloop::bench {

struct ScaleOptions
{
    int complaints = 1000000;
    int years = 5; // spread over this many years up to `end`
    quint32 seed = 1;
    QDateTime end;
};

struct ScaleSummary
{
    qint64 complaints = 0;
    qint64 tickets = 0;
    qint64 followUps = 0;
    bool reused = false;
};

// A deterministic database of a large property group's history at `path`: the demo organisation, then
// complaints with tickets and follow-ups written straight through sqlite3 in one transaction (no audit rows:
// this is history, as an import of old ledgers would be). An existing file with enough complaints is reused.
Result<ScaleSummary> generateScale(const QString& path, const ScaleOptions& options);

// The "now" of every scale benchmark: the generated history ends here.
QDateTime scaleEnd();
// Generates or reuses the database for a benchmark and reports how (generate.*, complaints); false after
// printing the reason on stderr.
bool prepareScale(const QString& path, int complaints);

} // namespace caseloop::bench
