#include "sql/KpiDays.h"

#include "sql/ComplaintDays.h"
#include "sql/SqlTable.h"

#include <QStringList>

namespace caseloop::KpiDays {

namespace {
const char* const kSums[] = {"n",     "first_kept", "first_done", "feedback_kept",  "feedback_done", "satisfied",
                             "rated", "reopened",   "closed",     "closed_seconds", "follow_kept",   "follow_done"};

// Each column of kSums as `form` makes it ("SUM(%1) AS %1": %1 the column).
QString each(const QString& form)
{
    QStringList columns;
    for (const char* c : kSums)
        columns << form.arg(QLatin1String(c));
    return columns.join(QStringLiteral(", "));
}
} // namespace

QString sums()
{
    return each(QStringLiteral("%1"));
}

QString grouped(const QString& condition)
{
    return QStringLiteral("SELECT grp, day, g, region_id, %1 FROM kpi_members %2 GROUP BY grp, day, g, region_id")
        .arg(each(QStringLiteral("SUM(%1) AS %1")),
             condition.isEmpty() ? QString() : QStringLiteral("WHERE ") + condition);
}

QString addGrouped(const QString& condition)
{
    return QStringLiteral("INSERT INTO kpi_days (grp, day, g, region_id, %1) SELECT * FROM (%2) WHERE true "
                          "ON CONFLICT (grp, day, g, region_id) DO UPDATE SET %3")
        .arg(sums(), grouped(condition), each(QStringLiteral("%1 = %1 + excluded.%1")));
}

bool answers(const AnalysisScope& scope)
{
    return scope.estateId <= 0;
}

QString sumsIn(const QString& grp, const AnalysisScope& scope, QVariantList& binds)
{
    QStringList conditions{QStringLiteral("grp = ?")};
    binds << grp;
    ComplaintDays::dayBounds(scope.from, scope.to, conditions, binds);
    placeConditions(scope, conditions, binds); // the region; never an estate (answers())
    return QStringLiteral("SELECT g, %1 FROM kpi_days WHERE %2 GROUP BY g HAVING SUM(n) > 0")
        .arg(each(QStringLiteral("SUM(%1)")), conditions.join(QStringLiteral(" AND ")));
}

QString promisesIn(const AnalysisScope& scope, QVariantList& binds)
{
    QStringList conditions{QStringLiteral("grp = 'estate'")};
    ComplaintDays::dayBounds(scope.from, scope.to, conditions, binds);
    placeConditions(AnalysisScope{scope.from, scope.to, scope.regionId}, conditions, binds); // the region alone
    if (scope.estateId > 0) { // an estate's row has it as its member
        conditions << QStringLiteral("g = ?");
        binds << scope.estateId;
    }
    return QStringLiteral("SELECT coalesce(SUM(first_kept), 0), coalesce(SUM(first_done), 0), "
                          "coalesce(SUM(feedback_kept), 0), coalesce(SUM(feedback_done), 0), "
                          "coalesce(SUM(follow_kept), 0), coalesce(SUM(follow_done), 0) FROM kpi_days WHERE %1")
        .arg(conditions.join(QStringLiteral(" AND ")));
}

QString differences()
{
    // Named "group day member region: what differs (counted − actual)".
    return QStringLiteral("SELECT grp || ' ' || day || ' ' || g || ' region ' || region_id || ': ' || "
                          "'n ' || SUM(n) || ', first ' || SUM(first_kept) || '/' || SUM(first_done) || "
                          "', feedback ' || SUM(feedback_kept) || '/' || SUM(feedback_done) || "
                          "', satisfied ' || SUM(satisfied) || '/' || SUM(rated) || ', reopened ' || SUM(reopened) "
                          "|| ', closed ' || SUM(closed) || ' (' || SUM(closed_seconds) || ' s), follow-up ' || "
                          "SUM(follow_kept) || '/' || SUM(follow_done) FROM ("
                          "SELECT grp, day, g, region_id, %1 FROM kpi_days "
                          "UNION ALL SELECT grp, day, g, region_id, %2 FROM (%3) m"
                          ") d GROUP BY grp, day, g, region_id HAVING %4 ORDER BY grp, day, g, region_id")
        .arg(sums(), each(QStringLiteral("-%1")), grouped(),
             each(QStringLiteral("SUM(%1) <> 0")).replace(QStringLiteral(", "), QStringLiteral(" OR ")));
}

} // namespace caseloop::KpiDays
