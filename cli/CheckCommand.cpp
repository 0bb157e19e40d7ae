#include "CliCommand.h"
#include "store/Store.h"

namespace caseloop::cli {

Command checkCommand()
{
    return {"check", QT_TRANSLATE_NOOP("CliText", "Check the database's integrity and consistency."),
            [](QCommandLineParser& parser) {
                parser.addOption({QStringLiteral("recount"),
                                  CliText::tr("First count the charts' daily counts and the daily KPI sums again from "
                                              "the complaints and tickets, and the repeat complainants' chains "
                                              "(when check names counts, sums or entries that differ).")});
            },
            [](CommandContext& ctx) {
                auto store = ctx.openStore();
                if (!store)
                    return int(BadInput);
                if (ctx.parser.isSet(QStringLiteral("recount"))) {
                    auto rows = store->maintenance().recountDays();
                    if (!rows)
                        return ctx.fail(rows.error());
                    const QString done
                        = CliText::tr("Daily counts, KPI sums and repeat chains counted again: %1 rows.");
                    ctx.out << done.arg(*rows) << Qt::endl;
                }
                auto report = store->maintenance().checkIntegrity();
                if (!report)
                    return ctx.fail(report.error());
                ctx.out << CliText::tr(
                               "%1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items, %6 audit rows.")
                               .arg(store->location())
                               .arg(report->complaints)
                               .arg(report->tickets)
                               .arg(report->followUps)
                               .arg(report->rectifications)
                               .arg(report->auditRows)
                        << Qt::endl;
                if (report->ok()) {
                    ctx.out << CliText::tr("No problems found.") << Qt::endl;
                    return int(Success);
                }
                for (const QString& problem : report->problems)
                    ctx.err << CliText::tr("Problem: %1").arg(problem) << Qt::endl;
                return int(BadInput);
            }};
}

} // namespace caseloop::cli
