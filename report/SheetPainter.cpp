#include "SheetPainter.h"

#include "PlainPdf.h"
#include "SheetCanvas.h"
#include "sheet/CsvWriter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <algorithm>

namespace caseloop {

namespace {
// Line breaking by hand, with each character's advance measured once per font: Qt's general text layout
// (drawText with Qt::TextWordWrap) costs several seconds for a sheet of 10,000 rows. Chinese text may break
// between any two characters; Latin text breaks at the last space; closing punctuation never starts a line.
class LineBreaker
{
public:
    explicit LineBreaker(const QFontMetricsF& fm)
        : m_fm(fm)
    {
    }

    QStringList lines(const QString& text, double width)
    {
        QStringList result;
        split(text, width, [&](QStringView line) { result << line.trimmed().toString(); });
        return result;
    }

    // Calls emit(line) for each line, as views into text: drawing needs no copies.
    template <class Emit> void forEachLine(const QString& text, double width, Emit emit) { split(text, width, emit); }

    // `line` shortened so that `marker` fits after it within `width`; the marker alone when nothing of the line
    // fits beside it, and "…" when not even the marker does.
    QString ending(QStringView line, double fullWidth, const QString& marker)
    {
        const double width = fullWidth * 0.97;
        const auto measure = [&](QStringView text) {
            double w = 0;
            for (QChar c : text)
                w += advance(c);
            return w;
        };
        const double markerWidth = measure(marker);
        if (markerWidth > width)
            return QStringLiteral("…");
        qsizetype keep = line.size();
        while (keep > 0 && measure(line.left(keep)) + markerWidth > width)
            --keep;
        if (keep > 0 && line.at(keep - 1).isHighSurrogate())
            --keep; // never half a character
        return line.left(keep).toString() + marker;
    }

    // The number of lines without building them: the first pass only needs row heights.
    qsizetype count(const QString& text, double width)
    {
        qsizetype n = 0;
        split(text, width, [&](QStringView) { ++n; });
        return n;
    }

private:
    template <class Emit> void split(const QString& text, double fullWidth, Emit emit)
    {
        const double width = fullWidth * 0.97; // room for kerning and a closing mark kept at a line's end
        const QStringView all(text);
        qsizetype start = 0, lastSpace = -1;
        double used = 0, sinceSpace = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QChar c = all.at(i);
            if (isLineEnd(c)) { // the paragraph ends here (CR LF counts once)
                emit(all.mid(start, i - start));
                if (c == QLatin1Char('\r') && i + 1 < all.size() && all.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                start = i + 1;
                lastSpace = -1;
                used = sinceSpace = 0;
                continue;
            }
            const double w = advance(c);
            // A closing mark may stay at the end of a full line, in the room kept for it, but no further.
            if (used + w > width && i > start && (!isClosing(c) || used + w > fullWidth)) {
                const bool atSpace = lastSpace > start && !isWide(c);
                const qsizetype end = atSpace ? lastSpace + 1 : i;
                emit(all.mid(start, end - start));
                start = end;
                used = atSpace ? sinceSpace : 0;
                lastSpace = -1;
            }
            used += w;
            const bool isSpace = c.isSpace();
            sinceSpace = isSpace ? 0 : sinceSpace + w;
            if (isSpace)
                lastSpace = i;
        }
        emit(all.mid(start));
    }

    // A table of every UTF-16 unit rather than a hash: it is read for every character of the sheet, twice.
    double advance(QChar c)
    {
        if (m_widths.isEmpty())
            m_widths.fill(-1, 0x10000);
        double& w = m_widths[c.unicode()];
        if (w < 0)
            w = m_fm.horizontalAdvance(c);
        return w;
    }
    static bool isWide(QChar c) { return c.unicode() >= 0x2E80; }
    static bool isLineEnd(QChar c)
    {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case u'\v':
        case u'\f':
        case 0x0085: // next line
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            return true;
        default:
            return false;
        }
    }
    static bool isClosing(QChar c)
    {
        static const QString closing = QStringLiteral("，。、；：？！）》」』】,.;:?!)");
        return closing.contains(c);
    }

