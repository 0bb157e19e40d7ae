#pragma once

#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerResolver.h"
#include "sql/RowFeed.h"

#include <vector>

namespace caseloop {

// One complaint the import writes: its ledger record, the ids its names resolved to and the code it was given.
struct StagedComplaint
{
    const LedgerRecord* record = nullptr;
    LedgerResolver::Ids ids;
    QString code;
};

// The import's complaints as rows for one INSERT…SELECT per table (RowFeed): every column of complaints the
// import fills (named as in complaints, from `id` on), then what the ticket and the audit row need. The stored
// times, promises by the SLA and texts are worked out here, row by row, as the engine reads them.
class LedgerFeed : public RowFeed
{
public:
    LedgerFeed(const std::vector<StagedComplaint>& rows, Id firstId, const SlaPolicy& policy,
               const WorkingCalendar& calendar, const QDateTime& now, const QString& fileName);

    // The columns in order; complaintColumns() is the first part, the columns of complaints.
    static const QStringList& columns();
    static QString complaintColumns();

    // Asked every 1,000 rows; returning false stops the statement reading the feed ("Cancelled").
    void setProgress(LedgerProgress progress) { m_progress = std::move(progress); }
    const LedgerProgress& progress() const { return m_progress; }
    Id firstId() const { return m_firstId; }
    bool cancelled() const { return m_cancelled; }

    qsizetype rowCount() const override { return qsizetype(m_rows.size()); }
    void column(qsizetype row, int column, Cell& out) override;

private:
    struct Promises
    {
        QDateTime firstContactDue, feedbackDue, followUpDue, firstContactAt, feedbackAt, followUpAt;
    };
    Promises promisesOf(const LedgerRecord& r) const;
    static void time(const QDateTime& t, Cell& out);

    const std::vector<StagedComplaint>& m_rows;
    Id m_firstId;
    const SlaPolicy& m_policy;
    const WorkingCalendar& m_calendar;
    QByteArray m_now; // the stored time of `now`
    QString m_auditText; // "ledger.csv, row \0"
    LedgerProgress m_progress;
    bool m_cancelled = false;
    qsizetype m_promisesRow = -1; // the row m_promises belongs to
    Promises m_promises;
};

} // namespace caseloop
