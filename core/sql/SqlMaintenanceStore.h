#pragma once

#include "sql/Session.h"
#include "store/MaintenanceStore.h"

namespace caseloop {

class SqlMaintenanceStore final : public MaintenanceStore
{
public:
    explicit SqlMaintenanceStore(Session& s)
        : m_s(s)
    {
    }
    Result<IntegrityReport> checkIntegrity() override;
    Result<qint64> recountDays() override;

private:
    Session& m_s;
};

} // namespace caseloop
