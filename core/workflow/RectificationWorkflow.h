#pragma once

#include "domain/Records.h"

#include <functional>

namespace caseloop {

class Store;

// The five steps of 投诉整改五步法 (docs/DOMAIN.md §4). Each step checks the item's state, stores its
// fields with the person and the date, and appends a row to the item's history.
class RectificationWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(RectificationWorkflow)

public:
    explicit RectificationWorkflow(Store& store)
        : m_store(store)
    {
    }

    // Step 1 分派. The draft needs a problem, a department and a deadline; type, region, estate and
    // service line are taken from the first linked complaint when the draft leaves them empty.
    Result<RectificationItem> assign(RectificationItem draft);
    // Step 2 解决: the department confirms its measures, the person responsible and the planned date.
    Result<RectificationItem> resolve(Id itemId, const QString& measures, const QString& responsiblePerson,
                                      const QDate& plannedDate);
    // Step 3 反馈: what was done, or why it is not solved.
    Result<RectificationItem> reportBack(Id itemId, const QString& feedback, const QString& unresolvedReason);
    // Step 4 审核: the customer-service department's opinion; not approved sends it back to step 2.
    Result<RectificationItem> review(Id itemId, bool approved, const QString& opinion);
    // Step 5 确认: 解决 closes the item; 未解决-继续跟踪 keeps it open for another report.
    Result<RectificationItem> confirm(Id itemId, ConfirmResult result, const QString& note);

    static bool isOverdue(const RectificationItem& item, const QDate& today);

private:
    Result<RectificationItem> step(Id itemId, RectificationAction action, const QString& note,
                                   const std::function<Status(RectificationItem&)>& apply);

    Store& m_store;
};

} // namespace caseloop