    const QFontMetricsF& m_fm;
    QList<double> m_widths; // by UTF-16 unit; -1 until measured
};
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
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

std::array<QFont, SheetCanvas::FaceCount> SheetPainter::faces()
{
    std::array<QFont, SheetCanvas::FaceCount> f;
    f[SheetCanvas::Title] = font(14, true);
    f[SheetCanvas::Small] = font(7.5);
    f[SheetCanvas::Header] = font(7, true);
    f[SheetCanvas::Body] = font(7);
    return f;
}

int SheetPainter::paint(QPagedPaintDevice& device)
{
    PainterCanvas canvas(device, faces());
    return draw(device, canvas);
}

int SheetPainter::draw(QPaintDevice& device, SheetCanvas& canvas)
{
    const double width = device.width();
    const double height = device.height();
    const auto fonts = faces();
    const QFontMetricsF fm(fonts[SheetCanvas::Body], &device), fmBold(fonts[SheetCanvas::Header], &device),
        fmTitle(fonts[SheetCanvas::Title], &device), fmSmall(fonts[SheetCanvas::Small], &device);

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
    LineBreaker bodyLines(fm), headerLines(fmBold);
    const double lineHeight = fm.lineSpacing();
    for (int c = 0; c < m_sheet.columns.size(); ++c) {
        const auto lines = headerLines.lines(m_sheet.columns[c].header, l.columnWidth[c] - 2 * l.pad).size();
        l.headerHeight = std::max(l.headerHeight, double(lines) * fmBold.lineSpacing() + 2 * l.pad);
    }
    const double bodyHeight = height - titleBlock - footerBlock - l.headerHeight;

    // Pass 1: row heights and page breaks, so every page can say how many there are.
    l.rowHeight.reserve(m_sheet.rows.size());
    double y = 0;
    l.pageStarts << 0;
    for (int r = 0; r < m_sheet.rows.size(); ++r) {
        qsizetype lines = 1;
        const QStringList& row = m_sheet.rows[r];
        for (int c = 0; c < row.size() && c < l.columnWidth.size(); ++c)
            lines = std::max(lines, bodyLines.count(row[c], l.columnWidth[c] - 2 * l.pad));
        const double h
            = std::min(double(lines) * lineHeight + 2 * l.pad, bodyHeight); // a row taller than a page is cut
        if (y + h > bodyHeight && r > l.pageStarts.last()) {
            l.pageStarts << r;
            y = 0;
        }
        l.rowHeight << h;
        y += h;
    }
    const int pages = int(l.pageStarts.size());

    // Pass 2: draw. What every page repeats is measured once.
    const double titleWidth = fmTitle.horizontalAdvance(m_sheet.title);
    QList<QList<std::pair<QString, double>>> headerText;
    for (int c = 0; c < m_sheet.columns.size(); ++c) {
        headerText.append(QList<std::pair<QString, double>>());
        for (const QString& line : headerLines.lines(m_sheet.columns[c].header, l.columnWidth[c] - 2 * l.pad))
            headerText.last().append({line, fmBold.horizontalAdvance(line)});
    }
    const QString cutMarker = tr("…(rest in CaseLoop)");
    bool drawn = true; // false once the canvas refuses a text
    const auto text
        = [&](SheetCanvas::Face face, const QPointF& at, QStringView s) { drawn = drawn && canvas.text(face, at, s); };
    const QColor grid(0x60, 0x60, 0x60);
    for (int page = 0; page < pages && drawn; ++page) {
        if (page > 0)
            canvas.newPage();
        // Title, subtitle and header repeat on every page.
        canvas.setTextColor(Qt::black);
        text(SheetCanvas::Title, QPointF((width - titleWidth) / 2, fmTitle.height() * 0.15 + fmTitle.ascent()),
             m_sheet.title);
        text(SheetCanvas::Small, QPointF(0, fmTitle.height() * 1.3 + fmSmall.height() * 0.3 + fmSmall.ascent()),
             m_sheet.subtitle);
        double top = titleBlock;
        for (int c = 0; c < m_sheet.columns.size(); ++c)
            canvas.fillRect(QRectF(l.columnX[c], top, l.columnWidth[c], l.headerHeight), QColor(0xDD, 0xEB, 0xF7));
        for (int c = 0; c < m_sheet.columns.size(); ++c) {
            const double centre = l.columnX[c] + l.columnWidth[c] / 2;
            double baseline
                = top + (l.headerHeight - double(headerText[c].size()) * fmBold.lineSpacing()) / 2 + fmBold.ascent();
            for (const auto& [line, lineWidth] : headerText[c]) {
                text(SheetCanvas::Header, QPointF(centre - lineWidth / 2, baseline), line);
                baseline += fmBold.lineSpacing();
            }
        }
        canvas.flush();
        const double tableTop = top;
        top += l.headerHeight;
        // Shading first, then text, then the grid in one batch: fewer state changes keep the PDF small and fast.
        const int end = page + 1 < pages ? l.pageStarts[page + 1] : int(m_sheet.rows.size());
        QList<QLineF> rules;
        double rowTop = top;
        for (int r = l.pageStarts[page]; r < end; ++r) {
            if (r < m_sheet.flagged.size() && m_sheet.flagged[r])
                canvas.fillRect(QRectF(0, rowTop, x, l.rowHeight[r]), QColor(0xFD, 0xEC, 0xEA));
            rowTop += l.rowHeight[r];
        }
        for (int r = l.pageStarts[page]; r < end; ++r) {
            const bool flagged = r < m_sheet.flagged.size() && m_sheet.flagged[r];
            canvas.setTextColor(flagged ? QColor(0xB0, 0x1C, 0x1C) : QColor(Qt::black));
            const QStringList& row = m_sheet.rows[r];
            // A row taller than a page is cut at the page's foot: a cut cell's last line says so.
            const qsizetype fits = std::max<qsizetype>(1, qsizetype((l.rowHeight[r] - l.pad + 0.5) / lineHeight));
            for (int c = 0; c < row.size() && c < l.columnWidth.size(); ++c) {
                if (row[c].isEmpty())
                    continue;
                const double cellWidth = l.columnWidth[c] - 2 * l.pad;
                const bool cut = l.rowHeight[r] >= bodyHeight && bodyLines.count(row[c], cellWidth) > fits;
                double baseline = top + l.pad + fm.ascent();
                qsizetype shown = 0;
                bodyLines.forEachLine(row[c], cellWidth, [&](QStringView line) {
                    if (shown >= fits)
                        return;
                    const QPointF at(l.columnX[c] + l.pad, baseline);
                    if (cut && shown == fits - 1)
                        text(SheetCanvas::Body, at, bodyLines.ending(line.trimmed(), cellWidth, cutMarker));
                    else
                        text(SheetCanvas::Body, at, line.trimmed());
                    ++shown;
                    baseline += lineHeight;
                });
            }
            canvas.flush();
            top += l.rowHeight[r];
            rules << QLineF(0, top, x, top);
        }
        rules << QLineF(0, tableTop, x, tableTop) << QLineF(0, tableTop + l.headerHeight, x, tableTop + l.headerHeight);
        for (int c = 0; c <= m_sheet.columns.size(); ++c) {
            const double cx = c < l.columnX.size() ? l.columnX[c] : x;
            rules << QLineF(cx, tableTop, cx, top);
        }
        canvas.lines(rules, grid);
        canvas.setTextColor(Qt::black);
        const QString footer = tr("Page %1 of %2").arg(page + 1).arg(pages);
        text(SheetCanvas::Small, QPointF((width - fmSmall.horizontalAdvance(footer)) / 2, height - fmSmall.descent()),
             footer);
        canvas.flush();
    }
    return drawn ? pages : -1;
}

namespace {
QPageLayout a4Landscape()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}
constexpr int kResolution = 150;
} // namespace

