#include "CliCommand.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QFileInfo>

namespace caseloop::cli {

Command backupCommand()
{
    return {"backup",
            QT_TRANSLATE_NOOP("CliText", "Write a consistent copy of the database (safe while it is in use)."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("out"), CliText::tr("The copy to write."), QStringLiteral("FILE")});
            },
            [](CommandContext& ctx) {
                if (!ctx.parser.isSet(QStringLiteral("out")))
                    return ctx.fail(CliText::tr("Say where the copy goes: --out FILE."), UsageError);
                auto store = ctx.openStore();
                if (!store)
                    return int(BadInput);
                const QString target = ctx.parser.value(QStringLiteral("out"));
                auto facts = Backups::write(*store, target); // checked before it is put in place
                if (!facts)
                    return ctx.fail(facts.error());
                ctx.out << CliText::tr("Backed up %n complaint(s) to %1.", nullptr, int(facts->complaints)).arg(target)
                        << Qt::endl;
                return int(Success);
            }};
}

Command restoreCommand()
{
    return {"restore",
            QT_TRANSLATE_NOOP("CliText",
                              "Put a backup in place of the database (close CaseLoop on every computer first); the "
                              "replaced file is kept beside it."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from"), CliText::tr("The backup to restore."), QStringLiteral("FILE")});
            },
            [](CommandContext& ctx) {
                if (!ctx.parser.isSet(QStringLiteral("from")))
                    return ctx.fail(CliText::tr("Say which backup to restore: --from FILE."), UsageError);
                const QString backup = ctx.parser.value(QStringLiteral("from"));
                if (Store::isServerLocation(ctx.databasePath))
                    return ctx.fail(CliText::tr("A server's database is restored by its administrator (pg_restore of "
                                                "a pg_dump), or moved from a CaseLoop file into a new, empty "
                                                "database with: caseloop-cli migrate --from %1 --to %2")
                                        .arg(backup, Store::displayLocation(ctx.databasePath)));
                // Replacing an office's database is an administrator's act, signed in on the database replaced. Where
                // no database is yet, a restore only copies a file its user already holds. One that cannot be opened
                // to sign in is not replaced by CaseLoop: whoever may write the file replaces it by hand.
                if (QFileInfo::exists(ctx.databasePath)) {
                    auto current = Store::open(ctx.databasePath, ctx.clock, ctx.openOptions(false));
                    if (!current)
                        return ctx.fail(CliText::tr("%1 cannot be opened to sign in (%2). Nothing was changed. With "
                                                    "CaseLoop closed everywhere, copy the backup over the file by "
                                                    "hand, keeping the old one.")
                                            .arg(ctx.databasePath, current.error()));
                    ctx.waitForOtherWriters(*current.value());
                    if (!ctx.signIn(*current.value()))
                        return int(BadInput);
                }
                auto facts = Backups::check(backup); // refused untouched when it is not a whole CaseLoop database
                if (!facts)
                    return ctx.fail(facts.error());
                auto kept = Backups::restore(backup, ctx.databasePath, ctx.clock.now());
                if (!kept)
                    return ctx.fail(kept.error());
                ctx.out << CliText::tr("Restored %n complaint(s) from %1 into %2.", nullptr, int(facts->complaints))
                               .arg(backup, ctx.databasePath)
                        << Qt::endl;
                if (!kept->isEmpty())
                    ctx.out << CliText::tr("The file it replaced is kept as %1.").arg(*kept) << Qt::endl;
                return int(Success);
            }};
}

} // namespace caseloop::cli
