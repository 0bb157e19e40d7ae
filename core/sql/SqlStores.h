#pragma once

// The SQL implementations of the store interfaces; only Store.cpp constructs them.

#include "sql/Session.h"
#include "store/AuditStore.h"
#include "store/CalendarStore.h"
#include "store/CatalogueStore.h"
#include "store/ComplaintStore.h"
#include "store/FollowUpStore.h"
#include "store/OrganisationStore.h"
#include "store/RectificationStore.h"
#include "store/SettingsStore.h"
#include "store/StatisticsStore.h"
#include "store/TicketStore.h"

namespace caseloop {

class SqlCatalogueStore final : public CatalogueStore
{
public:
    explicit SqlCatalogueStore(Session& s)
        : m_s(s)
    {
    }
    Result<QList<CatalogueEntry>> entries(const QString& catalogue, bool activeOnly) override;
    Result<CatalogueEntry> entry(Id id) override;
    Result<CatalogueEntry> entryByCode(const QString& catalogue, const QString& code) override;
    Result<Id> add(const CatalogueEntry& entry) override;
    Status update(const CatalogueEntry& entry) override;

private:
    Session& m_s;
};

// A staff member's columns in the order readStaff() reads them (the organisation and the accounts read staff alike).
extern const QString kStaffColumns;
class SqlQuery;
Staff readStaff(SqlQuery& q);

class SqlOrganisationStore final : public OrganisationStore
{
public:
    explicit SqlOrganisationStore(Session& s)
        : m_s(s)
    {
    }
    Result<QList<Region>> regions() override;
    Result<Id> addRegion(const Region& region) override;
    Status updateRegion(const Region& region) override;
    Result<QList<Estate>> estates(Id regionId) override;
    Result<Estate> estate(Id id) override;
    Result<Id> addEstate(const Estate& estate) override;
    Status updateEstate(const Estate& estate) override;
    Result<QList<Building>> buildings(Id estateId) override;
    Result<Building> building(Id id) override;
    Result<Id> addBuilding(const Building& building) override;
    Status updateBuilding(const Building& building) override;
    Result<QList<Department>> departments() override;
    Result<Department> departmentByName(const QString& name) override;
    Result<Id> addDepartment(const Department& department) override;
    Status updateDepartment(const Department& department) override;
    Result<QList<Staff>> staff() override;
    Result<Staff> staffMember(Id id) override;
    Result<Staff> staffByLogin(const QString& login) override;
    Result<Id> addStaff(const Staff& staff) override;
    Status updateStaff(const Staff& staff) override;
    Result<bool> roleMaySeePhone(Role role) override;

private:
    Result<QList<Staff>> queryStaff(const QString& where, const QVariantList& binds);
    Session& m_s;
};

class SqlCalendarStore final : public CalendarStore
{
public:
    explicit SqlCalendarStore(Session& s)
        : m_s(s)
    {
    }
    Result<QList<CalendarDay>> days(const QDate& from, const QDate& to) override;
    Status setDay(const CalendarDay& day) override;
    Status removeDay(const QDate& date) override;

private:
    Session& m_s;
};

class SqlSettingsStore final : public SettingsStore
{
public:
    explicit SqlSettingsStore(Session& s)
        : m_s(s)
    {
    }
    Result<QString> value(const QString& key, const QString& defaultValue) override;
    Status setValue(const QString& key, const QString& value) override;
    Result<int> nextInSequence(const QString& prefix) override;

private:
    Session& m_s;
};

class SqlComplaintStore final : public ComplaintStore
{
public:
    explicit SqlComplaintStore(Session& s)
        : m_s(s)
    {
    }
    Result<Id> insert(const Complaint& complaint) override;
    Result<Complaint> get(Id id) override;
    Result<Complaint> byCode(const QString& code) override;
    Status update(const Complaint& complaint) override;
    Result<QList<Complaint>> list(const ComplaintFilter& filter, int limit,
                                  const std::optional<ComplaintCursor>& after) override;
    Result<QList<Complaint>> listAt(const ComplaintFilter& filter, qint64 offset, int limit, qint64 total) override;
    Result<qint64> count(const ComplaintFilter& filter) override;
    Result<QList<DueItem>> dueItems(const QDateTime& now, const QDateTime& horizon, DueScope scope, int limit) override;
    Result<QList<DueCount>> dueCounts(const QDateTime& now, const QDateTime& horizon, DueScope scope) override;
    Result<QList<Complainant>> complainants(const QString& prefix, int limit) override;
    Result<QList<Complaint>> history(const QString& phone, const QString& name, int limit) override;
    Result<QStringList> knownRooms(Id buildingId, int limit) override;
    Result<Id> usualServiceLine(Id typeId) override;
    Result<QSet<QString>> importKeys() override;

private:
    Result<QList<Complaint>> select(const QString& where, const QVariantList& binds, const QString& tail = {},
                                    const QString& source = QStringLiteral("complaints"));
    // How the list reads a filter: the table expression (an index named where the planner would choose badly), and
    // whether its search matches only a few complaints (counted first; Dialect::codeOrMatch).
    struct ListPlan
    {
        QString source;
        bool fewMatches = false;
    };
    ListPlan planOf(const ComplaintFilter& filter);
    static constexpr int kManyMatches = 2000;
    // A jump at least this many pages deep starts from the day its page begins in (listAt).
    static constexpr int kDaysFromPages = 20;
    Session& m_s;
};

class SqlTicketStore final : public TicketStore
{
public:
    explicit SqlTicketStore(Session& s)
        : m_s(s)
    {
    }
    Result<Id> insert(const Ticket& ticket) override;
    Result<Ticket> get(Id id) override;
    Status update(const Ticket& ticket) override;
    Result<QList<Ticket>> forComplaint(Id complaintId) override;

private:
    Result<QList<Ticket>> select(const QString& where, const QVariantList& binds);
    Session& m_s;
};

class SqlFollowUpStore final : public FollowUpStore
{
public:
    explicit SqlFollowUpStore(Session& s)
        : m_s(s)
    {
    }
    Result<Id> insert(const FollowUp& followUp) override;
    Result<QList<FollowUp>> forComplaint(Id complaintId) override;

private:
    Session& m_s;
};

class SqlRectificationStore final : public RectificationStore
{
public:
    explicit SqlRectificationStore(Session& s)
        : m_s(s)
    {
    }
    Result<Id> insert(const RectificationItem& item) override;
    Result<RectificationItem> get(Id id) override;
    Status update(const RectificationItem& item) override;
    Result<QList<RectificationItem>> list(const RectificationFilter& filter) override;
    Result<QList<TrackingRow>> trackingRows(const RectificationFilter& filter) override;
    Status eachTrackingRow(const RectificationFilter& filter,
                           const std::function<void(TrackingRow&& row)>& each) override;
    Result<Id> addStep(const RectificationStepRecord& step) override;
    Result<QList<RectificationStepRecord>> steps(Id itemId) override;

private:
    Result<QList<RectificationItem>> select(const QString& where, const QVariantList& binds);
    // eachTrackingRow's reading, in the snapshot it opens.
    Status readTrackingRows(const RectificationFilter& filter, const std::function<void(TrackingRow&& row)>& each);
    Session& m_s;
};

class SqlAuditStore final : public AuditStore
{
public:
    explicit SqlAuditStore(Session& s)
        : m_s(s)
    {
    }
    Status record(const QString& entity, Id entityId, const QString& action, const QString& detail) override;
    Result<QList<AuditEntry>> forRecord(const QString& entity, Id entityId) override;
    Result<qint64> count() override;

private:
    Session& m_s;
};

class SqlStatisticsStore final : public StatisticsStore
{
public:
    explicit SqlStatisticsStore(Session& s)
        : m_s(s)
    {
    }
    Result<QList<CountRow>> countBy(Dimension dimension, const QDate& from, const QDate& to) override;
    Result<QList<CountRow>> countIn(Dimension dimension, const AnalysisScope& scope) override;
    Result<QList<TrendPoint>> trend(const QDate& from, const QDate& to, bool monthly) override;
    Result<SlaCompliance> sla(const AnalysisScope& scope, const QDateTime& asOf) override;
    Result<QList<KpiRow>> kpis(KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf) override;
    Result<QList<Hotspot>> hotspots(const QDate& upTo, const HotspotRule& rule) override;
    Result<QList<PeriodFigures>> figuresOf(const QList<FiguresAsked>& periods) override;

private:
    Session& m_s;
};

} // namespace caseloop
