#include "workflow/RectificationWorkflow.h"

#include "domain/Codes.h"
#include "store/Store.h"
#include "store/UnitOfWork.h"

namespace caseloop {

namespace {
QString required(const QString& record, const QString& field)
{
    return QCoreApplication::translate("caseloop::Workflow", "%1: “%2” is required.").arg(record, field);
}
} // namespace

Result<RectificationItem> RectificationWorkflow::assign(RectificationItem d)
{
    const QString record = tr("New rectification item");
    if (d.problem.trimmed().isEmpty())
        return Error{required(record, tr("Problem description"))};
    if (d.departmentId <= 0)
        return Error{required(record, tr("Responsible department"))};
    if (!d.deadline.isValid())
        return Error{required(record, tr("Required deadline"))};
    return inTransaction(m_store.work(), [&]() -> Result<RectificationItem> {
        if (!d.complaintIds.isEmpty()) {
            auto first = m_store.complaints().get(d.complaintIds.first());
            if (!first)
                return Error{first.error()};
            for (Id id : d.complaintIds)
                if (auto c = m_store.complaints().get(id); !c)
                    return Error{c.error()};
            d.typeId = d.typeId > 0 ? d.typeId : first->typeId;
            d.regionId = d.regionId > 0 ? d.regionId : first->regionId;
            d.estateId = d.estateId > 0 ? d.estateId : first->estateId;
            d.buildingId = d.buildingId > 0 ? d.buildingId : first->buildingId;
            d.serviceLineId = d.serviceLineId > 0 ? d.serviceLineId : first->serviceLineId;
        }
        const QDateTime now = m_store.clock().now();
        auto code = nextRectificationCode(m_store.settings(), now.date());
        if (!code)
            return Error{code.error()};
        d.code = *code;
        d.status = RectificationStatus::Assigned;
        d.problem = d.problem.trimmed();
        d.assignedAt = now;
        d.assignedBy = d.assignedBy > 0 ? d.assignedBy : m_store.actor().id;
        d.createdAt = now;
        d.updatedAt = now;
        d.rowVersion = 1;
        auto id = m_store.rectifications().insert(d);
        if (!id)
            return Error{id.error()};
        d.id = *id;
        RectificationStepRecord history{0,
                                        d.id,
                                        RectificationStep::Assign,
                                        QStringLiteral("assign"),
                                        d.status,
                                        d.status,
                                        now,
                                        m_store.actor().id,
                                        d.suggestion};
        if (auto s = m_store.rectifications().addStep(history); !s)
            return Error{s.error()};
        return d;
    });
}

Result<RectificationItem> RectificationWorkflow::step(Id itemId, RectificationAction action, const QString& note,
                                                      const std::function<Status(RectificationItem&)>& apply)
{
    return inTransaction(m_store.work(), [&]() -> Result<RectificationItem> {
        auto item = m_store.rectifications().get(itemId);
        if (!item)
            return item;
        RectificationItem r = item.value();
        auto next = checkTransition(r.code, r.status, action);
        if (!next)
            return Error{next.error()};
        const RectificationStatus from = r.status;
        r.status = *next;
        if (Status s = apply(r); !s)
            return Error{s.error()};
        const QDateTime now = m_store.clock().now();
        r.updatedAt = now;
        if (Status s = m_store.rectifications().update(r); !s)
            return Error{s.error()};
        ++r.rowVersion;
        RectificationStepRecord history{0,        r.id, stepOf(action),     toStorage(action), from,
                                        r.status, now,  m_store.actor().id, note.trimmed()};
        if (auto s = m_store.rectifications().addStep(history); !s)
            return Error{s.error()};
        return r;
    });
}

Result<RectificationItem> RectificationWorkflow::resolve(Id itemId, const QString& measures,
                                                         const QString& responsiblePerson, const QDate& plannedDate)
{
    return step(itemId, RectificationAction::Resolve, measures, [&](RectificationItem& r) -> Status {
        const QString record = tr("Rectification item %1").arg(r.code);
        if (measures.trimmed().isEmpty())
            return Error{required(record, tr("Measures"))};
        if (responsiblePerson.trimmed().isEmpty())
            return Error{required(record, tr("Responsible person"))};
        if (!plannedDate.isValid())
            return Error{required(record, tr("Planned completion date"))};
        r.measures = measures.trimmed();
        r.responsiblePerson = responsiblePerson.trimmed();
        r.plannedDate = plannedDate;
        r.resolvedAt = m_store.clock().now();
        return {};
    });
}

Result<RectificationItem> RectificationWorkflow::reportBack(Id itemId, const QString& feedback,
                                                            const QString& unresolvedReason)
{
    return step(itemId, RectificationAction::ReportBack, feedback, [&](RectificationItem& r) -> Status {
        if (feedback.trimmed().isEmpty() && unresolvedReason.trimmed().isEmpty())
            return Error{
                required(tr("Rectification item %1").arg(r.code), tr("What was done, or why it is not solved"))};
        r.feedback = feedback.trimmed();
        r.unresolvedReason = unresolvedReason.trimmed();
        r.reportedAt = m_store.clock().now();
        return {};
    });
}

Result<RectificationItem> RectificationWorkflow::review(Id itemId, bool approved, const QString& opinion)
{
    const auto action = approved ? RectificationAction::ReviewPass : RectificationAction::ReviewReject;
    return step(itemId, action, opinion, [&](RectificationItem& r) -> Status {
        if (opinion.trimmed().isEmpty())
            return Error{required(tr("Rectification item %1").arg(r.code), tr("Review opinion"))};
        r.reviewOpinion = opinion.trimmed();
        r.reviewerId = m_store.actor().id;
        r.reviewedAt = m_store.clock().now();
        return {};
    });
}

Result<RectificationItem> RectificationWorkflow::confirm(Id itemId, ConfirmResult result, const QString& note)
{
    const auto action = result == ConfirmResult::Resolved ? RectificationAction::ConfirmResolved
                                                          : RectificationAction::ConfirmContinue;
    return step(itemId, action, note, [&](RectificationItem& r) -> Status {
        r.confirmResult = result;
        r.confirmNote = note.trimmed();
        r.confirmerId = m_store.actor().id;
        r.confirmedAt = m_store.clock().now();
        return {};
    });
}

bool RectificationWorkflow::isOverdue(const RectificationItem& item, const QDate& today)
{
    return isOpen(item.status) && item.deadline.isValid() && item.deadline < today;
}

} // namespace caseloop
