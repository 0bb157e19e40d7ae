#pragma once

#include "analysis/WeeklyReport.h"
#include "base/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace caseloop {

// The weekly report 周报 on A4 portrait pages — a PDF (QPdfWriter) or a printer (QPrinter, print preview):
// this week against last week, the charts as vectors, top types and buildings, hotspots, department KPIs
// and the open rectification items.
class WeeklyReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportPainter)

public:
    explicit WeeklyReportPainter(const WeeklyReport& report);
    // Paints every page on `device` (already set to its page layout); returns the number of pages.
    int paint(QPagedPaintDevice& device);
    // The report as an A4 PDF with its CJK font embedded, written atomically.
    static Status writePdf(const WeeklyReport& report, const QString& path, const QString& creator);

private:
    class Canvas;
    int paintPages(QPagedPaintDevice& device, int totalPages);
    const WeeklyReport& m_report;
};

} // namespace caseloop
