#include "Cli.h"
#include "CliRun.h"
#include "SheetPainter.h"
#include "TestSupport.h"
#include "XlsxWriter.h"
#include "base/OutputTarget.h"
#include "sheet/ComplaintSheet.h"
#include "sheet/CsvWriter.h"
#include "sheet/TrackingSheet.h"
#include "sql/SqlQuery.h"
#include "store/Backups.h"
#include "workflow/ComplaintWorkflow.h"
#include "workflow/RectificationWorkflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <filesystem>

#include <sys/stat.h> // mkfifo: the test makes a FIFO to write onto

using namespace caseloop;
using namespace caseloop::test;

namespace {
// n rectification items; every third one past its deadline; the first one's problem has a comma and a line break.
void makeItems(TestDb& db, int n)
{
    RectificationWorkflow wf(db.store());
    const Complaint c = db.registered();
    for (int i = 0; i < n; ++i) {
        RectificationItem d;
        d.problem = i == 0 ? QStringLiteral("3栋电梯困人，一个月三次\n需全面检测")
                           : QStringLiteral("问题%1：地库照明不足").arg(i);
        d.departmentId = db.org().engineering;
        d.suggestion = QStringLiteral("更换灯具");
        d.deadline = db.clock().now().date().addDays(i % 3 == 0 ? -2 : 10);
        d.complaintIds = {c.id};
        const RectificationItem item = require(wf.assign(d));
        if (i % 4 == 1)
            require(wf.resolve(item.id, QStringLiteral("加装LED灯"), QStringLiteral("王强"),
                               db.clock().now().date().addDays(5)));
    }
}

Sheet trackingSheet(TestDb& db)
{
    RectificationFilter all;
    return require(TrackingSheet::load(db.store(), all));
}
} // namespace

TEST_CASE("the tracking sheet has the seventeen columns and one row per item, overdue ones flagged", "[export]")
{
    TestDb db;
    makeItems(db, 6);
    const Sheet sheet = trackingSheet(db);
    REQUIRE(sheet.columns.size() == 17);
    CHECK(sheet.columns.first().header == QStringLiteral("No."));
    CHECK(sheet.columns.last().header == QStringLiteral("Overdue"));
    REQUIRE(sheet.rows.size() == 6);
    CHECK(std::count(sheet.flagged.begin(), sheet.flagged.end(), true) == 2);
    // Ordered by deadline: the overdue items come first, and say so in the last column.
    CHECK(sheet.rows[0].last() == QStringLiteral("Yes"));
    CHECK(sheet.rows[0][2].startsWith(QStringLiteral("TS-20261123-0001")));
    CHECK(sheet.subtitle.contains(QStringLiteral("6 item")));
    RectificationFilter open;
    open.overdueOnly = true;
    CHECK(require(TrackingSheet::load(db.store(), open)).rows.size() == 2);
}

TEST_CASE("the tracking sheet is in deadline order, then the order the items were made, however they are stored",
          "[export]")
{
    TestDb db;
    RectificationWorkflow wf(db.store());
    const Complaint c = db.registered();
    const int days[] = {5, -1, 5, 3, -1, 8};
    for (int i = 0; i < 6; ++i) {
        RectificationItem d;
        d.problem = QStringLiteral("问题%1").arg(i);
        d.departmentId = db.org().engineering;
        d.deadline = db.clock().now().date().addDays(days[i]);
        d.complaintIds = {c.id};
        require(wf.assign(d));
    }
    // A changed row is stored after the others on a server (a new version at the table's end).
    rawExec(db.path(),
            QStringLiteral("UPDATE rectification_items SET suggestion = '先查线路' "
                           "WHERE id = (SELECT min(id) FROM rectification_items)"));
    const QStringList expected = {QStringLiteral("问题1"), QStringLiteral("问题4"), QStringLiteral("问题3"),
                                  QStringLiteral("问题0"), QStringLiteral("问题2"), QStringLiteral("问题5")};
    const Sheet sheet = trackingSheet(db);
    REQUIRE(sheet.rows.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(sheet.rows[i][0] == QString::number(i + 1));
        CHECK(sheet.rows[i][1] == expected[i]);
        CHECK(sheet.flagged[i] == (i < 2)); // the two past their deadline, flagged beside their own rows
        CHECK((sheet.rows[i].last() == QStringLiteral("Yes")) == (i < 2));
    }
    RectificationFilter today;
    today.today = db.clock().now().date();
    const QList<TrackingRow> rows = require(db.store().rectifications().trackingRows(today));
    REQUIRE(rows.size() == 6);
    for (int i = 0; i < 6; ++i)
        CHECK(rows[i].problem == expected[i]);
    CHECK(TrackingSheet::build(rows, QString(), QString(), db.clock().now()).rows == sheet.rows);
}

