#include "sql/RepeatChain.h"

namespace caseloop::RepeatChain {

namespace {
// The complaints in chains: those that count and have a number. Word for word the WHERE of complaints_phone_chain,
// so that SQLite may read the index.
const char* const kCounts = "status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> ''";

const char* const kInsert = "INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone) ";
} // namespace

QString expected(const QString& phones)
{
    const QString among = phones.isEmpty() ? QString() : QStringLiteral(" AND complainant_phone IN (%1)").arg(phones);
    return QStringLiteral("SELECT id AS complaint_id, previous_at, received_at, complainant_phone FROM ("
                          "SELECT id, received_at, complainant_phone, LAG(received_at) OVER (PARTITION BY "
                          "complainant_phone ORDER BY received_at, id) AS previous_at FROM complaints "
                          "WHERE %1%2) chained WHERE previous_at IS NOT NULL")
        .arg(QLatin1String(kCounts), among);
}

QString insertAll()
{
    return QLatin1String(kInsert) + expected();
}

QString addFromNewRows()
{
    return QLatin1String(kInsert)
        + expected(QStringLiteral("SELECT complainant_phone FROM complaints WHERE id >= ? AND %1")
                       .arg(QLatin1String(kCounts)))
        + QStringLiteral(" ON CONFLICT (complaint_id) DO UPDATE SET previous_at = excluded.previous_at "
                         "WHERE previous_at <> excluded.previous_at");
}

QString differences()
{
    // Both sides in one list grouped by complaint (a join of the two would read the expected side, which has no
    // index, once per entry on SQLite), each entry as its three columns in one text.
    const QString entry = QStringLiteral("previous_at || '|' || received_at || '|' || complainant_phone");
    return QStringLiteral(
               "SELECT coalesce((SELECT code FROM complaints WHERE id = d.complaint_id), '#' || d.complaint_id) || "
               "': ' || coalesce(d.kept, 'none') || ' → ' || coalesce(d.actual, 'none') FROM ("
               "SELECT complaint_id, max(CASE WHEN side = 0 THEN previous_at END) AS kept, "
               "max(CASE WHEN side = 1 THEN previous_at END) AS actual, max(CASE WHEN side = 0 THEN v END) AS kv, "
               "max(CASE WHEN side = 1 THEN v END) AS av FROM ("
               "SELECT complaint_id, 0 AS side, previous_at, %1 AS v FROM repeat_chain "
               "UNION ALL SELECT complaint_id, 1, previous_at, %1 FROM (%2) e) s GROUP BY complaint_id) d "
               "WHERE d.kv IS DISTINCT FROM d.av ORDER BY d.complaint_id")
        .arg(entry, expected());
}

} // namespace caseloop::RepeatChain
