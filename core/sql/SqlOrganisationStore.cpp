#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QCoreApplication>

namespace caseloop {

namespace {
Row regionRow(const Region& r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("sort_order"), r.sortOrder},
            {QStringLiteral("active"), r.active ? 1 : 0}};
}

Row estateRow(const Estate& e)
{
    return {{QStringLiteral("region_id"), e.regionId},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("address"), e.address},
            {QStringLiteral("active"), e.active ? 1 : 0}};
}

Row staffRow(const Staff& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("login"), s.login},
            {QStringLiteral("role_code"), toStorage(s.role)},
            {QStringLiteral("department_id"), idToDb(s.departmentId)},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("active"), s.active ? 1 : 0}};
}

Estate readEstate(SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toBool()};
}

Building readBuilding(SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toInt()};
}

Row buildingRow(const Building& b)
{
    return {{QStringLiteral("estate_id"), b.estateId},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("units"), b.units},
            {QStringLiteral("floors"), b.floors}};
}

Row departmentRow(const Department& d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("name_en"), d.nameEn},
            {QStringLiteral("active"), d.active ? 1 : 0}};
}

Department readDepartment(SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}
} // namespace

Result<QList<Region>> SqlOrganisationStore::regions()
{
    return selectRows<Region>(
        m_s.connection(), QStringLiteral("SELECT id, name, sort_order, active FROM regions ORDER BY sort_order, id"),
        {}, [](SqlQuery& q) {
            return Region{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool()};
        });
}

Result<Id> SqlOrganisationStore::addRegion(const Region& region)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("regions"), QStringLiteral("region"), regionRow(region));
    });
}

Status SqlOrganisationStore::updateRegion(const Region& region)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("regions"), QStringLiteral("region"), region.id, regionRow(region));
    });
}

Result<QList<Estate>> SqlOrganisationStore::estates(Id regionId)
{
    const QString sql
        = QStringLiteral("SELECT id, region_id, name, address, active FROM estates %1 ORDER BY region_id, id")
              .arg(regionId > 0 ? QStringLiteral("WHERE region_id = ?") : QString());
    return selectRows<Estate>(m_s.connection(), sql, regionId > 0 ? QVariantList{regionId} : QVariantList{},
                              readEstate);
}

Result<Estate> SqlOrganisationStore::estate(Id id)
{
    return firstOf(
        selectRows<Estate>(m_s.connection(),
                           QStringLiteral("SELECT id, region_id, name, address, active FROM estates WHERE id = ?"),
                           {id}, readEstate),
        QCoreApplication::translate("caseloop::Store", "Estate %1").arg(id));
}

Result<Id> SqlOrganisationStore::addEstate(const Estate& estate)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("estates"), QStringLiteral("estate"), estateRow(estate));
    });
}

Status SqlOrganisationStore::updateEstate(const Estate& estate)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("estates"), QStringLiteral("estate"), estate.id, estateRow(estate));
    });
}

Result<QList<Building>> SqlOrganisationStore::buildings(Id estateId)
{
    return selectRows<Building>(
        m_s.connection(),
        QStringLiteral("SELECT id, estate_id, name, units, floors FROM buildings WHERE estate_id = ? ORDER BY id"),
        {estateId}, readBuilding);
}

Result<Building> SqlOrganisationStore::building(Id id)
{
    return firstOf(
        selectRows<Building>(m_s.connection(),
                             QStringLiteral("SELECT id, estate_id, name, units, floors FROM buildings WHERE id = ?"),
                             {id}, readBuilding),
        QCoreApplication::translate("caseloop::Store", "Building %1").arg(id));
}

Result<Id> SqlOrganisationStore::addBuilding(const Building& b)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("buildings"), QStringLiteral("building"), buildingRow(b));
    });
}

Status SqlOrganisationStore::updateBuilding(const Building& b)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("buildings"), QStringLiteral("building"), b.id, buildingRow(b));
    });
}

