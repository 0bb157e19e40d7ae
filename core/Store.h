#pragma once

#include "CatalogueStore.h"
#include "ComplaintStore.h"
#include "Database.h"
#include "MaintenanceStore.h"
#include "PhrasebookStore.h"
#include "RectificationStore.h"
#include "Session.h"
#include "StatisticsStore.h"

#include <memory>

namespace caseloop {

// An open CaseLoop database with every store over it. Core's entry point: the GUI, the CLI
// and the tests open one, set the operator, and hand it to the workflows.
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString& path, const Clock& clock,
                                               const OpenOptions& options = {});
    ~Store();

    Database& database() { return *m_db; }
    Session& session() { return *m_session; }
    const Clock& clock() const { return m_session->clock(); }
    void setActor(Actor actor) { m_session->setActor(std::move(actor)); }

    CatalogueStore& catalogues() { return *m_catalogues; }
    OrganisationStore& organisation() { return *m_organisation; }
    CalendarStore& calendar() { return *m_calendar; }
    SettingsStore& settings() { return *m_settings; }
    ComplaintStore& complaints() { return *m_complaints; }
    TicketStore& tickets() { return *m_tickets; }
    FollowUpStore& followUps() { return *m_followUps; }
    RectificationStore& rectifications() { return *m_rectifications; }
    AuditStore& audit() { return *m_audit; }
    StatisticsStore& statistics() { return *m_statistics; }
    MaintenanceStore& maintenance() { return *m_maintenance; }
    PhrasebookStore& phrasebook() { return *m_phrasebook; }

private:
    explicit Store(std::unique_ptr<Database> db, const Clock& clock);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CatalogueStore> m_catalogues;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<CalendarStore> m_calendar;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ComplaintStore> m_complaints;
    std::unique_ptr<TicketStore> m_tickets;
    std::unique_ptr<FollowUpStore> m_followUps;
    std::unique_ptr<RectificationStore> m_rectifications;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<StatisticsStore> m_statistics;
    std::unique_ptr<MaintenanceStore> m_maintenance;
    std::unique_ptr<PhrasebookStore> m_phrasebook;
};

} // namespace caseloop