TEST_CASE("the tracking sheet is read at one moment while another desk adds an estate and moves an item there",
          "[export]")
{
    TestDb db;
    makeItems(db, 2);
    const Sheet before = trackingSheet(db);
    // Between the reading of the names and of the items, another connection adds an estate and moves an item there.
    bool moved = false;
    SqlQuery::setRecorder([&](const QString& sql, const QVariantList&) {
        if (moved || !sql.contains(QStringLiteral("FROM rectification_items r")))
            return;
        moved = true;
        rawExec(db.path(),
                QStringLiteral("INSERT INTO estates (region_id, name) VALUES (%1, '云山雅苑')").arg(db.org().region));
        rawExec(db.path(),
                QStringLiteral("UPDATE rectification_items SET estate_id = (SELECT max(id) FROM estates) "
                               "WHERE id = (SELECT min(id) FROM rectification_items)"));
    });
    const Sheet during = trackingSheet(db);
    SqlQuery::setRecorder({});
    REQUIRE(moved);
    // The moment the reading began: every row as it was, none with a place it cannot name.
    CHECK(during.rows == before.rows);
    const Sheet after = trackingSheet(db);
    REQUIRE(after.rows.size() == 2);
    const int place = 4;
    CHECK((after.rows[0][place].endsWith(QStringLiteral("云山雅苑"))
           || after.rows[1][place].endsWith(QStringLiteral("云山雅苑"))));
}

TEST_CASE("CSV is UTF-8 with a BOM, CRLF rows and RFC 4180 quoting", "[export][csv]")
{
    TestDb db;
    makeItems(db, 3);
    const QString path = db.file(QStringLiteral("track.csv"));
    requireOk(saveAtomically(path, [&](QIODevice& out) { return writeCsv(trackingSheet(db), out); }));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("No.,Problem,Source complaints,")));
    CHECK(text.contains(QStringLiteral("\"3栋电梯困人，一个月三次\n需全面检测\"")));
    CHECK(text.count(QStringLiteral("\r\n")) >= 4);
}

TEST_CASE("XLSX is a landscape A4 sheet, one page wide, with repeated and frozen headers and a page footer",
          "[export][xlsx]")
{
    TestDb db;
    makeItems(db, 5);
    const QString path = db.file(QStringLiteral("track.xlsx"));
    requireOk(XlsxWriter::write(trackingSheet(db), path, QStringLiteral("整改跟踪表")));
    const QString sheetXml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    CHECK(sheetXml.contains(QStringLiteral("orientation=\"landscape\"")));
    CHECK(sheetXml.contains(QStringLiteral("paperSize=\"9\"")));
    CHECK(sheetXml.contains(QStringLiteral("fitToHeight=\"0\"")));
    CHECK(sheetXml.contains(QStringLiteral("ySplit=\"3\"")));
    CHECK(sheetXml.contains(QStringLiteral("&amp;P")));
    CHECK(sheetXml.contains(QStringLiteral("&amp;N")));
    CHECK(sheetXml.contains(QStringLiteral("地库照明不足")));
    CHECK(sheetXml.contains(QStringLiteral("Complaint rectification tracking sheet")));
    CHECK(sheetXml.count(QStringLiteral("<col ")) == 17);
    CHECK(sheetXml.contains(QStringLiteral("<mergeCell ref=\"A1:Q1\"")));
    const QString workbook
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("_xlnm.Print_Titles")));
    CHECK(workbook.contains(QStringLiteral("$1:$3")));
    CHECK(workbook.contains(QStringLiteral("整改跟踪表")));
    const QString styles
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
    CHECK(styles.contains(QStringLiteral("Microsoft YaHei")));
    CHECK(styles.contains(QStringLiteral("wrapText=\"1\"")));
}

