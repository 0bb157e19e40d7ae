#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

class QRawFont;

namespace caseloop {

// The tables of a TrueType font that a PDF needs to draw its glyphs, read through QRawFont (so a face inside a
// .ttc collection works as well as a .ttf), and the font program cut down to the glyphs a document uses.
// Written by hand because the one library in Debian that subsets fonts (HarfBuzz's hb-subset) comes with GLib
// and ICU development packages; a TrueType subset that keeps glyph ids is a copy of some byte ranges.
class TrueTypeFace
{
public:
    // Nothing when the face has no TrueType outlines (a CFF-based OpenType font) or its tables do not hold together.
    static std::optional<TrueTypeFace> read(const QRawFont& font);

    int unitsPerEm() const { return m_unitsPerEm; }
    int glyphCount() const { return m_glyphCount; }
    // In font units.
    int advance(quint32 glyph) const;
    // OS/2's weight class: 400 regular, 700 bold.
    int weightClass() const { return m_weightClass; }
    int ascender() const;
    int descender() const;
    // xMin, yMin, xMax, yMax in font units.
    QList<int> boundingBox() const;

    // A complete font program holding the outlines of `glyphs` (and of the parts composite glyphs are made of),
    // every other glyph empty; glyph ids stay as they are, so a PDF can map its codes to glyphs one to one.
    QByteArray subset(const QList<quint32>& glyphs) const;

private:
    std::pair<quint32, quint32> glyphRange(quint32 glyph) const;

    QByteArray m_head, m_hhea, m_maxp, m_hmtx, m_loca, m_glyf, m_cvt, m_fpgm, m_prep;
    int m_unitsPerEm = 0;
    int m_glyphCount = 0;
    int m_metricsCount = 0;
    int m_weightClass = 400;
    bool m_longOffsets = false;
};

} // namespace caseloop
