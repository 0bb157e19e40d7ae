#include "domain/TicketStatus.h"

#include <array>

namespace caseloop {

namespace {
using S = TicketStatus;
using A = TicketAction;

constexpr std::array<EnumEntry<S>, 4> kStatuses{{
    {S::Waiting, "waiting", QT_TRANSLATE_NOOP("TicketStatus", "Waiting")},
    {S::InProgress, "in_progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress")},
    {S::Done, "done", QT_TRANSLATE_NOOP("TicketStatus", "Done")},
    {S::Returned, "returned", QT_TRANSLATE_NOOP("TicketStatus", "Returned")},
}};

constexpr std::array<EnumEntry<A>, 4> kActions{{
    {A::Accept, "accept", QT_TRANSLATE_NOOP("TicketAction", "Accept")},
    {A::Complete, "complete", QT_TRANSLATE_NOOP("TicketAction", "Record the result")},
    {A::Return, "return", QT_TRANSLATE_NOOP("TicketAction", "Return")},
    {A::Redispatch, "redispatch", QT_TRANSLATE_NOOP("TicketAction", "Dispatch again")},
}};

constexpr std::array<Transition<S, A>, 6> kTransitions{{
    {S::Waiting, A::Accept, S::InProgress},
    {S::Waiting, A::Complete, S::Done}, // a quick job done on the spot
    {S::Waiting, A::Return, S::Returned},
    {S::InProgress, A::Complete, S::Done},
    {S::InProgress, A::Return, S::Returned},
    {S::Returned, A::Redispatch, S::Waiting},
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

std::span<const Transition<S, A>> ticketTransitions()
{
    return kTransitions;
}

Result<TicketStatus> checkTransition(Id ticketId, TicketStatus from, TicketAction action)
{
    if (auto to = findTransition<S, A>(kTransitions, from, action))
        return *to;
    const QString record = QCoreApplication::translate("caseloop::Workflow", "Ticket %1").arg(ticketId);
    return Error{refusedTransitionMessage(record, displayName(from), displayName(action))};
}

QList<TicketAction> allowedActions(TicketStatus from)
{
    return actionsFrom<S, A>(kTransitions, from);
}

} // namespace caseloop
