#include "SheetPainter.h"

#include "sheet/CsvWriter.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>

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
        qsizetype paragraphStart = 0;
        while (paragraphStart <= text.size()) {
            qsizetype paragraphEnd = text.indexOf(QLatin1Char('\n'), paragraphStart);
            if (paragraphEnd < 0)
                paragraphEnd = text.size();
            const QStringView paragraph = QStringView(text).mid(paragraphStart, paragraphEnd - paragraphStart);
            qsizetype start = 0, lastSpace = -1;
            double used = 0, sinceSpace = 0;
            for (qsizetype i = 0; i < paragraph.size(); ++i) {
                const QChar c = paragraph.at(i);
                const double w = advance(c);
                if (used + w > width && i > start && !isClosing(c)) {
                    const bool atSpace = lastSpace > start && !isWide(c);
                    const qsizetype end = atSpace ? lastSpace + 1 : i;
                    emit(paragraph.mid(start, end - start));
                    start = end;
                    used = atSpace ? sinceSpace : 0;
                    lastSpace = -1;
                }
                used += w;
                sinceSpace = c.isSpace() ? 0 : sinceSpace + w;
                if (c.isSpace())
                    lastSpace = i;
            }
            emit(paragraph.mid(start));
            paragraphStart = paragraphEnd + 1;
        }
    }

    double advance(QChar c)
    {
        auto it = m_widths.constFind(c.unicode());
        if (it == m_widths.constEnd())
            it = m_widths.insert(c.unicode(), m_fm.horizontalAdvance(c));
        return *it;
    }
    static bool isWide(QChar c) { return c.unicode() >= 0x2E80; }
    static bool isClosing(QChar c)
    {
        static const QString closing = QStringLiteral("，。、；：？！）》」』】,.;:?!)");
        return closing.contains(c);
    }

    const QFontMetricsF& m_fm;
    QHash<char16_t, double> m_widths;
};
} // namespace

namespace {
// Draws body text as glyph runs of the primary font: a direct character-to-glyph lookup, no itemising or
// shaping, which is most of QPainter::drawText's cost at 200,000 lines; a row's lines go out as one run.
// Chinese, digits and Latin letters need no shaping; a line with a character the font lacks goes through
// drawText (font fallback).
class GlyphWriter
{
public:
    GlyphWriter(const QFont& font, QPaintDevice* device)
        : m_raw(QRawFont::fromFont(QFont(font, device)))
    {
    }

    void add(QPainter& p, const QPointF& origin, QStringView text)
    {
        const qsizetype start = m_indexes.size();
        double x = origin.x();
        for (QChar c : text) {
            const Glyph g = glyph(c);
            if (g.index == 0) { // not in this font (or half of a surrogate pair): let Qt find a font for the line
                m_indexes.resize(start);
                m_positions.resize(start);
                p.drawText(origin, text.toString());
                return;
            }
            m_indexes << g.index;
            m_positions << QPointF(x, origin.y());
            x += g.advance;
        }
    }

    void flush(QPainter& p)
    {
        if (m_indexes.isEmpty())
            return;
        QGlyphRun run;
        run.setRawFont(m_raw);
        run.setGlyphIndexes(m_indexes);
        run.setPositions(m_positions);
        p.drawGlyphRun(QPointF(0, 0), run);
        m_indexes.clear();
        m_positions.clear();
    }

private:
    struct Glyph
    {
        quint32 index = 0;
        double advance = 0;
    };

    // Each character's glyph and advance, looked up in the font once.
    Glyph glyph(QChar c)
    {
        auto it = m_glyphs.constFind(c.unicode());
        if (it != m_glyphs.constEnd())
            return *it;
        Glyph g;
        if (m_raw.isValid() && !c.isSurrogate()) {
            const QList<quint32> index = m_raw.glyphIndexesForString(QString(c));
            if (index.size() == 1 && index[0] != 0) {
                g.index = index[0];
                g.advance = m_raw.advancesForGlyphIndexes(index).value(0).x();
            }
        }
        return *m_glyphs.insert(c.unicode(), g);
    }

