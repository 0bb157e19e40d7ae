#include "domain/RectificationStatus.h"

#include <array>

namespace caseloop {

namespace {
using S = RectificationStatus;
using A = RectificationAction;
using P = RectificationStep;

constexpr std::array<EnumEntry<S>, 6> kStatuses{{
    {S::Assigned, "assigned", QT_TRANSLATE_NOOP("RectificationStatus", "Assigned")},
    {S::InProgress, "in_progress", QT_TRANSLATE_NOOP("RectificationStatus", "Being rectified")},
    {S::ReportedBack, "reported_back", QT_TRANSLATE_NOOP("RectificationStatus", "Reported back")},
    {S::Reviewed, "reviewed", QT_TRANSLATE_NOOP("RectificationStatus", "Reviewed")},
    {S::Closed, "closed", QT_TRANSLATE_NOOP("RectificationStatus", "Confirmed resolved")},
    {S::ContinueTracking, "continue_tracking", QT_TRANSLATE_NOOP("RectificationStatus", "Unresolved, tracking")},
}};

constexpr std::array<EnumEntry<A>, 6> kActions{{
    {A::Resolve, "resolve", QT_TRANSLATE_NOOP("RectificationAction", "Confirm measures")},
    {A::ReportBack, "report_back", QT_TRANSLATE_NOOP("RectificationAction", "Report back")},
    {A::ReviewPass, "review_pass", QT_TRANSLATE_NOOP("RectificationAction", "Approve in review")},
    {A::ReviewReject, "review_reject", QT_TRANSLATE_NOOP("RectificationAction", "Send back in review")},
    {A::ConfirmResolved, "confirm_resolved", QT_TRANSLATE_NOOP("RectificationAction", "Confirm resolved")},
    {A::ConfirmContinue, "confirm_continue", QT_TRANSLATE_NOOP("RectificationAction", "Keep tracking")},
}};

constexpr std::array<EnumEntry<P>, 5> kSteps{{
    {P::Assign, "assign", QT_TRANSLATE_NOOP("RectificationStep", "1 Assign")},
    {P::Resolve, "resolve", QT_TRANSLATE_NOOP("RectificationStep", "2 Resolve")},
    {P::ReportBack, "report_back", QT_TRANSLATE_NOOP("RectificationStep", "3 Report back")},
    {P::Review, "review", QT_TRANSLATE_NOOP("RectificationStep", "4 Review")},
    {P::Confirm, "confirm", QT_TRANSLATE_NOOP("RectificationStep", "5 Confirm")},
}};

constexpr std::array<Transition<S, A>, 8> kTransitions{{
    {S::Assigned, A::Resolve, S::InProgress},
    {S::InProgress, A::Resolve, S::InProgress}, // measures revised
    {S::InProgress, A::ReportBack, S::ReportedBack},
    {S::ReportedBack, A::ReviewPass, S::Reviewed},
    {S::ReportedBack, A::ReviewReject, S::InProgress},
    {S::Reviewed, A::ConfirmResolved, S::Closed},
    {S::Reviewed, A::ConfirmContinue, S::ContinueTracking},
    {S::ContinueTracking, A::ReportBack, S::ReportedBack},
}};
} // namespace

std::span<const EnumEntry<S>> EnumTraits<S>::entries()
{
    return kStatuses;
}

std::span<const EnumEntry<A>> EnumTraits<A>::entries()
{
    return kActions;
}

std::span<const EnumEntry<P>> EnumTraits<P>::entries()
{
    return kSteps;
}

std::span<const Transition<S, A>> rectificationTransitions()
{
    return kTransitions;
}

Result<RectificationStatus> checkTransition(const QString& code, RectificationStatus from, RectificationAction action)
{
    if (auto to = findTransition<S, A>(kTransitions, from, action))
        return *to;
    const QString record = QCoreApplication::translate("caseloop::Workflow", "Rectification item %1").arg(code);
    return Error{refusedTransitionMessage(record, displayName(from), displayName(action))};
}

QList<RectificationAction> allowedActions(RectificationStatus from)
{
    return actionsFrom<S, A>(kTransitions, from);
}

RectificationStep stepOf(RectificationAction action)
{
    switch (action) {
    case A::Resolve:
        return P::Resolve;
    case A::ReportBack:
        return P::ReportBack;
    case A::ReviewPass:
    case A::ReviewReject:
        return P::Review;
    case A::ConfirmResolved:
    case A::ConfirmContinue:
        return P::Confirm;
    }
    return P::Assign;
}

bool isOpen(RectificationStatus status)
{
    return status != S::Closed;
}

} // namespace caseloop
