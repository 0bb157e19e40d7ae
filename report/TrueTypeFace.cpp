#include "TrueTypeFace.h"

#include <QRawFont>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace caseloop {

namespace {
quint16 u16(const QByteArray& table, qsizetype at)
{
    if (at < 0 || at + 2 > table.size())
        return 0;
    return quint16(uchar(table.at(at)) << 8 | uchar(table.at(at + 1)));
}
qint16 s16(const QByteArray& table, qsizetype at)
{
    return qint16(u16(table, at));
}
quint32 u32(const QByteArray& table, qsizetype at)
{
    return quint32(u16(table, at)) << 16 | u16(table, at + 2);
}
void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}
QByteArray table(const QRawFont& font, const char* tag)
{
    return font.fontTable(tag);
}
// The sum of a table's big-endian 32-bit words, the last one padded with zeros.
quint32 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= data.size(); i += 4)
        sum += qFromBigEndian<quint32>(data.constData() + i);
    if (i < data.size()) {
        std::array<char, 4> last{};
        std::copy(data.constData() + i, data.constData() + data.size(), last.begin());
        sum += qFromBigEndian<quint32>(last.data());
    }
    return sum;
}
} // namespace

std::optional<TrueTypeFace> TrueTypeFace::read(const QRawFont& font)
{
    if (!font.isValid())
        return std::nullopt;
    TrueTypeFace f;
    f.m_head = table(font, "head");
    f.m_hhea = table(font, "hhea");
    f.m_maxp = table(font, "maxp");
    f.m_hmtx = table(font, "hmtx");
    f.m_loca = table(font, "loca");
    f.m_glyf = table(font, "glyf");
    f.m_cvt = table(font, "cvt ");
    f.m_fpgm = table(font, "fpgm");
    f.m_prep = table(font, "prep");
    if (f.m_head.size() < 54 || f.m_hhea.size() < 36 || f.m_maxp.size() < 6 || f.m_loca.isEmpty() || f.m_glyf.isEmpty())
        return std::nullopt;
    f.m_unitsPerEm = u16(f.m_head, 18);
    f.m_longOffsets = s16(f.m_head, 50) == 1;
    f.m_glyphCount = u16(f.m_maxp, 4);
    f.m_metricsCount = u16(f.m_hhea, 34);
    if (const QByteArray os2 = table(font, "OS/2"); os2.size() >= 6)
        f.m_weightClass = u16(os2, 4);
    const qsizetype locaNeeded = qsizetype(f.m_glyphCount + 1) * (f.m_longOffsets ? 4 : 2);
    if (f.m_unitsPerEm < 16 || f.m_glyphCount == 0 || f.m_metricsCount == 0 || f.m_metricsCount > f.m_glyphCount
        || f.m_loca.size() < locaNeeded || f.m_hmtx.size() < qsizetype(f.m_metricsCount) * 4)
        return std::nullopt;
    return f;
}

int TrueTypeFace::advance(quint32 glyph) const
{
    const quint32 metric = std::min(glyph, quint32(m_metricsCount - 1));
    return u16(m_hmtx, qsizetype(metric) * 4);
}

int TrueTypeFace::ascender() const
{
    return s16(m_hhea, 4);
}

int TrueTypeFace::descender() const
{
    return s16(m_hhea, 6);
}

QList<int> TrueTypeFace::boundingBox() const
{
    return {s16(m_head, 36), s16(m_head, 38), s16(m_head, 40), s16(m_head, 42)};
}

std::pair<quint32, quint32> TrueTypeFace::glyphRange(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return {0, 0};
    const quint32 start = m_longOffsets ? u32(m_loca, qsizetype(glyph) * 4) : u16(m_loca, qsizetype(glyph) * 2) * 2u;
    const quint32 end
        = m_longOffsets ? u32(m_loca, qsizetype(glyph + 1) * 4) : u16(m_loca, qsizetype(glyph + 1) * 2) * 2u;
    if (end <= start || end > quint32(m_glyf.size()))
        return {0, 0}; // empty, or damaged: drawn as nothing rather than read out of bounds
    return {start, end};
}

QByteArray TrueTypeFace::subset(const QList<quint32>& glyphs) const
{
    // Which glyphs to keep: those asked for, glyph 0 (.notdef) and every part of a composite glyph.
    QList<bool> keep(m_glyphCount, false);
    QList<quint32> pending = glyphs;
    pending << 0;
    while (!pending.isEmpty()) {
        const quint32 g = pending.takeLast();
        if (g >= quint32(m_glyphCount) || keep[g])
            continue;
        keep[g] = true;
        const auto [start, end] = glyphRange(g);
        if (end - start < 10 || s16(m_glyf, start) >= 0)
            continue; // a simple glyph
        // Composite: flags and glyph index per component, then its offsets and transform, their sizes set by flags.
        qsizetype at = start + 10;
        for (;;) {
            if (at + 4 > qsizetype(end))
                break;
            const quint16 flags = u16(m_glyf, at);
            pending << u16(m_glyf, at + 2);
            at += 4 + ((flags & 0x0001) ? 4 : 2);
            if (flags & 0x0008)
                at += 2;
            else if (flags & 0x0040)
                at += 4;
            else if (flags & 0x0080)
                at += 8;
            if (!(flags & 0x0020))
                break;
        }
    }

    QByteArray glyf, loca;
    loca.reserve(qsizetype(m_glyphCount + 1) * 4);
    for (int g = 0; g < m_glyphCount; ++g) {
        put32(loca, quint32(glyf.size()));
        if (!keep[g])
            continue;
        const auto [start, end] = glyphRange(quint32(g));
        glyf.append(m_glyf.constData() + start, end - start);
        while (glyf.size() % 4)
            glyf.append('\0');
    }
    put32(loca, quint32(glyf.size()));
    QByteArray head = m_head;
    qToBigEndian<quint32>(0, head.data() + 8); // checkSumAdjustment, set once the whole file is known
    qToBigEndian<qint16>(1, head.data() + 50); // long offsets in loca

    // In tag order, as the table directory must be.
    const std::pair<const char*, const QByteArray*> tables[]
        = {{"cvt ", &m_cvt},  {"fpgm", &m_fpgm}, {"glyf", &glyf},   {"head", &head},  {"hhea", &m_hhea},
           {"hmtx", &m_hmtx}, {"loca", &loca},   {"maxp", &m_maxp}, {"prep", &m_prep}};
    int count = 0;
    for (const auto& [tag, data] : tables)
        count += data->isEmpty() ? 0 : 1;
    int power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, quint16(count));
    put16(out, quint16(power * 16));
    put16(out, quint16(log2));
    put16(out, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * quint32(count);
    qsizetype headAt = 0;
    for (const auto& [tag, data] : tables) {
        if (data->isEmpty())
            continue;
        out.append(tag, 4);
        put32(out, checksum(*data));
        put32(out, offset);
        put32(out, quint32(data->size()));
        if (data == &head)
            headAt = offset;
        offset += quint32((data->size() + 3) & ~qsizetype(3));
    }
    for (const auto& [tag, data] : tables) {
        out += *data;
        while (out.size() % 4)
            out.append('\0');
    }
    qToBigEndian<quint32>(0xB1B0AFBA - checksum(out), out.data() + headAt + 8);
    return out;
}

} // namespace caseloop
