// Bringing in an office's ledger: the plan (nothing written), the write (one transaction), re-import, cancel,
// the CLI, a full disk and a killed process.
#include "CliRun.h"
#include "TestSupport.h"
#include "ledger/LedgerImport.h"
#include "sql/Database.h"
#include "sql/SqlQuery.h"
#include "workflow/CaseTimeline.h"
#include "workflow/ComplaintWorkflow.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// A steward's ledger: columns in their own order and words, one of everything the import must handle.
const QString kLedger = QStringLiteral(
    "序号,投诉日期,业主,手机,小区,房号,投诉类型,问题描述,客户诉求,责任部门,处理结果,状态,满意度,紧急程度,备注\r\n"
    "1,2026-03-05 14:30,王建国,138 1234 5678,西溪锦园,3-2-1502,噪音,\"楼上装修每天早上7点开始电钻，影响休息\","
    "规定施工时间,工程部,已约谈装修户并张贴施工时间公告,已办结,满意,一般,老业主\r\n"
    "2,2026/3/6 9:05,李秀英,139-0000-1111,西溪锦园,7号楼1201,设施设备,\"卫生间天花板渗水\n已经三天\",尽快维修,"
    "保安部,,处理中,,紧急,\r\n"
    "3,2026年3月7日,赵敏,,西溪锦园,地下车库B区,高空抛物,车顶被楼上扔下的花盆砸坏,查找责任人,,,,,,\r\n"
    "4,2026-02-30,张三,,西溪锦园,,噪音,内容,,,,,,,\r\n"
    "5,2026-03-08,孙丽,,西溪锦园,,噪音,,,,,,,,\r\n"
    "6,2026-03-09,周杰,,西溪锦园,,噪音,夜间广场舞音响太响,,,,搁置,,,\r\n"
    "7,2026-03-05 14:30,王建国,138 1234 5678,西溪锦园,3-2-1502,噪音,\"楼上装修每天早上7点开始电钻，影响休息\","
    "规定施工时间,工程部,已约谈装修户并张贴施工时间公告,已办结,满意,一般,老业主\r\n"
    "8,2027-01-01,吴刚,,西溪锦园,,噪音,未来的投诉,,,,,,,\r\n");

LedgerPlan plan(TestDb& db, const QString& path)
{
    LedgerNames names;
    requireOk(names.load(db.store()));
    return require(planLedger(require(readLedgerFile(path)), names, db.clock().now()));
}

qint64 count(TestDb& db, const QString& sql)
{
    return require(scalar(db.store().database().connection(), sql)).toLongLong();
}

// The indexes of complaints as the file declares them (SQLite only).
QString complaintIndexes(TestDb& db)
{
    return require(
               scalar(db.store().database().connection(),
                      QStringLiteral("SELECT group_concat(name || ': ' || sql, '; ') FROM (SELECT name, sql FROM "
                                     "sqlite_master WHERE type = 'index' AND tbl_name = 'complaints' ORDER BY name)")))
        .toString();
}

Complaint byDescription(TestDb& db, const QString& text)
{
    ComplaintFilter f;
    f.text = text;
    const auto found = require(db.store().complaints().list(f, 10));
    REQUIRE(found.size() == 1);
    return found.first();
}
} // namespace

