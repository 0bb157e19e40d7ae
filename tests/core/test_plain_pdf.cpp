// The tracking sheet's PDF as PlainPdf writes it, against what Qt's PDF engine draws of the same layout.
#include "PlainPdf.h"
#include "SheetPainter.h"
#include "TestSupport.h"
#include "TrueTypeFace.h"
#include "sheet/TrackingSheet.h"

#include <QBuffer>
#include <QFile>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QPageLayout a4Landscape()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

QRawFont wenQuanYi(double pixelSize = 20)
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(int(pixelSize));
    return QRawFont::fromFont(font);
}

// A tracking sheet of `n` items with long wrapped texts, Latin words, punctuation and overdue rows.
Sheet sheetOf(int n, const QString& extra = {})
{
    const QStringList problems = {
        QStringLiteral("3栋电梯困人，一个月三次，业主情绪激动（已安抚）"),
        QStringLiteral("B2 garage: LED lamps flicker at night; replace the driver boards and check the wiring again"),
        QStringLiteral("地库排水沟堵塞反复返臭，雨季前须疏通并加装防臭地漏"),
        QStringLiteral("物业费公摊明细未公示\n业主要求逐户核对"),
    };
    QList<TrackingRow> rows;
    for (int i = 0; i < n; ++i) {
        TrackingRow r;
        r.id = i + 1;
        r.problem = problems[i % problems.size()] + (i == 1 ? extra : QString());
        r.complaintCodes = {QStringLiteral("TS-20261123-%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                            QStringLiteral("TS-20261124-%1").arg(i + 7, 4, 10, QLatin1Char('0'))};
        r.type = QStringLiteral("设施设备");
        r.region = QStringLiteral("华东区域");
        r.estate = QStringLiteral("钱塘云庭");
        r.serviceLine = QStringLiteral("工程维修");
        r.department = QStringLiteral("工程部");
        r.suggestion = QStringLiteral("联系维保单位全面检测，更换老化部件，增加巡检频次");
        r.deadline = QDate(2026, 11, 1).addDays(i % 40);
        r.measures = i % 3 ? QStringLiteral("工程部增设值班维修工，报修2小时内响应") : QString();
        r.responsiblePerson = QStringLiteral("王强");
        r.feedback = i % 5 == 0 ? QStringLiteral("本月报修平均响应时间降至1.5小时") : QString();
        r.unresolvedReason = i % 5 == 0 ? QStringLiteral("维修人员仍不足") : QString();
        r.status = i % 2 ? RectificationStatus::InProgress : RectificationStatus::Assigned;
        r.overdue = i % 3 == 0;
        rows << r;
    }
    return TrackingSheet::build(rows, QStringLiteral("锦程物业服务集团"), QStringLiteral("2026-11-01 — 2026-11-30"),
                                QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
}

int pageCount(const QString& pdf)
{
    const QString info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    return info.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
}

// Each page's characters, sorted, without white space: what was drawn, whatever order a reader finds it in.
QStringList pageCharacters(const QString& pdf)
{
    QStringList pages = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString& page : pages) {
        page.remove(QRegularExpression(QStringLiteral("\\s")));
        std::sort(page.begin(), page.end());
    }
    return pages;
}
} // namespace

TEST_CASE("the PDF written directly has the pages and the text Qt's PDF engine draws of the same sheet",
          "[export][pdf][sqlite]")
{
    QTemporaryDir dir;
    const Sheet sheet = sheetOf(120);
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString qt = dir.filePath(QStringLiteral("qt.pdf"));
    REQUIRE_FALSE(SheetPainter(sheet).plainPdf(QStringLiteral("test")).isEmpty());
    requireOk(SheetPainter::writePdf(sheet, plain, QStringLiteral("test")));
    {
        QPdfWriter writer(qt);
        writer.setResolution(150);
        writer.setPageLayout(a4Landscape());
        REQUIRE(SheetPainter(sheet).paint(writer) > 1);
    }
    CHECK(runProgram(QStringLiteral("pdfinfo"), {plain}).contains(QStringLiteral("Producer:        CaseLoop")));
    const int pages = pageCount(plain);
    CHECK(pages > 1);
    CHECK(pages == pageCount(qt));
    const QStringList mine = pageCharacters(plain), theirs = pageCharacters(qt);
    REQUIRE(mine.size() == pages);
    REQUIRE(theirs.size() == pages);
    for (int p = 0; p < pages; ++p) {
        INFO("page " << p + 1);
        CHECK(mine[p] == theirs[p]);
    }
    // One embedded subset of the one face: title, header and body share it at their sizes.
    const QStringList fonts
        = runProgram(QStringLiteral("pdffonts"), {plain}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(fonts.size() == 1);
    CHECK(fonts[0].contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+WenQuanYi"))));
    CHECK(fonts[0].simplified().section(QLatin1Char(' '), -5, -3) == QStringLiteral("yes yes yes")); // emb sub uni
    // Latin words keep their spaces; every page says which of how many it is.
    const QString text
        = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), plain, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("B2 garage: LED")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("every character PlainPdf draws comes back out of the PDF, whatever bytes its glyph id holds",
          "[export][pdf][sqlite]")
{
    // Five hundred ideographs: their glyph ids hold every byte, ( ) \ and carriage return among them, which a
    // PDF string must escape.
    QString text;
    for (char16_t c = 0x4E00; c < 0x4E00 + 512; ++c)
        text += QChar(c);
    for (char c = '!'; c <= '~'; ++c)
        text += QLatin1Char(c);
    PlainPdf pdf(a4Landscape(), 150);
    const int font = pdf.addFont(wenQuanYi(15));
    REQUIRE(font >= 0);
    QString drawn;
    double y = 40;
    for (qsizetype at = 0; at < text.size(); at += 40, y += 18) {
        const QStringView line = QStringView(text).mid(at, 40);
        if (!pdf.text(font, 15, QPointF(10, y), line, Qt::black))
            continue; // a character this font lacks: nothing of the line is drawn
        drawn += line;
    }
    CHECK(drawn.size() > 500);
    int escaped = 0; // glyph ids with a byte the string must escape
    for (quint32 g : wenQuanYi(15).glyphIndexesForString(drawn)) {
        for (quint32 b : {g >> 8, g & 0xFF})
            escaped += b == '(' || b == ')' || b == '\\' || b == '\r' ? 1 : 0;
    }
    CHECK(escaped >= 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("glyphs.pdf"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(pdf.finish(QStringLiteral("字形"), QStringLiteral("test")));
    out.close();
    QString back = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    back.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(back == drawn);
    CHECK(runProgram(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("Title:           字形")));
}

TEST_CASE("a sheet with a character outside the font goes to Qt's PDF engine, which finds a font for it",
          "[export][pdf][sqlite]")
{
    QTemporaryDir dir;
    const QString rare = QStringLiteral("业主𠮷先生"); // U+20BB7, outside the Basic Multilingual Plane
    const Sheet sheet = sheetOf(12, rare);
    CHECK(SheetPainter(sheet).plainPdf(QStringLiteral("test")).isEmpty());
    const QString path = dir.filePath(QStringLiteral("rare.pdf"));
    requireOk(SheetPainter::writePdf(sheet, path, QStringLiteral("test")));
    CHECK(runProgram(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("Producer:        Qt")));
    const QString text = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("业主")));
    CHECK(text.contains(QStringLiteral("钱塘云庭")));
}

TEST_CASE("a font subset keeps the outlines and advances of the glyphs asked for, at their ids, and no others",
          "[export][pdf][sqlite]")
{
    const QRawFont raw = wenQuanYi(40);
    const auto face = TrueTypeFace::read(raw);
    REQUIRE(face);
    const QList<quint32> kept = raw.glyphIndexesForString(QStringLiteral("整改A9"));
    const QList<quint32> dropped = raw.glyphIndexesForString(QStringLiteral("楼z"));
    REQUIRE(kept.size() == 4);
    QRawFont subset;
    subset.loadFromData(face->subset(kept), 40, QFont::PreferNoHinting);
    REQUIRE(subset.isValid());
    CHECK(subset.advancesForGlyphIndexes(kept) == raw.advancesForGlyphIndexes(kept));
    for (quint32 g : kept) {
        INFO("glyph " << g);
        CHECK_FALSE(subset.pathForGlyph(g).isEmpty());
        CHECK(subset.pathForGlyph(g).boundingRect() == raw.pathForGlyph(g).boundingRect());
    }
    for (quint32 g : dropped) {
        CHECK_FALSE(raw.pathForGlyph(g).isEmpty());
        CHECK(subset.pathForGlyph(g).isEmpty());
    }
    CHECK(qCompress(face->subset(kept)).size() < 100 * 1024); // of a 5 MB face, as a PDF holds it
}

TEST_CASE("a face without TrueType outlines is not embedded by PlainPdf", "[export][pdf][sqlite]")
{
    QFont cff(QStringLiteral("Noto Sans CJK SC")); // OpenType with CFF outlines
    cff.setPixelSize(20);
    const QRawFont raw = QRawFont::fromFont(cff);
    REQUIRE(raw.familyName().contains(QStringLiteral("Noto Sans CJK")));
    CHECK_FALSE(TrueTypeFace::read(raw));
    PlainPdf pdf(a4Landscape(), 150);
    CHECK(pdf.addFont(raw) == -1);
    CHECK_FALSE(pdf.text(-1, 20, QPointF(0, 20), u"整改", Qt::black));
    const QRawFont damaged(QByteArray("not a font at all"), 20);
    CHECK_FALSE(TrueTypeFace::read(damaged));
}

TEST_CASE("line ends of every kind break a cell's line, and invisible characters keep the PDF written directly",
          "[export][pdf][sqlite]")
{
    // A lone CR, CR LF, a vertical tab, a line separator; a zero-width space and a soft hyphen inside a line.
    const QString cell = QStringLiteral("甲行\r乙行\r\n丙行\v丁行\u2028戊行 有\u200B零宽\u00AD字符");
    Sheet sheet = sheetOf(3);
    sheet.rows[0][1] = cell;
    const QByteArray pdf = SheetPainter(sheet).plainPdf(QStringLiteral("test"));
    REQUIRE_FALSE(pdf.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.pdf"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(pdf);
    out.close();
    const QString text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    for (const QString& line : {QStringLiteral("甲行"), QStringLiteral("乙行"), QStringLiteral("丙行"),
                                QStringLiteral("丁行"), QStringLiteral("戊行")})
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(line))));
    CHECK(QString(text).remove(QChar(0x200B)).remove(QChar(0x00AD)).contains(QStringLiteral("有零宽字符")));
    // The number of an item past 9,999 stays on one line.
    Sheet many = sheetOf(2);
    many.rows[1][0] = QStringLiteral("10000");
    const QString manyPath = dir.filePath(QStringLiteral("many.pdf"));
    requireOk(SheetPainter::writePdf(many, manyPath, QStringLiteral("test")));
    CHECK(runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), manyPath, QStringLiteral("-")})
              .contains(QStringLiteral("10000")));
}

