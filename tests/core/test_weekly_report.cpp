// The weekly report: its figures from a crafted week, its sections in the PDF, the charts as vectors,
// and the same report from caseloop-cli.
#include "Cli.h"
#include "TestSupport.h"
#include "WeeklyReportPainter.h"
#include "analysis/WeeklyReport.h"

#include <QFile>
#include <QRegularExpression>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// W47 (16–22 Nov): three elevator complaints in 3栋, one closed in the week; W46: one more (with it, a hotspot
// of four within 30 days).
void craftWeeks(TestDb& db)
{
    ComplaintWorkflow wf(db.store());
    auto registerAt = [&](const QDateTime& when) {
        db.clock().set(when);
        Complaint d = db.draft();
        d.receivedAt = when;
        return require(wf.registerComplaint(d));
    };
    registerAt(at(11, 10));
    const Complaint a = registerAt(at(11, 16));
    registerAt(at(11, 18));
    registerAt(at(11, 20));
    db.clock().set(at(11, 19));
    require(wf.close(a.id, QStringLiteral("业主电话确认已修好，不需回访")));
    RectificationItem item;
    item.code = QStringLiteral("ZG-2026-0007");
    item.problem = QStringLiteral("地库照明不足");
    item.departmentId = db.org().engineering;
    item.deadline = QDate(2026, 11, 20); // overdue by the report's end
    item.assignedAt = item.createdAt = item.updatedAt = at(11, 12);
    require(db.store().rectifications().insert(item));
    db.clock().set(at(11, 23, 9));
}
} // namespace

TEST_CASE("the weekly report compares this week with last week and lists hotspots and open items", "[report]")
{
    TestDb db(at(11, 23, 9));
    craftWeeks(db);
    const WeeklyReport r
        = require(WeeklyReport::build(db.store(), Period::isoWeek(QStringLiteral("2026-W47")), db.clock().now()));
    CHECK(r.asOf == at(11, 23, 0));
    CHECK(r.thisWeek.received == 3);
    CHECK(r.lastWeek.received == 1);
    CHECK(r.thisWeek.closed == 1);
    CHECK(r.thisWeek.openAtEnd == 3); // two of this week, one of last week
    CHECK(r.lastWeek.openAtEnd == 1);
    CHECK(r.thisWeek.overdueAtEnd == 1); // last week's: feedback due 13 Nov
    REQUIRE(r.byType.size() == 1);
    CHECK(r.byType[0].count == 3);
    CHECK(r.trend.size() == 12);
    CHECK(r.trend.last().count == 3);
    REQUIRE(r.hotspots.size() == 1);
    CHECK(r.hotspots[0].complaintIds.size() == 4); // last week's is within the 30 days too
    REQUIRE(r.openItems.size() == 1);
    CHECK(r.openItems[0].overdue);
    REQUIRE(r.departments.isEmpty()); // no tickets were dispatched

    const QString path = db.file(QStringLiteral("w47.pdf"));
    requireOk(WeeklyReportPainter::writePdf(r, path, QStringLiteral("test")));
    const QString text
        = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString& expected :
         {QStringLiteral("2026-W47"), QStringLiteral("This week at a glance"), QStringLiteral("Hotspots"),
          QStringLiteral("西溪锦园 3栋"), QStringLiteral("ZG-2026-0007"), QStringLiteral("地库照明不足"),
          QStringLiteral("Complaint types"), QStringLiteral("设施设备")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    // The charts are vectors with real text, not pictures.
    CHECK(runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).count(QLatin1Char('\n')) <= 2);
    const QString fonts = runProgram(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(QStringLiteral("WenQuanYi")));
    static const QRegularExpression row(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString& line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2))
        CHECK(row.match(line).captured(1) == QStringLiteral("yes")); // every font embedded
}

TEST_CASE("an empty week gives a report of zeros, not a failure", "[report]")
{
    TestDb db;
    const WeeklyReport r
        = require(WeeklyReport::build(db.store(), Period::isoWeek(QStringLiteral("2026-W10")), db.clock().now()));
    CHECK(r.thisWeek.received == 0);
    CHECK(r.byType.isEmpty());
    CHECK(r.hotspots.isEmpty());
    requireOk(WeeklyReportPainter::writePdf(r, db.file(QStringLiteral("empty.pdf")), QStringLiteral("test")));
    CHECK(QFile(db.file(QStringLiteral("empty.pdf"))).size() > 1000);
}

TEST_CASE("a week not over yet is compared with the same days of the week before, and marked", "[report]")
{
    TestDb db;
    craftWeeks(db);
    db.clock().set(at(11, 25, 15)); // Wednesday of W48
    const Period week = Period::containing(Period::Kind::Week, db.clock().now().date());
    const WeeklyReport r = require(WeeklyReport::build(db.store(), week, db.clock().now()));
    CHECK(r.partial);
    CHECK(r.previous.from == QDate(2026, 11, 16));
    CHECK(r.previous.to == QDate(2026, 11, 18));
    const WeeklyReport whole = require(WeeklyReport::build(db.store(), week.previous(), db.clock().now()));
    CHECK_FALSE(whole.partial);
    CHECK(whole.previous.to == QDate(2026, 11, 15));
    // Monday to Wednesday of W47 had two of its three complaints (16 and 18 November; the 20th is a Friday).
    CHECK(r.lastWeek.received == 2);
    CHECK(whole.thisWeek.received == 3);
}

TEST_CASE("caseloop-cli writes the weekly report and lists hotspots", "[report][cli]")
{
    TestDb db(at(11, 23, 9));
    craftWeeks(db);
    db.close();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QString pdf = db.file(QStringLiteral("report.pdf"));
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("report"),
                    QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                    QStringLiteral("--out"), pdf},
                   out, err)
          == 0);
    CHECK(QFile::exists(pdf));
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("report"),
                    QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W99"),
                    QStringLiteral("--out"), pdf},
                   out, err)
          == 1);
    err.flush();
    CHECK(errText.contains(QStringLiteral("2026-W99")));
    outText.clear();
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("hotspots"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--json")},
                   out, err)
          == 0);
    out.flush();
    CHECK(outText.contains(QStringLiteral("\"count\": 4")));
    outText.clear();
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("hotspots"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--min"), QStringLiteral("5")},
                   out, err)
          == 0);
    out.flush();
    CHECK_FALSE(outText.contains(QStringLiteral("3栋")));
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("hotspots"),
                    QStringLiteral("--days"), QStringLiteral("zero")},
                   out, err)
          == 1);
}