TEST_CASE("a ledger is checked before anything is written: rejected rows name row, column and value", "[import]")
{
    TestDb db;
    db.org();
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("台账.csv"), kLedger.toUtf8()));
    CHECK(p.rowsRead == 8);
    CHECK(p.records.size() == 3);
    CHECK(p.duplicateRows == QList<int>{8}); // row 8 of the file repeats row 2
    REQUIRE(p.rejected.size() == 4);
    CHECK(p.rejected[0].message() == QStringLiteral("Row 5, 投诉日期 “2026-02-30”: there is no such day"));
    CHECK(p.rejected[1].message() == QStringLiteral("Row 6, 问题描述 “”: the content is empty"));
    CHECK(p.rejected[2].row == 7);
    CHECK(p.rejected[2].column == QStringLiteral("状态"));
    CHECK(p.rejected[2].value == QStringLiteral("搁置"));
    CHECK(p.rejected[3].reason.contains(QStringLiteral("future")));
    QStringList unknown;
    for (const LedgerUnknown& u : p.unknown)
        unknown << ledgerFieldName(u.field) + QLatin1Char(':') + u.value;
    CHECK(unknown == QStringList{QStringLiteral("Department:保安部"), QStringLiteral("Type:高空抛物")});
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM departments WHERE name = '保安部'")) == 0);

    const LedgerRecord& first = p.records[0];
    CHECK(first.phone == QStringLiteral("13812345678"));
    CHECK(first.building == QStringLiteral("3"));
    CHECK(first.unit == QStringLiteral("2"));
    CHECK(first.room == QStringLiteral("1502"));
    CHECK(first.status == ComplaintStatus::Closed);
    CHECK(first.satisfaction == Satisfaction::Satisfied);
    CHECK(p.records[1].priority == Priority::Urgent);
    CHECK(p.records[1].description == QStringLiteral("卫生间天花板渗水\n已经三天"));
    CHECK(p.records[2].publicArea == QStringLiteral("地下车库B区"));
    CHECK(p.records[2].status == ComplaintStatus::New); // no status, result or satisfaction: still open
}

TEST_CASE("a phone written without a single digit is refused, naming the row, not stored as no phone",
          "[import][safety]")
{
    TestDb db;
    db.org();
    const QString ledger = QStringLiteral("投诉日期,业主,手机,小区,投诉类型,问题描述\r\n"
                                          "2026-03-05 14:30,王建国,abc-def,西溪锦园,噪音,楼上装修噪音\r\n"
                                          "2026-03-06 09:00,李秀英,,西溪锦园,噪音,夜间施工\r\n");
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("phones.csv"), ledger.toUtf8()));
    REQUIRE(p.rejected.size() == 1);
    CHECK(p.rejected[0].row == 2);
    CHECK(p.rejected[0].value == QStringLiteral("abc-def"));
    CHECK(p.rejected[0].reason.contains(QStringLiteral("digits")));
    REQUIRE(p.records.size() == 1); // an empty phone column is still allowed
    CHECK(p.records[0].phone.isEmpty());
}

TEST_CASE("a long ledger is checked on two threads and planned exactly as row by row", "[import]")
{
    TestDb db;
    db.org();
    // 9,001 rows: a bad date every 1,000 rows, an empty content every 1,500, a new department name now and then,
    // and at the end a repeat of the first row; the halves are checked apart and must gather in file order.
    QString text = QStringLiteral("受理时间,业主,投诉内容,责任部门\n");
    for (int i = 0; i < 9000; ++i) {
        const QString when = i % 1000 == 999
            ? QStringLiteral("2026-02-30")
            : QStringLiteral("2026-03-%1 %2:%3").arg(1 + i % 28).arg(8 + i % 10).arg(i % 60, 2, 10, QLatin1Char('0'));
        const QString content = i % 1500 == 700 ? QString() : QStringLiteral("第%1号：楼道灯不亮").arg(i);
        const QString department = i % 4000 == 3 ? QStringLiteral("绿化%1组").arg(i) : QString();
        text += QStringLiteral("%1,业主%2,%3,%4\n").arg(when).arg(i).arg(content, department);
    }
    text += text.section(QLatin1Char('\n'), 1, 1) + QLatin1Char('\n');
    const QString path = db.writeFile(QStringLiteral("long.csv"), text.toUtf8());

    QList<int> reported;
    LedgerNames names;
    requireOk(names.load(db.store()));
    const LedgerPlan p = require(planLedger(require(readLedgerFile(path)), names, db.clock().now(),
                                            [&](int done, int) { return reported << done, true; }));
    CHECK(p.rowsRead == 9001);
    REQUIRE(p.rejected.size() == 9 + 6);
    QList<int> rejectedRows;
    for (const LedgerRejection& r : p.rejected)
        rejectedRows << r.row;
    CHECK(std::is_sorted(rejectedRows.begin(), rejectedRows.end()));
    CHECK(rejectedRows.first() == 2 + 700);
    CHECK(p.rejected[1].row == 1001); // row 1,001 of the file holds i = 999
    CHECK(p.rejected[1].value == QStringLiteral("2026-02-30"));
    CHECK(p.duplicateRows == QList<int>{9002});
    REQUIRE(p.records.size() == 9000 - 15);
    for (int k = 1; k < p.records.size(); ++k)
        REQUIRE(p.records[k - 1].row < p.records[k].row);
    CHECK(p.records.first().complainant == QStringLiteral("业主0"));
    CHECK(p.records.last().description == QStringLiteral("第8998号：楼道灯不亮")); // 8,999 has a bad date
    CHECK(p.unknown.size() == 3); // 绿化3组, 绿化4003组, 绿化8003组
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.last() == 9001);

    // Cancelled while checking: no plan.
    auto cancelled = planLedger(require(readLedgerFile(path)), names, db.clock().now(), [](int, int) { return false; });
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.error().contains(QStringLiteral("Cancelled")));
}