TEST_CASE("the XLSX tracking sheet prints one page wide at full size, with numbers and dates as typed cells",
          "[export][xlsx]")
{
    TestDb db;
    makeItems(db, 5);
    const Sheet sheet = trackingSheet(db);
    const QString path = db.file(QStringLiteral("track.xlsx"));
    requireOk(XlsxWriter::write(sheet, path, QStringLiteral("整改跟踪表")));
    const QString xml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    // The columns add up to what an A4 landscape page holds at 100 % (about 140 character units): fitting the
    // sheet to the page's width then leaves the 10 pt text at 9 pt or more.
    double total = 0;
    static const QRegularExpression width(QStringLiteral("<col [^>]*width=\"([0-9.]+)\""));
    for (auto it = width.globalMatch(xml); it.hasNext();)
        total += it.next().captured(1).toDouble();
    INFO(total);
    CHECK(total > 100);
    // Excel fits 136 units of A4 landscape at 100 %: the scale that fits the sheet leaves 10 pt at 9 pt or more.
    CHECK(136.0 / total * 10.0 >= 9.0);
    // 序号 is a number cell; the required deadline (column I) and the planned date (L) are date cells (numbers with
    // a date format), not strings.
    static const QRegularExpression serial(QStringLiteral("<c r=\"A4\"[^>]*><v>1</v>"));
    CHECK(serial.match(xml).hasMatch());
    static const QRegularExpression deadline(QStringLiteral("<c r=\"I4\"([^>]*)><v>([0-9.]+)</v>"));
    const auto d = deadline.match(xml);
    REQUIRE(d.hasMatch());
    CHECK_FALSE(d.captured(1).contains(QStringLiteral("t=\"s\"")));
    // Excel's serial day of the date in the sheet's text (days since 1899-12-30).
    const QDate shown = QDate::fromString(sheet.rows.first().at(8), Qt::ISODate);
    REQUIRE(shown.isValid());
    CHECK(qint64(d.captured(2).toDouble()) == QDate(1899, 12, 30).daysTo(shown));
    const QString styles
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
    CHECK(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
}

TEST_CASE("the tracking sheet writes dates as yyyy-MM-dd; stored dates and times are read digit by digit", "[export]")
{
    TestDb db;
    makeItems(db, 1);
    const Sheet sheet = trackingSheet(db);
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0][8] == db.clock().now().date().addDays(-2).toString(Qt::ISODate));

    CHECK(dateFromText(u"2026-03-09") == QDate(2026, 3, 9));
    CHECK(dateFromText(u"2026-03-09 14:30:05") == QDate(2026, 3, 9));
    CHECK_FALSE(dateFromText(u"2026-3-9").isValid());
    CHECK_FALSE(dateFromText(u"2026-0x-09").isValid());
    CHECK_FALSE(dateFromText(u"+026-03-09").isValid());
    CHECK_FALSE(dateFromText(u"2026-02-30").isValid());
    CHECK(timeFromText(u"2026-03-09 14:30:05") == wallTime(QDate(2026, 3, 9), QTime(14, 30, 5)));
    CHECK(timeFromText(u"2026-03-09T14:30:05.000") == wallTime(QDate(2026, 3, 9), QTime(14, 30, 5)));
    CHECK_FALSE(timeFromText(u"2026-03-09 14:3x:05").isValid());
    CHECK_FALSE(timeFromText(u"2026-03-09 24:00:00").isValid());
}

