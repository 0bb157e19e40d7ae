// XlsxWriter on sheets made by hand: the layout of any sheet (widths, heights, typed cells, cut cells), apart from
// the tracking sheet's own export (test_exports.cpp).
#include "TestSupport.h"
#include "XlsxWriter.h"
#include "sheet/Sheet.h"

#include <QRegularExpression>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("XLSX keeps a code on one line in a narrow printed column and types well-formed dates and times only",
          "[export][xlsx]")
{
    TestDb db;
    Sheet sheet;
    sheet.title = QStringLiteral("t");
    sheet.printOnePageWide = true;
    sheet.columns = {{QStringLiteral("来源"), 1, 40},
                     {QStringLiteral("问题"), 30, 40},
                     {QStringLiteral("登记"), 4, 16, CellKind::DateTime},
                     {QStringLiteral("期限"), 4, 11, CellKind::Date}};
    sheet.rows = {{QStringLiteral("来源：TS-20261123-0007、--x"), QStringLiteral("渗水"),
                   QStringLiteral("2026-11-23 14:30"), QStringLiteral("2026-11-23")},
                  {QStringLiteral("-"), QStringLiteral("渗水"), QStringLiteral("2026-11-23 25:99"),
                   QStringLiteral("2026-11-23 09:00")}};
    const QString path = db.file(QStringLiteral("codes.xlsx"));
    requireOk(XlsxWriter::write(sheet, path, QStringLiteral("s")));
    const QString xml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    // Column A's weight gives it a sliver of the page; the 16-character code still fits on one line.
    static const QRegularExpression first(QStringLiteral("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\""));
    const auto a = first.match(xml);
    REQUIRE(a.hasMatch());
    CHECK(a.captured(1).toDouble() >= 17);
    // Row 4: a time of day and a date as typed cells (Excel's serial days, the time as its fraction).
    const auto number = [&](const QString& cell) {
        const QRegularExpression re(QStringLiteral("<c r=\"%1\"([^>]*)><v>([^<]*)</v>").arg(cell));
        return re.match(xml);
    };
    const double day = double(QDate(1899, 12, 30).daysTo(QDate(2026, 11, 23)));
    REQUIRE(number(QStringLiteral("C4")).hasMatch());
    CHECK(number(QStringLiteral("C4")).captured(2).toDouble() == Approx(day + (14 * 60 + 30) / 1440.0));
    REQUIRE(number(QStringLiteral("D4")).hasMatch());
    CHECK(number(QStringLiteral("D4")).captured(2).toDouble() == Approx(day));
    // Row 5: an impossible time and a date with a time in a date column stay text, as typed.
    const auto text = [&](const QString& cell, const QString& value) {
        return xml.contains(QRegularExpression(QStringLiteral("<c r=\"%1\"[^>]*t=\"inlineStr\"><is><t>%2</t>")
                                                   .arg(cell, QRegularExpression::escape(value))));
    };
    CHECK(text(QStringLiteral("C5"), QStringLiteral("2026-11-23 25:99")));
    CHECK(text(QStringLiteral("D5"), QStringLiteral("2026-11-23 09:00")));
    CHECK_FALSE(text(QStringLiteral("C4"), QStringLiteral("2026-11-23 14:30")));
}

TEST_CASE("XLSX rows are as tall as their longest cell's wrapped lines, at most twenty", "[export][xlsx]")
{
    TestDb db;
    Sheet sheet;
    sheet.title = QStringLiteral("t");
    // Not printed one page wide: a column is as wide as its widest line up to its maximum (10), plus 2.
    sheet.columns = {{QStringLiteral("编号"), 1, 10}, {QStringLiteral("说明"), 1, 10}};
    // Row r's second cell: (r % 7) lines of one CJK character each, then 13 CJK characters on the last (26 units:
    // three lines of 12); every 500th row 30 lines, cut at 20. Thousands of rows, so that the writer
    // outruns the thread counting the lines if it can.
    const int rows = 3000;
    QList<int> expected;
    for (int r = 0; r < rows; ++r) {
        const int shortLines = r % 500 == 499 ? 30 : r % 7;
        QString text;
        for (int i = 0; i < shortLines; ++i)
            text += QStringLiteral("渗\n");
        text += QString(13, QChar(u'水'));
        sheet.rows.append({QStringLiteral("TS-%1").arg(r), text});
        expected << std::min(20, shortLines + 3);
    }
    const QString path = db.file(QStringLiteral("heights.xlsx"));
    requireOk(XlsxWriter::write(sheet, path, QStringLiteral("s")));
    const QString xml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    static const QRegularExpression height(QStringLiteral("<row r=\"([0-9]+)\"[^>]* ht=\"([0-9.]+)\""));
    int checked = 0, wrong = 0;
    for (auto it = height.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const int r = m.captured(1).toInt() - 4; // the title, the subtitle and the header come first
        if (r < 0)
            continue;
        REQUIRE(r < rows);
        if (m.captured(2).toDouble() != 15.0 * expected[r]) {
            UNSCOPED_INFO("row " << r << ": " << m.captured(2).toStdString() << " pt");
            ++wrong;
        }
        ++checked;
    }
    CHECK(checked == rows);
    CHECK(wrong == 0);
}

TEST_CASE("CJK column widths count two per character", "[export][xlsx]")
{
    CHECK(displayWidth(QStringLiteral("abc")) == 3);
    CHECK(displayWidth(QStringLiteral("整改措施")) == 8);
    CHECK(displayWidth(QStringLiteral("2026年3月")) == 9);
    CHECK(displayWidth(QStringLiteral("（补充）")) == 8);
}

TEST_CASE("a text longer than a spreadsheet cell holds is cut there with a marker, and the cut is counted",
          "[export][xlsx][safety]")
{
    TestDb db;
    Sheet sheet;
    sheet.columns = {{QStringLiteral("Code"), 1}, {QStringLiteral("Description"), 4}};
    // 42,000 characters, with a character outside the BMP (two UTF-16 units) across the cut: it must not be split.
    const QString marker = QStringLiteral("…(full text in CaseLoop TS-20261123-0007)");
    const qsizetype keep = XlsxWriter::kMaxCellCharacters - marker.size();
    const QString longText
        = QString(keep - 1, QChar(u'漏')) + QStringLiteral("𠀋") + QString(42000 - keep - 1, QChar(u'渗'));
    sheet.rows << QStringList{QStringLiteral("TS-20261123-0007"), longText}
               << QStringList{QStringLiteral("TS-20261123-0008"), QStringLiteral("短")};
    const QString path = db.file(QStringLiteral("long.xlsx"));
    int cut = -1;
    requireOk(XlsxWriter::write(sheet, path, QStringLiteral("x"), &cut));
    CHECK(cut == 1);
    const QString xml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(xml.contains(marker));
    // The cell's text: from its <t> to the marker, within Excel's limit, the start of the text kept.
    const qsizetype end = xml.indexOf(marker) + marker.size();
    const qsizetype start = xml.lastIndexOf(QStringLiteral("<t>"), end) + 3;
    const QString cell = xml.mid(start, end - start);
    CHECK(cell.size() == XlsxWriter::kMaxCellCharacters - 1); // the 𠀋 across the cut is left out whole
    CHECK(cell.startsWith(QStringLiteral("漏漏漏")));
    CHECK(cell.at(cell.size() - marker.size() - 1) == QChar(u'漏'));
    CHECK_FALSE(cell.contains(QChar(u'渗')));
    CHECK(xml.contains(QStringLiteral(">短<")));
}
