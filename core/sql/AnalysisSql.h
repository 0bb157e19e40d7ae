#pragma once

// Pieces of SQL the analysis queries share (SqlAnalysis.cpp, SqlKpis.cpp).

#include <QString>
#include <QStringList>

namespace caseloop::AnalysisSql {

// Complaints that count in the analysis: invalid and withdrawn ones owe nothing.
inline QString owesNothing(const QString& prefix = {})
{
    return QStringLiteral("%1status NOT IN ('invalid', 'withdrawn')").arg(prefix);
}

inline QString whereOf(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// "kept on time" and "kept or fell due by ?" for one promise (one bind of asOf).
inline QString rateColumns(const QString& prefix, const QString& done, const QString& due)
{
    return QStringLiteral("COUNT(*) FILTER (WHERE %1%2 IS NOT NULL AND %1%2 <= %1%3), "
                          "COUNT(*) FILTER (WHERE %1%3 IS NOT NULL AND (%1%2 IS NOT NULL OR %1%3 < ?))")
        .arg(prefix, done, due);
}

} // namespace caseloop::AnalysisSql
