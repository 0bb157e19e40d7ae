#include "domain/Enums.h"

#include <array>

namespace caseloop {

namespace {
constexpr std::array<EnumEntry<Priority>, 3> kPriorities{{
    {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("Priority", "Urgent")},
    {Priority::Major, "major", QT_TRANSLATE_NOOP("Priority", "Major")},
    {Priority::Normal, "normal", QT_TRANSLATE_NOOP("Priority", "Normal")},
}};

constexpr std::array<EnumEntry<FollowUpMethod>, 4> kMethods{{
    {FollowUpMethod::Phone, "phone", QT_TRANSLATE_NOOP("FollowUpMethod", "Phone")},
    {FollowUpMethod::Visit, "visit", QT_TRANSLATE_NOOP("FollowUpMethod", "Visit")},
    {FollowUpMethod::WeChat, "wechat", QT_TRANSLATE_NOOP("FollowUpMethod", "WeChat")},
    {FollowUpMethod::Sms, "sms", QT_TRANSLATE_NOOP("FollowUpMethod", "SMS")},
}};

constexpr std::array<EnumEntry<FollowUpPurpose>, 4> kPurposes{{
    {FollowUpPurpose::FirstResponse, "first_response", QT_TRANSLATE_NOOP("FollowUpPurpose", "First response")},
    {FollowUpPurpose::ProgressUpdate, "progress_update", QT_TRANSLATE_NOOP("FollowUpPurpose", "Progress update")},
    {FollowUpPurpose::ResultFeedback, "result_feedback", QT_TRANSLATE_NOOP("FollowUpPurpose", "Result feedback")},
    {FollowUpPurpose::SatisfactionVisit, "satisfaction_visit",
     QT_TRANSLATE_NOOP("FollowUpPurpose", "Satisfaction follow-up")},
}};

constexpr std::array<EnumEntry<Satisfaction>, 4> kSatisfaction{{
    {Satisfaction::VerySatisfied, "very_satisfied", QT_TRANSLATE_NOOP("Satisfaction", "Very satisfied")},
    {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("Satisfaction", "Satisfied")},
    {Satisfaction::FairlySatisfied, "fairly_satisfied", QT_TRANSLATE_NOOP("Satisfaction", "Fairly satisfied")},
    {Satisfaction::Dissatisfied, "dissatisfied", QT_TRANSLATE_NOOP("Satisfaction", "Dissatisfied")},
}};

constexpr std::array<EnumEntry<Role>, 4> kRoles{{
    {Role::Steward, "steward", QT_TRANSLATE_NOOP("Role", "Steward")},
    {Role::DepartmentLead, "department_lead", QT_TRANSLATE_NOOP("Role", "Department lead")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervisor")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "Administrator")},
}};

constexpr std::array<EnumEntry<DayKind>, 2> kDayKinds{{
    {DayKind::Holiday, "holiday", QT_TRANSLATE_NOOP("DayKind", "Public holiday")},
    {DayKind::Workday, "workday", QT_TRANSLATE_NOOP("DayKind", "Adjusted working day")},
}};

constexpr std::array<EnumEntry<ConfirmResult>, 2> kConfirmResults{{
    {ConfirmResult::Resolved, "resolved", QT_TRANSLATE_NOOP("ConfirmResult", "Resolved")},
    {ConfirmResult::ContinueTracking, "continue_tracking",
     QT_TRANSLATE_NOOP("ConfirmResult", "Unresolved, keep tracking")},
}};
} // namespace

std::span<const EnumEntry<Priority>> EnumTraits<Priority>::entries()
{
    return kPriorities;
}
std::span<const EnumEntry<FollowUpMethod>> EnumTraits<FollowUpMethod>::entries()
{
    return kMethods;
}
std::span<const EnumEntry<FollowUpPurpose>> EnumTraits<FollowUpPurpose>::entries()
{
    return kPurposes;
}
std::span<const EnumEntry<Satisfaction>> EnumTraits<Satisfaction>::entries()
{
    return kSatisfaction;
}
std::span<const EnumEntry<Role>> EnumTraits<Role>::entries()
{
    return kRoles;
}
std::span<const EnumEntry<DayKind>> EnumTraits<DayKind>::entries()
{
    return kDayKinds;
}
std::span<const EnumEntry<ConfirmResult>> EnumTraits<ConfirmResult>::entries()
{
    return kConfirmResults;
}

bool countsAsSatisfied(Satisfaction s)
{
    return s != Satisfaction::Dissatisfied;
}

} // namespace caseloop
