#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QRawFont>
#include <QRectF>
#include <QStringView>

#include <array>

class QPagedPaintDevice;

namespace caseloop {

class PlainPdf;

// What SheetPainter draws on: pages of filled rectangles, hairlines and single lines of text in four faces. One
// layout, two ways out: a QPainter (a printer, print preview, or QPdfWriter) and PlainPdf for a PDF file.
class SheetCanvas
{
public:
    enum Face { Title, Small, Header, Body, FaceCount };

    virtual ~SheetCanvas() = default;
    virtual void newPage() = 0;
    virtual void fillRect(const QRectF& rect, const QColor& color) = 0;
    virtual void lines(const QList<QLineF>& lines, const QColor& color) = 0;
    virtual void setTextColor(const QColor& color) = 0;
    // One line of text from its baseline's left end. False when this canvas cannot draw one of its characters.
    virtual bool text(Face face, const QPointF& baseline, QStringView text) = 0;
    // Sends out what text() collected (a row's cells go out together).
    virtual void flush() { }
};

// Draws body text as glyph runs of the face's primary font: a direct character-to-glyph lookup, no itemising or
// shaping, which is most of QPainter::drawText's cost at 200,000 lines; a row's lines go out as one run.
// Chinese, digits and Latin letters need no shaping; a line with a character the font lacks goes through
// drawText (font fallback).
class PainterCanvas : public SheetCanvas
{
public:
    PainterCanvas(QPagedPaintDevice& device, const std::array<QFont, FaceCount>& fonts);
    ~PainterCanvas() override;

    void newPage() override;
    void fillRect(const QRectF& rect, const QColor& color) override;
    void lines(const QList<QLineF>& lines, const QColor& color) override;
    void setTextColor(const QColor& color) override;
    bool text(Face face, const QPointF& baseline, QStringView text) override;
    void flush() override;

private:
    struct Glyph
    {
        quint32 index = 0;
        double advance = 0;
    };
    struct Run
    {
        QRawFont raw;
        QHash<char16_t, Glyph> glyphs; // each character's glyph and advance, looked up in the font once
        QList<quint32> indexes;
        QList<QPointF> positions;
    };
    Glyph glyph(Run& run, QChar c);

    QPagedPaintDevice& m_device;
    QPainter m_painter;
    std::array<QFont, FaceCount> m_fonts;
    std::array<Run, FaceCount> m_runs;
    int m_face = -1;
};

// Text in the faces' primary fonts embedded in a PlainPdf: refuses a character they lack, so that the caller can
// draw the sheet through PainterCanvas instead, where Qt finds another font for it.
class PdfCanvas : public SheetCanvas
{
public:
    PdfCanvas(PlainPdf& pdf, QPaintDevice& metrics, const std::array<QFont, FaceCount>& fonts);

    // False when a face's font cannot be embedded here.
    bool usable() const { return m_usable; }
    void newPage() override;
    void fillRect(const QRectF& rect, const QColor& color) override;
    void lines(const QList<QLineF>& lines, const QColor& color) override;
    void setTextColor(const QColor& color) override { m_color = color; }
    bool text(Face face, const QPointF& baseline, QStringView text) override;

private:
    PlainPdf& m_pdf;
    std::array<int, FaceCount> m_font{};
    std::array<double, FaceCount> m_size{};
    std::array<bool, FaceCount> m_bold{};
    QColor m_color = Qt::black;
    bool m_usable = true;
};

} // namespace caseloop
