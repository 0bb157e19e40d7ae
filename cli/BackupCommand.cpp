#include "CliCommand.h"
#include "store/Backups.h"
#include "store/Store.h"

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

} // namespace caseloop::cli
