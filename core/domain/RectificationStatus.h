#pragma once

#include "base/EnumTable.h"

namespace caseloop {

// The five steps of 投诉整改五步法. The status says which step was done last:
// Assigned (1 分派) → InProgress (2 解决, the department confirmed its measures)
// → ReportedBack (3 反馈) → Reviewed (4 审核; rejection sends it back to InProgress)
// → Closed (5 确认: 解决) or ContinueTracking (5 确认: 未解决-继续跟踪, reported back again later).
enum class RectificationStatus { Assigned, InProgress, ReportedBack, Reviewed, Closed, ContinueTracking };
enum class RectificationAction { Resolve, ReportBack, ReviewPass, ReviewReject, ConfirmResolved, ConfirmContinue };
// Which of the five steps an action belongs to.
enum class RectificationStep { Assign, Resolve, ReportBack, Review, Confirm };

template <> struct EnumTraits<RectificationStatus>
{
    static constexpr const char* context = "RectificationStatus";
    static std::span<const EnumEntry<RectificationStatus>> entries();
};

template <> struct EnumTraits<RectificationAction>
{
    static constexpr const char* context = "RectificationAction";
    static std::span<const EnumEntry<RectificationAction>> entries();
};

template <> struct EnumTraits<RectificationStep>
{
    static constexpr const char* context = "RectificationStep";
    static std::span<const EnumEntry<RectificationStep>> entries();
};

std::span<const Transition<RectificationStatus, RectificationAction>> rectificationTransitions();
Result<RectificationStatus> checkTransition(const QString& code, RectificationStatus from, RectificationAction action);
QList<RectificationAction> allowedActions(RectificationStatus from);
RectificationStep stepOf(RectificationAction action);
bool isOpen(RectificationStatus status);

} // namespace caseloop
