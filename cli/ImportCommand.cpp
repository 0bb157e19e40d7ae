#include "CliCommand.h"
#include "ledger/LedgerImport.h"
#include "sheet/CsvWriter.h"
#include "store/Store.h"

#include <QElapsedTimer>

namespace caseloop::cli {

namespace {
int runImport(CommandContext& ctx)
{
    const QCommandLineParser& p = ctx.parser;
    const QString path = p.positionalArguments().value(0);
    auto table = readLedgerFile(path, {p.value(QStringLiteral("sheet")), p.value(QStringLiteral("encoding"))});
    if (!table)
        return ctx.fail(table.error());
    auto store = ctx.openStore();
    if (!store)
        return BadInput;
    LedgerNames names;
    if (Status s = names.load(*store); !s)
        return ctx.fail(s.error());
    auto plan = planLedger(*table, names, ctx.clock.now(), ctx.progress(CliText::tr("checking")));
    if (!plan)
        return ctx.fail(plan.error());
    for (const LedgerRejection& r : plan->warnings)
        ctx.err << CliText::tr("Warning: %1").arg(r.message()) << Qt::endl;
    for (const LedgerUnknown& u : plan->unknown)
        if (u.suggestion.id > 0 && u.suggestion.confidence >= kSuggestionThreshold)
            ctx.err << CliText::tr("%1 “%2” is taken as “%3” (%4% sure)")
                           .arg(ledgerFieldName(u.field), u.value, u.suggestion.name)
                           .arg(u.suggestion.confidence)
                    << Qt::endl;
    for (const LedgerRejection& r : plan->rejected)
        ctx.err << r.message() << Qt::endl;

    LedgerOutcome outcome;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        outcome.imported = int(plan->records.size());
        outcome.rejected = int(plan->rejected.size());
        outcome.duplicates = int(plan->duplicateRows.size());
        for (const LedgerUnknown& u : plan->unknown)
            ctx.err << CliText::tr("Unknown %1 “%2” (%n row(s), first row %3)", nullptr, u.rows)
                           .arg(ledgerFieldName(u.field), u.value)
                           .arg(u.firstRow)
                    << Qt::endl;
    } else {
        auto written = writeLedger(*store, *plan, defaultLedgerChoices(*plan), ctx.progress(CliText::tr("writing")));
        if (!written)
            return ctx.fail(written.error());
        outcome = std::move(written).value();
        for (const QString& c : outcome.created)
            ctx.err << CliText::tr("Created %1").arg(c) << Qt::endl;
        for (const QString& m : outcome.mappedToOther)
            ctx.err << CliText::tr("Mapped %1").arg(m) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("report"))) {
        const Sheet report = ledgerReport(*plan, dryRun ? nullptr : &outcome);
        if (Status s = saveAtomically(p.value(QStringLiteral("report")),
                                      [&](QIODevice& device) { return writeCsv(report, device); });
            !s)
            return ctx.fail(CliText::tr("The import is done, but the report could not be written: %1").arg(s.error()));
    }
    // The summary line is English in every language: scripts read it.
    ctx.out << QStringLiteral("imported %1, rejected %2, duplicates %3")
                   .arg(outcome.imported)
                   .arg(outcome.rejected)
                   .arg(outcome.duplicates);
    if (dryRun)
        ctx.out << QStringLiteral(" (dry run: nothing was written)");
    ctx.out << Qt::endl;
    return Success;
}
} // namespace

Command importCommand()
{
    return {"import", QT_TRANSLATE_NOOP("CliText", "Bring in an office's ledger of complaints (CSV or XLSX)."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("sheet"), CliText::tr("XLSX: the sheet to read (default: the first)."),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("encoding"),
                             CliText::tr("CSV: the text encoding, e.g. GB18030 or UTF-8 (default: detected)."),
                             QStringLiteral("NAME")});
                p.addOption({QStringLiteral("dry-run"), CliText::tr("Check every row and report; write nothing.")});
                p.addOption({QStringLiteral("report"), CliText::tr("Write what became of every row (CSV)."),
                             QStringLiteral("FILE.csv")});
                p.addOption({QStringLiteral("progress"),
                             CliText::tr("Report progress on stderr even when it is "
                                         "not a terminal.")});
            },
            runImport, "FILE"};
}

} // namespace caseloop::cli
