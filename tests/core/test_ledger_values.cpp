// Reading ledgers: dates, places, encodings, CSV and XLSX files, column headers.
#include "TestSupport.h"
#include "ledger/CsvReader.h"
#include "ledger/Gb18030.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerNames.h"
#include "ledger/LedgerSuggest.h"
#include "ledger/LedgerValues.h"
#include "ledger/TextDecoding.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>

#include <limits>

#include <xlsxwriter.h>
#include <zip.h>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QDateTime dt(int y, int mo, int d, int h = 0, int mi = 0)
{
    return wallTime(QDate(y, mo, d), QTime(h, mi));
}

const QString kLedger = QStringLiteral("受理时间,业主,投诉内容\r\n"
                                       "2026-03-05 14:30,王建国,\"楼上装修，每天早上7点电钻, 影响休息\"\r\n"
                                       "\r\n"
                                       "2026/3/6 9:05,李秀英,\"卫生间天花板渗水\n已经三天\"\r\n");
} // namespace

TEST_CASE("ledger dates are read as people and Excel write them", "[ledger]")
{
    CHECK(require(parseLedgerTime(QStringLiteral("2026-03-05"))) == dt(2026, 3, 5));
    CHECK(require(parseLedgerTime(QStringLiteral("2026-03-05 14:30"))) == dt(2026, 3, 5, 14, 30));
    CHECK(require(parseLedgerTime(QStringLiteral("2026/3/5 9:05"))) == dt(2026, 3, 5, 9, 5));
    CHECK(require(parseLedgerTime(QStringLiteral("2026.3.5"))) == dt(2026, 3, 5));
    CHECK(require(parseLedgerTime(QStringLiteral("2026年3月5日"))) == dt(2026, 3, 5));
    CHECK(require(parseLedgerTime(QStringLiteral("2026年3月5日 14时30分"))) == dt(2026, 3, 5, 14, 30));
    CHECK(require(parseLedgerTime(QStringLiteral("2026-03-05T14:30:00"))) == dt(2026, 3, 5, 14, 30));
    CHECK(require(parseLedgerTime(QStringLiteral("２０２６－０３－０５"))) == dt(2026, 3, 5)); // full-width
    // Excel serial numbers: 46086 is 2026-03-05; .6 of a day is 14:24.
    CHECK(require(parseLedgerTime(QStringLiteral("46086"))) == dt(2026, 3, 5));
    CHECK(require(parseLedgerTime(QStringLiteral("46086.6"))) == dt(2026, 3, 5, 14, 24));
    CHECK(fromExcelSerial(1) == dt(1900, 1, 1));
    CHECK(fromExcelSerial(61) == dt(1900, 3, 1));

    CHECK(parseLedgerTime(QStringLiteral("2026-02-30")).error().contains(QStringLiteral("no such day")));
    CHECK(parseLedgerTime(QStringLiteral("2026-03-05 25:10")).error().contains(QStringLiteral("time of day")));
    CHECK(parseLedgerTime(QString()).error().contains(QStringLiteral("missing")));
    CHECK(!parseLedgerTime(QStringLiteral("上周三")));
    CHECK(!parseLedgerTime(QStringLiteral("13812345678"))); // a phone number is no serial date
}

TEST_CASE("ledger locations are split into building, unit and room, or kept as a free place", "[ledger]")
{
    const auto check
        = [](const char* text, const char* building, const char* unit, const char* room, const char* free) {
              INFO(text);
              const LedgerLocation l = parseLedgerLocation(QString::fromUtf8(text));
              CHECK(l.building == QString::fromUtf8(building));
              CHECK(l.unit == QString::fromUtf8(unit));
              CHECK(l.room == QString::fromUtf8(room));
              CHECK(l.freeText == QString::fromUtf8(free));
          };
    check("3栋2单元1502", "3栋", "2", "1502", "");
    check("3栋2单元1502室", "3栋", "2", "1502", "");
    check("3-2-1502", "3", "2", "1502", "");
    check("3号楼1502", "3号楼", "", "1502", "");
    check("3栋2-1502", "3栋", "2", "1502", "");
    check("12-0801", "12", "", "0801", "");
    check("5幢", "5幢", "", "", "");
    check("地下车库B区", "", "", "", "地下车库B区");
    check("3栋大堂", "", "", "", "3栋大堂");
    check("", "", "", "", "");
    CHECK(buildingKey(QStringLiteral("3栋")) == buildingKey(QStringLiteral("3号楼")));
    CHECK(buildingKey(QStringLiteral("3")) == buildingKey(QStringLiteral("3幢")));
    CHECK(buildingKey(QStringLiteral("3栋")) != buildingKey(QStringLiteral("13栋")));
}

