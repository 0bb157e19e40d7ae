#include "CliCommand.h"
#include "SheetPainter.h"
#include "XlsxWriter.h"
#include "base/Version.h"
#include "domain/Phone.h"
#include "sheet/ComplaintSheet.h"
#include "sheet/CsvWriter.h"
#include "sheet/TrackingSheet.h"
#include "store/Store.h"

#include <QFileInfo>

namespace caseloop::cli {

namespace {
const QString kOpen = QStringLiteral("open");

// A catalogue entry given by its code or its Chinese or English name.
Result<Id> catalogueId(Store& store, const QString& catalogue, const QString& option, const QString& text)
{
    auto entries = store.catalogues().entries(catalogue);
    if (!entries)
        return Error{entries.error()};
    QStringList known;
    for (const CatalogueEntry& e : entries.value()) {
        if (text == e.code || text == e.nameZh || text.compare(e.nameEn, Qt::CaseInsensitive) == 0)
            return e.id;
        known << e.code;
    }
    return Error{
        CliText::tr("--%1 “%2” is not known; use one of: %3.").arg(option, text, known.join(QStringLiteral(", ")))};
}

template <class T> Result<Id> idByName(const Result<QList<T>>& list, const QString& option, const QString& text)
{
    if (!list)
        return Error{list.error()};
    for (const T& item : list.value())
        if (item.name == text)
            return item.id;
    return Error{CliText::tr("--%1 “%2” is not known.").arg(option, text)};
}

// Builds the complaint list's filter from the options; false (with the reason on err) when one is wrong.
bool complaintFilter(CommandContext& ctx, Store& store, ComplaintFilter& f)
{
    const QCommandLineParser& p = ctx.parser;
    const std::pair<const char*, const QString*> catalogues[] = {{"type", &Catalogue::Type},
                                                                 {"service-line", &Catalogue::ServiceLine},
                                                                 {"channel", &Catalogue::Channel},
                                                                 {"kind", &Catalogue::Kind}};
    Id* targets[] = {&f.typeId, &f.serviceLineId, &f.channelId, &f.kindId};
    for (int i = 0; i < 4; ++i) {
        const QString option = QString::fromLatin1(catalogues[i].first);
        if (!p.isSet(option))
            continue;
        auto id = catalogueId(store, *catalogues[i].second, option, p.value(option));
        if (!id) {
            ctx.err << id.error() << Qt::endl;
            return false;
        }
        *targets[i] = *id;
    }
    if (p.isSet(QStringLiteral("region"))) {
        auto id = idByName(store.organisation().regions(), QStringLiteral("region"), p.value(QStringLiteral("region")));
        if (!id) {
            ctx.err << id.error() << Qt::endl;
            return false;
        }
        f.regionId = *id;
    }
    if (p.isSet(QStringLiteral("estate"))) {
        auto id = idByName(store.organisation().estates(), QStringLiteral("estate"), p.value(QStringLiteral("estate")));
        if (!id) {
            ctx.err << id.error() << Qt::endl;
            return false;
        }
        f.estateId = *id;
    }
    if (p.isSet(QStringLiteral("status"))) {
        for (const QString& s : p.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (s == kOpen) {
                f.statuses << openValues<ComplaintStatus>();
            } else if (s == QLatin1String("all")) { // as export tracking takes it
                f.statuses << allValues<ComplaintStatus>();
            } else if (auto v = fromStorage<ComplaintStatus>(s)) {
                f.statuses << *v;
            } else {
                QStringList known{kOpen, QStringLiteral("all")};
                for (ComplaintStatus each : allValues<ComplaintStatus>())
                    known << toStorage(each);
                ctx.err << CliText::tr("--status “%1” is not a status; use one of: %2.")
                               .arg(s, known.join(QStringLiteral(", ")))
                        << Qt::endl;
                return false;
            }
        }
    }
    if (p.isSet(QStringLiteral("priority"))) {
        f.priority = fromStorage<Priority>(p.value(QStringLiteral("priority")));
        if (!f.priority) {
            ctx.err << CliText::tr("--priority “%1” is not urgent, major or normal.")
                           .arg(p.value(QStringLiteral("priority")))
                    << Qt::endl;
            return false;
        }
    }
    f.overdueOnly = p.isSet(QStringLiteral("overdue"));
    f.now = store.clock().now();
    f.text = p.value(QStringLiteral("text"));
    return ctx.dateOption(QStringLiteral("from"), f.from) && ctx.dateOption(QStringLiteral("to"), f.to);
}

Status writeSheet(const Sheet& sheet, const QString& format, const QString& path, const QString& worksheetName,
                  int& cutCells)
{
    cutCells = 0;
    if (format == QLatin1String("csv"))
        return saveAtomically(path, [&](QIODevice& out) { return writeCsv(sheet, out); });
    if (format == QLatin1String("xlsx"))
        return XlsxWriter::write(sheet, path, worksheetName, &cutCells);
    return SheetPainter::writePdf(sheet, path, QStringLiteral("CaseLoop %1").arg(QString::fromLatin1(kVersion)));
}
} // namespace

Command exportCommand()
{
    return {
        "export",
        QT_TRANSLATE_NOOP("CliText",
                          "Export the rectification tracking sheet (tracking) or the complaint ledger "
                          "(complaints) as XLSX, PDF or CSV."),
        [](QCommandLineParser& p) {
            p.addOption(
                {QStringLiteral("format"), CliText::tr("xlsx, pdf (tracking only) or csv."), QStringLiteral("FORMAT")});
            p.addOption({QStringLiteral("out"), CliText::tr("The file to write."), QStringLiteral("FILE")});
            p.addOption(
                {QStringLiteral("status"),
                 CliText::tr(
                     "tracking: open (default) or all; complaints: open, all, or statuses separated by commas."),
                 QStringLiteral("STATUS")});
            p.addOption({QStringLiteral("from"), CliText::tr("First day, YYYY-MM-DD (assigned or received)."),
                         QStringLiteral("DATE")});
            p.addOption({QStringLiteral("to"), CliText::tr("Last day, YYYY-MM-DD (assigned or received)."),
                         QStringLiteral("DATE")});
            p.addOption({QStringLiteral("department"), CliText::tr("tracking: only this responsible department."),
                         QStringLiteral("NAME")});
            p.addOption({QStringLiteral("type"), CliText::tr("complaints: complaint type (code or name)."),
                         QStringLiteral("TYPE")});
            p.addOption({QStringLiteral("service-line"), CliText::tr("complaints: service line (code or name)."),
                         QStringLiteral("LINE")});
            p.addOption({QStringLiteral("channel"), CliText::tr("complaints: channel (code or name)."),
                         QStringLiteral("CHANNEL")});
            p.addOption(
                {QStringLiteral("kind"), CliText::tr("complaints: kind (code or name)."), QStringLiteral("KIND")});
            p.addOption({QStringLiteral("region"), CliText::tr("Only this region."), QStringLiteral("NAME")});
            p.addOption(
                {QStringLiteral("estate"), CliText::tr("complaints: only this estate."), QStringLiteral("NAME")});
            p.addOption({QStringLiteral("priority"), CliText::tr("complaints: urgent, major or normal."),
                         QStringLiteral("PRIORITY")});
            p.addOption({QStringLiteral("overdue"), CliText::tr("Only overdue complaints or items.")});
            p.addOption({QStringLiteral("text"),
                         CliText::tr("complaints: code, complainant, phone or description contains."),
                         QStringLiteral("TEXT")});
        },
        [](CommandContext& ctx) {
            const QString what = ctx.parser.positionalArguments().value(0);
            const QString format = ctx.parser.value(QStringLiteral("format"));
            const QString out = ctx.parser.value(QStringLiteral("out"));
            const bool tracking = what == QLatin1String("tracking");
            if (!tracking && what != QLatin1String("complaints"))
                return ctx.fail(CliText::tr("Export “%1”? Use tracking or complaints.").arg(what), UsageError);
            const QStringList formats = tracking
                ? QStringList{QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("csv")}
                : QStringList{QStringLiteral("xlsx"), QStringLiteral("csv")};
            if (!formats.contains(format))
                return ctx.fail(CliText::tr("--format must be one of: %1.").arg(formats.join(QStringLiteral(", "))),
                                UsageError);
            if (out.isEmpty())
                return ctx.fail(CliText::tr("--out FILE is required."), UsageError);
            auto store = ctx.openStore();
            if (!store)
                return int(BadInput);
            // Full phone numbers only for a role that may export them; a department lead exports their own
            // department's share, masked.
            const bool maySeePhone = Permissions::may(ctx.user.role, Permission::ExportPhones);
            const bool ownDepartment = Permissions::reach(ctx.user.role, Permission::Export) == Reach::Department;
            if (ownDepartment) {
                if (ctx.user.departmentId <= 0)
                    return ctx.fail(CliText::tr("%1 is a department lead without a department; an administrator sets "
                                                "it before they can export.")
                                        .arg(ctx.user.login));
                if (ctx.parser.isSet(QStringLiteral("department"))) {
                    auto d = store->organisation().departmentByName(ctx.parser.value(QStringLiteral("department")));
                    if (!d || d->id != ctx.user.departmentId)
                        return ctx.fail(CliText::tr("A department lead exports their own department only."));
                }
            }
            Result<Sheet> sheet = Error{QString()};
            if (tracking) {
                RectificationFilter f;
                const QString status
                    = ctx.parser.isSet(QStringLiteral("status")) ? ctx.parser.value(QStringLiteral("status")) : kOpen;
                if (status == kOpen) {
                    f.statuses = openValues<RectificationStatus>();
                } else if (status != QLatin1String("all")) {
                    return ctx.fail(CliText::tr("--status for tracking is open or all, not “%1”.").arg(status),
                                    UsageError);
                }
                if (!ctx.dateOption(QStringLiteral("from"), f.from) || !ctx.dateOption(QStringLiteral("to"), f.to))
                    return int(BadInput);
                if (ctx.parser.isSet(QStringLiteral("department"))) {
                    auto d = store->organisation().departmentByName(ctx.parser.value(QStringLiteral("department")));
                    if (!d)
                        return ctx.fail(d.error());
                    f.departmentId = d->id;
                }
                if (ctx.parser.isSet(QStringLiteral("region"))) {
                    auto id = idByName(store->organisation().regions(), QStringLiteral("region"),
                                       ctx.parser.value(QStringLiteral("region")));
                    if (!id)
                        return ctx.fail(id.error());
                    f.regionId = *id;
                }
                f.overdueOnly = ctx.parser.isSet(QStringLiteral("overdue"));
                if (ownDepartment)
                    f.departmentId = ctx.user.departmentId;
                sheet = TrackingSheet::load(*store, f);
                // The problem text of an item starts as a complaint's description: numbers in it are masked too.
                if (sheet && !maySeePhone)
                    for (QStringList& row : sheet.value().rows)
                        for (QString& cell : row)
                            cell = maskNumbersInText(cell);
            } else {
                ComplaintFilter f;
                if (!complaintFilter(ctx, *store, f))
                    return int(BadInput);
                f.textInPhone = maySeePhone; // --text must not find a masked number digit by digit
                if (ownDepartment)
                    f.departmentId = ctx.user.departmentId;
                sheet = ComplaintSheet::load(*store, f, maySeePhone);
            }
            if (!sheet)
                return ctx.fail(sheet.error());
            const QString worksheet = tracking ? CliText::tr("Rectification tracking") : CliText::tr("Complaints");
            int cutCells = 0;
            // Every export is logged: what, where, how many rows, whether phone numbers were shown; the file is put
            // in place only once its audit row is committed.
            const QString detail = QStringLiteral("%1 %2 %3 rows=%4 phones=%5")
                                       .arg(what, format, QFileInfo(out).absoluteFilePath())
                                       .arg(sheet->rows.size())
                                       .arg(maySeePhone ? QStringLiteral("full") : QStringLiteral("masked"));
            const Status written = saveAudited(
                out,
                [&](const QString& temporary) {
                    return writeSheet(sheet.value(), format, temporary, worksheet, cutCells);
                },
                [&] { return store->audit().record(QStringLiteral("export"), 0, QStringLiteral("export"), detail); });
            if (!written)
                return ctx.fail(written.error());
            ctx.out << CliText::tr("Wrote %1 rows to %2.").arg(sheet->rows.size()).arg(out) << Qt::endl;
            if (cutCells > 0)
                ctx.out << CliText::tr("%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut; "
                                       "the full text is in CaseLoop.",
                                       nullptr, cutCells)
                        << Qt::endl;
            return int(Success);
        },
        "tracking|complaints"};
}

} // namespace caseloop::cli
