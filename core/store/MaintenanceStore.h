#pragma once

#include "base/Result.h"

#include <QStringList>

namespace caseloop {

struct IntegrityReport
{
    QStringList problems; // each names the rule, how many records break it, and the first few codes
    qint64 complaints = 0;
    qint64 tickets = 0;
    qint64 followUps = 0;
    qint64 rectifications = 0;
    qint64 auditRows = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Whole-database checks: SQLite's own integrity and foreign keys, then CaseLoop's consistency rules.
class MaintenanceStore
{
public:
    virtual ~MaintenanceStore() = default;
    virtual Result<IntegrityReport> checkIntegrity() = 0;
    // Counts the daily counts of the charts (complaint_days) and the daily KPI sums (kpi_days) again from the
    // complaints and tickets, and writes the repeat complainants' chains (repeat_chain) again, in one transaction
    // that keeps other writers of them waiting; for when checkIntegrity() names a difference. Returns the rows
    // written.
    virtual Result<qint64> recountDays() = 0;
};

} // namespace caseloop
