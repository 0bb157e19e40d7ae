// writeLedger: the import's one transaction. What to write is worked out here for both engines; the rows go in
// through the engine's bulk path (Database::writeImportedRows): on SQLite one INSERT…SELECT a table from memory
// (sqlite/SqliteBulk.cpp), on PostgreSQL one COPY a table (postgres/PostgresBulk.cpp).
#include "ledger/LedgerImport.h"
#include "ledger/LedgerResolver.h"
#include "sql/LedgerFeed.h"

#include "domain/Codes.h"
#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"
#include "sql/Database.h"
#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"
#include "sql/Transaction.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace caseloop {

namespace {
// Daily code sequences (TS-20260305-0001…), read all at once and written back once per day used.
class CodeSequences
{
public:
    explicit CodeSequences(const QSqlDatabase& db)
        : m_db(db)
    {
    }
    // Every day's counter at once (one row per day that has complaints: a few thousand at most), then a code a
    // row, the day's prefix built once (QDate::toString costs ~1 µs).
    Status load()
    {
        SqlQuery q(m_db, QStringLiteral("SELECT prefix, last_value FROM code_counters"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            m_stored.insert(q.value(0).toString(), q.value(1).toInt());
        return q.finished();
    }
    QString next(const QDate& day)
    {
        auto it = m_days.find(day.toJulianDay());
        if (it == m_days.end()) {
            const QString prefix = complaintCodePrefix(day);
            it = m_days.insert(day.toJulianDay(), {prefix, m_stored.value(prefix)});
        }
        return codeWithNumber(it->prefix, ++it->last);
    }
    Status save()
    {
        for (const Day& day : std::as_const(m_days))
            if (Status s = execute(m_db,
                                   QStringLiteral("INSERT INTO code_counters (prefix, last_value) VALUES (?, ?) "
                                                  "ON CONFLICT(prefix) DO UPDATE SET last_value = excluded.last_value"),
                                   {day.prefix, day.last});
                !s)
                return s;
        return {};
    }

private:
    struct Day
    {
        QString prefix; // TS-20260305
        int last = 0;
    };
    QSqlDatabase m_db;
    QHash<QString, int> m_stored;
    QHash<qint64, Day> m_days; // by Julian day
};

} // namespace

QString ledgerSummary(const LedgerOutcome& o)
{
    return LedgerText::tr("imported %1, rejected %2, duplicates %3").arg(o.imported).arg(o.rejected).arg(o.duplicates);
}

Result<LedgerOutcome> writeLedger(Store& store, const LedgerPlan& plan, const LedgerChoices& choices,
                                  const LedgerProgress& progress)
{
    auto policy = SlaPolicy::load(store.settings());
    auto calendar = WorkingCalendar::load(store.calendar());
    if (!policy || !calendar)
        return Error{!policy ? policy.error() : calendar.error()};
    const QSqlDatabase db = store.database().connection();
    const Actor& actor = store.actor();
    const QDateTime now = store.clock().now();
    const QString fileName = QFileInfo(plan.file).fileName();
    if (Status s = store.database().refuseIfDamaged(QCoreApplication::translate("caseloop::DamageMarks", "an import"));
        !s)
        return Error{s.error()};

    Transaction tx(store.database());
    if (!tx.begun())
        return Error{tx.begun().error()};
    if (Status s = store.database().lockForImport(); !s)
        return Error{s.error()};
    LedgerOutcome out;
    out.rejected = int(plan.rejected.size());
    out.duplicates = int(plan.duplicateRows.size());
    LedgerNames names;
    if (Status s = names.load(store); !s) // inside the transaction: what another window added counts
        return Error{s.error()};
    LedgerResolver resolver(store, names, out);
    if (Status s = resolver.apply(plan, choices); !s)
        return Error{s.error()};

    CodeSequences codes(db);
    if (Status s = codes.load(); !s)
        return Error{s.error()};
    // In order of receipt: each day's codes then run in time order, and the indexes (most of them end in
    // received_at) grow at their ends instead of at random places.
    QList<const LedgerRecord*> inTimeOrder;
    inTimeOrder.reserve(plan.records.size());
    for (const LedgerRecord& r : plan.records)
        inTimeOrder.append(&r);
    std::stable_sort(inTimeOrder.begin(), inTimeOrder.end(),
                     [](const LedgerRecord* a, const LedgerRecord* b) { return a->received < b->received; });
    std::vector<StagedComplaint> staged;
    staged.reserve(size_t(inTimeOrder.size()));
    for (const LedgerRecord* record : inTimeOrder) {
        const LedgerRecord& r = *record;
        if (names.importKeys().contains(r.importKey)) {
            ++out.duplicates;
            continue;
        }
        names.addImportKey(r.importKey);
        auto ids = resolver.resolve(r);
        if (!ids)
            return Error{LedgerText::tr("Row %1: %2").arg(r.row).arg(ids.error())};
        const QString code = codes.next(r.received.date());
        staged.push_back({&r, *ids, code});
        out.codes.append({r.row, code});
    }
    out.imported = int(staged.size());

    // Into the real tables, in time order: ids are given here (the engine keeps them free until the transaction
    // ends), so the ticket and the audit row of a complaint need no lookup of its id.
    auto firstNewId = store.database().reserveComplaintIds(qsizetype(staged.size()));
    if (!firstNewId)
        return Error{firstNewId.error()};
    LedgerFeed feed(staged, *firstNewId, *policy, *calendar, now, fileName);
    feed.setProgress(progress);
    if (Status s = store.database().writeImportedRows(feed, actor, now); !s)
        return Error{feed.cancelled() ? LedgerText::tr("Cancelled; nothing was imported.") : s.error()};
    if (progress && !progress(int(staged.size()), int(staged.size())))
        return Error{LedgerText::tr("Cancelled; nothing was imported.")};
    if (Status s = codes.save(); !s)
        return Error{s.error()};
    auto batch = scalar(db,
                        QStringLiteral("INSERT INTO import_batches (file, source, imported_at, actor_name, rows_read, "
                                       "imported, rejected, duplicates) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {plan.file, plan.sheet.isEmpty() ? plan.encoding : plan.sheet, toDb(now), actor.name,
                         plan.rowsRead, out.imported, out.rejected, out.duplicates});
    if (!batch)
        return Error{batch.error()};
    out.batchId = batch->toLongLong();
    if (Status s = writeAudit(db, now, actor, QStringLiteral("import_batch"), out.batchId, QStringLiteral("create"),
                              QString(), QVariant(), LedgerText::tr("%1: %2").arg(fileName, ledgerSummary(out)));
        !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return out;
}

} // namespace caseloop
