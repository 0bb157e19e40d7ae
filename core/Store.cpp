#include "Store.h"

#include "SqlMaintenanceStore.h"
#include "SqlPhrasebookStore.h"
#include "SqlStores.h"

namespace caseloop {

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Clock& clock, const OpenOptions& options)
{
    auto db = Database::open(path, options);
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<Store>(new Store(std::move(db).value(), clock));
}

Store::Store(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_session(std::make_unique<Session>(*m_db, clock))
    , m_catalogues(std::make_unique<SqlCatalogueStore>(*m_session))
    , m_organisation(std::make_unique<SqlOrganisationStore>(*m_session))
    , m_calendar(std::make_unique<SqlCalendarStore>(*m_session))
    , m_settings(std::make_unique<SqlSettingsStore>(*m_session))
    , m_complaints(std::make_unique<SqlComplaintStore>(*m_session))
    , m_tickets(std::make_unique<SqlTicketStore>(*m_session))
    , m_followUps(std::make_unique<SqlFollowUpStore>(*m_session))
    , m_rectifications(std::make_unique<SqlRectificationStore>(*m_session))
    , m_audit(std::make_unique<SqlAuditStore>(*m_session))
    , m_statistics(std::make_unique<SqlStatisticsStore>(*m_session))
    , m_maintenance(std::make_unique<SqlMaintenanceStore>(*m_session))
    , m_phrasebook(std::make_unique<SqlPhrasebookStore>(*m_session))
{
}

Store::~Store() = default;

} // namespace caseloop
