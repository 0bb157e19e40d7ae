#include "PlainPdf.h"

#include "BackgroundDeflate.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace caseloop {

namespace {
// A number with at most two decimals: a hundredth of a device pixel, finer than any printer. By hand because a
// page holds thousands of them and printf-style formatting was the largest cost after compression.
void number(QByteArray& out, double value)
{
    qint64 n = std::llround(value * 100);
    if (n < 0) {
        out += '-';
        n = -n;
    }
    char digits[24];
    int len = 0;
    qint64 whole = n / 100;
    do {
        digits[len++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (len > 0)
        out += digits[--len];
    if (const int fraction = int(n % 100); fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10)
            out += char('0' + fraction % 10);
    }
}

// The value number() writes.
double rounded(double value)
{
    return double(std::llround(value * 100)) / 100;
}

void space(QByteArray& out, double value)
{
    number(out, value);
    out += ' ';
}

// Three decimals, enough to give each of the 256 levels back (two shift some by one).
void colour(QByteArray& out, QRgb rgb, const char* op)
{
    for (int c : {qRed(rgb), qGreen(rgb), qBlue(rgb)})
        out += QByteArray::number(c / 255.0, 'f', 3) + ' ';
    out += op;
    out += '\n';
}

QByteArray hex16(quint32 v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

// A text string for the document information: UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString& s)
{
    QByteArray out("<FEFF");
    for (QChar c : s)
        out += hex16(c.unicode());
    return out + '>';
}

QByteArray fontName(const QRawFont& raw)
{
    QByteArray name;
    const QString full = raw.familyName() + QLatin1Char('-') + raw.styleName();
    for (QChar c : full) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            name += char(c.unicode());
    }
    return name.isEmpty() ? QByteArray("Font") : name;
}
} // namespace

PlainPdf::PlainPdf(const QPageLayout& layout, int resolution)
    : m_deflate(std::make_unique<BackgroundDeflate>())
{
    m_out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    m_offsets << 0;
    reserve(); // 1: the catalogue
    reserve(); // 2: the page tree
    const QRect full = layout.fullRectPoints();
    m_mediaBox = "[0 0 " + QByteArray::number(full.width()) + ' ' + QByteArray::number(full.height()) + ']';
    // As QPdfEngine places the paint rectangle: its corner in whole device pixels.
    const double scale = 72.0 / resolution;
    const QPointF corner = QPointF(layout.paintRectPixels(resolution).topLeft()) * scale;
    space(m_transform, scale);
    m_transform += "0 0 ";
    space(m_transform, -scale);
    space(m_transform, corner.x());
    space(m_transform, full.height() - corner.y());
    m_transform += "cm\n";
    newPage();
}

PlainPdf::~PlainPdf() = default;

int PlainPdf::reserve()
{
    m_offsets << -1;
    return int(m_offsets.size()) - 1;
}

void PlainPdf::begin(int object)
{
    m_offsets[object] = m_out.size();
    m_out += QByteArray::number(object) + " 0 obj\n";
}

void PlainPdf::stream(int object, QByteArrayView packed, const QByteArray& dictionary)
{
    begin(object);
    m_out += "<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode" + dictionary + " >>\nstream\n";
    m_out += packed;
    m_out += "\nendstream\nendobj\n";
}

int PlainPdf::addFont(const QRawFont& raw)
{
    // One face, one font: the same file at another size, or emboldened by Qt (a face without a bold of its own;
    // its outlines are the regular ones), has the same head table, which holds the file's dates and checksum.
    const QByteArray key = raw.familyName().toUtf8() + '\n' + raw.styleName().toUtf8() + '\n' + raw.fontTable("head");
    for (int i = 0; i < m_fonts.size(); ++i) {
        if (m_fonts[i].key == key)
            return i;
    }
    auto face = TrueTypeFace::read(raw);
    if (!face)
        return -1;
    Font f{raw, *face, key, reserve(), {}, {}};
    m_fonts << f;
    return int(m_fonts.size()) - 1;
}

quint16 PlainPdf::glyphOf(Font& font, QChar c)
{
    constexpr quint16 kUnknown = 0xFFFF; // a glyph id no font has: maxp counts at most 65,535 glyphs
    if (font.glyph.isEmpty())
        font.glyph.fill(kUnknown, 0x10000);
    quint16& g = font.glyph[c.unicode()];
    if (g != kUnknown)
        return g;
    g = 0;
    if (!c.isSurrogate()) {
        const QList<quint32> index = font.raw.glyphIndexesForString(QString(c));
        if (index.size() == 1 && index[0] > 0 && index[0] < quint32(font.face.glyphCount()))
            g = quint16(index[0]);
    }
    if (g != 0 && !font.unicode.contains(g))
        font.unicode.insert(g, c.unicode());
    return g;
}

void PlainPdf::newPage()
{
    if (m_pageOpen)
        endPage();
    m_page += "q\n" + m_transform;
    m_pageOpen = true;
    m_textFont = -1;
    m_fill = qRgb(0, 0, 0);
    m_outline = 0;
    m_leading = 0;
}

void PlainPdf::endText()
{
    if (m_inText) {
        m_page += "ET\n";
        m_inText = false;
    }
}

void PlainPdf::setFill(const QColor& color)
{
    if (color.rgb() == m_fill)
        return;
    m_fill = color.rgb();
    colour(m_page, m_fill, "rg");
}

void PlainPdf::fillRect(const QRectF& rect, const QColor& color)
{
    endText();
    setFill(color);
    for (double v : {rect.x(), rect.y(), rect.width(), rect.height()})
        space(m_page, v);
    m_page += "re f\n";
}

void PlainPdf::lines(const QList<QLineF>& lines, const QColor& color)
{
    endText();
    m_page += "q 0 w ";
    colour(m_page, color.rgb(), "RG");
    for (const QLineF& l : lines) {
        space(m_page, l.x1());
        space(m_page, l.y1());
        m_page += "m ";
        space(m_page, l.x2());
        space(m_page, l.y2());
        m_page += "l\n";
    }
    m_page += "S Q\n";
}

bool PlainPdf::text(int fontIndex, double pixelSize, const QPointF& baseline, QStringView text, const QColor& color,
                    bool bold)
{
    if (fontIndex < 0 || fontIndex >= m_fonts.size())
        return false;
    if (text.isEmpty())
        return true;
    Font& font = m_fonts[fontIndex];
    // Two bytes a glyph id, in a literal string: only ( ) \ and a carriage return need escaping there.
    QByteArray& shown = m_shown;
    shown.resize(0);
    for (QChar c : text) {
        const quint16 g = glyphOf(font, c);
        if (g == 0) {
            // A control or format character (a tab, a zero-width space) shows nothing; anything else refuses.
            const QChar::Category kind = c.category();
            if (kind == QChar::Other_Control || kind == QChar::Other_Format)
                continue;
            return false;
        }
        for (char b : {char(g >> 8), char(g & 0xFF)}) {
            if (b == '(' || b == ')' || b == '\\')
                shown += '\\';
            if (b == '\r') {
                shown += "\\r";
                continue;
            }
            shown += b;
        }
    }
    if (!m_inText) {
        m_page += "BT\n";
        m_inText = true;
        m_lineKnown = false;
    }
    if (fontIndex != m_textFont || pixelSize != m_textSize) {
        m_page += "/F" + QByteArray::number(fontIndex) + ' ';
        space(m_page, pixelSize);
        m_page += "Tf\n";
        m_textFont = fontIndex;
        m_textSize = pixelSize;
    }
    const double outline = bold && font.face.weightClass() < 600 ? pixelSize / 32 : 0;
    if (outline > 0 && (outline != m_outline || color.rgb() != m_fill)) {
        m_page += "2 Tr ";
        space(m_page, outline);
        m_page += "w ";
        colour(m_page, color.rgb(), "RG");
    } else if (outline == 0 && m_outline > 0) {
        m_page += "0 Tr\n";
    }
    m_outline = outline;
    setFill(color);
    // Where the line starts: the first of a text object by the text matrix, the next below the one before by
    // the leading (a cell's lines: four bytes each), any other relative to the one before. Positions are kept as
    // written, rounded, so that relative moves do not drift down a page.
    const QPointF at(rounded(baseline.x()), rounded(baseline.y()));
    const QPointF move = at - m_line;
    if (!m_lineKnown) {
        m_page += "1 0 0 -1 ";
        space(m_page, at.x());
        space(m_page, at.y());
        m_page += "Tm (";
        m_page += shown;
        m_page += ") Tj\n";
    } else if (std::abs(move.x()) < 0.001 && move.y() > 0) {
        if (std::abs(move.y() - m_leading) > 0.001) {
            space(m_page, move.y());
            m_page += "TL ";
            m_leading = move.y();
        }
        m_page += '(';
        m_page += shown;
        m_page += ") '\n";
    } else {
        space(m_page, move.x());
        space(m_page, -move.y()); // text space is y up
        m_page += "Td (";
        m_page += shown;
        m_page += ") Tj\n";
    }
    m_line = at;
    m_lineKnown = true;
    return true;
}

void PlainPdf::endPage()
{
    endText();
    m_page += "Q\n";
    const int contents = reserve();
    const qsizetype size = m_page.size();
    m_deflate->add(contents, std::exchange(m_page, {}));
    m_page.reserve(size + size / 4);
    const int page = reserve();
    begin(page);
    m_out += "<< /Type /Page /Parent 2 0 R /MediaBox " + m_mediaBox + " /Resources << /Font <<";
    for (int i = 0; i < m_fonts.size(); ++i)
        m_out += " /F" + QByteArray::number(i) + ' ' + QByteArray::number(m_fonts[i].object) + " 0 R";
    m_out += " >> >> /Contents " + QByteArray::number(contents) + " 0 R >>\nendobj\n";
    m_pages << page;
    m_pageOpen = false;
}

void PlainPdf::writeFont(const Font& font)
{
    QList<quint32> used;
    used.reserve(font.unicode.size());
    for (auto it = font.unicode.constBegin(); it != font.unicode.constEnd(); ++it)
        used << it.key();
    std::sort(used.begin(), used.end());
    // A subset is named with six capital letters of its own in front of the font's name.
    QByteArray tag;
    size_t seed = qHashRange(used.begin(), used.end());
    for (int i = 0; i < 6; ++i, seed /= 26)
        tag += char('A' + seed % 26);
    const QByteArray name = tag + '+' + fontName(font.raw);
    const TrueTypeFace& face = font.face;
    const auto thousandths = [&](int units) { return QByteArray::number(qRound(units * 1000.0 / face.unitsPerEm())); };

    const int cidFont = reserve(), descriptor = reserve(), file = reserve(), toUnicode = reserve();
    begin(font.object);
    m_out += "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts ["
        + QByteArray::number(cidFont) + " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>\nendobj\n";

    QByteArray widths;
    for (qsizetype i = 0; i < used.size();) {
        widths += QByteArray::number(used[i]) + " [";
        qsizetype j = i;
        do {
            widths += thousandths(face.advance(used[j])) + ' ';
            ++j;
        } while (j < used.size() && used[j] == used[j - 1] + 1);
        widths += "]\n";
        i = j;
    }
    begin(cidFont);
    m_out += "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
        + QByteArray::number(descriptor) + " 0 R /CIDToGIDMap /Identity /DW " + thousandths(face.advance(0)) + " /W ["
        + widths + "] >>\nendobj\n";

    const QList<int> box = face.boundingBox();
    begin(descriptor);
    m_out += "<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [" + thousandths(box[0]) + ' '
        + thousandths(box[1]) + ' ' + thousandths(box[2]) + ' ' + thousandths(box[3]) + "] /ItalicAngle 0 /Ascent "
        + thousandths(face.ascender()) + " /Descent " + thousandths(face.descender()) + " /CapHeight "
        + thousandths(face.ascender()) + " /StemV 80 /FontFile2 " + QByteArray::number(file) + " 0 R >>\nendobj\n";
    const QByteArray program = face.subset(used);
    stream(file, deflated(program, 6), " /Length1 " + QByteArray::number(program.size()));

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (qsizetype i = 0; i < used.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, used.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            cmap += '<' + hex16(used[k]) + "> <" + hex16(font.unicode.value(quint16(used[k]))) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    stream(toUnicode, deflated(cmap, 6));
}

QByteArray PlainPdf::finish(const QString& title, const QString& creator)
{
    if (m_pageOpen)
        endPage();
    for (const auto& [object, packed] : m_deflate->finish())
        stream(object, packed);
    for (const Font& font : m_fonts)
        writeFont(font);
    begin(2);
    m_out += "<< /Type /Pages /Kids [";
    for (int page : m_pages)
        m_out += QByteArray::number(page) + " 0 R ";
    m_out += "] /Count " + QByteArray::number(m_pages.size()) + " >>\nendobj\n";
    begin(1);
    m_out += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    const int info = reserve();
    begin(info);
    m_out += "<< /Title " + textString(title) + " /Creator " + textString(creator) + " /Producer (CaseLoop) "
        + "/CreationDate (D:" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + "Z) >>\nendobj\n";
    const qint64 xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n0000000000 65535 f \n";
    for (qsizetype i = 1; i < m_offsets.size(); ++i)
        m_out += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root 1 0 R /Info "
        + QByteArray::number(info) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return std::exchange(m_out, {});
}

} // namespace caseloop
