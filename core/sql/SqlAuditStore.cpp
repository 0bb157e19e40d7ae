#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

namespace caseloop {

Status SqlAuditStore::record(const QString& entity, Id entityId, const QString& action, const QString& detail)
{
    // An audit row alone: an import holding complaints does not keep it waiting (it may be the screen's lock).
    Database::AuditOnly auditOnly(m_s.database());
    return inTransaction(m_s.database(), [&] { return writeAudit(m_s, entity, entityId, action, {}, {}, detail); });
}

Result<QList<AuditEntry>> SqlAuditStore::forRecord(const QString& entity, Id entityId)
{
    return selectRows<AuditEntry>(
        m_s.connection(),
        QStringLiteral("SELECT id, at, actor_id, actor_name, entity, entity_id, action, field, old_value, new_value "
                       "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
        {entity, entityId}, [](SqlQuery& q) {
            return AuditEntry{q.value(0).toLongLong(), timeFromDb(q.value(1)), q.value(2).toLongLong(),
                              q.value(3).toString(),   q.value(4).toString(),  q.value(5).toLongLong(),
                              q.value(6).toString(),   q.value(7).toString(),  q.value(8).toString(),
                              q.value(9).toString()};
        });
}

Result<qint64> SqlAuditStore::count()
{
    auto v = scalar(m_s.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!v)
        return Error{v.error()};
    return v->toLongLong();
}

} // namespace caseloop
