#include "CliCommand.h"
#include "domain/Passwords.h"
#include "store/Store.h"

#include <QFileInfo>

namespace caseloop::cli {

Command initCommand()
{
    return {"init",
            QT_TRANSLATE_NOOP("CliText",
                              "Create the database (a file, or the tables in an empty database on a server), or update "
                              "it to this version of CaseLoop."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("admin"),
                             CliText::tr("Create the first administrator with this login (password from "
                                         "CASELOOP_PASSWORD, or typed twice on a terminal)."),
                             QStringLiteral("LOGIN")});
                p.addOption({QStringLiteral("name"), CliText::tr("The administrator's name (default: the login)."),
                             QStringLiteral("NAME")});
            },
            [](CommandContext& ctx) {
                std::optional<QString> password;
                const QString admin = ctx.parser.value(QStringLiteral("admin"));
                if (ctx.parser.isSet(QStringLiteral("admin"))) {
                    password = ctx.newPassword("CASELOOP_PASSWORD", admin);
                    if (!password)
                        return int(BadInput);
                    if (const QString problem = Passwords::problem(*password); !problem.isEmpty())
                        return ctx.fail(problem);
                }
                auto store = ctx.openStore(true);
                if (!store)
                    return int(BadInput);
                const Store& db = *store;
                if (db.created())
                    ctx.out << CliText::tr("Created the CaseLoop database %1 (version %2).")
                                   .arg(db.location())
                                   .arg(db.schemaVersion());
                else if (!db.migrationCopy().isEmpty())
                    ctx.out << CliText::tr("Updated %1 to version %2; the file as it was is kept at %3.")
                                   .arg(db.location())
                                   .arg(db.schemaVersion())
                                   .arg(db.migrationCopy());
                else
                    ctx.out << CliText::tr("%1 is a CaseLoop database of the current version (%2).")
                                   .arg(db.location())
                                   .arg(db.schemaVersion());
                ctx.out << Qt::endl;
                if (password) {
                    auto made = store->accounts().createFirstAdministrator(
                        admin, ctx.parser.value(QStringLiteral("name")), *password);
                    if (!made)
                        return ctx.fail(made.error());
                    ctx.out << CliText::tr("%1 (%2) is the administrator; sign in with --user %1.")
                                   .arg(made->login, made->name)
                            << Qt::endl;
                }
                return int(Success);
            }};
}

} // namespace caseloop::cli
