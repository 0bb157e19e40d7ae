#include "SheetPainter.h"

#include "CsvWriter.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace caseloop {

namespace {
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// Height of one cell's text at `width`; single-line text skips Qt's line breaking, which is the slow part.
double textHeight(const QFontMetricsF& fm, const QString& text, double width)
{
    if (text.isEmpty())
        return fm.height();
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e6), kTextFlags, text).height();
}
} // namespace

struct SheetPainter::Layout
{
    QList<double> columnX; // left edge of each column
    QList<double> columnWidth;
    double pad = 0;
    double headerHeight = 0;
    QList<double> rowHeight;
    QList<int> pageStarts; // first row of each page
};

SheetPainter::SheetPainter(const Sheet& sheet)
    : m_sheet(sheet)
{
}

QFont SheetPainter::font(double pointSize, bool bold)
{
    QFont f;
    // Latin letters and digits from a Latin font first: Qt maps glyphs of a CJK font shaped in a Latin run
    // to no Unicode in the PDF, so copied or searched text would lose them.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

int SheetPainter::paint(QPagedPaintDevice& device)
{
    QPainter p(&device);
    const double width = device.width();
    const double height = device.height();
    const QFont body = font(7), bold = font(7, true), titleFont = font(14, true), small = font(7.5);
    p.setFont(body);
    const QFontMetricsF fm(body, &device), fmBold(bold, &device), fmTitle(titleFont, &device), fmSmall(small, &device);

    Layout l;
    l.pad = fm.height() * 0.25;
    int totalWeight = 0;
    for (const SheetColumn& c : m_sheet.columns)
        totalWeight += c.widthWeight;
    double x = 0;
    for (const SheetColumn& c : m_sheet.columns) {
        l.columnX << x;
        l.columnWidth << width * c.widthWeight / std::max(1, totalWeight);
        x += l.columnWidth.last();
    }
    const double titleBlock = fmTitle.height() * 1.3 + fmSmall.height() * 1.6;
    const double footerBlock = fmSmall.height() * 1.8;
    for (int c = 0; c < m_sheet.columns.size(); ++c)
        l.headerHeight = std::max(
            l.headerHeight, textHeight(fmBold, m_sheet.columns[c].header, l.columnWidth[c] - 2 * l.pad) + 2 * l.pad);
    const double bodyHeight = height - titleBlock - footerBlock - l.headerHeight;

    // Pass 1: row heights and page breaks, so every page can say how many there are.
    l.rowHeight.reserve(m_sheet.rows.size());
    double y = 0;
    l.pageStarts << 0;
    for (int r = 0; r < m_sheet.rows.size(); ++r) {
        double h = 0;
        const QStringList& row = m_sheet.rows[r];
        for (int c = 0; c < row.size() && c < l.columnWidth.size(); ++c)
            h = std::max(h, textHeight(fm, row[c], l.columnWidth[c] - 2 * l.pad));
        h = std::min(h + 2 * l.pad, bodyHeight); // a row taller than a page is cut at the page
        if (y + h > bodyHeight && r > l.pageStarts.last()) {
            l.pageStarts << r;
            y = 0;
        }
        l.rowHeight << h;
        y += h;
    }
    const int pages = int(l.pageStarts.size());

    // Pass 2: draw.
    const QPen grid(QColor(0x60, 0x60, 0x60), 0);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        p.setFont(titleFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 0, width, fmTitle.height() * 1.3), Qt::AlignHCenter | Qt::AlignVCenter, m_sheet.title);
        p.setFont(small);
        p.drawText(QRectF(0, fmTitle.height() * 1.3, width, fmSmall.height() * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
                   m_sheet.subtitle);
        double top = titleBlock;
        p.setFont(bold);
        for (int c = 0; c < m_sheet.columns.size(); ++c) {
            const QRectF cell(l.columnX[c], top, l.columnWidth[c], l.headerHeight);
            p.fillRect(cell, QColor(0xDD, 0xEB, 0xF7));
            p.setPen(grid);
            p.drawRect(cell);
            p.setPen(Qt::black);
            p.drawText(cell.adjusted(l.pad, l.pad, -l.pad, -l.pad),
                       Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, m_sheet.columns[c].header);
        }
        top += l.headerHeight;
        p.setFont(body);
        const int end = page + 1 < pages ? l.pageStarts[page + 1] : int(m_sheet.rows.size());
        for (int r = l.pageStarts[page]; r < end; ++r) {
            const bool flagged = r < m_sheet.flagged.size() && m_sheet.flagged[r];
            const QStringList& row = m_sheet.rows[r];
            for (int c = 0; c < m_sheet.columns.size(); ++c) {
                const QRectF cell(l.columnX[c], top, l.columnWidth[c], l.rowHeight[r]);
                if (flagged)
                    p.fillRect(cell, QColor(0xFD, 0xEC, 0xEA));
                p.setPen(grid);
                p.drawRect(cell);
                if (c < row.size() && !row[c].isEmpty()) {
                    p.setPen(flagged ? QColor(0xB0, 0x1C, 0x1C) : QColor(Qt::black));
                    p.save();
                    p.setClipRect(cell);
                    p.drawText(cell.adjusted(l.pad, l.pad, -l.pad, -l.pad), kTextFlags, row[c]);
                    p.restore();
                }
            }
            top += l.rowHeight[r];
        }
        p.setFont(small);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, height - footerBlock, width, footerBlock), Qt::AlignHCenter | Qt::AlignBottom,
                   tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    p.end();
    return pages;
}

Status SheetPainter::writePdf(const Sheet& sheet, const QString& path, const QString& creator)
{
    return saveAtomically(path, [&](QIODevice& out) -> Status {
        QPdfWriter pdf(&out);
        pdf.setCreator(creator);
        pdf.setTitle(sheet.title);
        pdf.setResolution(150);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
        SheetPainter painter(sheet);
        if (painter.paint(pdf) < 1)
            return Error{tr("Nothing was drawn.")};
        return {};
    });
}

} // namespace caseloop