    QRawFont m_raw;
    QHash<char16_t, Glyph> m_glyphs;
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
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
    LineBreaker bodyLines(fm), headerLines(fmBold);
    GlyphWriter glyphs(body, &device);
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
    GlyphWriter titleGlyphs(titleFont, &device), smallGlyphs(small, &device), headerGlyphs(bold, &device);
    const double titleWidth = fmTitle.horizontalAdvance(m_sheet.title);
    QList<QList<std::pair<QString, double>>> headerText;
    for (int c = 0; c < m_sheet.columns.size(); ++c) {
        headerText.append(QList<std::pair<QString, double>>());
        for (const QString& line : headerLines.lines(m_sheet.columns[c].header, l.columnWidth[c] - 2 * l.pad))
            headerText.last().append({line, fmBold.horizontalAdvance(line)});
    }
    const QPen grid(QColor(0x60, 0x60, 0x60), 0);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        // Title, subtitle and header repeat on every page: glyph runs too, not shaped text.
        p.setPen(Qt::black);
        p.setFont(titleFont);
        titleGlyphs.add(p, QPointF((width - titleWidth) / 2, fmTitle.height() * 0.15 + fmTitle.ascent()),
                        m_sheet.title);
        titleGlyphs.flush(p);
        p.setFont(small);
        smallGlyphs.add(p, QPointF(0, fmTitle.height() * 1.3 + fmSmall.height() * 0.3 + fmSmall.ascent()),
                        m_sheet.subtitle);
        smallGlyphs.flush(p);
        double top = titleBlock;
        p.setFont(bold);
        for (int c = 0; c < m_sheet.columns.size(); ++c) {
            const QRectF cell(l.columnX[c], top, l.columnWidth[c], l.headerHeight);
            p.fillRect(cell, QColor(0xDD, 0xEB, 0xF7));
            double baseline
                = top + (l.headerHeight - double(headerText[c].size()) * fmBold.lineSpacing()) / 2 + fmBold.ascent();
            for (const auto& [line, lineWidth] : headerText[c]) {
                headerGlyphs.add(p, QPointF(cell.center().x() - lineWidth / 2, baseline), line);
                baseline += fmBold.lineSpacing();
            }
        }
        headerGlyphs.flush(p);
        const double tableTop = top;
        top += l.headerHeight;
        p.setFont(body);
        // Shading first, then text, then the grid in one batch: fewer state changes keep the PDF small and fast.
        const int end = page + 1 < pages ? l.pageStarts[page + 1] : int(m_sheet.rows.size());
        QList<QLineF> rules;
        double rowTop = top;
        for (int r = l.pageStarts[page]; r < end; ++r) {
            if (r < m_sheet.flagged.size() && m_sheet.flagged[r])
                p.fillRect(QRectF(0, rowTop, x, l.rowHeight[r]), QColor(0xFD, 0xEC, 0xEA));
            rowTop += l.rowHeight[r];
        }
        for (int r = l.pageStarts[page]; r < end; ++r) {
            const bool flagged = r < m_sheet.flagged.size() && m_sheet.flagged[r];
            p.setPen(flagged ? QColor(0xB0, 0x1C, 0x1C) : QColor(Qt::black));
            const QStringList& row = m_sheet.rows[r];
            for (int c = 0; c < row.size() && c < l.columnWidth.size(); ++c) {
                if (row[c].isEmpty())
                    continue;
                double baseline = top + l.pad + fm.ascent();
                const double bottom = top + l.rowHeight[r] + 0.5;
                bodyLines.forEachLine(row[c], l.columnWidth[c] - 2 * l.pad, [&](QStringView line) {
                    if (baseline - fm.ascent() + lineHeight > bottom)
                        return; // the rest of a row taller than a page
                    glyphs.add(p, QPointF(l.columnX[c] + l.pad, baseline), line.trimmed());
                    baseline += lineHeight;
                });
            }
            glyphs.flush(p);
            top += l.rowHeight[r];
            rules << QLineF(0, top, x, top);
        }
        rules << QLineF(0, tableTop, x, tableTop) << QLineF(0, tableTop + l.headerHeight, x, tableTop + l.headerHeight);
        for (int c = 0; c <= m_sheet.columns.size(); ++c) {
            const double cx = c < l.columnX.size() ? l.columnX[c] : x;
            rules << QLineF(cx, tableTop, cx, top);
        }
        p.setPen(grid);
        p.drawLines(rules);
        p.setFont(small);
        p.setPen(Qt::black);
        const QString footer = tr("Page %1 of %2").arg(page + 1).arg(pages);
        smallGlyphs.add(p, QPointF((width - fmSmall.horizontalAdvance(footer)) / 2, height - fmSmall.descent()),
                        footer);
        smallGlyphs.flush(p);
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
