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

// The complaints still owing a first contact or a feedback: word for word the WHERE of the index
// complaints_unkept_promises (over complaints aliased `prefix`), so that SQLite may read it.
inline QString owesPromise(const QString& prefix = {})
{
    return QStringLiteral("((%1first_contact_at IS NULL AND %1first_contact_due IS NOT NULL) "
                          "OR (%1feedback_at IS NULL AND %1feedback_due IS NOT NULL))")
        .arg(prefix);
}

// The complaints still owing a follow-up visit: the WHERE of complaints_unkept_follow_ups.
inline QString owesFollowUp()
{
    return QStringLiteral("follow_up_at IS NULL AND follow_up_due IS NOT NULL");
}

} // namespace caseloop::AnalysisSql
