#include "CliCommand.h"
#include "Migrations.h"
#include "Store.h"

#include <QFileInfo>

namespace caseloop::cli {

Command initCommand()
{
    return {"init", QT_TRANSLATE_NOOP("CliText", "Create the database, or update it to this version of CaseLoop."),
            [](QCommandLineParser&) {},
            [](CommandContext& ctx) {
                const bool existed = QFileInfo(ctx.databasePath).exists() && QFileInfo(ctx.databasePath).size() > 0;
                auto store = ctx.openStore(true);
                if (!store)
                    return int(BadInput);
                const Database& db = store->database();
                if (!existed)
                    ctx.out << CliText::tr("Created the CaseLoop database %1 (version %2).")
                                   .arg(db.path())
                                   .arg(db.schemaVersion());
                else if (!db.backupPath().isEmpty())
                    ctx.out << CliText::tr("Updated %1 to version %2; the file as it was is kept at %3.")
                                   .arg(db.path())
                                   .arg(db.schemaVersion())
                                   .arg(db.backupPath());
                else
                    ctx.out << CliText::tr("%1 is a CaseLoop database of the current version (%2).")
                                   .arg(db.path())
                                   .arg(db.schemaVersion());
                ctx.out << Qt::endl;
                return int(Success);
            }};
}

} // namespace caseloop::cli
