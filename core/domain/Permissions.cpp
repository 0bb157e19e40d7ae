#include "Permissions.h"

#include <QStringList>

namespace caseloop {

namespace {
struct Grant
{
    Permission permission;
    Reach steward, departmentLead, supervisor, administrator;
};

// The table itself. A steward works on complaints and sees full numbers only where the complaint is theirs; a
// department lead sees their department's share, always masked; a supervisor reads and decides everything; an
// administrator may do what a supervisor may, and sets the office up, manages the accounts and keeps the backups.
constexpr Grant kGrants[] = {
    {Permission::Register, Reach::All, Reach::None, Reach::All, Reach::All},
    {Permission::FollowUp, Reach::All, Reach::Department, Reach::All, Reach::All},
    {Permission::Close, Reach::All, Reach::None, Reach::All, Reach::All},
    {Permission::ReadComplaints, Reach::All, Reach::Department, Reach::All, Reach::All},
    {Permission::FullPhones, Reach::Own, Reach::None, Reach::All, Reach::All},
    {Permission::Analysis, Reach::None, Reach::None, Reach::All, Reach::All},
    {Permission::Export, Reach::None, Reach::Department, Reach::All, Reach::All},
    {Permission::ExportPhones, Reach::None, Reach::None, Reach::All, Reach::All},
    {Permission::Rectification, Reach::None, Reach::Department, Reach::All, Reach::All},
    {Permission::SetUp, Reach::None, Reach::None, Reach::None, Reach::All},
    {Permission::Accounts, Reach::None, Reach::None, Reach::None, Reach::All},
    {Permission::Backup, Reach::None, Reach::None, Reach::None, Reach::All},
};
} // namespace

Reach Permissions::reach(Role role, Permission permission)
{
    for (const Grant& g : kGrants)
        if (g.permission == permission)
            switch (role) {
            case Role::Steward:
                return g.steward;
            case Role::DepartmentLead:
                return g.departmentLead;
            case Role::Supervisor:
                return g.supervisor;
            case Role::Administrator:
                return g.administrator;
            }
    return Reach::None;
}

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (const Grant& g : kGrants)
        list << g.permission;
    return list;
}

QString Permissions::displayName(Permission permission)
{
    switch (permission) {
    case Permission::Register:
        return tr("Register complaints");
    case Permission::FollowUp:
        return tr("Follow up, dispatch and handle tickets");
    case Permission::Close:
        return tr("Close complaints");
    case Permission::ReadComplaints:
        return tr("See complaints and tickets");
    case Permission::FullPhones:
        return tr("See full phone numbers");
    case Permission::Analysis:
        return tr("Analysis, weekly report and hotspots");
    case Permission::Export:
        return tr("Export");
    case Permission::ExportPhones:
        return tr("Export full phone numbers");
    case Permission::Rectification:
        return tr("Rectification decisions");
    case Permission::SetUp:
        return tr("Set the office up and import ledgers");
    case Permission::Accounts:
        return tr("Manage accounts");
    case Permission::Backup:
        return tr("Back up, restore, check and migrate");
    }
    return {};
}

QString Permissions::displayName(Reach reach)
{
    switch (reach) {
    case Reach::None:
        return tr("—");
    case Reach::Own:
        return tr("own estates and complaints");
    case Reach::Department:
        return tr("own department");
    case Reach::All:
        return tr("yes");
    }
    return {};
}

QString Permissions::refusal(Role role, Permission permission)
{
    QStringList roles;
    for (Role r : {Role::Steward, Role::DepartmentLead, Role::Supervisor, Role::Administrator})
        if (may(r, permission))
            roles << caseloop::displayName(r);
    return tr("A %1 may not do this (%2); it needs the role: %3.")
        .arg(caseloop::displayName(role), displayName(permission), roles.join(tr(" or ")));
}

} // namespace caseloop
