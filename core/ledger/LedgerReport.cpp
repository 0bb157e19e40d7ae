#include "LedgerImport.h"

#include <QCoreApplication>

#include <map>

namespace caseloop {

Sheet ledgerReport(const LedgerPlan& plan, const LedgerOutcome* outcome)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("caseloop::LedgerImport", text); };
    Sheet sheet;
    sheet.title = tr("Import report");
    sheet.columns = {{tr("Row"), 1, 8},     {tr("Outcome"), 2, 12}, {tr("Code"), 3, 18},
                     {tr("Column"), 2, 12}, {tr("Value"), 3, 30},   {tr("Reason"), 5, 50}};
    std::map<int, QStringList> rows;
    for (const LedgerRejection& r : plan.rejected)
        rows[r.row] = {QString::number(r.row), tr("rejected"), QString(), r.column, r.value, r.reason};
    for (int row : plan.duplicateRows)
        rows[row] = {QString::number(row),
                     tr("duplicate"),
                     QString(),
                     QString(),
                     QString(),
                     tr("already imported (same time, caller, place and content)")};
    QHash<int, QString> codes;
    if (outcome)
        for (const auto& [row, code] : outcome->codes)
            codes.insert(row, code);
    for (const LedgerRecord& r : plan.records) {
        if (!outcome)
            rows[r.row] = {QString::number(r.row), tr("would be imported"), {}, {}, {}, {}};
        else if (codes.contains(r.row))
            rows[r.row] = {QString::number(r.row), tr("imported"), codes.value(r.row), {}, {}, {}};
        else
            rows[r.row] = {QString::number(r.row), tr("duplicate"), {}, {}, {}, tr("imported meanwhile")};
    }
    for (auto& [number, cells] : rows)
        sheet.rows.append(std::move(cells));
    return sheet;
}

} // namespace caseloop
