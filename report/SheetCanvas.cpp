#include "SheetCanvas.h"

#include "PlainPdf.h"

#include <QGlyphRun>
#include <QPagedPaintDevice>

namespace caseloop {

PainterCanvas::PainterCanvas(QPagedPaintDevice& device, const std::array<QFont, FaceCount>& fonts)
    : m_device(device)
    , m_painter(&device)
    , m_fonts(fonts)
{
    for (int f = 0; f < FaceCount; ++f)
        m_runs[f].raw = QRawFont::fromFont(QFont(fonts[f], &device));
}

PainterCanvas::~PainterCanvas()
{
    flush();
    m_painter.end();
}

void PainterCanvas::newPage()
{
    flush();
    m_device.newPage();
}

void PainterCanvas::fillRect(const QRectF& rect, const QColor& color)
{
    flush();
    m_painter.fillRect(rect, color);
}

void PainterCanvas::lines(const QList<QLineF>& lines, const QColor& color)
{
    flush();
    m_painter.setPen(QPen(color, 0));
    m_painter.drawLines(lines);
}

void PainterCanvas::setTextColor(const QColor& color)
{
    flush();
    m_painter.setPen(color);
}

PainterCanvas::Glyph PainterCanvas::glyph(Run& run, QChar c)
{
    auto it = run.glyphs.constFind(c.unicode());
    if (it != run.glyphs.constEnd())
        return *it;
    Glyph g;
    if (run.raw.isValid() && !c.isSurrogate()) {
        const QList<quint32> index = run.raw.glyphIndexesForString(QString(c));
        if (index.size() == 1 && index[0] != 0) {
            g.index = index[0];
            g.advance = run.raw.advancesForGlyphIndexes(index).value(0).x();
        }
    }
    return *run.glyphs.insert(c.unicode(), g);
}

bool PainterCanvas::text(Face face, const QPointF& baseline, QStringView text)
{
    if (face != m_face) {
        flush();
        m_face = face;
        m_painter.setFont(m_fonts[face]);
    }
    Run& run = m_runs[face];
    const qsizetype start = run.indexes.size();
    double x = baseline.x();
    for (QChar c : text) {
        const Glyph g = glyph(run, c);
        if (g.index == 0) { // not in this font (or half of a surrogate pair): let Qt find a font for the line
            run.indexes.resize(start);
            run.positions.resize(start);
            m_painter.drawText(baseline, text.toString());
            return true;
        }
        run.indexes << g.index;
        run.positions << QPointF(x, baseline.y());
        x += g.advance;
    }
    return true;
}

void PainterCanvas::flush()
{
    if (m_face < 0)
        return;
    Run& run = m_runs[m_face];
    if (run.indexes.isEmpty())
        return;
    QGlyphRun glyphs;
    glyphs.setRawFont(run.raw);
    glyphs.setGlyphIndexes(run.indexes);
    glyphs.setPositions(run.positions);
    m_painter.drawGlyphRun(QPointF(0, 0), glyphs);
    run.indexes.clear();
    run.positions.clear();
}

PdfCanvas::PdfCanvas(PlainPdf& pdf, QPaintDevice& metrics, const std::array<QFont, FaceCount>& fonts)
    : m_pdf(pdf)
{
    for (int f = 0; f < FaceCount; ++f) {
        const QRawFont raw = QRawFont::fromFont(QFont(fonts[f], &metrics));
        m_font[f] = pdf.addFont(raw);
        m_size[f] = raw.pixelSize();
        m_bold[f] = fonts[f].bold();
        m_usable = m_usable && m_font[f] >= 0;
    }
}

void PdfCanvas::newPage()
{
    m_pdf.newPage();
}

void PdfCanvas::fillRect(const QRectF& rect, const QColor& color)
{
    m_pdf.fillRect(rect, color);
}

void PdfCanvas::lines(const QList<QLineF>& lines, const QColor& color)
{
    m_pdf.lines(lines, color);
}

bool PdfCanvas::text(Face face, const QPointF& baseline, QStringView text)
{
    return m_pdf.text(m_font[face], m_size[face], baseline, text, m_color, m_bold[face]);
}

} // namespace caseloop
