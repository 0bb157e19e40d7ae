#include "Operator.h"

#include "Dialogs.h"
#include "SignInDialogs.h"
#include "store/Store.h"

#include <QSettings>

namespace caseloop {

namespace {
const QString kSettingsKey = QStringLiteral("operator/login");
} // namespace

Operator Operators::use(Store& store, const Staff& staff)
{
    // Searching by digits only where every number is shown in full: a steward, who sees some numbers masked, would
    // otherwise learn a masked number digit by digit from which rows a search keeps.
    Operator op{staff, Permissions::reach(staff.role, Permission::FullPhones) == Reach::All, {}};
    if (staff.id > 0)
        op.estates = store.accounts().estatesOf(staff.id).value_or({});
    store.setActor({staff.id, staff.name});
    return op;
}

std::optional<Operator> Operators::signIn(Store& store, const QString& login, QWidget* parent, QString* refusal,
                                          const QString& password)
{
    auto any = store.accounts().anyPassword();
    if (!any) {
        if (refusal)
            *refusal = any.error();
        return std::nullopt;
    }
    if (!*any) {
        FirstAdministratorDialog dialog(store, parent);
        if (Dialogs::exec(dialog) != QDialog::Accepted)
            return std::nullopt;
        remember(dialog.administrator());
        return use(store, dialog.administrator());
    }
    if (!login.isEmpty() && (!password.isEmpty() || qEnvironmentVariableIsSet("CASELOOP_PASSWORD"))) {
        auto staff
            = store.accounts().signIn(login, password.isEmpty() ? qEnvironmentVariable("CASELOOP_PASSWORD") : password);
        if (!staff) {
            if (refusal)
                *refusal = staff.error();
            return std::nullopt;
        }
        if (!password.isEmpty())
            remember(*staff);
        return use(store, *staff);
    }
    SignInDialog dialog(store, login.isEmpty() ? remembered() : login, parent);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    remember(dialog.signedIn());
    return use(store, dialog.signedIn());
}

void Operators::remember(const Staff& staff)
{
    QSettings().setValue(kSettingsKey, staff.login);
}

QString Operators::remembered()
{
    return QSettings().value(kSettingsKey).toString();
}

} // namespace caseloop
