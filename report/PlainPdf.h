#pragma once

#include "TrueTypeFace.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPageLayout>
#include <QRawFont>
#include <QRectF>
#include <QStringView>

#include <memory>

namespace caseloop {

class BackgroundDeflate;

// A PDF of text, filled rectangles and hairlines, written straight from what a sheet draws. QPdfWriter positions
// every glyph with an operator of its own and compresses the pages at zlib's default level, which took most of the
// 1.7 s of a 1,000-page tracking sheet. Here a line of text is one operator (a cell's next line four bytes more),
// glyph positions come from the font's widths, and pages are compressed at the fastest level on another thread.
//
// Text is drawn in embedded TrueType fonts (the glyphs used, ids kept), with a ToUnicode map so that the text can
// be searched and copied. Coordinates are device pixels at `resolution`, y down, from the top left of the page's
// paint rectangle: as a QPainter on a QPdfWriter with the same layout and resolution.
class PlainPdf
{
public:
    PlainPdf(const QPageLayout& layout, int resolution);
    ~PlainPdf();

    // The font's number for text(), or -1 when it cannot be embedded (no TrueType outlines). A face added again
    // at another size gets the same number.
    int addFont(const QRawFont& font);

    void newPage();
    void fillRect(const QRectF& rect, const QColor& color);
    // Hairlines: the thinnest line the output can show, as a QPen of width 0.
    void lines(const QList<QLineF>& lines, const QColor& color);
    // Draws `text` from `baseline` at `pixelSize`. False, and nothing drawn, when the font lacks a character
    // (a control or format character it lacks is left out instead).
    // `bold` on a face that is not bold outlines the glyphs as well as filling them, as Qt emboldens such a face.
    bool text(int font, double pixelSize, const QPointF& baseline, QStringView text, const QColor& color,
              bool bold = false);

    // The whole file; the writer is done.
    QByteArray finish(const QString& title, const QString& creator);

private:
    struct Font
    {
        QRawFont raw;
        TrueTypeFace face;
        QByteArray key;
        int object = 0; // the Type0 font the pages name
        QList<quint16> glyph; // by UTF-16 unit: 0 not in the font, kUnknown not looked up yet
        QHash<quint16, char16_t> unicode;
    };

    int reserve();
    void begin(int object);
    void stream(int object, QByteArrayView packed, const QByteArray& dictionary = {});
    void endPage();
    void endText();
    void setFill(const QColor& color);
    void writeFont(const Font& font);
    quint16 glyphOf(Font& font, QChar c);

    std::unique_ptr<BackgroundDeflate> m_deflate; // the pages' contents
    QByteArray m_out;
    QList<qint64> m_offsets; // by object number; 0 is the free list's head
    QList<int> m_pages;
    QList<Font> m_fonts;
    QByteArray m_page;
    QByteArray m_shown; // the glyph string text() is building
    bool m_pageOpen = false;
    bool m_inText = false;
    int m_textFont = -1;
    double m_textSize = 0;
    QRgb m_fill = qRgb(0, 0, 0);
    double m_outline = 0; // the outline's width while text is emboldened, 0 while it is only filled
    double m_leading = 0;
    QPointF m_line; // where the last line of text started, as written
    bool m_lineKnown = false;
    QByteArray m_mediaBox;
    QByteArray m_transform; // device pixels to points, y up
};

} // namespace caseloop
