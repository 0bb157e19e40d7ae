#include "workflow/ComplaintWorkflow.h"

#include "domain/Codes.h"
#include "domain/ComplaintRules.h"
#include "domain/Phone.h"
#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"
#include "store/Store.h"
#include "store/UnitOfWork.h"

namespace caseloop {

namespace {
QString fieldMissing(const QString& record, const QString& field)
{
    return QCoreApplication::translate("caseloop::Workflow", "%1: “%2” is required.").arg(record, field);
}

} // namespace

QString ComplaintWorkflow::newRecord()
{
    return QCoreApplication::translate("caseloop::Workflow", "New complaint");
}

void ComplaintWorkflow::reloadSettings()
{
    m_policy.reset();
    m_calendar.reset();
}

Status ComplaintWorkflow::loadSettings()
{
    if (!m_policy) {
        auto policy = SlaPolicy::load(m_store.settings());
        if (!policy)
            return Error{policy.error()};
        m_policy = policy.value();
    }
    if (!m_calendar) {
        auto calendar = WorkingCalendar::load(m_store.calendar());
        if (!calendar)
            return Error{calendar.error()};
        m_calendar = calendar.value();
    }
    return {};
}

Status ComplaintWorkflow::validateDraft(const Complaint& d) const
{
    const QString record = d.complainantName.isEmpty()
        ? newRecord()
        : newRecord() + QStringLiteral(" (") + d.complainantName + QLatin1Char(')');
    if (!d.receivedAt.isValid())
        return Error{fieldMissing(record, tr("Received at"))};
    if (d.receivedAt > m_store.clock().now().addSecs(300))
        return Error{tr("%1: “Received at” %2 is in the future.").arg(record, timeText(d.receivedAt))};
    if (d.description.trimmed().isEmpty())
        return Error{fieldMissing(record, tr("Description"))};
    const std::pair<Id, QString> required[] = {{d.channelId, tr("Channel")},
                                               {d.kindId, tr("Kind")},
                                               {d.customerTypeId, tr("Customer type")},
                                               {d.typeId, tr("Complaint type")},
                                               {d.serviceLineId, tr("Service line")}};
    for (const auto& [id, field] : required)
        if (id <= 0)
            return Error{fieldMissing(record, field)};
    if (Status s = checkComplaintPhone(record, d.complainantPhone, d.complainantPhone, false); !s)
        return s;
    if (d.estateId > 0) {
        auto estate = m_store.organisation().estate(d.estateId);
        if (!estate)
            return Error{estate.error()};
        if (d.regionId > 0 && estate->regionId != d.regionId)
            return Error{tr("%1: estate “%2” is not in the chosen region.").arg(record, estate->name)};
    }
    if (d.buildingId > 0) {
        auto building = m_store.organisation().building(d.buildingId);
        if (!building)
            return Error{building.error()};
        if (building->estateId != d.estateId)
            return Error{tr("%1: building “%2” is not in the chosen estate.").arg(record, building->name)};
    }
    return {};
}

Result<Complaint> ComplaintWorkflow::registerComplaint(Complaint draft)
{
    draft.complainantPhone = normalisePhone(draft.complainantPhone);
    draft.complainantName = draft.complainantName.trimmed();
    if (Status s = validateDraft(draft); !s)
        return Error{s.error()};
    return inTransaction(m_store.work(), [&]() -> Result<Complaint> {
        if (Status s = loadSettings(); !s)
            return Error{s.error()};
        auto code = nextComplaintCode(m_store.settings(), draft.receivedAt.date());
        if (!code)
            return Error{code.error()};
        if (draft.estateId > 0 && draft.regionId <= 0)
            draft.regionId = m_store.organisation().estate(draft.estateId)->regionId;
        const QDateTime now = m_store.clock().now();
        draft.code = *code;
        draft.status = ComplaintStatus::New;
        draft.valid = true;
        draft.firstContactDue = m_policy->firstContactDue(draft.receivedAt, draft.priority);
        draft.feedbackDue = m_policy->feedbackDue(draft.receivedAt, *m_calendar);
        auto channel = m_store.catalogues().entry(draft.channelId);
        if (!channel)
            return Error{channel.error()};
        if (channel->code == QLatin1String("phone") || channel->code == QLatin1String("visit"))
            draft.firstContactAt = draft.receivedAt;
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.rowVersion = 1;
        auto id = m_store.complaints().insert(draft);
        if (!id)
            return Error{id.error()};
        draft.id = *id;
        return draft;
    });
}

Status ComplaintWorkflow::applyTransition(Complaint& complaint, ComplaintAction action)
{
    auto next = checkTransition(complaint.code, complaint.status, action);
    if (!next)
        return Error{next.error()};
    complaint.status = *next;
    complaint.updatedAt = m_store.clock().now();
    return {};
}

Result<Complaint> ComplaintWorkflow::startHandling(Id complaintId)
{
    return changeStatus(complaintId, ComplaintAction::StartHandling, {});
}

Result<Ticket> ComplaintWorkflow::dispatch(Id complaintId, Id departmentId, Id assigneeId, const QDateTime& due)
{
    return inTransaction(m_store.work(), [&]() -> Result<Ticket> {
        auto complaint = m_store.complaints().get(complaintId);
        if (!complaint)
            return Error{complaint.error()};
        if (departmentId <= 0)
            return Error{fieldMissing(tr("Ticket for %1").arg(complaint->code), tr("Department"))};
        Complaint c = complaint.value();
        if (Status s = applyTransition(c, ComplaintAction::Dispatch); !s)
            return Error{s.error()};
        if (Status s = m_store.complaints().update(c); !s)
            return Error{s.error()};
        Ticket t;
        t.complaintId = complaintId;
        t.departmentId = departmentId;
        t.assigneeId = assigneeId;
        t.dispatchedAt = m_store.clock().now();
        t.dueAt = due;
        t.status = TicketStatus::Waiting;
        auto id = m_store.tickets().insert(t);
        if (!id)
            return Error{id.error()};
        t.id = *id;
        return t;
    });
}

Result<Ticket> ComplaintWorkflow::ticketStep(Id ticketId, TicketAction action,
                                             const std::function<Status(Ticket&)>& apply)
{
    return inTransaction(m_store.work(), [&]() -> Result<Ticket> {
        auto ticket = m_store.tickets().get(ticketId);
        if (!ticket)
            return Error{ticket.error()};
        Ticket t = ticket.value();
        auto next = checkTransition(ticketId, t.status, action);
        if (!next)
            return Error{next.error()};
        t.status = *next;
        if (Status s = apply(t); !s)
            return Error{s.error()};
        if (Status s = m_store.tickets().update(t); !s)
            return Error{s.error()};
        ++t.rowVersion;
        return t;
    });
}

Result<Ticket> ComplaintWorkflow::acceptTicket(Id ticketId)
{
    return ticketStep(ticketId, TicketAction::Accept, [](Ticket&) { return Status(); });
}

Result<Ticket> ComplaintWorkflow::completeTicket(Id ticketId, const QString& measures, const QString& result)
{
    return ticketStep(ticketId, TicketAction::Complete, [&](Ticket& t) -> Status {
        if (result.trimmed().isEmpty())
            return Error{fieldMissing(tr("Ticket %1").arg(ticketId), tr("Result"))};
        t.measures = measures.trimmed();
        t.result = result.trimmed();
        t.completedAt = m_store.clock().now();
        return {};
    });
}

Result<Ticket> ComplaintWorkflow::returnTicket(Id ticketId, const QString& reason)
{
    return ticketStep(ticketId, TicketAction::Return, [&](Ticket& t) -> Status {
        if (reason.trimmed().isEmpty())
            return Error{fieldMissing(tr("Ticket %1").arg(ticketId), tr("Reason for returning"))};
        t.returnReason = reason.trimmed();
        return {};
    });
}

Result<Ticket> ComplaintWorkflow::redispatchTicket(Id ticketId, Id departmentId, Id assigneeId, const QDateTime& due)
{
    return ticketStep(ticketId, TicketAction::Redispatch, [&](Ticket& t) -> Status {
        if (departmentId <= 0)
            return Error{fieldMissing(tr("Ticket %1").arg(ticketId), tr("Department"))};
        t.departmentId = departmentId;
        t.assigneeId = assigneeId;
        t.dispatchedAt = m_store.clock().now();
        t.dueAt = due;
        return {};
    });
}

Result<FollowUp> ComplaintWorkflow::recordFollowUp(FollowUp f)
{
    return inTransaction(m_store.work(), [&]() -> Result<FollowUp> {
        auto complaint = m_store.complaints().get(f.complaintId);
        if (!complaint)
            return Error{complaint.error()};
        Complaint c = complaint.value();
        const QString record = tr("Follow-up of %1").arg(c.code);
        if (!f.at.isValid())
            f.at = m_store.clock().now();
        if (f.at < c.receivedAt)
            return Error{tr("%1: the time %2 is before the complaint was received (%3).")
                             .arg(record, timeText(f.at), timeText(c.receivedAt))};
        if (f.purpose == FollowUpPurpose::SatisfactionVisit && !f.satisfaction)
            return Error{fieldMissing(record, tr("Satisfaction"))};
        if (!c.firstContactAt.isValid())
            c.firstContactAt = f.at;
        switch (f.purpose) {
        case FollowUpPurpose::FirstResponse:
        case FollowUpPurpose::ProgressUpdate:
            if (c.status == ComplaintStatus::New || c.status == ComplaintStatus::Reopened)
                if (Status s = applyTransition(c, ComplaintAction::StartHandling); !s)
                    return Error{s.error()};
            break;
        case FollowUpPurpose::ResultFeedback: {
            if (Status s = applyTransition(c, ComplaintAction::FeedBackResult); !s)
                return Error{s.error()};
            if (Status s = loadSettings(); !s)
                return Error{s.error()};
            c.feedbackAt = f.at;
            c.followUpDue = m_policy->followUpDue(f.at);
            break;
        }
        case FollowUpPurpose::SatisfactionVisit:
            if (c.status != ComplaintStatus::AwaitingFollowUp && c.status != ComplaintStatus::Closed)
                return Error{tr("%1: a satisfaction follow-up needs the result fed back first; the complaint is “%2”.")
                                 .arg(record, displayName(c.status))};
            c.followUpAt = f.at;
            c.satisfaction = f.satisfaction;
            break;
        }
        if (f.reopenRequested) {
            if (Status s = reopenInPlace(c, tr("Reopened at the customer's request during a follow-up")); !s)
                return Error{s.error()};
        }
        c.updatedAt = m_store.clock().now();
        if (Status s = m_store.complaints().update(c); !s)
            return Error{s.error()};
        auto id = m_store.followUps().insert(f);
        if (!id)
            return Error{id.error()};
        f.id = *id;
        return f;
    });
}

QString ComplaintWorkflow::closeRefusal(const Complaint& c, const QString& reason) const
{
    if (!nextStatus(c.status, ComplaintAction::Close))
        return checkTransition(c.code, c.status, ComplaintAction::Close).error();
    if (!reason.trimmed().isEmpty())
        return {};
    QStringList missing;
    if (!c.feedbackAt.isValid())
        missing << tr("the result has not been fed back to the customer");
    if (!c.followUpAt.isValid())
        missing << tr("no satisfaction follow-up is recorded");
    if (missing.isEmpty())
        return {};
    return tr("Complaint %1 cannot be closed: %2. Record them, or give the reason for closing without them.")
        .arg(c.code, missing.join(tr("; ")));
}

Result<Complaint> ComplaintWorkflow::close(Id complaintId, const QString& reason)
{
    return inTransaction(m_store.work(), [&]() -> Result<Complaint> {
        auto complaint = m_store.complaints().get(complaintId);
        if (!complaint)
            return complaint;
        Complaint c = complaint.value();
        if (const QString refusal = closeRefusal(c, reason); !refusal.isEmpty())
            return Error{refusal};
        if (Status s = applyTransition(c, ComplaintAction::Close); !s)
            return Error{s.error()};
        c.closedAt = m_store.clock().now();
        c.closeReason = reason.trimmed();
        if (Status s = m_store.complaints().update(c); !s)
            return Error{s.error()};
        ++c.rowVersion;
        return c;
    });
}

Status ComplaintWorkflow::reopenInPlace(Complaint& c, const QString& reason)
{
    if (Status s = applyTransition(c, ComplaintAction::Reopen); !s)
        return s;
    if (Status s = loadSettings(); !s)
        return s;
    const QDateTime now = m_store.clock().now();
    // A new cycle: the result must be fed back again and followed up again.
    ++c.reopenCount;
    c.valid = true;
    c.invalidReason.clear();
    c.closedAt = {};
    c.closeReason.clear();
    c.feedbackAt = {};
    c.followUpAt = {};
    c.followUpDue = {};
    c.satisfaction.reset();
    c.feedbackDue = m_policy->feedbackDue(now, *m_calendar);
    return m_store.audit().record(QStringLiteral("complaint"), c.id, QStringLiteral("reopen"), reason);
}

Result<Complaint> ComplaintWorkflow::reopen(Id complaintId, const QString& reason)
{
    return changeStatus(complaintId, ComplaintAction::Reopen, reason);
}

Result<Complaint> ComplaintWorkflow::markInvalid(Id complaintId, const QString& reason)
{
    return changeStatus(complaintId, ComplaintAction::MarkInvalid, reason);
}

Result<Complaint> ComplaintWorkflow::withdraw(Id complaintId, const QString& reason)
{
    return changeStatus(complaintId, ComplaintAction::Withdraw, reason);
}

Result<Complaint> ComplaintWorkflow::changeStatus(Id complaintId, ComplaintAction action, const QString& reason)
{
    return inTransaction(m_store.work(), [&]() -> Result<Complaint> {
        auto complaint = m_store.complaints().get(complaintId);
        if (!complaint)
            return complaint;
        Complaint c = complaint.value();
        const bool needsReason = action == ComplaintAction::Reopen || action == ComplaintAction::MarkInvalid
            || action == ComplaintAction::Withdraw;
        if (needsReason && reason.trimmed().isEmpty()) {
            if (!nextStatus(c.status, action))
                return Error{checkTransition(c.code, c.status, action).error()};
            return Error{fieldMissing(tr("Complaint %1").arg(c.code), tr("Reason"))};
        }
        if (action == ComplaintAction::Reopen) {
            if (Status s = reopenInPlace(c, reason.trimmed()); !s)
                return Error{s.error()};
        } else if (Status s = applyTransition(c, action); !s) {
            return Error{s.error()};
        }
        if (action == ComplaintAction::MarkInvalid) {
            c.valid = false;
            c.invalidReason = reason.trimmed();
        } else if (action == ComplaintAction::Withdraw) {
            c.closedAt = m_store.clock().now();
            c.closeReason = reason.trimmed();
        }
        if (Status s = m_store.complaints().update(c); !s)
            return Error{s.error()};
        ++c.rowVersion;
        return c;
    });
}

} // namespace caseloop
