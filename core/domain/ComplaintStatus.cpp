#include "domain/ComplaintStatus.h"

#include <array>

namespace caseloop {

namespace {
using S = ComplaintStatus;
using A = ComplaintAction;

constexpr std::array<EnumEntry<S>, 7> kStatuses{{
    {S::New, "new", QT_TRANSLATE_NOOP("ComplaintStatus", "New")},
    {S::InProgress, "in_progress", QT_TRANSLATE_NOOP("ComplaintStatus", "In progress")},
    {S::AwaitingFollowUp, "awaiting_follow_up", QT_TRANSLATE_NOOP("ComplaintStatus", "Awaiting follow-up")},
    {S::Closed, "closed", QT_TRANSLATE_NOOP("ComplaintStatus", "Closed")},
    {S::Reopened, "reopened", QT_TRANSLATE_NOOP("ComplaintStatus", "Reopened")},
    {S::Invalid, "invalid", QT_TRANSLATE_NOOP("ComplaintStatus", "Invalid")},
    {S::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ComplaintStatus", "Withdrawn")},
}};

constexpr std::array<EnumEntry<A>, 7> kActions{{
    {A::StartHandling, "start_handling", QT_TRANSLATE_NOOP("ComplaintAction", "Start handling")},
    {A::Dispatch, "dispatch", QT_TRANSLATE_NOOP("ComplaintAction", "Dispatch a ticket")},
    {A::FeedBackResult, "feed_back_result", QT_TRANSLATE_NOOP("ComplaintAction", "Feed back the result")},
    {A::Close, "close", QT_TRANSLATE_NOOP("ComplaintAction", "Close")},
    {A::Reopen, "reopen", QT_TRANSLATE_NOOP("ComplaintAction", "Reopen")},
    {A::MarkInvalid, "mark_invalid", QT_TRANSLATE_NOOP("ComplaintAction", "Mark invalid")},
    {A::Withdraw, "withdraw", QT_TRANSLATE_NOOP("ComplaintAction", "Withdraw")},
}};

constexpr std::array<Transition<S, A>, 24> kTransitions{{
    {S::New, A::StartHandling, S::InProgress},
    {S::New, A::Dispatch, S::InProgress},
    {S::New, A::FeedBackResult, S::AwaitingFollowUp}, // answered on the first call (an inquiry)
    {S::New, A::Close, S::Closed},
    {S::New, A::MarkInvalid, S::Invalid},
    {S::New, A::Withdraw, S::Withdrawn},
    {S::InProgress, A::Dispatch, S::InProgress},
    {S::InProgress, A::FeedBackResult, S::AwaitingFollowUp},
    {S::InProgress, A::Close, S::Closed},
    {S::InProgress, A::MarkInvalid, S::Invalid},
    {S::InProgress, A::Withdraw, S::Withdrawn},
    {S::AwaitingFollowUp, A::FeedBackResult, S::AwaitingFollowUp}, // a second result call
    {S::AwaitingFollowUp, A::Close, S::Closed},
    {S::AwaitingFollowUp, A::Reopen, S::Reopened},
    {S::AwaitingFollowUp, A::Dispatch, S::InProgress}, // the result needs more work after all
    {S::Closed, A::Reopen, S::Reopened},
    {S::Reopened, A::StartHandling, S::InProgress},
    {S::Reopened, A::Dispatch, S::InProgress},
    {S::Reopened, A::FeedBackResult, S::AwaitingFollowUp},
    {S::Reopened, A::Close, S::Closed},
    {S::Reopened, A::MarkInvalid, S::Invalid},
    {S::Reopened, A::Withdraw, S::Withdrawn},
    {S::Invalid, A::Reopen, S::Reopened}, // the invalid judgement revisited
    {S::InProgress, A::StartHandling, S::InProgress},
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

std::span<const Transition<S, A>> complaintTransitions()
{
    return kTransitions;
}

std::optional<ComplaintStatus> nextStatus(ComplaintStatus from, ComplaintAction action)
{
    return findTransition<S, A>(kTransitions, from, action);
}

Result<ComplaintStatus> checkTransition(const QString& code, ComplaintStatus from, ComplaintAction action)
{
    if (auto to = nextStatus(from, action))
        return *to;
    const QString record = QCoreApplication::translate("caseloop::Workflow", "Complaint %1").arg(code);
    return Error{refusedTransitionMessage(record, displayName(from), displayName(action))};
}

QList<ComplaintAction> allowedActions(ComplaintStatus from)
{
    return actionsFrom<S, A>(kTransitions, from);
}

bool isOpen(ComplaintStatus status)
{
    return status != S::Closed && status != S::Invalid && status != S::Withdrawn;
}

} // namespace caseloop