TEST_CASE("an import writes every good row in one audited transaction, and the same file again adds nothing",
          "[import]")
{
    TestDb db;
    const auto& org = db.org();
    db.store().setActor({org.steward, QStringLiteral("陈静")});
    const QString path = db.writeFile(QStringLiteral("台账.csv"), kLedger.toUtf8());
    const LedgerPlan p = plan(db, path);
    const QString indexes = onPostgres() ? QString() : complaintIndexes(db);
    if (!onPostgres()) // an analysed file: its planner statistics must survive the rebuild below
        requireOk(execute(db.store().database().connection(), QStringLiteral("ANALYZE")));
    const LedgerOutcome out = require(writeLedger(db.store(), p, defaultLedgerChoices(p)));
    CHECK(out.imported == 3);
    // Into an empty file the indexes were built again after the rows (SqliteBulk): all of them, as declared.
    if (!onPostgres()) {
        CHECK(complaintIndexes(db) == indexes);
        CHECK(indexes.contains(QStringLiteral("complaints_open_promises")));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE idx = 'complaints_received'")) == 1);
        CHECK(require(db.store().maintenance().checkIntegrity()).ok());
    }
    CHECK(out.rejected == 4);
    CHECK(out.duplicates == 1);
    CHECK(ledgerSummary(out) == QStringLiteral("imported 3, rejected 4, duplicates 1"));
    CHECK(out.created.contains(QStringLiteral("Department 保安部")));
    CHECK(out.created.contains(QStringLiteral("Building 7号楼")));
    CHECK(out.mappedToOther == QStringList{QStringLiteral("Type 高空抛物 → 其他")});

    // Found by the desk's text search (the full-text index was filled in the same transaction).
    const Complaint noise = byDescription(db, QStringLiteral("开始电钻"));
    CHECK(noise.code == QStringLiteral("TS-20260305-0001"));
    CHECK(noise.receivedAt == wallTime(QDate(2026, 3, 5), QTime(14, 30)));
    CHECK(noise.estateId == org.estate);
    CHECK(noise.buildingId == org.building); // "3" is the estate's 3栋
    CHECK(noise.unit == QStringLiteral("2"));
    CHECK(noise.room == QStringLiteral("1502"));
    CHECK(noise.complainantPhone == QStringLiteral("13812345678"));
    CHECK(noise.typeId == db.entry(Catalogue::Type, QStringLiteral("noise")));
    CHECK(noise.status == ComplaintStatus::Closed);
    CHECK(noise.satisfaction == Satisfaction::Satisfied);
    CHECK(noise.closedAt.isValid());
    CHECK(noise.note == QStringLiteral("老业主"));
    const auto tickets = require(db.store().tickets().forComplaint(noise.id));
    REQUIRE(tickets.size() == 1);
    CHECK(tickets[0].departmentId == org.engineering);
    CHECK(tickets[0].result == QStringLiteral("已约谈装修户并张贴施工时间公告"));
    CHECK(tickets[0].status == TicketStatus::Done);

    const Complaint leak = byDescription(db, QStringLiteral("天花板渗水"));
    CHECK(leak.status == ComplaintStatus::InProgress);
    CHECK(leak.priority == Priority::Urgent);
    CHECK(leak.feedbackDue.isValid()); // an open complaint gets the SLA's promises
    const Complaint fall = byDescription(db, QStringLiteral("花盆砸坏"));
    CHECK(fall.publicArea == QStringLiteral("地下车库B区"));
    CHECK(fall.typeId == db.entry(Catalogue::Type, QStringLiteral("other")));
    CHECK(fall.firstContactDue.isValid());

    // Audited: one row per complaint under the operator, naming file and row, and one for the batch.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor_name = '陈静'"))
          == 3);
    const auto timeline = require(CaseTimeline::build(db.store(), noise.id));
    const auto imported = std::find_if(timeline.begin(), timeline.end(), [](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Registered;
    });
    REQUIRE(imported != timeline.end());
    CHECK(imported->detail == QStringLiteral("台账.csv, row 2"));
    CHECK(std::any_of(timeline.begin(), timeline.end(), [](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Ticket && e.detail == QStringLiteral("已约谈装修户并张贴施工时间公告");
    })); // the ledger's result, on the finished ticket
    CHECK(count(db, QStringLiteral("SELECT imported FROM import_batches")) == 3);

    // The same file again: nothing new, every good row a duplicate.
    const LedgerPlan again = plan(db, path);
    CHECK(again.records.isEmpty());
    CHECK(again.duplicateRows.size() == 4);
    const LedgerOutcome second = require(writeLedger(db.store(), again, defaultLedgerChoices(again)));
    CHECK(ledgerSummary(second) == QStringLiteral("imported 0, rejected 4, duplicates 4"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints")) == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM departments WHERE name = '保安部'")) == 1);
}