TEST_CASE("ledger text is decoded from UTF-8 with or without BOM and from GB18030, or as the user says", "[ledger]")
{
    const QString text = QStringLiteral("受理时间,投诉内容\r\n2026-03-05,电梯停运\r\n");
    const QByteArray utf8 = text.toUtf8();
    QStringEncoder gbEncoder("GB18030");
    const QByteArray gb = gbEncoder(text);
    REQUIRE(gb != utf8);

    auto plain = require(decodeText(utf8));
    CHECK(plain.text == text);
    CHECK(plain.encoding == QStringLiteral("UTF-8"));
    auto bom = require(decodeText(QByteArray("\xEF\xBB\xBF") + utf8));
    CHECK(bom.text == text); // the mark is not part of the first header
    auto chinese = require(decodeText(gb));
    CHECK(chinese.text == text);
    CHECK(chinese.encoding == QStringLiteral("GB18030"));
    CHECK(require(decodeText(gb, QStringLiteral("GBK"))).text == text);
    // The user's choice wins, and a wrong one is said plainly.
    CHECK(decodeText(gb, QStringLiteral("UTF-8")).error().contains(QStringLiteral("not valid UTF-8")));
    CHECK(decodeText(utf8, QStringLiteral("KLINGON")).error().contains(QStringLiteral("KLINGON")));

    // Long files are judged by their first 64 KB first: the rest decides when the start reads as either.
    QString asciiStart = QStringLiteral("date,content\r\n");
    while (asciiStart.size() < 70000)
        asciiStart += QStringLiteral("2026-03-05,lift stopped\r\n");
    const QString late = asciiStart + QStringLiteral("2026-03-06,电梯停运\r\n");
    auto lateGb = require(decodeText(gbEncoder(late)));
    CHECK(lateGb.encoding == QStringLiteral("GB18030"));
    CHECK(lateGb.text == late);
    auto lateUtf8 = require(decodeText(late.toUtf8()));
    CHECK(lateUtf8.encoding == QStringLiteral("UTF-8"));
    CHECK(lateUtf8.text == late);
    QString longChinese = text;
    while (longChinese.size() < 70000)
        longChinese += QStringLiteral("2026-03-05,电梯停运\r\n");
    CHECK(require(decodeText(gbEncoder(longChinese))).text == longChinese);
    CHECK(require(decodeText(longChinese.toUtf8())).encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("every GB18030 decoder this build has gives the same text, and refuses the same broken bytes", "[ledger]")
{
    const QList<Gb18030Decoder> decoders = gb18030Decoders();
    // Debian's Qt has ICU, and Qt 5 Compat is linked here: both paths are exercised on Linux. (The Windows path,
    // code page 54936, builds only on Windows.)
    REQUIRE(decoders.contains(Gb18030Decoder::Icu));
    REQUIRE(decoders.contains(Gb18030Decoder::QtCompat));
    // Two-byte GBK, the euro sign and a four-byte character outside the BMP (𠀋), across line ends.
    const QString text = QStringLiteral("投诉编号,业主姓名,联系电话\r\n西溪锦园 5栋 1-0802,陈𠀋,€100 电梯困人\r\n");
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE(bytes.size() > text.size());
    QByteArray broken = bytes;
    broken.insert(10, "\x81\x20"); // a lead byte followed by a byte no GB18030 sequence continues with
    for (Gb18030Decoder d : decoders) {
        INFO("decoder " << int(d));
        const auto decoded = decodeGb18030(bytes, d);
        REQUIRE(decoded);
        CHECK(*decoded == text);
        CHECK_FALSE(decodeGb18030(broken, d));
        CHECK(decodeGb18030(QByteArray(), d) == QString());
    }
    CHECK(require(decodeText(bytes)).encoding == QStringLiteral("GB18030"));
    CHECK(require(decodeText(bytes, QStringLiteral("gbk"))).text == text);
    CHECK_FALSE(decodeText(broken, QStringLiteral("GB18030")).ok());
}

TEST_CASE("CSV as Excel writes it: quotes, commas and line breaks in fields, CRLF, blank lines", "[ledger]")
{
    const auto rows = require(parseCsv(kLedger));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 1);
    CHECK(rows[1].number == 2);
    CHECK(rows[1].cells.value(2) == QStringLiteral("楼上装修，每天早上7点电钻, 影响休息"));
    CHECK(rows[2].number == 4); // the blank line is row 3, as Excel shows it
    CHECK(rows[2].cells.value(2) == QStringLiteral("卫生间天花板渗水\n已经三天"));
    CHECK(require(parseCsv(QStringLiteral("a,\"say \"\"hi\"\"\"\n"))).first().cells.value(1)
          == QStringLiteral("say \"hi\""));
    CHECK(require(parseCsv(QStringLiteral("a\tb\n1\t2"))).last().cells
          == QStringList{QStringLiteral("1"), QStringLiteral("2")}); // tabs
    CHECK(require(parseCsv(QStringLiteral("a,b\n1,2"))).last().cells
          == QStringList{QStringLiteral("1"), QStringLiteral("2")}); // no final newline
    CHECK(parseCsv(QStringLiteral("a,b\n1,\"open\n2,3\n")).error().contains(QStringLiteral("Row 2")));
}

TEST_CASE("a big CSV read in two halves gives the rows, numbers and errors of reading it in one piece", "[ledger]")
{
    // Random ledgers built from the pieces that make splitting hard: quoted fields with commas, line breaks and
    // doubled quotes (also across the middle), a stray quote inside an unquoted field, blank lines, CRLF and LF,
    // and sometimes a quote left open. Read with threads from 0 characters on, and never.
    QRandomGenerator random(20261123);
    const QStringList pieces{QStringLiteral("电梯停运"), QStringLiteral("\"楼上装修，\n每天\"\"电钻\"\"\""),
                             QStringLiteral("\"a,b\""),  QStringLiteral("3-2-1502"),
                             QStringLiteral("5\"寸"),    QStringLiteral(""),
                             QStringLiteral("\"\n\n\""), QStringLiteral("2026/3/5 9:05")};
    int splitAndAgreed = 0;
    for (int round = 0; round < 300; ++round) {
        QString text = QStringLiteral("受理时间,投诉内容,房号\n");
        const int rows = 1 + int(random.bounded(40));
        for (int r = 0; r < rows; ++r) {
            const int cells = 1 + int(random.bounded(4));
            for (int c = 0; c < cells; ++c)
                text += (c ? QStringLiteral(",") : QString()) + pieces.at(int(random.bounded(pieces.size())));
            text += random.bounded(3) == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n");
            if (random.bounded(10) == 0)
                text += QStringLiteral("\n"); // a blank line
        }
        if (random.bounded(20) == 0)
            text += QStringLiteral("9,\"never closed\n");
        INFO(text.toStdString());
        const auto one = parseCsv(text, std::numeric_limits<qsizetype>::max());
        const auto two = parseCsv(text, 0);
        REQUIRE(one.ok() == two.ok());
        if (!one.ok()) {
            CHECK(two.error() == one.error());
            continue;
        }
        REQUIRE(two->size() == one->size());
        for (int i = 0; i < one->size(); ++i) {
            CHECK(two->at(i).number == one->at(i).number);
            CHECK(two->at(i).cells == one->at(i).cells);
        }
        splitAndAgreed += text.count(QLatin1Char('"')) % 2 == 0 ? 1 : 0;
    }
    CHECK(splitAndAgreed > 100);

    // A big plain ledger: the second half's rows are numbered on from the first's.
    QString big = QStringLiteral("受理时间,投诉内容\n");
    for (int i = 0; i < 20000; ++i)
        big += QStringLiteral("2026-03-05,\"第%1户\n漏水\"\n").arg(i)
            + (i % 1000 == 0 ? QStringLiteral("\n") : QString());
    const auto rows = require(parseCsv(big));
    REQUIRE(rows.size() == 20001);
    CHECK(rows.last().cells.value(1) == QStringLiteral("第19999户\n漏水"));
    CHECK(rows.last().number == 1 + 20000 + 20); // a line break inside quotes stays in its row
}

TEST_CASE("columns are found by their header in any order, with synonyms; extra columns are ignored", "[ledger]")
{
    const LedgerColumns c = mapLedgerColumns({QStringLiteral("序号"), QStringLiteral("问题描述"),
                                              QStringLiteral(" 日期 "), QStringLiteral("手机"), QStringLiteral("小区"),
                                              QStringLiteral("Room"), QStringLiteral("投诉时间"),
                                              QStringLiteral("*Service line"), QStringLiteral("满意度（回访）")});
    CHECK(c.columnOf(LedgerField::Description) == 1);
    CHECK(c.columnOf(LedgerField::Received) == 2); // the first of two received columns wins
    CHECK(c.columnOf(LedgerField::Phone) == 3);
    CHECK(c.columnOf(LedgerField::Estate) == 4);
    CHECK(c.columnOf(LedgerField::Location) == 5);
    CHECK(c.columnOf(LedgerField::ServiceLine) == 7);
    CHECK(c.columnOf(LedgerField::Satisfaction) == 8);
    CHECK(!c.fieldOfColumn[0]);
    CHECK(!c.fieldOfColumn[6]);
    CHECK(c.missingRequired().isEmpty());
    CHECK(mapLedgerColumns({QStringLiteral("业主"), QStringLiteral("电话")}).missingRequired().size() == 2);
    for (LedgerField f : allLedgerFields())
        for (const QString& synonym : ledgerFieldSynonyms(f))
            CHECK(ledgerFieldOf(synonym) == f);
}

TEST_CASE("ledger files: CSV in either encoding, XLSX with date cells and sheets, and files that are neither",
          "[ledger]")
{
    TestDb db;
    QStringEncoder gbEncoder("GB18030");
    const QString gbPath = db.writeFile(QStringLiteral("gbk.csv"), gbEncoder(kLedger));
    auto table = require(readLedgerFile(gbPath));
    CHECK(table.encoding == QStringLiteral("GB18030"));
    CHECK(table.rows.value(2).cells.value(1) == QStringLiteral("李秀英"));

    const QString xlsx = db.file(QStringLiteral("ledger.xlsx"));
    {
        lxw_workbook* wb = workbook_new(xlsx.toUtf8().constData());
        worksheet_write_string(workbook_add_worksheet(wb, "说明"), 0, 0, "本台账按月汇总", nullptr);
        lxw_worksheet* ws = workbook_add_worksheet(wb, "2026年台账");
        lxw_format* dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "yyyy/m/d h:mm");
        worksheet_write_string(ws, 0, 0, "受理时间", nullptr);
        worksheet_write_string(ws, 0, 1, "联系电话", nullptr);
        worksheet_write_string(ws, 0, 2, "投诉内容", nullptr);
        lxw_datetime when{2026, 3, 5, 14, 30, 0};
        worksheet_write_datetime(ws, 1, 0, &when, dateFormat);
        worksheet_write_number(ws, 1, 1, 13812345678.0, nullptr);
        worksheet_write_string(ws, 1, 2, "电梯困人20分钟", nullptr);
        worksheet_write_number(ws, 3, 0, 46087.375, nullptr); // a serial in a General cell
        worksheet_write_string(ws, 3, 2, "地库积水", nullptr);
        REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    }
    auto first = require(readLedgerFile(xlsx));
    CHECK(first.sheet == QStringLiteral("说明"));
    CHECK(first.sheets == QStringList{QStringLiteral("说明"), QStringLiteral("2026年台账")});
    auto sheet = require(readLedgerFile(xlsx, {QStringLiteral("2026年台账"), {}}));
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[1].cells
          == QStringList{QStringLiteral("2026-03-05 14:30"), QStringLiteral("13812345678"),
                         QStringLiteral("电梯困人20分钟")});
    CHECK(sheet.rows[2].number == 4);
    CHECK(require(parseLedgerTime(sheet.rows[2].cells[0])) == dt(2026, 3, 6, 9, 0));
    CHECK(readLedgerFile(xlsx, {QStringLiteral("2025"), {}}).error().contains(QStringLiteral("2026年台账")));

    // Files that are no ledger get a message naming the file and what to do.
    const QString xls = db.writeFile(QStringLiteral("old.xls"),
                                     QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    CHECK(readLedgerFile(xls).error().contains(QStringLiteral(".xlsx")));
    const QString broken
        = db.writeFile(QStringLiteral("broken.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(300, 'x'));
    CHECK(readLedgerFile(broken).error().contains(broken));
    const QString binary = db.writeFile(QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    CHECK(readLedgerFile(binary).error().contains(QStringLiteral("neither")));
    CHECK(readLedgerFile(db.writeFile(QStringLiteral("empty.csv"), {})).error().contains(QStringLiteral("empty")));
    CHECK(readLedgerFile(db.file(QStringLiteral("missing.csv"))).error().contains(QStringLiteral("does not exist")));
    CHECK(readLedgerFile(gbPath, {QStringLiteral("Sheet1"), {}}).error().contains(QStringLiteral("--sheet")));
}

namespace {
// A workbook written part by part (minizip's zip.h), so that a test can make the hostile ones no spreadsheet
// program would write.
void writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto& [name, bytes] : parts) {
        REQUIRE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                      Z_DEFLATED, 9, 1)
                == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

QList<QPair<QString, QByteArray>> workbookParts(const QByteArray& sharedStrings)
{
    return {{QStringLiteral("xl/workbook.xml"),
             "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
             "<sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
            {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"}};
}
} // namespace

TEST_CASE("a small workbook that unpacks to a huge one is refused early, naming the part", "[ledger][safety]")
{
    TestDb db;
    // 40 MB of one repeated string: a few tens of KB packed.
    QByteArray bomb = "<sst><si><t>";
    bomb += QByteArray(40 << 20, 'A');
    bomb += "</t></si></sst>";
    const QString path = db.file(QStringLiteral("bomb.xlsx"));
    writeZip(path, workbookParts(bomb));
    REQUIRE(QFileInfo(path).size() < 1 << 20);
    const auto read = readLedgerFile(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(read.error().contains(QStringLiteral("bomb.xlsx")));

    // Within the budget, one cell of over a million characters is refused too.
    QByteArray longCell = "<sst><si><t>";
    longCell += QByteArray((1 << 20) + 10, 'B');
    longCell += "</t></si></sst>";
    const QString longPath = db.file(QStringLiteral("long.xlsx"));
    writeZip(longPath, workbookParts(longCell));
    const auto longRead = readLedgerFile(longPath);
    REQUIRE_FALSE(longRead.ok());
    CHECK(longRead.error().contains(QStringLiteral("million")));

    // An ordinary one reads.
    const QString fine = db.file(QStringLiteral("fine.xlsx"));
    writeZip(fine, workbookParts("<sst><si><t>投诉日期</t></si></sst>"));
    const auto ok = readLedgerFile(fine);
    INFO(ok.error().toStdString());
    CHECK(ok.ok());
}

TEST_CASE("an unknown name is matched to the existing one it most likely means, with how sure that is", "[ledger]")
{
    const QList<std::pair<QString, Id>> channels{{QStringLiteral("电话"), 1},
                                                 {QStringLiteral("微信/APP"), 2},
                                                 {QStringLiteral("来访"), 3},
                                                 {QStringLiteral("12345政务热线"), 4},
                                                 {QStringLiteral("其他"), 5}};
    const QList<std::pair<QString, Id>> lines{{QStringLiteral("工程维修"), 11},
                                              {QStringLiteral("秩序/安保"), 12},
                                              {QStringLiteral("保洁"), 13},
                                              {QStringLiteral("绿化"), 14}};
    const auto suggested = [](const QString& value, const QList<std::pair<QString, Id>>& candidates) {
        const LedgerSuggestion s = closestName(value, candidates);
        return std::make_pair(s.name, s.confidence);
    };
    CHECK(suggested(QStringLiteral("微信"), channels) == std::make_pair(QStringLiteral("微信/APP"), 90));
    CHECK(suggested(QStringLiteral("上门"), channels) == std::make_pair(QStringLiteral("来访"), 90));
    CHECK(suggested(QStringLiteral("工程"), lines) == std::make_pair(QStringLiteral("工程维修"), 90));
    CHECK(suggested(QStringLiteral("秩序"), lines) == std::make_pair(QStringLiteral("秩序/安保"), 90));
    CHECK(suggested(QStringLiteral("绿化养护"), lines) == std::make_pair(QStringLiteral("绿化"), 80));
    const QList<std::pair<QString, Id>> estates{{QStringLiteral("西溪锦园"), 21}, {QStringLiteral("滨江星汇苑"), 22}};
    CHECK(suggested(QStringLiteral("西溪锦圆"), estates) == std::make_pair(QStringLiteral("西溪锦园"), 70)); // a typo
    CHECK(suggested(QStringLiteral("钱塘云庭"), estates).second == 0); // nothing close: a new estate
    // Names that differ in a phase, a number or a direction are other places, never merged.
    CHECK(suggested(QStringLiteral("滨江星汇苑二期"), estates).second == 0);
    CHECK(suggested(QStringLiteral("西溪锦园3期"), estates).second == 0);
    const QList<std::pair<QString, Id>> regions{{QStringLiteral("华东区域"), 31}};
    CHECK(suggested(QStringLiteral("华南区域"), regions).second == 0);
    CHECK(suggested(QStringLiteral("西溪锦园小区"), estates) == std::make_pair(QStringLiteral("西溪锦园"), 80));
    CHECK(suggested(QStringLiteral("高空抛物"), lines).second == 0);
}

TEST_CASE("an import maps near-matches by default, creates only what nothing resembles, and warns of short phones",
          "[ledger][import]")
{
    TestDb db;
    db.org(); // estate 西溪锦园
    const QString path
        = db.writeFile(QStringLiteral("台账.csv"),
                       QStringLiteral("受理时间,业主,电话,项目,渠道,业务条线,投诉内容\n"
                                      "2026-11-02 09:30,周海燕,12345,西溪锦圆,微信,工程,楼道灯不亮\n"
                                      "2026-11-02 10:30,吴伟,13812345678,钱塘云庭,上门,秩序,门岗态度差\n")
                           .toUtf8());
    LedgerNames names;
    requireOk(names.load(db.store()));
    const LedgerPlan plan = require(planLedger(require(readLedgerFile(path)), names, db.clock().now()));
    REQUIRE(plan.warnings.size() == 1);
    CHECK(plan.warnings[0].row == 2);
    CHECK(plan.warnings[0].value == QStringLiteral("12345"));
    const LedgerChoices choices = defaultLedgerChoices(plan);
    const auto choiceFor
        = [&](LedgerField field, const QString& value) { return choices.value(ledgerChoiceKey(field, value)); };
    CHECK(choiceFor(LedgerField::Estate, QStringLiteral("西溪锦圆")).action == LedgerChoice::Action::MapToExisting);
    CHECK(choiceFor(LedgerField::Estate, QStringLiteral("西溪锦圆")).existingId == db.org().estate);
    CHECK(choiceFor(LedgerField::Estate, QStringLiteral("钱塘云庭")).action == LedgerChoice::Action::Create);
    for (const QString& channel : {QStringLiteral("微信"), QStringLiteral("上门")})
        CHECK(choiceFor(LedgerField::Channel, channel).action == LedgerChoice::Action::MapToExisting);
    const LedgerOutcome out = require(writeLedger(db.store(), plan, choices));
    CHECK(out.imported == 2);
    CHECK(require(db.store().organisation().estates()).size() == 2); // 钱塘云庭 made, 西溪锦圆 not duplicated
}

TEST_CASE("short names one character apart are different things, never guessed for each other", "[ledger]")
{
    const QList<std::pair<QString, Id>> departments{{QStringLiteral("保洁部"), 1}, {QStringLiteral("工程部"), 2}};
    CHECK(closestName(QStringLiteral("保安部"), departments).id == 0);
}
