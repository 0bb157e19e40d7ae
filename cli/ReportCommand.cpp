#include "CliCommand.h"
#include "WeeklyReportPainter.h"
#include "analysis/WeeklyReport.h"
#include "base/Version.h"
#include "sheet/CsvWriter.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caseloop::cli {

Command reportCommand()
{
    return {"report", QT_TRANSLATE_NOOP("CliText", "Write the supervisors' weekly report (weekly) as a PDF."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("week"),
                             CliText::tr("ISO week, e.g. 2026-W47 (default: the last complete week)."),
                             QStringLiteral("WEEK")});
                p.addOption({QStringLiteral("out"), CliText::tr("The PDF file to write."), QStringLiteral("FILE")});
            },
            [](CommandContext& ctx) {
                const QString what = ctx.parser.positionalArguments().value(0);
                if (what != QLatin1String("weekly"))
                    return ctx.fail(CliText::tr("Report “%1”? Use weekly.").arg(what), UsageError);
                const QString out = ctx.parser.value(QStringLiteral("out"));
                if (out.isEmpty())
                    return ctx.fail(CliText::tr("--out FILE is required."), UsageError);
                const QDateTime now = ctx.clock.now();
                Period week = Period::containing(Period::Kind::Week, now.date()).previous();
                if (ctx.parser.isSet(QStringLiteral("week"))) {
                    week = Period::isoWeek(ctx.parser.value(QStringLiteral("week")));
                    if (!week.isValid())
                        return ctx.fail(CliText::tr("--week “%1” is not an ISO week; write it as 2026-W47.")
                                            .arg(ctx.parser.value(QStringLiteral("week"))));
                }
                auto store = ctx.openStore();
                if (!store)
                    return int(BadInput);
                auto report = WeeklyReport::build(*store, week, now);
                if (!report)
                    return ctx.fail(report.error());
                // The PDF is put in place only once its audit row is committed.
                const Status written = saveAudited(
                    out,
                    [&](const QString& temporary) {
                        return WeeklyReportPainter::writePdf(
                            report.value(), temporary, QStringLiteral("CaseLoop %1").arg(QLatin1String(kVersion)));
                    },
                    [&] {
                        return store->audit().record(QStringLiteral("export"), 0, QStringLiteral("export"),
                                                     QStringLiteral("weekly report %1 → %2").arg(week.label(), out));
                    });
                if (!written)
                    return ctx.fail(written.error());
                ctx.out << CliText::tr("Wrote the weekly report %1 to %2.").arg(week.label(), out) << Qt::endl;
                return int(Success);
            },
            "weekly"};
}

Command hotspotsCommand()
{
    return {
        "hotspots", QT_TRANSLATE_NOOP("CliText", "List places where the same problem recurs (hotspots)."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("days"), CliText::tr("Window in days (default: the office's setting, 30)."),
                         QStringLiteral("D")});
            p.addOption({QStringLiteral("min"), CliText::tr("Complaints needed (default: the office's setting, 3)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("to"), CliText::tr("Last day of the window, YYYY-MM-DD (default today)."),
                         QStringLiteral("DATE")});
            p.addOption({QStringLiteral("json"), CliText::tr("Print JSON instead of a table.")});
        },
        [](CommandContext& ctx) {
            auto store = ctx.openStore();
            if (!store)
                return int(BadInput);
            auto rule = loadHotspotRule(*store);
            if (!rule)
                return ctx.fail(rule.error());
            HotspotRule r = rule.value();
            for (const auto& [name, into, least] :
                 {std::tuple{QStringLiteral("days"), &r.days, 1}, std::tuple{QStringLiteral("min"), &r.minimum, 2}}) {
                if (!ctx.parser.isSet(name))
                    continue;
                bool ok = false;
                *into = ctx.parser.value(name).toInt(&ok);
                if (!ok || *into < least)
                    return ctx.fail(CliText::tr("--%1 “%2” is not a whole number of at least %3.")
                                        .arg(name, ctx.parser.value(name))
                                        .arg(least));
            }
            QDate upTo = ctx.clock.now().date();
            if (!ctx.dateOption(QStringLiteral("to"), upTo))
                return int(BadInput);
            if (!upTo.isValid())
                upTo = ctx.clock.now().date();
            auto spots = store->statistics().hotspots(upTo, r);
            if (!spots)
                return ctx.fail(spots.error());
            if (ctx.parser.isSet(QStringLiteral("json"))) {
                QJsonArray array;
                for (const Hotspot& h : spots.value()) {
                    QJsonArray ids;
                    for (Id id : h.complaintIds)
                        ids.append(id);
                    array.append(QJsonObject{{QStringLiteral("place"), h.place},
                                             {QStringLiteral("type"), h.typeName},
                                             {QStringLiteral("count"), h.complaintIds.size()},
                                             {QStringLiteral("first"), h.first.toString(Qt::ISODate)},
                                             {QStringLiteral("last"), h.last.toString(Qt::ISODate)},
                                             {QStringLiteral("complaints"), ids},
                                             {QStringLiteral("item"), h.openItemCode}});
                }
                ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("days"), r.days},
                                                     {QStringLiteral("min"), r.minimum},
                                                     {QStringLiteral("to"), upTo.toString(Qt::ISODate)},
                                                     {QStringLiteral("hotspots"), array}})
                               .toJson(QJsonDocument::Indented);
                return int(Success);
            }
            ctx.out << CliText::tr("%n hotspot(s): the same type at one place %1+ times in %2 days up to %3.", nullptr,
                                   int(spots->size()))
                           .arg(r.minimum)
                           .arg(r.days)
                           .arg(upTo.toString(Qt::ISODate))
                    << Qt::endl;
            for (const Hotspot& h : spots.value())
                ctx.out << QStringLiteral("%1  %2  %3  %4 – %5  %6")
                               .arg(h.place, h.typeName)
                               .arg(h.complaintIds.size())
                               .arg(h.first.toString(Qt::ISODate), h.last.toString(Qt::ISODate),
                                    h.openItemCode.isEmpty() ? CliText::tr("(no rectification item)") : h.openItemCode)
                        << Qt::endl;
            return int(Success);
        }};
}

} // namespace caseloop::cli
