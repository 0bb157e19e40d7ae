// `account`: an administrator adds, resets, disables and lists the accounts (docs/DOMAIN.md, "Accounts and roles").
#include "CliCommand.h"
#include "domain/Passwords.h"
#include "store/Store.h"

namespace caseloop::cli {

namespace {
int add(CommandContext& ctx, Store& store, const QString& login)
{
    if (login.isEmpty() || login.contains(QLatin1Char(' ')))
        return ctx.fail(CliText::tr("Say the new account's login: account add LOGIN (one word)."), UsageError);
    if (!ctx.parser.isSet(QStringLiteral("name")) || !ctx.parser.isSet(QStringLiteral("role")))
        return ctx.fail(CliText::tr("account add needs --name NAME and --role "
                                    "steward|department_lead|supervisor|administrator."),
                        UsageError);
    const auto role = fromStorage<Role>(ctx.parser.value(QStringLiteral("role")));
    if (!role)
        return ctx.fail(CliText::tr("--role “%1” is not a role; use steward, department_lead, supervisor or "
                                    "administrator.")
                            .arg(ctx.parser.value(QStringLiteral("role"))),
                        UsageError);
    Staff staff;
    staff.login = login;
    staff.name = ctx.parser.value(QStringLiteral("name")).trimmed();
    staff.role = *role;
    if (ctx.parser.isSet(QStringLiteral("department"))) {
        auto d = store.organisation().departmentByName(ctx.parser.value(QStringLiteral("department")));
        if (!d)
            return ctx.fail(d.error());
        staff.departmentId = d->id;
    } else if (staff.role == Role::DepartmentLead) {
        return ctx.fail(CliText::tr("A department lead needs --department NAME."), UsageError);
    }
    if (store.organisation().staffByLogin(login))
        return ctx.fail(CliText::tr("The login %1 is taken; choose another.").arg(login));
    const auto password = ctx.newPassword("CASELOOP_NEW_PASSWORD", login);
    if (!password)
        return int(BadInput);
    if (const QString problem = Passwords::problem(*password); !problem.isEmpty())
        return ctx.fail(problem);
    // The account and its password together, or neither.
    Status made = inTransaction(store.work(), [&]() -> Status {
        auto id = store.organisation().addStaff(staff);
        if (!id)
            return Error{id.error()};
        staff.id = *id;
        return store.accounts().setPassword(*id, *password);
    });
    if (!made)
        return ctx.fail(made.error());
    ctx.out << CliText::tr("Added %1 (%2, %3).").arg(staff.login, staff.name, displayName(staff.role)) << Qt::endl;
    return int(Success);
}

int passwd(CommandContext& ctx, Store& store, const QString& login)
{
    auto staff = store.organisation().staffByLogin(login);
    if (!staff)
        return ctx.fail(staff.error());
    const auto password = ctx.newPassword("CASELOOP_NEW_PASSWORD", login);
    if (!password)
        return int(BadInput);
    if (Status s = store.accounts().setPassword(staff->id, *password); !s)
        return ctx.fail(s.error());
    ctx.out << CliText::tr("The password of %1 is set; a lockout is lifted.").arg(login) << Qt::endl;
    return int(Success);
}

int enable(CommandContext& ctx, Store& store, const QString& login, bool active)
{
    auto staff = store.organisation().staffByLogin(login);
    if (!staff)
        return ctx.fail(staff.error());
    if (!active && staff->id == ctx.user.id)
        return ctx.fail(CliText::tr("You cannot disable your own account; another administrator can."));
    Staff changed = staff.value();
    changed.active = active;
    if (Status s = store.organisation().updateStaff(changed); !s)
        return ctx.fail(s.error());
    ctx.out << (active ? CliText::tr("%1 may sign in again.") : CliText::tr("%1 can no longer sign in.")).arg(login)
            << Qt::endl;
    return int(Success);
}

int list(CommandContext& ctx, Store& store)
{
    auto accounts = store.accounts().accounts();
    if (!accounts)
        return ctx.fail(accounts.error());
    QHash<Id, QString> departments;
    for (const Department& d : store.organisation().departments().value_or({}))
        departments.insert(d.id, d.name);
    for (const AccountState& a : accounts.value()) {
        QStringList state;
        state << (a.staff.active ? CliText::tr("active") : CliText::tr("disabled"));
        if (!a.hasPassword)
            state << CliText::tr("no password");
        if (a.lockedUntil.isValid())
            state << CliText::tr("locked until %1").arg(a.lockedUntil.toString(QStringLiteral("HH:mm")));
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(a.staff.login, -10)
                       .arg(a.staff.name, -8)
                       .arg(toStorage(a.staff.role), -15)
                       .arg(departments.value(a.staff.departmentId, QStringLiteral("-")), -6)
                       .arg(state.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    return int(Success);
}
} // namespace

Command accountCommand()
{
    return {"account",
            QT_TRANSLATE_NOOP("CliText",
                              "Manage accounts (administrators): add LOGIN, passwd LOGIN, disable LOGIN, enable LOGIN, "
                              "list. New passwords come from CASELOOP_NEW_PASSWORD or are typed twice."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("name"), CliText::tr("add: the person's name."), QStringLiteral("NAME")});
                p.addOption({QStringLiteral("role"),
                             CliText::tr("add: steward, department_lead, supervisor or administrator."),
                             QStringLiteral("ROLE")});
                p.addOption({QStringLiteral("department"), CliText::tr("add: the department (for a department lead)."),
                             QStringLiteral("NAME")});
            },
            [](CommandContext& ctx) {
                const QString action = ctx.parser.positionalArguments().value(0);
                const QString login = ctx.parser.positionalArguments().value(1);
                const QStringList actions{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("disable"),
                                          QStringLiteral("enable"), QStringLiteral("list")};
                if (!actions.contains(action))
                    return ctx.fail(CliText::tr("account “%1”? Use add, passwd, disable, enable or list.").arg(action),
                                    UsageError);
                if (action != QLatin1String("list") && login.isEmpty())
                    return ctx.fail(CliText::tr("Say whose account: account %1 LOGIN.").arg(action), UsageError);
                // Everyone may set their own password; everything else needs the accounts permission.
                const bool ownPassword = action == QLatin1String("passwd") && login == ctx.login;
                if (ownPassword)
                    ctx.permission.reset();
                auto store = ctx.openStore();
                if (!store)
                    return int(BadInput);
                if (action == QLatin1String("add"))
                    return add(ctx, *store, login);
                if (action == QLatin1String("passwd"))
                    return passwd(ctx, *store, login);
                if (action == QLatin1String("list"))
                    return list(ctx, *store);
                return enable(ctx, *store, login, action == QLatin1String("enable"));
            },
            "add|passwd|disable|enable|list [LOGIN]"};
}

} // namespace caseloop::cli
