#pragma once

#include "domain/Records.h"

namespace caseloop {

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

} // namespace caseloop