TEST_CASE("the PDF is A4 landscape, several pages with page numbers, with the Chinese font embedded", "[export][pdf]")
{
    TestDb db;
    makeItems(db, 90);
    const QString path = db.file(QStringLiteral("track.pdf"));
    requireOk(SheetPainter::writePdf(trackingSheet(db), path, QStringLiteral("CaseLoop test")));
    const QString info = runProgram(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("842 x 595")));
    const int pages = info.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
    CHECK(pages >= 2);
    const QString text
        = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("地库照明不足")));
    CHECK(text.count(QStringLiteral("Problem")) == pages); // the header on every page
    // Searchable text: ideographs are not replaced by look-alike Kangxi radicals (白, not ⽩), codes keep their digits.
    CHECK(text.contains(QStringLiteral("TS-20261123-0001")));
    CHECK_FALSE(text.contains(QChar(0x2F69)));
    const QStringList fonts
        = runProgram(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    CHECK(std::any_of(fonts.begin(), fonts.end(), [](const QString& f) {
        return f.contains(QStringLiteral("WenQuanYi")) || f.contains(QStringLiteral("CJK"))
            || f.contains(QStringLiteral("YaHei"));
    }));
    for (const QString& font : fonts) // every font embedded: the "emb" column
        CHECK(font.simplified().section(QLatin1Char(' '), -5, -5) == QStringLiteral("yes"));
}

TEST_CASE("a failed export leaves the earlier file as it was", "[export]")
{
    TestDb db;
    const QString path = db.file(QStringLiteral("keep.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("earlier export\n");
    f.close();
    const Status s = saveAtomically(path, [](QIODevice& out) -> Status {
        out.write("half a fi");
        return Error{QStringLiteral("disk full")};
    });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("disk full")));
    CHECK(s.error().contains(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("earlier export\n"));
    CHECK_FALSE(
        saveAtomically(db.file(QStringLiteral("no/such/folder/x.csv")), [](QIODevice&) { return Status(); }).ok());
}

TEST_CASE("a department lead exports their department's complaints masked; full numbers need the permission and are "
          "audited with the row count",
          "[export][cli][accounts]")
{
    TestDb db;
    Complaint c = db.registered();
    c.request = QStringLiteral("请18点后回电13987654321");
    requireOk(db.store().complaints().update(c));
    ComplaintWorkflow wf(db.store());
    require(wf.dispatch(c.id, db.org().engineering, 0, db.clock().now().addDays(1)));
    const Complaint elsewhere = db.registered(); // no ticket of the lead's department
    for (Id id : {db.org().steward, db.org().lead})
        requireOk(db.store().accounts().setPassword(id, kTestPassword));
    db.close();
    const QString file = db.file(QStringLiteral("ledger.csv"));
    auto exportAs = [&](const QString& login, const QStringList& extra = {}) {
        QFile::remove(file);
        const CliRun r = runCliAs(login,
                                  QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("export"),
                                              QStringLiteral("complaints"), QStringLiteral("--format"),
                                              QStringLiteral("csv"), QStringLiteral("--out"), file}
                                      + extra);
        QFile f(file);
        return std::make_pair(r, f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
    };
    // The department lead (工程部): masked, and only the complaint with a ticket of their department.
    const auto [lead, leadFile] = exportAs(QStringLiteral("gc01"));
    INFO(lead.err.toStdString());
    REQUIRE(lead.code == 0);
    CHECK(leadFile.contains(c.code));
    CHECK_FALSE(leadFile.contains(elsewhere.code));
    CHECK(leadFile.contains(QStringLiteral("138******00")));
    CHECK(leadFile.contains(QStringLiteral("请18点后回电139******21")));
    CHECK_FALSE(leadFile.contains(QStringLiteral("13987654321")));
    // Asking for another department is refused, not widened.
    const auto [otherDepartment, nothing]
        = exportAs(QStringLiteral("gc01"), {QStringLiteral("--department"), QStringLiteral("保洁部")});
    CHECK(otherDepartment.code == caseloop::cli::BadInput);
    CHECK(nothing.isEmpty());
    // A steward may not export at all; the attempt is audited.
    const auto [steward, stewardFile] = exportAs(QStringLiteral("gj001"));
    CHECK(steward.code == caseloop::cli::BadInput);
    CHECK(steward.err.contains(QStringLiteral("Steward")));
    CHECK(stewardFile.isEmpty());
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused'")).toInt() == 1);
    // The administrator may export full numbers: both complaints, and the audit row says so with the row count.
    const auto [admin, full] = exportAs(kTestLogin);
    REQUIRE(admin.code == 0);
    CHECK(full.contains(QStringLiteral("13800138000")));
    CHECK(full.contains(QStringLiteral("13987654321")));
    CHECK(full.contains(elsewhere.code));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).toInt() == 2);
    const QString detail
        = rawScalar(db.path(),
                    QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1"))
              .toString();
    CHECK(detail.contains(QStringLiteral("phones=full")));
    CHECK(detail.contains(QStringLiteral("rows=2")));
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT actor_name FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1"))
              .toString()
          == QStringLiteral("tester"));
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'export' ORDER BY id LIMIT 1"))
              .toString()
              .contains(QStringLiteral("phones=masked")));
}

