#pragma once

#include "domain/Records.h"

namespace caseloop {

class TicketStore
{
public:
    virtual ~TicketStore() = default;
    virtual Result<Id> insert(const Ticket& ticket) = 0;
    virtual Result<Ticket> get(Id id) = 0;
    virtual Status update(const Ticket& ticket) = 0;
    virtual Result<QList<Ticket>> forComplaint(Id complaintId) = 0;
};

} // namespace caseloop
