#pragma once

#include "base/Result.h"
#include "sheet/Sheet.h"

#include <QCoreApplication>

namespace caseloop {

// Writes a sheet as an .xlsx workbook through libxlsxwriter: A4 landscape, one page wide, the title and
// header rows repeated on every printed page, frozen header, wrapped text, column widths computed for CJK
// text (libxlsxwriter 1.1.4 has no autofit), an explicit CJK font, a "page N of M" footer, flagged rows in red.
// The file is written atomically.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // A cell longer than Excel takes (32,767 characters) is cut there and ends with "…(full text in CaseLoop
    // <the row's first cell>)"; `cutCells`, when given, receives how many were cut.
    static Status write(const Sheet& sheet, const QString& path, const QString& worksheetName, int* cutCells = nullptr);
    static constexpr int kMaxCellCharacters = 32767;
};

} // namespace caseloop
