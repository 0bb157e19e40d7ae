#pragma once

#include "base/EnumTable.h"

namespace caseloop {

// 紧急程度
enum class Priority { Urgent, Major, Normal };
// 跟进方式
enum class FollowUpMethod { Phone, Visit, WeChat, Sms };
// 跟进目的: 首次响应, 进度告知, 结果反馈, 回访
enum class FollowUpPurpose { FirstResponse, ProgressUpdate, ResultFeedback, SatisfactionVisit };
// 满意度
enum class Satisfaction { VerySatisfied, Satisfied, FairlySatisfied, Dissatisfied };
enum class Role { Steward, DepartmentLead, Supervisor, Administrator };
// 节假日 / 调休上班
enum class DayKind { Holiday, Workday };
// 跟踪认定: 解决 / 未解决-继续跟踪
enum class ConfirmResult { Resolved, ContinueTracking };

#define CASELOOP_ENUM_TRAITS(E)                                                                                        \
    template <> struct EnumTraits<E>                                                                                   \
    {                                                                                                                  \
        static constexpr const char* context = #E;                                                                     \
        static std::span<const EnumEntry<E>> entries();                                                                \
    };

CASELOOP_ENUM_TRAITS(Priority)
CASELOOP_ENUM_TRAITS(FollowUpMethod)
CASELOOP_ENUM_TRAITS(FollowUpPurpose)
CASELOOP_ENUM_TRAITS(Satisfaction)
CASELOOP_ENUM_TRAITS(Role)
CASELOOP_ENUM_TRAITS(DayKind)
CASELOOP_ENUM_TRAITS(ConfirmResult)

#undef CASELOOP_ENUM_TRAITS

// Satisfied for the satisfaction rate: 非常满意, 满意 and 基本满意 count; 不满意 does not.
bool countsAsSatisfied(Satisfaction s);

} // namespace caseloop