TEST_CASE("a deactivated login cannot export, not even masked", "[export][cli][safety]")
{
    TestDb db;
    db.registered();
    Staff steward = require(db.store().organisation().staffByLogin(QStringLiteral("gc01")));
    requireOk(db.store().accounts().setPassword(steward.id, kTestPassword));
    steward.active = false;
    requireOk(db.store().organisation().updateStaff(steward));
    db.close();
    const QString file = db.file(QStringLiteral("ledger.csv"));
    const CliRun r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("complaints"),
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file,
                             QStringLiteral("--operator"), QStringLiteral("gc01")});
    CHECK(r.code == caseloop::cli::BadInput);
    CHECK(r.err.contains(QStringLiteral("gc01")));
    CHECK(r.err.contains(QStringLiteral("deactivated")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("cli export checks its arguments", "[export][cli]")
{
    TestDb db;
    db.close();
    auto code = [&](const QStringList& args) {
        QString out, err;
        QTextStream o(&out), e(&err);
        return caseloop::cli::run(QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin,
                                              QStringLiteral("export")}
                                      + args,
                                  o, e);
    };
    const QString out = db.file(QStringLiteral("x.pdf"));
    CHECK(code({}) == caseloop::cli::UsageError);
    CHECK(code({QStringLiteral("everything"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), out})
          == caseloop::cli::UsageError);
    CHECK(code({QStringLiteral("complaints"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("--out"), out})
          == caseloop::cli::UsageError);
    CHECK(code({QStringLiteral("tracking"), QStringLiteral("--format"), QStringLiteral("pdf")})
          == caseloop::cli::UsageError);
    CHECK(code({QStringLiteral("complaints"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), out, QStringLiteral("--type"), QStringLiteral("weather")})
          == caseloop::cli::BadInput);
    CHECK(code({QStringLiteral("tracking"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                out, QStringLiteral("--status"), QStringLiteral("all")})
          == caseloop::cli::Success);
    CHECK(QFile::exists(out));
}

TEST_CASE("no output is written over the open database, its working files, another database or a non-file",
          "[export][safety][sqlite]")
{
    TestDb db;
    db.registered();
    const QByteArray before = fileHash(db.path());
    // The open database, its -wal and -shm, under their own names and under another spelling of the same folder.
    const QString otherSpelling = db.file(QStringLiteral("sub/../test.db"));
    QDir().mkpath(db.file(QStringLiteral("sub")));
    const QStringList databaseFiles{db.path(), db.path() + QStringLiteral("-wal"), db.path() + QStringLiteral("-shm"),
                                    db.path() + QStringLiteral("-journal"), otherSpelling};
    for (const QString& target : databaseFiles) {
        const Status s
            = saveAtomically(target, [](QIODevice& out) { return Status(out.write("x") == 1 ? Status() : Error{}); });
        INFO(target.toStdString());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(target));
        CHECK(s.error().contains(db.path()));
    }
    // A hard link to the database is the database.
    const QString link = db.file(QStringLiteral("hardlink.db"));
    REQUIRE(std::filesystem::exists(db.path().toStdString()));
    std::filesystem::create_hard_link(db.path().toStdString(), link.toStdString());
    CHECK_FALSE(checkOutputTarget(link, OutputKind::DatabaseCopy).ok());
    // Another CaseLoop file, closed: a backup may replace it, an export may not.
    const QString copy = db.file(QStringLiteral("copy.db"));
    require(Backups::write(db.store(), copy));
    CHECK(checkOutputTarget(copy, OutputKind::DatabaseCopy).ok());
    const Status overDatabase = checkOutputTarget(copy, OutputKind::Document);
    REQUIRE_FALSE(overDatabase.ok());
    CHECK(overDatabase.error().contains(QStringLiteral("database file")));
    // ...unless it has a write-ahead log beside it (open elsewhere, or not closed properly).
    const QString copyWal = db.writeFile(QStringLiteral("copy.db-wal"), QByteArray::fromHex("377f0682002de218"));
    const Status overOpenCopy = checkOutputTarget(copy, OutputKind::DatabaseCopy);
    REQUIRE_FALSE(overOpenCopy.ok());
    CHECK(overOpenCopy.error().contains(copyWal));
    // Another program's database, or a file that is no database: a backup does not replace them.
    const QString foreign = db.file(QStringLiteral("foreign.db"));
    rawExec(foreign, QStringLiteral("CREATE TABLE t (x)"));
    const QString notes = db.writeFile(QStringLiteral("notes.db"), "meeting notes");
    for (const QString& target : {foreign, notes}) {
        const Status s = checkOutputTarget(target, OutputKind::DatabaseCopy);
        INFO(target.toStdString());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("not a CaseLoop database")));
    }
    // A database's log or journal of another database (not open here) is no place for a report either.
    for (const QByteArray& magic : {QByteArray::fromHex("377f0683002de218"), QByteArray::fromHex("d9d505f920a163d7")}) {
        const QString working = db.writeFile(QStringLiteral("other.db-working"), magic + QByteArray(64, '\0'));
        const Status s = checkOutputTarget(working, OutputKind::Document);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("database file")));
    }
    // A backup onto the open database is refused before anything is copied.
    const auto backupOver = Backups::write(db.store(), db.path());
    REQUIRE_FALSE(backupOver.ok());
    CHECK(backupOver.error().contains(db.path()));
    // A folder, a FIFO, a symbolic link: refused, and left as they were.
    const QString folder = db.file(QStringLiteral("sub"));
    const QString fifo = db.file(QStringLiteral("pipe"));
    REQUIRE(mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    const QString symlink = db.file(QStringLiteral("link.csv"));
    const QString pointed = db.writeFile(QStringLiteral("pointed.csv"), "keep");
    std::filesystem::create_symlink(pointed.toStdString(), symlink.toStdString());
    for (const QString& target : QStringList{folder, fifo, symlink})
        for (OutputKind kind : {OutputKind::Document, OutputKind::DatabaseCopy}) {
            INFO(target.toStdString());
            const Status s = checkOutputTarget(target, kind);
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().contains(target));
        }
    CHECK(QFileInfo(folder).isDir());
    CHECK(std::filesystem::is_fifo(fifo.toStdString()));
    CHECK(std::filesystem::is_symlink(symlink.toStdString()));
    CHECK(fileHash(pointed) == fileHash(db.writeFile(QStringLiteral("same.csv"), "keep")));
    CHECK(fileHash(db.path()) == before);

    // The CLI: an export, a report and an import report onto the database exit 1 and name both paths.
    db.close();
    auto cli = [&](const QStringList& args, QString& err) {
        QString out;
        QTextStream o(&out), e(&err);
        return caseloop::cli::run(
            QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin} + args, o, e);
    };
    for (const QStringList& args :
         {QStringList{QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), db.path()},
          QStringList{QStringLiteral("export"), QStringLiteral("tracking"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--out"), db.path()},
          QStringList{QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--out"), db.path()},
          QStringList{QStringLiteral("backup"), QStringLiteral("--out"), db.path()}}) {
        QString err;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(cli(args, err) == caseloop::cli::BadInput);
        CHECK(err.contains(db.path()));
    }
    CHECK(require(Store::open(db.path(), db.clock()))->complaints().count({}).value_or(0) == 1);
}

TEST_CASE("CSV cells that start like a formula are written as text; XLSX keeps them as strings", "[export][safety]")
{
    TestDb db;
    Sheet sheet;
    sheet.columns = {{QStringLiteral("A"), 10}, {QStringLiteral("B"), 10}};
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1:A9)"),
                              QStringLiteral("\tTAB"),
                              QStringLiteral("\rCR")};
    for (const QString& h : hostile)
        sheet.rows << QStringList{h, QStringLiteral("13800138000")};
    const QString csv = db.file(QStringLiteral("hostile.csv"));
    requireOk(saveAtomically(csv, [&](QIODevice& out) { return writeCsv(sheet, out); }));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll().mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(")));
    CHECK(lines.at(2).startsWith(QStringLiteral("'+cmd|")));
    CHECK(lines.at(3).startsWith(QStringLiteral("'-2+3,")));
    CHECK(lines.at(4).startsWith(QStringLiteral("'@SUM(")));
    CHECK(lines.at(5).startsWith(QStringLiteral("'\tTAB")));
    CHECK(lines.at(6).startsWith(QStringLiteral("\"'\rCR")));
    CHECK(text.contains(QStringLiteral(",13800138000\r\n"))); // an ordinary cell is untouched

    const QString xlsx = db.file(QStringLiteral("hostile.xlsx"));
    requireOk(XlsxWriter::write(sheet, xlsx, QStringLiteral("x")));
    const QString sheetXml
        = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    // Every cell a string (inline, t="inlineStr"), none a formula.
    CHECK_FALSE(sheetXml.contains(QStringLiteral("<f>")));
    CHECK(sheetXml.contains(QStringLiteral("=HYPERLINK(")));
    CHECK(sheetXml.contains(QStringLiteral("+cmd|")));
}

