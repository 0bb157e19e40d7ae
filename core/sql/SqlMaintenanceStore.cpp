#include "sql/SqlMaintenanceStore.h"

#include "domain/ComplaintStatus.h"
#include "domain/RectificationStatus.h"
#include "domain/TicketStatus.h"
#include "sql/ComplaintDays.h"
#include "sql/KpiDays.h"
#include "sql/RepeatChain.h"
#include "sql/SqlTable.h"
#include "store/UnitOfWork.h"

namespace caseloop {

namespace {
// A consistency rule: a description and a query listing the codes (or ids) that break it.
struct Rule
{
    const char* description;
    QString sql;
};

template <class E> QString storageList()
{
    QStringList keys;
    for (E v : allValues<E>())
        keys << QLatin1Char('\'') + toStorage(v) + QLatin1Char('\'');
    return keys.join(QStringLiteral(", "));
}

QList<Rule> rules(const Dialect& dialect)
{
    return {
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints with an unknown status"),
         QStringLiteral("SELECT code FROM complaints WHERE status NOT IN (%1)").arg(storageList<ComplaintStatus>())},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose code is not TS-YYYYMMDD-NNNN"),
         QStringLiteral("SELECT code FROM complaints WHERE %1").arg(dialect.notAComplaintCode(QStringLiteral("code")))},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose estate is not in their region"),
         QStringLiteral("SELECT c.code FROM complaints c JOIN estates e ON e.id = c.estate_id "
                        "WHERE c.region_id IS DISTINCT FROM e.region_id")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose building is not in their estate"),
         QStringLiteral("SELECT c.code FROM complaints c JOIN buildings b ON b.id = c.building_id "
                        "WHERE c.estate_id IS DISTINCT FROM b.estate_id")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "closed or withdrawn complaints without a closing time"),
         QStringLiteral("SELECT code FROM complaints WHERE status IN ('closed', 'withdrawn') AND closed_at IS NULL")},
        {QT_TRANSLATE_NOOP(
             "caseloop::Integrity",
             "closed complaints without result feedback and satisfaction follow-up, and without a reason"),
         QStringLiteral("SELECT code FROM complaints WHERE status = 'closed' AND close_reason = '' "
                        "AND (feedback_at IS NULL OR follow_up_at IS NULL)")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "invalid complaints without a reason"),
         QStringLiteral("SELECT code FROM complaints WHERE status = 'invalid' AND (invalid_reason = '' OR valid = 1)")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "open complaints marked closed"),
         QStringLiteral(
             "SELECT code FROM complaints WHERE status NOT IN ('closed', 'withdrawn') AND closed_at IS NOT NULL")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "tickets with an unknown status"),
         QStringLiteral("SELECT id FROM tickets WHERE status NOT IN (%1)").arg(storageList<TicketStatus>())},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "finished tickets without a result or completion time"),
         QStringLiteral("SELECT id FROM tickets WHERE status = 'done' AND (completed_at IS NULL OR result = '')")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "rectification items with an unknown status"),
         QStringLiteral("SELECT code FROM rectification_items WHERE status NOT IN (%1)")
             .arg(storageList<RectificationStatus>())},
        {QT_TRANSLATE_NOOP(
             "caseloop::Integrity",
             "daily counts (dimension, day, estate of a building, value, counted minus actual) that differ from the "
             "complaints themselves"),
         ComplaintDays::differences()},
        {QT_TRANSLATE_NOOP("caseloop::Integrity",
                           "daily KPI sums (steward or department, day, member, region: counted minus actual) that "
                           "differ from the complaints and tickets themselves"),
         KpiDays::differences()},
        {QT_TRANSLATE_NOOP("caseloop::Integrity",
                           "repeat-complainant chain entries (complaint: previous complaint's time kept → actual) "
                           "that differ from the complaints themselves"),
         RepeatChain::differences()},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "confirmed rectification items without a confirmation date"),
         QStringLiteral("SELECT code FROM rectification_items WHERE status = 'closed' AND confirmed_at IS NULL")},
    };
}

Result<qint64> countOf(const QSqlDatabase& db, const char* table)
{
    auto v = scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    if (!v)
        return Error{v.error()};
    return v->toLongLong();
}
} // namespace

Result<IntegrityReport> SqlMaintenanceStore::checkIntegrity()
{
    const QSqlDatabase db = m_s.connection();
    IntegrityReport report;
    // The engine's own checks first (SQLite reads every page of the file; a server keeps its pages and references
    // whole itself).
    auto storage = m_s.database().checkStorage();
    if (!storage)
        return Error{storage.error()};
    report.problems << storage->problems;
    if (storage->damaged)
        return report; // CaseLoop's own checks would only fail on the damaged pages and hide what was found
    for (const Rule& rule : rules(m_s.dialect())) {
        auto offenders = selectRows<QString>(db, rule.sql, {}, [](SqlQuery& q) { return q.value(0).toString(); });
        if (!offenders)
            return Error{offenders.error()};
        if (offenders->isEmpty())
            continue;
        report.problems << QCoreApplication::translate("caseloop::Integrity", "%1 %2: %3%4")
                               .arg(offenders->size())
                               .arg(QCoreApplication::translate("caseloop::Integrity", rule.description),
                                    offenders->mid(0, 5).join(QStringLiteral(", ")),
                                    offenders->size() > 5 ? QStringLiteral(" …") : QString());
    }
    const std::pair<const char*, qint64*> counts[] = {{"complaints", &report.complaints},
                                                      {"tickets", &report.tickets},
                                                      {"follow_ups", &report.followUps},
                                                      {"rectification_items", &report.rectifications},
                                                      {"audit_log", &report.auditRows}};
    for (const auto& [table, target] : counts) {
        auto n = countOf(db, table);
        if (!n)
            return Error{n.error()};
        *target = *n;
    }
    return report;
}

Result<qint64> SqlMaintenanceStore::recountDays()
{
    const QSqlDatabase db = m_s.connection();
    return inTransaction(m_s.database(), [&]() -> Result<qint64> {
        // No registration, import or ticket may change what is counted between the statements (a server, in the
        // order a registration takes them; a file's write transaction holds the whole file).
        if (Status s = m_s.database().lockWriters(
                {QStringLiteral("code_counters"), QStringLiteral("complaints"), QStringLiteral("tickets")});
            !s)
            return Error{s.error()};
        const QString fills[] = {
            QStringLiteral("DELETE FROM complaint_days"),
            QStringLiteral("INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n) ")
                + ComplaintDays::grouped(),
            QStringLiteral("DELETE FROM kpi_days"),
            QStringLiteral("INSERT INTO kpi_days (grp, day, g, region_id, %1) ").arg(KpiDays::sums())
                + KpiDays::grouped(),
            QStringLiteral("DELETE FROM repeat_chain"),
            RepeatChain::insertAll(),
        };
        for (const QString& sql : fills)
            if (Status s = execute(db, sql); !s)
                return Error{s.error()};
        qint64 written = 0;
        for (const char* table : {"complaint_days", "kpi_days", "repeat_chain"}) {
            auto n = countOf(db, table);
            if (!n)
                return Error{n.error()};
            written += *n;
        }
        return written;
    });
}

} // namespace caseloop
