// The SQLite side of the import's bulk write and of copies of the file (SqliteDatabase). Each table is written by
// one INSERT…SELECT that reads the rows straight from memory (LedgerFeed through RowFeedModule): run once, a
// statement opens the 24 indexes of complaints once instead of once per row. The full-text indexes are filled by
// one INSERT…SELECT each at the end (the daily KPI sums too, and the daily counts from the feed), because FTS5 flushes
// its pending terms at every statement's savepoint: an insert trigger, run once per row, costs about 0.3 ms a row
// (100,000 rows: 30 s instead of 1 s).
#include "sql/ComplaintDayTally.h"
#include "sql/KpiDays.h"
#include "sql/LedgerFeed.h"
#include "sql/RepeatChain.h"
#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"
#include "sqlite/BulkStatement.h"
#include "sqlite/RowFeedModule.h"
#include "sqlite/SqliteDatabase.h"
#include "store/Actor.h"

#include <sqlite3.h>

#include <QFile>

namespace caseloop {

namespace {
// What insert triggers keep beside complaints (schema 5, 7, 8, 10 and 13), each filled by one statement over the new
// rows (id >= ?) instead: the search indexes, the daily KPI sums and the repeat chains. The daily counts are added from
// the feed (addDayCounts).
struct TriggerFill
{
    const char* trigger;
    QString sql;
    int binds; // how many times the first new id is bound
    bool dayCounts = false; // filled by addDayCounts instead
};

QList<TriggerFill> triggerFills()
{
    const auto searchIndex = [](const char* trigger, const char* table, const char* columns) {
        return TriggerFill{trigger,
                           QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM complaints WHERE id >= ?")
                               .arg(QLatin1String(table), QLatin1String(columns)),
                           1};
    };
    return {
        searchIndex("complaints_fts_insert", "complaints_fts",
                    "complainant_name, complainant_phone, description, request"),
        searchIndex("complaints_grams_insert", "complaints_grams", "complainant_name, description, request"),
        // The daily counts: counted from the feed (addDayCounts), not by grouping the new rows eleven times.
        {"complaint_days_insert", QString(), 0, true},
        // The KPI sums of the new complaints, their stewards' and their tickets' departments' at once: the tickets'
        // trigger has nothing left to add.
        {"kpi_days_insert", KpiDays::addGrouped(QStringLiteral("id >= ?")), 1},
        {"kpi_days_ticket_insert", QString(), 0},
        // The chains of the new complaints' numbers, written again at once.
        {"complaint_chain_insert", RepeatChain::addFromNewRows(), 1},
    };
}

// The daily counts of the feed's complaints, added by one upsert of its rows in their key order.
Status addDayCounts(SqliteDatabase& db, LedgerFeed& feed)
{
    auto tally = ComplaintDays::Tally::of(feed, LedgerFeed::columns());
    if (!tally)
        return Error{tally.error()};
    if (Status s = registerRowFeed(static_cast<sqlite3*>(db.nativeHandle()), "caseloop_day_counts",
                                   ComplaintDays::Tally::columns());
        !s)
        return s;
    BulkStatement add(db,
                      QStringLiteral("INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n) "
                                     "SELECT dimension, day, region_id, estate_id, k, n "
                                     "FROM caseloop_day_counts(?) WHERE true "
                                     "ON CONFLICT (dimension, day, region_id, estate_id, k) "
                                     "DO UPDATE SET n = n + excluded.n"));
    if (auto added = add.bindFeed(&tally.value()).run(); !added)
        return Error{added.error()};
    return {};
}

// When an import brings more rows than complaints holds, the secondary indexes of complaints are dropped before its
// rows go in and built again after, inside the same transaction: SQLite builds an index by sorting, which is far
// quicker than inserting every row into some twenty B-trees at random places. Against a large table the rebuild
// would read every old row again, so the indexes stay. Returns the CREATE INDEX statements to run afterwards.
Result<QStringList> dropIndexesForLargeImport(const QSqlDatabase& db, const LedgerFeed& feed)
{
    if (feed.rowCount() < feed.firstId() - 1) // the new ids follow the largest: about as many rows as are there
        return QStringList();
    auto indexes = selectRows<QPair<QString, QString>>(
        db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'complaints' "
                       "AND sql IS NOT NULL ORDER BY name"),
        {}, [](SqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!indexes)
        return Error{indexes.error()};
    QStringList rebuild;
    for (const auto& [name, sql] : indexes.value()) {
        if (Status s = execute(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return Error{s.error()};
        rebuild << sql;
    }
    return rebuild;
}
} // namespace

Result<Id> SqliteDatabase::reserveComplaintIds(qsizetype)
{
    // The transaction holds the write lock: the ids after the largest stay free until it ends.
    auto first = scalar(connection(), QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM complaints"));
    if (!first)
        return Error{first.error()};
    return first->toLongLong();
}

Status SqliteDatabase::writeImportedRows(LedgerFeed& feed, const Actor& actor, const QDateTime& now)
{
    const QSqlDatabase db = connection();
    const QList<TriggerFill> fills = triggerFills();
    QStringList setAside; // the CREATE TRIGGER of each of them, put back at the end
    for (const TriggerFill& index : fills) {
        auto trigger = scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                              {QLatin1String(index.trigger)});
        if (!trigger)
            return Error{trigger.error()};
        setAside << trigger->toString();
        if (!trigger->isNull())
            if (Status s = execute(db, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(index.trigger))); !s)
                return s;
    }
    if (Status s = registerRowFeed(static_cast<sqlite3*>(nativeHandle()), "caseloop_ledger", LedgerFeed::columns()); !s)
        return s;
    const QString complaintColumns = LedgerFeed::complaintColumns();
    const QStringList moves{
        QStringLiteral("INSERT INTO complaints (%1) SELECT %1 FROM caseloop_ledger(?)").arg(complaintColumns),
        QStringLiteral("INSERT INTO tickets (complaint_id, department_id, dispatched_at, result, completed_at, status) "
                       "SELECT id, department_id, received_at, ticket_result, ticket_done_at, ticket_status "
                       "FROM caseloop_ledger(?) WHERE department_id IS NOT NULL"),
        auditInsert(QStringLiteral("SELECT ?, ?, ?, 'complaint', id, 'import', '', NULL, audit_text "
                                   "FROM caseloop_ledger(?)"))};
    auto rebuild = dropIndexesForLargeImport(db, feed);
    if (!rebuild)
        return Error{rebuild.error()};
    const QString nowText = toDb(now).toString();
    LedgerProgress progress = feed.progress();
    for (const QString& sql : moves) {
        BulkStatement move(*this, sql);
        if (sql.startsWith(QLatin1String("INSERT INTO audit_log")))
            move.bind(nowText).bindIdOrNull(actor.id).bind(actor.name);
        if (auto moved = move.bindFeed(&feed).run(); !moved)
            return Error{moved.error()};
        feed.setProgress({}); // the complaints' statement is the long one; the others follow at once
    }
    feed.setProgress(progress);
    for (const QString& index : rebuild.value())
        if (Status s = execute(db, index); !s)
            return s;
    // Dropping an index drops its planner statistics: a file that was analysed gets those of the new table.
    if (!rebuild->isEmpty()) {
        auto analysed = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        if (!analysed)
            return Error{analysed.error()};
        if (analysed->toInt() > 0)
            if (Status s = execute(db, QStringLiteral("ANALYZE complaints")); !s)
                return s;
    }
    for (int i = 0; i < setAside.size(); ++i) {
        if (setAside[i].isEmpty())
            continue;
        const TriggerFill& fill = fills[i];
        if (!fill.sql.isEmpty())
            if (Status s = execute(db, fill.sql, QVariantList(fill.binds, feed.firstId())); !s)
                return s;
        if (fill.dayCounts)
            if (Status s = addDayCounts(*this, feed); !s)
                return s;
        if (Status s = execute(db, setAside[i]); !s)
            return s;
    }
    return {};
}

qint64 sqliteCopyBytes(const QSqlDatabase& db)
{
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count")).value_or(0).toLongLong();
    const qint64 free = scalar(db, QStringLiteral("PRAGMA freelist_count")).value_or(0).toLongLong();
    const qint64 size = scalar(db, QStringLiteral("PRAGMA page_size")).value_or(4096).toLongLong();
    return std::max<qint64>(pages - free, 0) * size;
}

Status SqliteDatabase::copyTo(const QString& file)
{
    // VACUUM INTO writes a consistent copy of the live file, rows still in its WAL included.
    QFile::remove(file);
    const Status s = execute(connection(), QStringLiteral("VACUUM INTO ?"), {file});
    if (!s)
        QFile::remove(file);
    return s;
}

} // namespace caseloop