TEST_CASE("a cell cut at the foot of a page says that the rest is in CaseLoop, on both ways out",
          "[export][pdf][sqlite]")
{
    Sheet sheet = sheetOf(3);
    QString longText;
    for (int i = 0; i < 150; ++i)
        longText += QStringLiteral("第%1次回访业主仍反映地库渗水，").arg(i + 1);
    sheet.rows[1][1] = longText + QStringLiteral("末尾文字");
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("cut.pdf"));
    requireOk(SheetPainter::writePdf(sheet, plain, QStringLiteral("test")));
    const QString qt = dir.filePath(QStringLiteral("cut-qt.pdf"));
    {
        QPdfWriter writer(qt);
        writer.setResolution(150);
        writer.setPageLayout(a4Landscape());
        REQUIRE(SheetPainter(sheet).paint(writer) >= 1);
    }
    for (const QString& pdf : {plain, qt}) {
        INFO(pdf.toStdString());
        QString text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        CHECK(text.count(QStringLiteral("…(restinCaseLoop)")) == 1); // the one cut cell, spaces removed
        CHECK(text.contains(QStringLiteral("第1次回访")));
        CHECK_FALSE(text.contains(QStringLiteral("末尾文字")));
    }
    CHECK(pageCharacters(plain) == pageCharacters(qt));
}
