#pragma once

#include "Records.h"

namespace caseloop {

struct RectificationFilter
{
    QList<RectificationStatus> statuses;
    Id departmentId = 0;
    bool overdueOnly = false;
    QDate today; // what "overdue" is measured against
};

class RectificationStore
{
public:
    virtual ~RectificationStore() = default;
    // Stores the item and its links to complaints; returns its id.
    virtual Result<Id> insert(const RectificationItem& item) = 0;
    virtual Result<RectificationItem> get(Id id) = 0;
    virtual Status update(const RectificationItem& item) = 0;
    virtual Result<QList<RectificationItem>> list(const RectificationFilter& filter) = 0;
    virtual Result<Id> addStep(const RectificationStepRecord& step) = 0;
    virtual Result<QList<RectificationStepRecord>> steps(Id itemId) = 0;
};

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
