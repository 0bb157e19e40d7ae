#pragma once

#include "base/EnumTable.h"
#include "base/Id.h"

namespace caseloop {

// 工单状态: 待接单 → 处理中 → 已完成; 已退回 (with a reason) can be dispatched again.
enum class TicketStatus { Waiting, InProgress, Done, Returned };
enum class TicketAction { Accept, Complete, Return, Redispatch };

template <> struct EnumTraits<TicketStatus>
{
    static constexpr const char* context = "TicketStatus";
    static std::span<const EnumEntry<TicketStatus>> entries();
};

template <> struct EnumTraits<TicketAction>
{
    static constexpr const char* context = "TicketAction";
    static std::span<const EnumEntry<TicketAction>> entries();
};

std::span<const Transition<TicketStatus, TicketAction>> ticketTransitions();
Result<TicketStatus> checkTransition(Id ticketId, TicketStatus from, TicketAction action);
QList<TicketAction> allowedActions(TicketStatus from);

} // namespace caseloop
