#include "ledger/LedgerImport.h"

#include <QCoreApplication>

#include <map>

namespace caseloop {

Sheet ledgerReport(const LedgerPlan& plan, const LedgerOutcome* outcome)
{
    Sheet sheet;
    sheet.title = LedgerText::tr("Import report");
    sheet.columns
        = {{LedgerText::tr("Row"), 1, 8},     {LedgerText::tr("Outcome"), 2, 12}, {LedgerText::tr("Code"), 3, 18},
           {LedgerText::tr("Column"), 2, 12}, {LedgerText::tr("Value"), 3, 30},   {LedgerText::tr("Reason"), 5, 50}};
    std::map<int, QStringList> rows;
    for (const LedgerRejection& r : plan.rejected)
        rows[r.row] = {QString::number(r.row), LedgerText::tr("rejected"), QString(), r.column, r.value, r.reason};
    for (int row : plan.duplicateRows)
        rows[row] = {QString::number(row),
                     LedgerText::tr("duplicate"),
                     QString(),
                     QString(),
                     QString(),
                     LedgerText::tr("already imported (same time, caller, place and content)")};
    QHash<int, QString> codes;
    if (outcome)
        for (const auto& [row, code] : outcome->codes)
            codes.insert(row, code);
    for (const LedgerRecord& r : plan.records) {
        if (!outcome)
            rows[r.row] = {QString::number(r.row), LedgerText::tr("would be imported"), {}, {}, {}, {}};
        else if (codes.contains(r.row))
            rows[r.row] = {QString::number(r.row), LedgerText::tr("imported"), codes.value(r.row), {}, {}, {}};
        else
            rows[r.row] = {
                QString::number(r.row), LedgerText::tr("duplicate"), {}, {}, {}, LedgerText::tr("imported meanwhile")};
    }
    for (auto& [number, cells] : rows)
        sheet.rows.append(std::move(cells));
    return sheet;
}

} // namespace caseloop
