#include "sql/ComplaintDays.h"

#include "base/EnumTable.h"
#include "sql/SqlTable.h"

namespace caseloop::ComplaintDays {

QString grouped(const QString& condition)
{
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    QStringList arms;
    for (const Counted& c : kCounted) {
        const QString column = QLatin1String(c.column);
        const QLatin1String regionId(c.place >= Place::Region ? "coalesce(region_id, 0)" : "0");
        const QLatin1String estateId(c.place >= Place::RegionAndEstate ? "coalesce(estate_id, 0)" : "0");
        const QString key = c.id ? QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(column)
                                 : QStringLiteral("coalesce(%1, '')").arg(column);
        arms << QStringLiteral("SELECT CAST('%1' AS TEXT) AS dimension, substr(received_at, 1, 10) AS day, "
                               "CAST(%2 AS BIGINT) AS region_id, CAST(%3 AS BIGINT) AS estate_id, %4 AS k, "
                               "COUNT(*) AS n FROM complaints%5 GROUP BY 2, 3, 4, 5")
                    .arg(QLatin1String(c.dimension), regionId, estateId, key, where);
    }
    return arms.join(QStringLiteral(" UNION ALL "));
}

bool answers(Dimension dimension, const AnalysisScope& scope)
{
    const bool region = scope.regionId > 0;
    const bool estate = scope.estateId > 0;
    switch (dimension) {
    case Dimension::Building:
        return true;
    case Dimension::Estate:
        return !estate;
    default:
        return !region && !estate;
    }
}

void dayBounds(const QDate& from, const QDate& to, QStringList& conditions, QVariantList& binds)
{
    // As text, the column's type on both engines.
    if (from.isValid()) {
        conditions << QStringLiteral("day >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("day <= ?");
        binds << to.toString(Qt::ISODate);
    }
}

QString countsIn(Dimension dimension, const AnalysisScope& scope, bool ids, QVariantList& binds)
{
    QStringList conditions{QStringLiteral("dimension = ?")};
    binds << toStorage(dimension);
    dayBounds(scope.from, scope.to, conditions, binds);
    placeConditions(scope, conditions, binds); // the same column names as in complaints
    return QStringLiteral("SELECT %1 AS k, SUM(n) AS n FROM complaint_days WHERE %2 GROUP BY 1 HAVING SUM(n) > 0")
        .arg(ids ? QStringLiteral("CAST(NULLIF(k, '') AS BIGINT)") : QStringLiteral("NULLIF(k, '')"),
             conditions.join(QStringLiteral(" AND ")));
}

QString perDay(const QDate& from, const QDate& to, QVariantList& binds)
{
    // Every complaint has one status: the status rows count each once.
    QStringList conditions{QStringLiteral("dimension = 'status'")};
    dayBounds(from, to, conditions, binds);
    return QStringLiteral("SELECT day, SUM(n) FROM complaint_days WHERE %1 GROUP BY day")
        .arg(conditions.join(QStringLiteral(" AND ")));
}

namespace {
// The conditions on complaint_days' status rows that hold the list under `f`; false when `f` asks for more than
// statuses and days.
bool statusRowsOf(const ComplaintFilter& f, QStringList& conditions, QVariantList& binds)
{
    const bool byIds = f.kindId > 0 || f.typeId > 0 || f.serviceLineId > 0 || f.channelId > 0 || f.regionId > 0
        || f.estateId > 0 || f.buildingId > 0 || f.stewardId > 0 || f.customerTypeId > 0 || !f.ids.isEmpty();
    if (byIds || f.departmentId != 0 || f.priority || !f.satisfaction.isEmpty() || f.overdueOnly
        || !f.text.trimmed().isEmpty())
        return false;
    // Every complaint has one status (never NULL): the status rows count each complaint once.
    conditions << QStringLiteral("dimension = 'status'");
    if (!f.statuses.isEmpty())
        conditions << inCondition(QStringLiteral("k"), f.statuses, binds);
    dayBounds(f.from, f.to, conditions, binds);
    return true;
}
} // namespace

QString countOf(const ComplaintFilter& f, QVariantList& binds)
{
    QStringList conditions;
    if (!statusRowsOf(f, conditions, binds))
        return {};
    return QStringLiteral("SELECT coalesce(SUM(n), 0) FROM complaint_days WHERE %1")
        .arg(conditions.join(QStringLiteral(" AND ")));
}

QString perDayOf(const ComplaintFilter& f, bool newestFirst, QVariantList& binds)
{
    QStringList conditions;
    if (!statusRowsOf(f, conditions, binds))
        return {};
    return QStringLiteral("SELECT day, SUM(n) FROM complaint_days WHERE %1 GROUP BY day HAVING SUM(n) > 0 "
                          "ORDER BY day %2")
        .arg(conditions.join(QStringLiteral(" AND ")), newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

QString differences()
{
    // Named "dimension day [estate N] value counted−actual": a building's name alone is ambiguous across estates.
    return QStringLiteral("SELECT dimension || ' ' || day || CASE WHEN estate_id <> 0 THEN ' estate ' || estate_id "
                          "ELSE '' END || ' ' || k "
                          "|| ' ' || CASE WHEN SUM(n) > 0 THEN '+' ELSE '' END || SUM(n) FROM ("
                          "SELECT dimension, day, region_id, estate_id, k, n FROM complaint_days "
                          "UNION ALL SELECT dimension, day, region_id, estate_id, k, -n FROM (%1) g"
                          ") d GROUP BY dimension, day, region_id, estate_id, k HAVING SUM(n) <> 0 "
                          "ORDER BY dimension, day, k")
        .arg(grouped());
}

} // namespace caseloop::ComplaintDays
