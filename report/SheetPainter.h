#pragma once

#include "SheetCanvas.h"
#include "base/Result.h"
#include "sheet/Sheet.h"

#include <QCoreApplication>
#include <QFont>

#include <array>

class QPagedPaintDevice;
class QPaintDevice;

namespace caseloop {

// Draws a sheet onto pages — a PDF file (PlainPdf) or a printer (QPrinter, print preview, through QPainter):
// title and header on every page, wrapped cells, flagged rows shaded, "page N of M" at the foot.
// Hand-drawn rather than an HTML QTextDocument table, which is far too slow at thousands of rows.
class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPainter)

public:
    explicit SheetPainter(const Sheet& sheet);

    // Paints every page on `device` (already set to its page layout); returns the number of pages.
    int paint(QPagedPaintDevice& device);
    // A4 landscape PDF with the CJK font embedded, written atomically: by PlainPdf, or by QPdfWriter when the sheet
    // holds a character outside the primary font.
    static Status writePdf(const Sheet& sheet, const QString& path, const QString& creator);
    // The CJK families every drawn sheet asks for, in order.
    static QFont font(double pointSize, bool bold = false);

    // The same PDF from PlainPdf alone; empty when it cannot draw this sheet.
    QByteArray plainPdf(const QString& creator);

private:
    struct Layout;

    static std::array<QFont, SheetCanvas::FaceCount> faces();
    // Lays the sheet out with `device`'s font metrics and draws it on `canvas`; -1 when the canvas refused a text.
    int draw(QPaintDevice& device, SheetCanvas& canvas);

    const Sheet& m_sheet;
};

} // namespace caseloop
