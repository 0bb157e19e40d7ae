#pragma once

#include "domain/Records.h"

#include <QCoreApplication>

class QWidget;

namespace caseloop {

class Store;

// Who sits at this desk: every change is audited under this name, "mine" means this staff member,
// and the role decides whether full phone numbers are shown.
struct Operator
{
    Staff staff; // id 0: nobody is set up yet (a fresh database); acts as administrator
    bool maySeePhone = true;

    bool mayAdminister() const { return staff.role == Role::Supervisor || staff.role == Role::Administrator; }
};

class Operators
{
    Q_DECLARE_TR_FUNCTIONS(Operators)

public:
    // Makes `staff` the store's actor and reads what their role may see.
    static Operator use(Store& store, const Staff& staff);
    // The operator to start with: the staff member with `login` if given; else asked with a dialog that
    // offers the one remembered in QSettings (nullopt when cancelled), or without `ask` the remembered one.
    // A database without staff gets the OS user as administrator, so they can set the office up.
    static std::optional<Operator> choose(Store& store, const QString& login, bool ask, QWidget* parent);
    static void remember(const Staff& staff);
};

} // namespace caseloop
