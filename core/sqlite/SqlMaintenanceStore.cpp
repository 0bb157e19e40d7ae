#include "sqlite/SqlMaintenanceStore.h"

#include "domain/ComplaintStatus.h"
#include "domain/RectificationStatus.h"
#include "domain/TicketStatus.h"
#include "sqlite/DamageMarks.h"
#include "sqlite/SqlTable.h"

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

QList<Rule> rules()
{
    return {
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints with an unknown status"),
         QStringLiteral("SELECT code FROM complaints WHERE status NOT IN (%1)").arg(storageList<ComplaintStatus>())},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose code is not TS-YYYYMMDD-NNNN"),
         QStringLiteral("SELECT code FROM complaints WHERE code NOT GLOB "
                        "'TS-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose estate is not in their region"),
         QStringLiteral("SELECT c.code FROM complaints c JOIN estates e ON e.id = c.estate_id "
                        "WHERE c.region_id IS NOT e.region_id")},
        {QT_TRANSLATE_NOOP("caseloop::Integrity", "complaints whose building is not in their estate"),
         QStringLiteral("SELECT c.code FROM complaints c JOIN buildings b ON b.id = c.building_id "
                        "WHERE c.estate_id IS NOT b.estate_id")},
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
    auto integrity = selectRows<QString>(db, QStringLiteral("PRAGMA integrity_check"), {},
                                         [](SqlQuery& q) { return q.value(0).toString(); });
    if (!integrity)
        return Error{integrity.error()};
    const QString file = m_s.database().path();
    if (integrity.value() != QStringList{QStringLiteral("ok")}) {
        DamageMarks::remember(file, integrity->mid(0, 3).join(QStringLiteral("; ")));
        // What SQLite found is the report: the other checks would only fail on the damaged pages and hide it.
        report.problems << QCoreApplication::translate("caseloop::Integrity", "SQLite integrity check: %1")
                               .arg(integrity->mid(0, 10).join(QStringLiteral("; ")))
                        << QCoreApplication::translate("caseloop::Integrity",
                                                       "The file is damaged; CaseLoop's own checks were not run. "
                                                       "Restore it from a backup.");
        return report;
    }
    DamageMarks::forget(file); // whole again (restored, or repaired by hand)
    auto foreignKeys = selectRows<QString>(db, QStringLiteral("PRAGMA foreign_key_check"), {}, [](SqlQuery& q) {
        return QStringLiteral("%1 row %2 → %3")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    });
    if (!foreignKeys)
        return Error{foreignKeys.error()};
    if (!foreignKeys->isEmpty())
        report.problems << QCoreApplication::translate("caseloop::Integrity", "%1 broken references: %2")
                               .arg(foreignKeys->size())
                               .arg(foreignKeys->mid(0, 5).join(QStringLiteral(", ")));
    for (const Rule& rule : rules()) {
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

} // namespace caseloop
