#pragma once

#include "base/Result.h"
#include "sheet/Sheet.h"

#include <QCoreApplication>
#include <QFont>

class QPagedPaintDevice;
class QPainter;

namespace caseloop {

// Draws a sheet onto pages with QPainter — a PDF (QPdfWriter) or a printer (QPrinter, print preview):
// title and header on every page, wrapped cells, flagged rows shaded, "page N of M" at the foot.
// Hand-drawn rather than an HTML QTextDocument table, which is far too slow at thousands of rows.
class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPainter)

public:
    explicit SheetPainter(const Sheet& sheet);

    // Paints every page on `device` (already set to its page layout); returns the number of pages.
    int paint(QPagedPaintDevice& device);
    // A4 landscape PDF with the CJK font embedded, written atomically.
    static Status writePdf(const Sheet& sheet, const QString& path, const QString& creator);
    // The CJK families every drawn sheet asks for, in order.
    static QFont font(double pointSize, bool bold = false);

private:
    struct Layout;

    const Sheet& m_sheet;
};

} // namespace caseloop