TEST_CASE("imported rows follow the complaints already stored; texts arrive exactly as the ledger wrote them",
          "[import]")
{
    TestDb db;
    const auto& org = db.org();
    const Complaint before1 = db.registered();
    const Complaint before2 = db.registered();
    // Texts the write path must carry unchanged: a character outside the BMP, quotes, a NUL-free percent sign,
    // an empty request, a long description, ASCII mixed with Chinese.
    const QString longText = QStringLiteral("地库积水").repeated(300);
    const QString ledger
        = QStringLiteral("受理时间,业主,项目,房号,投诉内容,诉求,责任部门,处理结果,状态\n"
                         "2026-03-05 08:00,𠮷野家,西溪锦园,3-2-1502,\"他说\"\"再也不交\"\"物业费\",100%%退款,"
                         "工程部,已修复,已办结\n"
                         "2026-03-04 09:00,Ann 李,西溪锦园,,%1,,,,\n")
              .arg(longText);
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("进度%1.csv"), ledger.toUtf8()));
    REQUIRE(p.records.size() == 2);
    const LedgerOutcome out = require(writeLedger(db.store(), p, defaultLedgerChoices(p)));
    CHECK(out.imported == 2);

    // In time order after the two complaints already there: the 4th is the earlier row.
    const Complaint early = require(db.store().complaints().get(before2.id + 1));
    const Complaint late = require(db.store().complaints().get(before2.id + 2));
    CHECK(before1.id < before2.id);
    CHECK(early.complainantName == QStringLiteral("Ann 李"));
    CHECK(early.description == longText);
    CHECK(early.request.isEmpty());
    CHECK_FALSE(early.request.isNull()); // stored as '', not NULL
    CHECK(late.complainantName == QStringLiteral("𠮷野家"));
    CHECK(late.description == QStringLiteral("他说\"再也不交\"物业费"));
    CHECK(late.request == QStringLiteral("100%%退款"));
    CHECK(late.code == QStringLiteral("TS-20260305-0001"));
    CHECK(late.buildingId == org.building);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints WHERE request IS NULL OR note IS NULL")) == 0);

    // Each ticket and audit row belongs to its own complaint.
    const auto tickets = require(db.store().tickets().forComplaint(late.id));
    REQUIRE(tickets.size() == 1);
    CHECK(tickets[0].result == QStringLiteral("已修复"));
    CHECK(require(db.store().tickets().forComplaint(early.id)).isEmpty());
    CHECK(require(db.store().tickets().forComplaint(before2.id)).size()
          == require(db.store().tickets().forComplaint(before1.id)).size());
    const auto audit = require(db.store().audit().forRecord(QStringLiteral("complaint"), late.id));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].newValue == QStringLiteral("进度%1.csv, row 2"));
    CHECK(require(db.store().audit().forRecord(QStringLiteral("complaint"), early.id))[0].newValue
          == QStringLiteral("进度%1.csv, row 3"));

    // Found by both search indexes.
    ComplaintFilter f;
    f.text = QStringLiteral("𠮷野");
    CHECK(require(db.store().complaints().count(f)) == 1);
    f.text = QStringLiteral("再也不交");
    CHECK(require(db.store().complaints().count(f)) == 1);
}