QByteArray SheetPainter::plainPdf(const QString& creator)
{
    // The layout measures with the fonts of a PDF device set up as the QPdfWriter below; nothing is painted on it.
    QBuffer unused;
    QPdfWriter metrics(&unused);
    metrics.setResolution(kResolution);
    metrics.setPageLayout(a4Landscape());
    PlainPdf pdf(a4Landscape(), kResolution);
    PdfCanvas canvas(pdf, metrics, faces());
    if (!canvas.usable() || draw(metrics, canvas) < 1)
        return {};
    return pdf.finish(m_sheet.title, creator);
}

Status SheetPainter::writePdf(const Sheet& sheet, const QString& path, const QString& creator)
{
    return saveAtomically(path, [&](QIODevice& out) -> Status {
        SheetPainter painter(sheet);
        if (const QByteArray plain = painter.plainPdf(creator); !plain.isEmpty()) {
            if (out.write(plain) != plain.size())
                return Error{out.errorString()};
            return {};
        }
        // A character outside the primary font, or a font PlainPdf cannot embed: Qt's PDF engine finds fonts.
        QPdfWriter pdf(&out);
        pdf.setCreator(creator);
        pdf.setTitle(sheet.title);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(a4Landscape());
        if (painter.paint(pdf) < 1)
            return Error{tr("Nothing was drawn.")};
        return {};
    });
}

} // namespace caseloop
