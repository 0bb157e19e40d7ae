#pragma once

#include "domain/Records.h"
#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"

#include <functional>

namespace caseloop {

class Store;

// The complaint loop (docs/DOMAIN.md §1, "The loop and its clocks"): registration, tickets, follow-ups,
// closing, reopening. Every operation is one transaction; every refusal names the complaint,
// its state and the action, or the field that is missing.
class ComplaintWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintWorkflow)

public:
    // The SLA policy and the working calendar are read once per workflow object; make a new
    // workflow (or call reloadSettings) after they were edited.
    explicit ComplaintWorkflow(Store& store)
        : m_store(store)
    {
    }
    void reloadSettings();

    // How messages name a complaint not registered yet.
    static QString newRecord();

    // Validates the draft, gives it a code, status 待受理 and its due times, and stores it.
    // A phone call or a visit is itself the first contact.
    Result<Complaint> registerComplaint(Complaint draft);
    Result<Complaint> startHandling(Id complaintId);

    Result<Ticket> dispatch(Id complaintId, Id departmentId, Id assigneeId, const QDateTime& due);
    Result<Ticket> acceptTicket(Id ticketId);
    Result<Ticket> completeTicket(Id ticketId, const QString& measures, const QString& result);
    Result<Ticket> returnTicket(Id ticketId, const QString& reason);
    Result<Ticket> redispatchTicket(Id ticketId, Id departmentId, Id assigneeId, const QDateTime& due);

    // Records a contact with the customer and applies what it means: the first contact,
    // the result fed back (→ 待回访), the satisfaction follow-up, or a reopen.
    Result<FollowUp> recordFollowUp(FollowUp followUp);

    // Why closing is refused now (empty when it is allowed): without a reason, a complaint
    // needs its result fed back and a satisfaction follow-up in the current cycle.
    QString closeRefusal(const Complaint& complaint, const QString& reason) const;
    Result<Complaint> close(Id complaintId, const QString& reason = {});
    Result<Complaint> reopen(Id complaintId, const QString& reason);
    Result<Complaint> markInvalid(Id complaintId, const QString& reason);
    Result<Complaint> withdraw(Id complaintId, const QString& reason);

private:
    Status validateDraft(const Complaint& draft) const;
    Status applyTransition(Complaint& complaint, ComplaintAction action);
    Result<Complaint> changeStatus(Id complaintId, ComplaintAction action, const QString& reason);
    Status reopenInPlace(Complaint& complaint, const QString& reason);
    Result<Ticket> ticketStep(Id ticketId, TicketAction action, const std::function<Status(Ticket&)>& apply);

    Status loadSettings();

    Store& m_store;
    std::optional<SlaPolicy> m_policy;
    std::optional<WorkingCalendar> m_calendar;
};

} // namespace caseloop