TEST_CASE("an export whose audit row cannot be written leaves no file behind", "[export][cli][safety][sqlite]")
{
    TestDb db;
    db.registered();
    db.close();
    // The audit log refuses the export's row (as it would while another writer holds the lock past the wait).
    rawExec(db.path(),
            QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action <> 'login' "
                           "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"));
    const QString file = db.file(QStringLiteral("ledger.xlsx"));
    QString out, err;
    QTextStream o(&out), e(&err);
    CHECK(caseloop::cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin,
                              QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--format"),
                              QStringLiteral("xlsx"), QStringLiteral("--out"), file},
                             o, e)
          == caseloop::cli::BadInput);
    CHECK(err.contains(QStringLiteral("audit")));
    CHECK_FALSE(QFile::exists(file));
    CHECK(QDir(db.file(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());

    // The weekly report too: no PDF without its audit row.
    const QString pdf = db.file(QStringLiteral("weekly.pdf"));
    CliRun report = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("report"), QStringLiteral("weekly"),
                            QStringLiteral("--out"), pdf});
    CHECK(report.code == caseloop::cli::BadInput);
    CHECK(report.err.contains(QStringLiteral("audit")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("a damaged database fails an export with a plain message and the backup folder, never half a file",
          "[export][cli][safety][sqlite]")
{
    TestDb db;
    db.fillDemo(800, 3);
    db.close();
    damageFile(db.path(), '\x3C', 0.2);
    const QString file = db.file(QStringLiteral("ledger.csv"));
    QString out, err;
    QTextStream o(&out), e(&err);
    CHECK(caseloop::cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin,
                              QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), file, QStringLiteral("--status"),
                              QStringLiteral("new,in_progress,awaiting_follow_up,closed,"
                                             "reopened,invalid,withdrawn")},
                             o, e)
          == caseloop::cli::BadInput);
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("damaged")));
    CHECK(err.contains(QStringLiteral("backups")));
    CHECK_FALSE(err.contains(QStringLiteral("SELECT")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("export complaints takes --status all, as export tracking does", "[export][cli]")
{
    TestDb db;
    db.registered();
    const Complaint closed = db.registered();
    require(ComplaintWorkflow(db.store()).close(closed.id, QStringLiteral("已电话确认解决")));
    const QString csv = db.file(QStringLiteral("all.csv"));
    for (const auto& [status, rows] : {std::pair{QStringLiteral("all"), 2}, std::pair{QStringLiteral("open"), 1}}) {
        CliRun r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("complaints"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv,
                           QStringLiteral("--status"), status});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Wrote %1 rows").arg(rows)));
    }
}
