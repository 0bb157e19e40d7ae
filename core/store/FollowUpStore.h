#pragma once

#include "domain/Records.h"

namespace caseloop {

// Follow-ups are a diary: written once, never edited.
class FollowUpStore
{
public:
    virtual ~FollowUpStore() = default;
    virtual Result<Id> insert(const FollowUp& followUp) = 0;
    virtual Result<QList<FollowUp>> forComplaint(Id complaintId) = 0;
};

} // namespace caseloop