Result<QList<Department>> SqlOrganisationStore::departments()
{
    return selectRows<Department>(m_s.connection(),
                                  QStringLiteral("SELECT id, name, name_en, active FROM departments ORDER BY id"), {},
                                  readDepartment);
}

Result<Department> SqlOrganisationStore::departmentByName(const QString& name)
{
    return firstOf(
        selectRows<Department>(m_s.connection(),
                               QStringLiteral("SELECT id, name, name_en, active FROM departments WHERE name = ?"),
                               {name}, readDepartment),
        QCoreApplication::translate("caseloop::Store", "Department “%1”").arg(name));
}

Result<Id> SqlOrganisationStore::addDepartment(const Department& d)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("departments"), QStringLiteral("department"), departmentRow(d));
    });
}

Status SqlOrganisationStore::updateDepartment(const Department& d)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("departments"), QStringLiteral("department"), d.id, departmentRow(d));
    });
}

const QString kStaffColumns = QStringLiteral("id, name, login, role_code, department_id, phone, active");

Staff readStaff(SqlQuery& q)
{
    return Staff{q.value(0).toLongLong(), q.value(1).toString(),
                 q.value(2).toString(),   fromStorage<Role>(q.value(3).toString()).value_or(Role::Steward),
                 q.value(4).toLongLong(), q.value(5).toString(),
                 q.value(6).toBool()};
}

Result<QList<Staff>> SqlOrganisationStore::queryStaff(const QString& where, const QVariantList& binds)
{
    return selectRows<Staff>(m_s.connection(),
                             QStringLiteral("SELECT %1 FROM staff %2 ORDER BY id").arg(kStaffColumns, where), binds,
                             readStaff);
}

Result<QList<Staff>> SqlOrganisationStore::staff()
{
    return queryStaff({}, {});
}

Result<Staff> SqlOrganisationStore::staffMember(Id id)
{
    return firstOf(queryStaff(QStringLiteral("WHERE id = ?"), {id}),
                   QCoreApplication::translate("caseloop::Store", "Staff member %1").arg(id));
}

Result<Staff> SqlOrganisationStore::staffByLogin(const QString& login)
{
    return firstOf(queryStaff(QStringLiteral("WHERE login = ?"), {login}),
                   QCoreApplication::translate("caseloop::Store", "Staff member “%1”").arg(login));
}

Result<Id> SqlOrganisationStore::addStaff(const Staff& s)
{
    return inTransaction(m_s.database(),
                         [&] { return insertRow(m_s, QStringLiteral("staff"), QStringLiteral("staff"), staffRow(s)); });
}

Status SqlOrganisationStore::updateStaff(const Staff& s)
{
    // The office keeps at least one active administrator who can sign in (once accounts are in use): without one,
    // nobody could give passwords, set the office up or restore a backup.
    const QString signingAdministrators = QStringLiteral(
        "SELECT COUNT(*) FROM staff WHERE role_code = 'administrator' AND active = 1 AND password_hash <> ''");
    return inTransaction(m_s.database(), [&]() -> Status {
        auto before = scalar(m_s.connection(), signingAdministrators);
        if (!before)
            return Error{before.error()};
        if (Status u = updateRow(m_s, QStringLiteral("staff"), QStringLiteral("staff"), s.id, staffRow(s)); !u)
            return u;
        auto after = scalar(m_s.connection(), signingAdministrators);
        if (!after)
            return Error{after.error()};
        if (before->toLongLong() > 0 && after->toLongLong() == 0)
            return Error{QCoreApplication::translate("caseloop::Store",
                                                     "%1 is the last administrator who can sign in; make someone else "
                                                     "an administrator first.")
                             .arg(s.name)};
        return {};
    });
}

Result<bool> SqlOrganisationStore::roleMaySeePhone(Role role)
{
    auto v
        = scalar(m_s.connection(), QStringLiteral("SELECT may_see_phone FROM roles WHERE code = ?"), {toStorage(role)});
    if (!v)
        return Error{v.error()};
    return v->toBool();
}

} // namespace caseloop
