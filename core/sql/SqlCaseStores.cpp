// Tickets and follow-ups: the work and the contacts behind one complaint.
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QCoreApplication>

namespace caseloop {

namespace {
const QString kTicketColumns = QStringLiteral(
    "id, complaint_id, department_id, assignee_id, dispatched_at, due_at, measures, result, completed_at, status, "
    "return_reason, row_version");

Row ticketRow(const Ticket& t)
{
    return {{QStringLiteral("complaint_id"), t.complaintId},
            {QStringLiteral("department_id"), t.departmentId},
            {QStringLiteral("assignee_id"), idToDb(t.assigneeId)},
            {QStringLiteral("dispatched_at"), toDb(t.dispatchedAt)},
            {QStringLiteral("due_at"), toDb(t.dueAt)},
            {QStringLiteral("measures"), t.measures},
            {QStringLiteral("result"), t.result},
            {QStringLiteral("completed_at"), toDb(t.completedAt)},
            {QStringLiteral("status"), toStorage(t.status)},
            {QStringLiteral("return_reason"), t.returnReason}};
}

Ticket readTicket(SqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.complaintId = q.value(1).toLongLong();
    t.departmentId = q.value(2).toLongLong();
    t.assigneeId = q.value(3).toLongLong();
    t.dispatchedAt = timeFromDb(q.value(4));
    t.dueAt = timeFromDb(q.value(5));
    t.measures = q.value(6).toString();
    t.result = q.value(7).toString();
    t.completedAt = timeFromDb(q.value(8));
    t.status = fromStorage<TicketStatus>(q.value(9).toString()).value_or(TicketStatus::Waiting);
    t.returnReason = q.value(10).toString();
    t.rowVersion = q.value(11).toInt();
    return t;
}
} // namespace

Result<QList<Ticket>> SqlTicketStore::select(const QString& where, const QVariantList& binds)
{
    return selectRows<Ticket>(
        m_s.connection(),
        QStringLiteral("SELECT %1 FROM tickets %2 ORDER BY dispatched_at, id").arg(kTicketColumns, where), binds,
        readTicket);
}

Result<Id> SqlTicketStore::insert(const Ticket& ticket)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("tickets"), QStringLiteral("ticket"), ticketRow(ticket));
    });
}

Result<Ticket> SqlTicketStore::get(Id id)
{
    return firstOf(select(QStringLiteral("WHERE id = ?"), {id}),
                   QCoreApplication::translate("caseloop::Store", "Ticket %1").arg(id));
}

Status SqlTicketStore::update(const Ticket& ticket)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("tickets"), QStringLiteral("ticket"), ticket.id, ticketRow(ticket),
                         ticket.rowVersion);
    });
}

Result<QList<Ticket>> SqlTicketStore::forComplaint(Id complaintId)
{
    return select(QStringLiteral("WHERE complaint_id = ?"), {complaintId});
}

Result<Id> SqlFollowUpStore::insert(const FollowUp& f)
{
    const Row row{{QStringLiteral("complaint_id"), f.complaintId},
                  {QStringLiteral("at"), toDb(f.at)},
                  {QStringLiteral("staff_id"), idToDb(f.staffId)},
                  {QStringLiteral("method"), toStorage(f.method)},
                  {QStringLiteral("purpose"), toStorage(f.purpose)},
                  {QStringLiteral("said"), f.said},
                  {QStringLiteral("answer"), f.answer},
                  {QStringLiteral("satisfaction"), f.satisfaction ? QVariant(toStorage(*f.satisfaction)) : QVariant()},
                  {QStringLiteral("reopen_requested"), f.reopenRequested ? 1 : 0}};
    return inTransaction(
        m_s.database(), [&] { return insertRow(m_s, QStringLiteral("follow_ups"), QStringLiteral("follow_up"), row); });
}

Result<QList<FollowUp>> SqlFollowUpStore::forComplaint(Id complaintId)
{
    return selectRows<FollowUp>(
        m_s.connection(),
        QStringLiteral("SELECT id, complaint_id, at, staff_id, method, purpose, said, answer, satisfaction, "
                       "reopen_requested FROM follow_ups WHERE complaint_id = ? ORDER BY at, id"),
        {complaintId}, [](SqlQuery& q) {
            FollowUp f;
            f.id = q.value(0).toLongLong();
            f.complaintId = q.value(1).toLongLong();
            f.at = timeFromDb(q.value(2));
            f.staffId = q.value(3).toLongLong();
            f.method = fromStorage<FollowUpMethod>(q.value(4).toString()).value_or(FollowUpMethod::Phone);
            f.purpose = fromStorage<FollowUpPurpose>(q.value(5).toString()).value_or(FollowUpPurpose::ProgressUpdate);
            f.said = q.value(6).toString();
            f.answer = q.value(7).toString();
            if (!q.value(8).isNull())
                f.satisfaction = fromStorage<Satisfaction>(q.value(8).toString());
            f.reopenRequested = q.value(9).toBool();
            return f;
        });
}

} // namespace caseloop
