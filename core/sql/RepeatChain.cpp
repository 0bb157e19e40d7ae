#include "sql/RepeatChain.h"

namespace caseloop::RepeatChain {

namespace {
// The complaints in chains: those that count and have a number. Word for word the WHERE of complaints_phone_chain,
// so that SQLite may read the index.
const char* const kCounts = "status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> ''";
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

QString addFromNewRows()
{
    return QStringLiteral("INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone) %1 "
                          "ON CONFLICT (complaint_id) DO UPDATE SET previous_at = excluded.previous_at "
                          "WHERE previous_at <> excluded.previous_at")
        .arg(expected(QStringLiteral("SELECT complainant_phone FROM complaints WHERE id >= ? AND %1")
                          .arg(QLatin1String(kCounts))));
}

QString differences()
{
    return QStringLiteral(
               "SELECT coalesce((SELECT code FROM complaints WHERE id = coalesce(k.complaint_id, a.complaint_id)), "
               "'#' || coalesce(k.complaint_id, a.complaint_id)) || ': ' || coalesce(k.previous_at, 'none') || "
               "' → ' || coalesce(a.previous_at, 'none') FROM repeat_chain k FULL JOIN (%1) a "
               "ON a.complaint_id = k.complaint_id WHERE k.complaint_id IS NULL OR a.complaint_id IS NULL "
               "OR k.previous_at <> a.previous_at OR k.received_at <> a.received_at "
               "OR k.complainant_phone <> a.complainant_phone ORDER BY coalesce(k.complaint_id, a.complaint_id)")
        .arg(expected());
}

} // namespace caseloop::RepeatChain
