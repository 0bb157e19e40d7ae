#pragma once

#include "domain/Permissions.h"
#include "domain/Records.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace caseloop {

class Store;

// Who is signed in at this desk: every change is audited under this name, "mine" means this staff member, and the
// role decides what the window offers (domain/Permissions.h) and whether full phone numbers are shown.
struct Operator
{
    Staff staff;
    bool maySeePhone = true; // every number in full (supervisors, administrators): searches may use digits
    QList<Id> estates; // the estates a steward looks after (staff_estates)

    bool may(Permission p) const { return Permissions::may(staff.role, p); }
    // Whether this complaint's (or caller's) phone numbers are shown in full: everywhere for supervisors and
    // administrators; for a steward on the estates they look after and the complaints they are the steward of.
    bool seesPhoneOf(Id estateId, Id stewardId) const
    {
        switch (Permissions::reach(staff.role, Permission::FullPhones)) {
        case Reach::All:
            return true;
        case Reach::Own:
            return (stewardId != 0 && stewardId == staff.id) || estates.contains(estateId);
        default:
            return false;
        }
    }
    // A department lead's list holds their department's complaints only (0: no such limit; -1 for a lead without a
    // department: nothing).
    Id departmentOnly() const
    {
        if (Permissions::reach(staff.role, Permission::ReadComplaints) != Reach::Department)
            return 0;
        return staff.departmentId > 0 ? staff.departmentId : -1;
    }
};

class Operators
{
    Q_DECLARE_TR_FUNCTIONS(Operators)

public:
    // Makes `staff` (signed in) the store's actor and reads what their role may see.
    static Operator use(Store& store, const Staff& staff);
    // Signs someone in at the start: a database where no account has a password yet first creates its
    // administrator; otherwise the sign-in dialog, with `login` (or the login remembered on this PC) filled in.
    // With `login` given and CASELOOP_PASSWORD set (scripts, --screenshot) no dialog is shown. Nothing when cancelled
    // or refused (`refusal` then says why). `password` is the one typed to connect to a server as `login`
    // (SignInDialog before a server is opened), used as CASELOOP_PASSWORD is.
    static std::optional<Operator> signIn(Store& store, const QString& login, QWidget* parent,
                                          QString* refusal = nullptr, const QString& password = {});
    static void remember(const Staff& staff);
    static QString remembered();
};

} // namespace caseloop
