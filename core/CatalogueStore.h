#pragma once

#include "Records.h"

namespace caseloop {

// The names of the editable catalogues kept in catalogue_entries.
namespace Catalogue {
inline const QString Kind = QStringLiteral("kind");
inline const QString Channel = QStringLiteral("channel");
inline const QString CustomerType = QStringLiteral("customer_type");
inline const QString Type = QStringLiteral("type");
inline const QString ServiceLine = QStringLiteral("service_line");
QStringList all();
} // namespace Catalogue

// Catalogues the office edits: kinds, channels, customer types, complaint types, service lines.
class CatalogueStore
{
public:
    virtual ~CatalogueStore() = default;
    virtual Result<QList<CatalogueEntry>> entries(const QString& catalogue, bool activeOnly = false) = 0;
    virtual Result<CatalogueEntry> entry(Id id) = 0;
    virtual Result<CatalogueEntry> entryByCode(const QString& catalogue, const QString& code) = 0;
    virtual Result<Id> add(const CatalogueEntry& entry) = 0;
    virtual Status update(const CatalogueEntry& entry) = 0;
};

// Regions → estates → buildings, departments, staff.
class OrganisationStore
{
public:
    virtual ~OrganisationStore() = default;
    virtual Result<QList<Region>> regions() = 0;
    virtual Result<Id> addRegion(const Region& region) = 0;
    virtual Status updateRegion(const Region& region) = 0;
    virtual Result<QList<Estate>> estates(Id regionId = 0) = 0;
    virtual Result<Estate> estate(Id id) = 0;
    virtual Result<Id> addEstate(const Estate& estate) = 0;
    virtual Status updateEstate(const Estate& estate) = 0;
    virtual Result<QList<Building>> buildings(Id estateId) = 0;
    virtual Result<Building> building(Id id) = 0;
    virtual Result<Id> addBuilding(const Building& building) = 0;
    virtual Status updateBuilding(const Building& building) = 0;
    virtual Result<QList<Department>> departments() = 0;
    virtual Result<Department> departmentByName(const QString& name) = 0;
    virtual Result<Id> addDepartment(const Department& department) = 0;
    virtual Status updateDepartment(const Department& department) = 0;
    virtual Result<QList<Staff>> staff() = 0;
    virtual Result<Staff> staffMember(Id id) = 0;
    virtual Result<Staff> staffByLogin(const QString& login) = 0;
    virtual Result<Id> addStaff(const Staff& staff) = 0;
    virtual Status updateStaff(const Staff& staff) = 0;
    // Whether staff of this role may see full phone numbers (roles.may_see_phone).
    virtual Result<bool> roleMaySeePhone(Role role) = 0;
};

// Public holidays and adjusted working days 调休, and the office's settings and code sequences.
class CalendarStore
{
public:
    virtual ~CalendarStore() = default;
    virtual Result<QList<CalendarDay>> days(const QDate& from, const QDate& to) = 0;
    virtual Status setDay(const CalendarDay& day) = 0;
    virtual Status removeDay(const QDate& date) = 0;
};

class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    virtual Result<QString> value(const QString& key, const QString& defaultValue = {}) = 0;
    virtual Status setValue(const QString& key, const QString& value) = 0;
    // The next number of a code sequence (e.g. prefix "TS-20261123" → 1, 2, 3…), in the caller's transaction.
    virtual Result<int> nextInSequence(const QString& prefix) = 0;
};

} // namespace caseloop
