#pragma once

#include "domain/Records.h"

namespace caseloop {

class AuditStore
{
public:
    virtual ~AuditStore() = default;
    // For events that are not a record change (an export, a login).
    virtual Status record(const QString& entity, Id entityId, const QString& action, const QString& detail) = 0;
    virtual Result<QList<AuditEntry>> forRecord(const QString& entity, Id entityId) = 0;
    virtual Result<qint64> count() = 0;
};

} // namespace caseloop
