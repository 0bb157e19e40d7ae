// The KPI tables of SqlStatisticsStore (KpiRow): per steward or department over a scope.
//
// Without an estate in the scope they are read from the daily sums (kpi_days, KpiDays.h), about 90 rows a member a
// quarter, and from complaints only for what is not a sum of days, each through its own index: the promises still
// open and overdue at `asOf` (complaints_unkept_promises), and the repeat complainants (repeat_chain).
// An estate's complaints are few; they are grouped straight from complaints.
#include "base/Language.h"
#include "sql/AnalysisSql.h"
#include "sql/KpiDays.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QHash>

#include <algorithm>

namespace caseloop {

namespace {
using AnalysisSql::owesNothing;
using AnalysisSql::rateColumns;
using AnalysisSql::whereOf;

// A complaint's members of the group: its steward, or each department it has a ticket for (its first ticket there
// stands for all of them). Over complaints aliased x; the tickets are t.
struct Members
{
    QString key; // the member's id
    QString join; // after FROM complaints x
    QString condition;
};

Members membersOf(KpiGroup group)
{
    if (group == KpiGroup::Steward)
        return {QStringLiteral("x.steward_id"), QString(), QStringLiteral("x.steward_id IS NOT NULL")};
    return {QStringLiteral("t.department_id"), QStringLiteral(" JOIN tickets t ON t.complaint_id = x.id"),
            QStringLiteral("NOT EXISTS (SELECT 1 FROM tickets t2 WHERE t2.complaint_id = x.id "
                           "AND t2.department_id = t.department_id AND t2.id < t.id)")};
}

// The scope's conditions over complaints aliased x.
QStringList scopeOnX(const AnalysisScope& scope, QVariantList& binds)
{
    QStringList conditions;
    scopeConditions(scope, conditions, binds);
    for (QString& c : conditions)
        c = QStringLiteral("x.") + c;
    conditions << owesNothing(QStringLiteral("x."));
    return conditions;
}

QString satisfiedList()
{
    QStringList keys;
    for (Satisfaction s : allValues<Satisfaction>())
        if (countsAsSatisfied(s))
            keys << QLatin1Char('\'') + toStorage(s) + QLatin1Char('\'');
    return keys.join(QStringLiteral(", "));
}

// Fills a row from the ten sums in KpiDays::sums() order, from column `first` on.
void fillFromSums(KpiRow& r, SqlQuery& q, int first)
{
    const auto at = [&](int i) { return q.value(first + i).toLongLong(); };
    r.complaints = at(0);
    r.firstResponse = {at(1), at(2)};
    r.closure = {at(3), at(4)};
    r.satisfaction = {at(5), at(6)};
    r.reopen = {at(7), r.complaints};
    const qint64 closed = at(8);
    r.averageHandlingHours = closed > 0 ? double(at(9)) / 3600.0 / double(closed) : 0.0;
}

// Per member: the promises not kept and still open in the scope that fell due by asOf (first contact, feedback).
Result<QHash<Id, QPair<qint64, qint64>>> overdueOpen(Session& s, KpiGroup group, const AnalysisScope& scope,
                                                     const QDateTime& asOf)
{
    const Members m = membersOf(group);
    QVariantList binds{toDb(asOf), toDb(asOf)};
    QStringList conditions = scopeOnX(scope, binds);
    conditions << AnalysisSql::owesPromise(QStringLiteral("x.")) << m.condition;
    const QString sql
        = QStringLiteral("SELECT %1, COUNT(*) FILTER (WHERE x.first_contact_at IS NULL AND x.first_contact_due < ?), "
                         "COUNT(*) FILTER (WHERE x.feedback_at IS NULL AND x.feedback_due < ?) FROM %2%3 %4 "
                         "GROUP BY %1")
              .arg(m.key,
                   s.dialect().tableThrough(QStringLiteral("complaints x"),
                                            QStringLiteral("complaints_unkept_promises")),
                   m.join, whereOf(conditions));
    auto rows = selectRows<std::tuple<Id, qint64, qint64>>(s.connection(), sql, binds, [](SqlQuery& q) {
        return std::make_tuple(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
    });
    if (!rows)
        return Error{rows.error()};
    QHash<Id, QPair<qint64, qint64>> result;
    for (const auto& [id, first, feedback] : rows.value())
        result.insert(id, {first, feedback});
    return result;
}

// Per member: the phone numbers with two or more of its complaints in the scope. Only a number with two complaints
// in the scope's days at all can have two of one member's, and those are the numbers with a repeat_chain entry whose
// previous complaint is in the days (RepeatChain.h): at ten million complaints about 30,000 a quarter, where the
// quarter holds nearly 500,000 complaints. Each of such a number's complaints in the days is an end of one of those
// entries (the later complaint of one, or the earlier of its first), and an entry keeps both ends' ids, stewards and
// regions: the ends are read from repeat_chain_previous alone, each complaint once per member and number (UNION),
// and grouped; a department's ends joined to their tickets, a complaint counted once however many tickets it has
// there.
Result<QHash<Id, qint64>> repeatComplainants(Session& s, KpiGroup group, const AnalysisScope& scope)
{
    const bool byTicket = group == KpiGroup::Department;
    QVariantList binds;
    const auto end = [&](const QString& prefix, const QString& id) {
        QStringList conditions;
        dayRange(QStringLiteral("previous_at"), scope.from, scope.to, conditions, binds);
        dayRange(QStringLiteral("received_at"), QDate(), scope.to, conditions, binds);
        if (scope.regionId > 0) {
            conditions << prefix + QStringLiteral("region_id = ?");
            binds << scope.regionId;
        }
        if (!byTicket)
            conditions << prefix + QStringLiteral("steward_id IS NOT NULL");
        return QStringLiteral("SELECT %1 AS g, complainant_phone AS phone, %2 AS id FROM repeat_chain %3")
            .arg(byTicket ? QStringLiteral("0") : prefix + QStringLiteral("steward_id"), id, whereOf(conditions));
    };
    const QString ends = end(QString(), QStringLiteral("complaint_id")) + QStringLiteral(" UNION ")
        + end(QStringLiteral("previous_"), QStringLiteral("previous_id"));
    const QString sql = byTicket
        ? QStringLiteral("SELECT g, COUNT(*) FROM (SELECT t.department_id AS g FROM (%1) e "
                         "JOIN tickets t ON t.complaint_id = e.id GROUP BY t.department_id, e.phone "
                         "HAVING COUNT(DISTINCT e.id) >= 2) r GROUP BY g")
              .arg(ends)
        : QStringLiteral("SELECT g, COUNT(*) FROM (SELECT g FROM (%1) e GROUP BY g, phone HAVING COUNT(*) >= 2) r "
                         "GROUP BY g")
              .arg(ends);
    auto rows = selectRows<QPair<Id, qint64>>(s.connection(), sql, binds, [](SqlQuery& q) {
        return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
    });
    if (!rows)
        return Error{rows.error()};
    QHash<Id, qint64> result;
    for (const auto& [id, n] : rows.value())
        result.insert(id, n);
    return result;
}

Result<QList<KpiRow>> fromDays(Session& s, KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf)
{
    QVariantList binds;
    const QString sql = KpiDays::sumsIn(
        group == KpiGroup::Steward ? QStringLiteral("steward") : QStringLiteral("department"), scope, binds);
    auto rows = selectRows<KpiRow>(s.connection(), sql, binds, [](SqlQuery& q) {
        KpiRow r;
        r.id = q.value(0).toLongLong();
        fillFromSums(r, q, 1);
        return r;
    });
    if (!rows)
        return rows;
    auto overdue = overdueOpen(s, group, scope, asOf);
    if (!overdue)
        return Error{overdue.error()};
    auto repeats = repeatComplainants(s, group, scope);
    if (!repeats)
        return Error{repeats.error()};
    QList<KpiRow> result = rows.value();
    for (KpiRow& r : result) {
        const QPair<qint64, qint64> open = overdue->value(r.id);
        r.firstResponse.of += open.first;
        r.closure.of += open.second;
        r.repeatComplainants = repeats->value(r.id);
    }
    std::sort(result.begin(), result.end(), [](const KpiRow& a, const KpiRow& b) {
        return a.complaints != b.complaints ? a.complaints > b.complaints : a.id < b.id;
    });
    return result;
}

// An estate's: every member's complaints in the scope read once into a temporary table (MATERIALIZED), then
// grouped twice there, the rates and the repeat complainants.
Result<QList<KpiRow>> fromComplaints(Session& s, KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf)
{
    const Members m = membersOf(group);
    QVariantList binds;
    QStringList conditions = scopeOnX(scope, binds);
    conditions << m.condition;
    const QString sql
        = QStringLiteral(
              "WITH m AS MATERIALIZED (SELECT %1 AS g, x.received_at, x.first_contact_at, x.first_contact_due, "
              "x.feedback_at, x.feedback_due, x.satisfaction, x.reopen_count, x.closed_at, x.complainant_phone "
              "FROM complaints x%2 %3), "
              "r AS (SELECT g, COUNT(*) AS n FROM (SELECT g FROM m WHERE complainant_phone <> '' "
              "GROUP BY g, complainant_phone HAVING COUNT(*) >= 2) repeats GROUP BY g) "
              "SELECT k.*, coalesce(r.n, 0) FROM (SELECT g, COUNT(*) AS n, %4, %5, "
              "COUNT(*) FILTER (WHERE satisfaction IN (%6)), COUNT(*) FILTER (WHERE satisfaction IS NOT NULL), "
              "COUNT(*) FILTER (WHERE reopen_count > 0), COUNT(*) FILTER (WHERE closed_at IS NOT NULL), "
              "coalesce(SUM(CASE WHEN closed_at IS NOT NULL THEN %7 END), 0) FROM m GROUP BY g) k "
              "LEFT JOIN r ON r.g = k.g ORDER BY k.n DESC, k.g")
              .arg(m.key, m.join, whereOf(conditions),
                   rateColumns({}, QStringLiteral("first_contact_at"), QStringLiteral("first_contact_due")),
                   rateColumns({}, QStringLiteral("feedback_at"), QStringLiteral("feedback_due")), satisfiedList(),
                   s.dialect().secondsBetween(QStringLiteral("received_at"), QStringLiteral("closed_at")));
    binds << toDb(asOf) << toDb(asOf); // after the members' scope (the CTE), the rates' asOf
    return selectRows<KpiRow>(s.connection(), sql, binds, [](SqlQuery& q) {
        KpiRow r;
        r.id = q.value(0).toLongLong();
        fillFromSums(r, q, 1);
        r.repeatComplainants = q.value(11).toLongLong();
        return r;
    });
}
} // namespace

Result<QList<KpiRow>> SqlStatisticsStore::kpis(KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf)
{
    auto rows = KpiDays::answers(scope) ? fromDays(m_s, group, scope, asOf) : fromComplaints(m_s, group, scope, asOf);
    if (!rows)
        return rows;
    auto names = selectRows<QPair<Id, QString>>(
        m_s.connection(),
        group == KpiGroup::Steward ? QStringLiteral("SELECT id, name, name FROM staff")
                                   : QStringLiteral("SELECT id, name, name_en FROM departments"),
        {}, [](SqlQuery& q) {
            return qMakePair(q.value(0).toLongLong(), localName(q.value(1).toString(), q.value(2).toString()));
        });
    if (!names)
        return Error{names.error()};
    QHash<Id, QString> byId;
    for (const auto& [id, name] : names.value())
        byId.insert(id, name);
    QList<KpiRow> named = rows.value();
    for (KpiRow& r : named)
        r.name = byId.value(r.id);
    return named;
}

} // namespace caseloop
