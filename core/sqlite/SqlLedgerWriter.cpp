// writeLedger: the import's one transaction. Each table is written by one INSERT…SELECT that reads the rows
// straight from memory (LedgerFeed): run once, a statement opens the 24 indexes of complaints once instead of once
// per row. The full-text indexes are filled by one INSERT…SELECT each at the end, because FTS5 flushes its pending
// terms at every statement's savepoint: an insert trigger, run once per row, costs about 0.3 ms a row (100,000
// rows: 30 s instead of 1 s).
#include "ledger/LedgerImport.h"
#include "ledger/LedgerResolver.h"
#include "sqlite/DamageMarks.h"
#include "sqlite/LedgerFeed.h"

#include "domain/Codes.h"
#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"
#include "sqlite/BulkStatement.h"
#include "sqlite/Database.h"
#include "sqlite/SqlQuery.h"
#include "sqlite/SqlTable.h"
#include "sqlite/Transaction.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace caseloop {

namespace {
// The search indexes kept by insert triggers (schema 5 and 7), each filled by one statement instead.
struct SearchIndex
{
    const char* table;
    const char* trigger;
    const char* columns;
};
constexpr SearchIndex kSearchIndexes[] = {
    {"complaints_fts", "complaints_fts_insert", "complainant_name, complainant_phone, description, request"},
    {"complaints_grams", "complaints_grams_insert", "complainant_name, description, request"},
};

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
    if (auto damage = DamageMarks::recalled(store.location()))
        return Error{DamageMarks::refusal(store.location(),
                                          QCoreApplication::translate("caseloop::DamageMarks", "an import"), *damage)};

    Transaction tx(store.database());
    if (!tx.begun())
        return Error{tx.begun().error()};
    LedgerOutcome out;
    out.rejected = int(plan.rejected.size());
    out.duplicates = int(plan.duplicateRows.size());
    LedgerNames names;
    if (Status s = names.load(store); !s) // inside the transaction: what another window added counts
        return Error{s.error()};
    LedgerResolver resolver(store, names, out);
    if (Status s = resolver.apply(plan, choices); !s)
        return Error{s.error()};

    auto firstNewId = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM complaints"));
    if (!firstNewId)
        return Error{firstNewId.error()};
    QStringList setAside; // the CREATE TRIGGER of each search index's insert trigger, put back at the end
    for (const SearchIndex& index : kSearchIndexes) {
        auto trigger = scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                              {QLatin1String(index.trigger)});
        if (!trigger)
            return Error{trigger.error()};
        setAside << trigger->toString();
        if (!trigger->isNull())
            if (Status s = execute(db, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(index.trigger))); !s)
                return Error{s.error()};
    }

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

    // Into the real tables, in time order: ids are given here (the next free ones, the transaction holds the
    // write lock), so the ticket and the audit row of a complaint need no lookup of its id.
    LedgerFeed feed(staged, firstNewId->toLongLong(), *policy, *calendar, now, fileName);
    feed.setProgress(progress);
    if (Status s = registerRowFeed(static_cast<sqlite3*>(store.database().nativeHandle()), "caseloop_ledger",
                                   LedgerFeed::columns());
        !s)
        return Error{s.error()};
    const QString complaintColumns = LedgerFeed::complaintColumns();
    const QStringList moves{
        QStringLiteral("INSERT INTO complaints (%1) SELECT %1 FROM caseloop_ledger(?)").arg(complaintColumns),
        QStringLiteral("INSERT INTO tickets (complaint_id, department_id, dispatched_at, result, completed_at, status) "
                       "SELECT id, department_id, received_at, ticket_result, ticket_done_at, ticket_status "
                       "FROM caseloop_ledger(?) WHERE department_id IS NOT NULL"),
        auditInsert(QStringLiteral("SELECT ?, ?, ?, 'complaint', id, 'import', '', NULL, audit_text "
                                   "FROM caseloop_ledger(?)"))};
    const QString nowText = toDb(now).toString();
    for (const QString& sql : moves) {
        BulkStatement move(store.database(), sql);
        if (sql.startsWith(QLatin1String("INSERT INTO audit_log")))
            move.bind(nowText).bindIdOrNull(actor.id).bind(actor.name);
        if (auto moved = move.bindFeed(&feed).run(); !moved)
            return Error{feed.cancelled() ? LedgerText::tr("Cancelled; nothing was imported.") : moved.error()};
        feed.setProgress({}); // the complaints' statement is the long one; the others follow at once
    }
    if (progress && !progress(int(staged.size()), int(staged.size())))
        return Error{LedgerText::tr("Cancelled; nothing was imported.")};
    for (int i = 0; i < setAside.size(); ++i) {
        if (setAside[i].isEmpty())
            continue;
        const auto& index = kSearchIndexes[i];
        if (Status s = execute(db,
                               QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM complaints WHERE id >= ?")
                                   .arg(QLatin1String(index.table), QLatin1String(index.columns)),
                               {*firstNewId});
            !s)
            return Error{s.error()};
        if (Status s = execute(db, setAside[i]); !s)
            return Error{s.error()};
    }
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