TEST_CASE("unknown names are mapped as the user chose: to an existing entry, created, or left empty", "[import]")
{
    TestDb db;
    db.org();
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("l.csv"), kLedger.toUtf8()));
    LedgerChoices choices;
    choices.insert(ledgerChoiceKey(LedgerField::Type, QStringLiteral("高空抛物")), {LedgerChoice::Action::Create, 0});
    choices.insert(ledgerChoiceKey(LedgerField::Department, QStringLiteral("保安部")),
                   {LedgerChoice::Action::MapToExisting, db.org().engineering});
    require(writeLedger(db.store(), p, choices));
    const Complaint fall = byDescription(db, QStringLiteral("花盆砸坏"));
    CHECK(require(db.store().catalogues().entry(fall.typeId)).nameZh == QStringLiteral("高空抛物"));
    const Complaint leak = byDescription(db, QStringLiteral("天花板渗水"));
    CHECK(require(db.store().tickets().forComplaint(leak.id)).first().departmentId == db.org().engineering);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM departments WHERE name = '保安部'")) == 0);
}

TEST_CASE("a cancelled or failed import leaves nothing written, the search index included", "[import][sqlite]")
{
    TestDb db;
    db.org();
    QString big = QStringLiteral("受理时间,投诉内容,项目\n");
    for (int i = 0; i < 3000; ++i)
        big += QStringLiteral("2026-03-%1 08:%2,第%3户反映电梯异响,新项目\n").arg(1 + i % 28).arg(i % 60).arg(i);
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("big.csv"), big.toUtf8()));
    REQUIRE(p.records.size() == 3000);
    const QString before = rawDump(db.path(), QStringLiteral("estates"));
    const QString indexes = complaintIndexes(db);

    SECTION("cancelled half way")
    {
        auto r = writeLedger(db.store(), p, defaultLedgerChoices(p), [](int done, int) { return done < 2000; });
        CHECK(r.error().contains(QStringLiteral("Cancelled")));
    }
    SECTION("the disk fills up")
    {
        const qint64 pages = count(db, QStringLiteral("PRAGMA page_count"));
        requireOk(
            execute(db.store().database().connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20)));
        auto r = writeLedger(db.store(), p, defaultLedgerChoices(p));
        CHECK(r.error().contains(QStringLiteral("full")));
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 0);
    CHECK(rawDump(db.path(), QStringLiteral("estates")) == before); // 新项目 was not created
    CHECK(complaintIndexes(db) == indexes); // dropped for the large import, and back with the rollback
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('complaints_fts_insert', "
                               "'complaints_grams_insert')"))
          == 2);
    // Registering afterwards still feeds both search indexes through their triggers.
    const Complaint c = db.registered();
    ComplaintFilter f;
    f.text = c.description.left(4);
    CHECK(require(db.store().complaints().count(f)) == 1);
    f.text = c.description.left(2);
    CHECK(require(db.store().complaints().count(f)) == 1);
}

