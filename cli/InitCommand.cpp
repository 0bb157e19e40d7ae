#include "CliCommand.h"
#include "store/Store.h"

#include <QFileInfo>

namespace caseloop::cli {

Command initCommand()
{
    return {"init",
            QT_TRANSLATE_NOOP("CliText",
                              "Create the database (a file, or the tables in an empty database on a server), or update "
                              "it to this version of CaseLoop."),
            [](QCommandLineParser&) {},
            [](CommandContext& ctx) {
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
                return int(Success);
            }};
}

} // namespace caseloop::cli
