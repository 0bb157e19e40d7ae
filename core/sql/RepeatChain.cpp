#include "sql/RepeatChain.h"

#include <QStringList>

namespace caseloop::RepeatChain {

namespace {
// The complaints in chains: those that count and have a number. Word for word the WHERE of complaints_phone_chain,
// so that SQLite may read the index.
const char* const kCounts = "status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> ''";

const char* const kInsert = "INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, "
                            "previous_id, steward_id, region_id, previous_steward_id, previous_region_id) ";
} // namespace

QString expected(const QString& phones)
{
    const QString among = phones.isEmpty() ? QString() : QStringLiteral(" AND complainant_phone IN (%1)").arg(phones);
    return QStringLiteral("SELECT id AS complaint_id, previous_at, received_at, complainant_phone, previous_id, "
                          "steward_id, region_id, previous_steward_id, previous_region_id FROM ("
                          "SELECT id, received_at, complainant_phone, steward_id, region_id, "
                          "LAG(received_at) OVER chain AS previous_at, LAG(id) OVER chain AS previous_id, "
                          "LAG(steward_id) OVER chain AS previous_steward_id, "
                          "LAG(region_id) OVER chain AS previous_region_id FROM complaints WHERE %1%2 "
                          "WINDOW chain AS (PARTITION BY complainant_phone ORDER BY received_at, id)) chained "
                          "WHERE previous_at IS NOT NULL")
        .arg(QLatin1String(kCounts), among);
}

QString insertAll()
{
    return QLatin1String(kInsert) + expected();
}

QString addFromNewRows()
{
    // New complaints change only which complaint comes before an older one: its previous_* columns.
    return QLatin1String(kInsert)
        + expected(QStringLiteral("SELECT complainant_phone FROM complaints WHERE id >= ? AND %1")
                       .arg(QLatin1String(kCounts)))
        + QStringLiteral(" ON CONFLICT (complaint_id) DO UPDATE SET previous_at = excluded.previous_at, "
                         "previous_id = excluded.previous_id, previous_steward_id = excluded.previous_steward_id, "
                         "previous_region_id = excluded.previous_region_id "
                         "WHERE previous_id <> excluded.previous_id");
}

QString differences()
{
    // Both sides in one list grouped by complaint (a join of the two would read the expected side, which has no
    // index, once per entry on SQLite), each entry as its columns in one text. An entry is named by its previous
    // complaint's time, or by all its columns when that time is right and another column is not (a steward or a
    // region left behind).
    QStringList columns;
    for (const char* column : {"previous_at", "received_at", "complainant_phone", "previous_id", "steward_id",
                               "region_id", "previous_steward_id", "previous_region_id"})
        columns << QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(QLatin1String(column));
    const QString entry = columns.join(QStringLiteral(" || '|' || "));
    return QStringLiteral(
               "SELECT coalesce((SELECT code FROM complaints WHERE id = d.complaint_id), '#' || d.complaint_id) || "
               "': ' || CASE WHEN d.kept IS NOT DISTINCT FROM d.actual THEN d.kv || ' → ' || d.av "
               "ELSE coalesce(d.kept, 'none') || ' → ' || coalesce(d.actual, 'none') END FROM ("
               "SELECT complaint_id, max(CASE WHEN side = 0 THEN previous_at END) AS kept, "
               "max(CASE WHEN side = 1 THEN previous_at END) AS actual, max(CASE WHEN side = 0 THEN v END) AS kv, "
               "max(CASE WHEN side = 1 THEN v END) AS av FROM ("
               "SELECT complaint_id, 0 AS side, previous_at, %1 AS v FROM repeat_chain "
               "UNION ALL SELECT complaint_id, 1, previous_at, %1 FROM (%2) e) s GROUP BY complaint_id) d "
               "WHERE d.kv IS DISTINCT FROM d.av ORDER BY d.complaint_id")
        .arg(entry, expected());
}

} // namespace caseloop::RepeatChain