TEST_CASE("cli import: dry run, report, GB18030, re-import, and the summary line scripts read", "[import][cli]")
{
    TestDb db;
    db.org();
    db.close();
    QStringEncoder gb("GB18030");
    const QString path = db.writeFile(QStringLiteral("gbk.csv"), gb(kLedger));
    const QString report = db.file(QStringLiteral("report.csv"));
    const QStringList base{QStringLiteral("--db"), db.path(), QStringLiteral("import"), path};

    CliRun dry = runCli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
    CHECK(dry.code == 0);
    CHECK(dry.out == QStringLiteral("imported 3, rejected 4, duplicates 1 (dry run: nothing was written)\n"));
    CHECK(dry.err.contains(QStringLiteral("搁置")));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 0);
    QFile reportFile(report);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(reportFile.readAll());
    CHECK(reportText.count(QLatin1Char('\n')) == 9); // header + 8 rows
    CHECK(reportText.contains(QStringLiteral("5,rejected,,投诉日期,2026-02-30,there is no such day")));
    reportFile.close();

    CliRun real = runCli(base + QStringList{QStringLiteral("--report"), report});
    CHECK(real.code == 0);
    CHECK(real.out == QStringLiteral("imported 3, rejected 4, duplicates 1\n"));
    CHECK(real.err.contains(QStringLiteral("高空抛物")));
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(reportFile.readAll()).contains(QStringLiteral("2,imported,TS-20260305-0001")));
    CHECK(runCli(base).out == QStringLiteral("imported 0, rejected 4, duplicates 4\n"));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 3);

    // A wrong encoding named by the user, and files that cannot be read, exit 1 and change nothing.
    CliRun wrong = runCli(base + QStringList{QStringLiteral("--encoding"), QStringLiteral("UTF-8")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("UTF-8")));
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), db.file(QStringLiteral("no.csv"))}).code
          == 1);
    const QString headless = db.writeFile(QStringLiteral("headless.csv"), "2026-03-05,电梯坏了\n");
    // In-process runs keep the tests' language (English messages, Chinese catalogue names): no --lang here.
    CliRun noHeader = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), headless});
    CHECK(noHeader.code == 1);
    CHECK(noHeader.err.contains(QStringLiteral("first row must name the columns")));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 3);
}

TEST_CASE("a caseloop-cli killed in the middle of an import leaves the database as it was", "[import][process][sqlite]")
{
    TestDb db;
    db.org();
    db.close();
    QByteArray csv = "受理时间,业主,项目,房号,投诉内容\n";
    for (int i = 0; i < 60000; ++i)
        csv += QStringLiteral("2026-%1-%2 09:%3,业主%4,西溪锦园,3-%5-%6,第%4号投诉：楼道灯不亮已经一周\n")
                   .arg(1 + i % 10)
                   .arg(1 + i % 28)
                   .arg(i % 60)
                   .arg(i)
                   .arg(1 + i % 2)
                   .arg(101 + i % 1800)
                   .toUtf8();
    const QString path = db.writeFile(QStringLiteral("big.csv"), csv);
    const QString before = rawDump(db.path(), QStringLiteral("buildings"));

    QProcess cli;
    cli.start(QStringLiteral(CASELOOP_CLI_PATH),
              {QStringLiteral("--db"), db.path(), QStringLiteral("--lang"), QStringLiteral("en"),
               QStringLiteral("--user"), kTestLogin, QStringLiteral("import"), path, QStringLiteral("--progress")});
    REQUIRE(cli.waitForStarted());
    QByteArray progress;
    while (!progress.contains("writing") && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(100);
        progress += cli.readAllStandardError();
    }
    INFO(progress.toStdString());
    REQUIRE(progress.contains("writing")); // killed while rows are being written
    cli.kill();
    cli.waitForFinished();

    if (!onPostgres())
        CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 0);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")).toInt() == 0);
    CHECK(rawDump(db.path(), QStringLiteral("buildings")) == before);
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('complaints_fts_insert', "
                                   "'complaints_grams_insert')"))
              .toInt()
          == 2);
    // The next import finds everything to do, and the search index agrees with the table.
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), path}).out
          == QStringLiteral("imported 60000, rejected 0, duplicates 0\n"));
    rawExec(db.path(), QStringLiteral("INSERT INTO complaints_fts (complaints_fts) VALUES ('integrity-check')"));
    rawExec(db.path(), QStringLiteral("INSERT INTO complaints_grams (complaints_grams) VALUES ('integrity-check')"));
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH "
                                   "'\"第59999号投诉\"'"))
              .toInt()
          == 1);
}

