#pragma once

#include "base/EnumTable.h"

namespace caseloop {

// 投诉单状态: 待受理 → 处理中 → 待回访 → 已关闭; 已重开 goes back to 处理中; 无效 and 已撤销 need a reason.
enum class ComplaintStatus { New, InProgress, AwaitingFollowUp, Closed, Reopened, Invalid, Withdrawn };

enum class ComplaintAction {
    StartHandling, // 开始处理: first contact made, investigation under way
    Dispatch, // 派单: a ticket to a department
    FeedBackResult, // 结果反馈: the result told to the customer
    Close,
    Reopen,
    MarkInvalid,
    Withdraw,
};

template <> struct EnumTraits<ComplaintStatus>
{
    static constexpr const char* context = "ComplaintStatus";
    static std::span<const EnumEntry<ComplaintStatus>> entries();
};

template <> struct EnumTraits<ComplaintAction>
{
    static constexpr const char* context = "ComplaintAction";
    static std::span<const EnumEntry<ComplaintAction>> entries();
};

std::span<const Transition<ComplaintStatus, ComplaintAction>> complaintTransitions();
std::optional<ComplaintStatus> nextStatus(ComplaintStatus from, ComplaintAction action);
// The next status, or an Error naming the complaint's state and the action.
Result<ComplaintStatus> checkTransition(const QString& code, ComplaintStatus from, ComplaintAction action);
QList<ComplaintAction> allowedActions(ComplaintStatus from);
// Open = still needs work from the office (everything but closed, invalid and withdrawn).
bool isOpen(ComplaintStatus status);

} // namespace caseloop