TEST_CASE("a NUL byte in a CSV ledger is named by its line, and nothing is imported", "[import][safety]")
{
    TestDb db;
    db.org();
    QByteArray bytes = QStringLiteral("投诉日期,业主,手机,小区,投诉类型,问题描述\r\n"
                                      "2026-03-05 14:30,王建国,13812345678,西溪锦园,噪音,楼上装修噪音\r\n"
                                      "2026-03-06 09:00,李秀英,13900001111,西溪锦园,噪音,夜间施工\r\n")
                           .toUtf8();
    bytes.insert(bytes.lastIndexOf("夜间"), '\0');
    const auto read = readLedgerFile(db.writeFile(QStringLiteral("nul.csv"), bytes));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("line 3")));
    CHECK(read.error().contains(QStringLiteral("NUL")));
}

TEST_CASE("two imports at once into one file both land: the second waits for the first", "[import][process][safety]")
{
    TestDb db;
    db.org();
    db.close();
    QStringList ledgers;
    for (int part = 0; part < 2; ++part) {
        QByteArray csv = "受理时间,业主,项目,房号,投诉内容\n";
        for (int i = 0; i < 15000; ++i)
            csv += QStringLiteral("2026-%1-%2 1%3:%4,业主%5-%6,西溪锦园,3-%7-%8,第%6号投诉：电梯异响\n")
                       .arg(1 + i % 10)
                       .arg(1 + i % 28)
                       .arg(part)
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(part)
                       .arg(i)
                       .arg(1 + i % 2)
                       .arg(101 + i % 1800)
                       .toUtf8();
        ledgers << db.writeFile(QStringLiteral("part%1.csv").arg(part), csv);
    }
    QProcess first, second;
    for (int part = 0; part < 2; ++part)
        (part ? second : first)
            .start(QStringLiteral(CASELOOP_CLI_PATH),
                   {QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("import"),
                    ledgers.at(part)});
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 30000);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(DISTINCT code) FROM complaints")).toInt() == 30000);
    if (!onPostgres())
        CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("a full disk fails an import and a save with plain words, and keeps everything stored",
          "[import][safety][sqlite]")
{
    TestDb db;
    db.org();
    const Complaint kept = db.registered();
    QByteArray csv = "受理时间,业主,项目,房号,投诉内容\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("2026-11-%1 10:%2,业主%3,西溪锦园,3-1-%4,第%3号投诉：地库积水\n")
                   .arg(1 + i % 20)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(101 + i % 900)
                   .toUtf8();
    const LedgerPlan p = plan(db, db.writeFile(QStringLiteral("big.csv"), csv));
    // The disk is full: SQLite may not grow the file by a single page (what a full disk or quota reports).
    const QSqlDatabase c = db.store().database().connection();
    const int pages = require(scalar(c, QStringLiteral("PRAGMA page_count"))).toInt();
    requireOk(execute(c, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    const auto imported = writeLedger(db.store(), p, defaultLedgerChoices(p));
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().toStdString());
    CHECK(imported.error().contains(QStringLiteral("is full")));
    CHECK(imported.error().contains(db.path()));
    CHECK_FALSE(imported.error().contains(QStringLiteral("INSERT")));
    const auto saved = ComplaintWorkflow(db.store()).registerComplaint(db.draft());
    if (!saved.ok()) // one more complaint may still fit in the last page; if not, the same words
        CHECK(saved.error().contains(QStringLiteral("is full")));

    requireOk(execute(c, QStringLiteral("PRAGMA max_page_count = 1073741823"))); // space freed
    CHECK(require(db.store().complaints().get(kept.id)).code == kept.code);
    CHECK(require(db.store().complaints().count({})) == (saved.ok() ? 2 : 1));
    CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(require(writeLedger(db.store(), p, defaultLedgerChoices(p))).imported == 3000);
}
