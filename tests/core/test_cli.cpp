#include "CliRun.h"
#include "TestSupport.h"
#include "sql/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h> // umask and the files' modes

using namespace caseloop;
using namespace caseloop::test;

namespace {
CliRun demo(const QString& db, int complaints, int seed)
{
    return runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--complaints"),
                   QString::number(complaints), QStringLiteral("--seed"), QString::number(seed),
                   QStringLiteral("--end"), QStringLiteral("2026-11-23")});
}

// Everything a demo database says about its complaints, in a comparable form.
QString dump(const QString& db)
{
    QString text;
    for (const char* table : {"complaints", "tickets", "follow_ups", "rectification_items"})
        text += rawDump(db, QString::fromLatin1(table));
    // Not the password hashes: every one has its own random salt.
    text += QString::number(rawDump(db, QStringLiteral("staff")).count(QLatin1Char('\n')));
    for (const char* column : {"name", "login", "role_code", "department_id", "phone", "active"})
        text += rawScalar(db, QStringLiteral("SELECT group_concat(%1, '|') FROM staff").arg(QLatin1String(column)))
                    .toString();
    return text;
}
} // namespace

TEST_CASE("cli init creates a database and reports an up-to-date one", "[cli]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("office.db"));
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(r.code == caseloop::cli::Success);
    CHECK(r.out.contains(QStringLiteral("Created")));
    CHECK(rawScalar(db, QStringLiteral("PRAGMA user_version")).toInt() == latestSchemaVersion());
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(r.code == caseloop::cli::Success);
    CHECK(r.out.contains(QStringLiteral("current version")));
}

TEST_CASE("cli demo makes realistic data in every status, the same for the same seed", "[cli][demo]")
{
    TestDb tmp;
    const QString a = tmp.file(QStringLiteral("a.db")), b = tmp.file(QStringLiteral("b.db")),
                  c = tmp.file(QStringLiteral("c.db"));
    CliRun r = demo(a, 400, 7);
    INFO(r.err.toStdString());
    REQUIRE(r.code == caseloop::cli::Success);
    CHECK(r.out.contains(QStringLiteral("400 complaints")));
    REQUIRE(demo(b, 400, 7).code == caseloop::cli::Success);
    REQUIRE(demo(c, 400, 8).code == caseloop::cli::Success);
    CHECK(dump(a) == dump(b));
    CHECK(dump(a) != dump(c));
    for (ComplaintStatus s : allValues<ComplaintStatus>()) {
        INFO(toStorage(s).toStdString());
        CHECK(rawScalar(a, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE status = '%1'").arg(toStorage(s)))
                  .toInt()
              > 0);
    }
    for (RectificationStatus s : allValues<RectificationStatus>()) {
        INFO(toStorage(s).toStdString());
        CHECK(rawScalar(
                  a, QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE status = '%1'").arg(toStorage(s)))
                  .toInt()
              > 0);
    }
    for (TicketStatus s : allValues<TicketStatus>()) {
        INFO(toStorage(s).toStdString());
        // Returned tickets are dispatched again at once, so 'returned' shows as a reason on a later state.
        const QString sql = s == TicketStatus::Returned
            ? QStringLiteral("SELECT COUNT(*) FROM tickets WHERE return_reason <> ''")
            : QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = '%1'").arg(toStorage(s));
        CHECK(rawScalar(a, sql).toInt() > 0);
    }
    CHECK(rawScalar(a,
                    QStringLiteral("SELECT COUNT(*) FROM complaints WHERE received_at < '2025-11-23' OR received_at > "
                                   "'2026-11-23 18:00:00'"))
              .toInt()
          == 0);
    CHECK(rawScalar(a, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE description LIKE '%电梯%'")).toInt() > 0);
    CHECK(rawScalar(a, QStringLiteral("SELECT COUNT(DISTINCT estate_id) FROM complaints")).toInt() >= 10);
    CHECK(rawScalar(a, QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE kind = 'workday'")).toInt() > 0);
    // Refused on a database that already has complaints, and nothing is added.
    r = demo(a, 10, 1);
    CHECK(r.code == caseloop::cli::BadInput);
    CHECK(r.err.contains(QStringLiteral("already holds 400")));
    CHECK(runCli({QStringLiteral("--db"), a, QStringLiteral("check")}).code == caseloop::cli::Success);
}

TEST_CASE("the demo reads like a real office: open complaints recent, few overdue, work in office hours", "[cli][demo]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("office.db"));
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--complaints"),
                             QStringLiteral("1500"), QStringLiteral("--end"), QStringLiteral("2026-11-23"),
                             QStringLiteral("--progress")});
    REQUIRE(r.code == caseloop::cli::Success);
    CHECK(r.err.contains(QStringLiteral("1500/1500"))); // progress while it writes
    FixedClock clock(wallTime(QDate(2026, 11, 23), QTime(18, 0)));
    auto store = require(Store::open(db, clock));
    ComplaintFilter open;
    open.statuses = openValues<ComplaintStatus>();
    open.now = clock.now();
    const qint64 openCount = require(store->complaints().count(open));
    ComplaintFilter overdue = open;
    overdue.overdueOnly = true;
    const qint64 overdueCount = require(store->complaints().count(overdue));
    INFO(openCount << " open, " << overdueCount << " overdue");
    REQUIRE(openCount > 0);
    // A real office has 5–15 % of its open complaints overdue.
    CHECK(overdueCount * 100 >= openCount * 5);
    CHECK(overdueCount * 100 <= openCount * 15);
    CHECK(rawScalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM complaints WHERE status IN ('new', 'in_progress', "
                                   "'awaiting_follow_up', 'reopened') AND received_at < '2026-10-23'"))
              .toInt()
          <= openCount / 10); // open ones are recent
    // Nobody dispatches at night.
    CHECK(rawScalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM tickets WHERE time(dispatched_at) < '08:00:00' "
                                   "OR time(dispatched_at) >= '20:00:00'"))
              .toInt()
          == 0);
    // Each rectification item is of its complaints' type, and planned before its deadline.
    CHECK(rawScalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM rectification_items r JOIN rectification_complaints rc "
                                   "ON rc.item_id = r.id JOIN complaints c ON c.id = rc.complaint_id "
                                   "WHERE c.type_id <> r.type_id"))
              .toInt()
          == 0);
    CHECK(
        rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE planned_date > deadline")).toInt()
        == 0);
}

TEST_CASE("cli stats counts sum to the number of complaints, as a table and as JSON", "[cli][stats]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("s.db"));
    REQUIRE(demo(db, 300, 3).code == caseloop::cli::Success);
    for (const char* by : {"type", "region", "estate", "service-line", "channel", "status", "customer-type"}) {
        INFO(by);
        CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"),
                           QString::fromLatin1(by), QStringLiteral("--json")});
        REQUIRE(r.code == caseloop::cli::Success);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        qint64 sum = 0;
        for (const QJsonValue& row : doc.value(QStringLiteral("rows")).toArray())
            sum += row.toObject().value(QStringLiteral("count")).toInteger();
        CHECK(sum == 300);
        CHECK(doc.value(QStringLiteral("total")).toInteger() == 300);
    }
    CliRun table
        = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("type")});
    CHECK(table.code == caseloop::cli::Success);
    CHECK(table.out.contains(QStringLiteral("Total")));
    CHECK(table.out.contains(QStringLiteral("300")));
    // A date window counts only complaints received inside it.
    CliRun window = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"),
                            QStringLiteral("status"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                            QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    const qint64 expected
        = rawScalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM complaints WHERE received_at >= '2026-11-01' "
                                   "AND received_at < '2026-11-24'"))
              .toLongLong();
    CHECK(QJsonDocument::fromJson(window.out.toUtf8()).object().value(QStringLiteral("total")).toInteger() == expected);
    CHECK(expected > 0);
    CHECK(expected < 300);
}

TEST_CASE("cli check finds broken consistency rules and names the records", "[cli][check]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("k.db"));
    REQUIRE(demo(db, 120, 5).code == caseloop::cli::Success);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == caseloop::cli::Success);
    const QString code
        = rawScalar(db, QStringLiteral("SELECT code FROM complaints WHERE status IN ('new', 'in_progress') LIMIT 1"))
              .toString();
    REQUIRE_FALSE(code.isEmpty());
    rawExec(
        db,
        QStringLiteral("UPDATE complaints SET status = 'closed', closed_at = received_at WHERE code = '%1'").arg(code));
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.code == caseloop::cli::BadInput);
    CHECK(r.err.contains(code));
    CHECK(r.err.contains(QStringLiteral("without result feedback")));
}

TEST_CASE("cli check on a damaged file shows what SQLite's integrity check found, not an SQL error", "[cli][check]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("d.db"));
    REQUIRE(demo(db, 400, 7).code == caseloop::cli::Success);
    damageFile(db, '\x5A', 1.0 / 6);
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("check")}); // no --lang: it is process-wide
    INFO(r.err.toStdString());
    CHECK(r.code == caseloop::cli::BadInput);
    CHECK((r.err.contains(QStringLiteral("integrity check")) || r.err.contains(QStringLiteral("damaged"))));
    CHECK(r.err.contains(QStringLiteral("backup")));
    CHECK_FALSE(r.err.contains(QStringLiteral("SELECT")));
    CHECK_FALSE(r.err.contains(QStringLiteral("PRAGMA")));
}

TEST_CASE("cli usage errors exit 2, bad input and refused files exit 1", "[cli]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("u.db"));
    CHECK(runCli({}).code == caseloop::cli::UsageError);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == caseloop::cli::UsageError);
    CHECK(
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("colour")})
            .code
        == caseloop::cli::UsageError);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--verbose")}).code
          == caseloop::cli::UsageError);
    CliRun badDate = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"),
                             QStringLiteral("type"), QStringLiteral("--from"), QStringLiteral("2026-02-30")});
    CHECK(badDate.code == caseloop::cli::BadInput);
    CHECK(badDate.err.contains(QStringLiteral("--from")));
    CHECK(badDate.err.contains(QStringLiteral("2026-02-30")));

    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == caseloop::cli::Success);
    rawExec(db, QStringLiteral("PRAGMA user_version = 42"));
    CliRun newer = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(newer.code == caseloop::cli::BadInput);
    CHECK(newer.err.contains(QStringLiteral("42")));
}

TEST_CASE("cli --help works for the program and for every command", "[cli]")
{
    CliRun r = runCli({QStringLiteral("--help")});
    CHECK(r.code == caseloop::cli::Success);
    for (const char* command : {"init", "demo", "stats", "check"}) {
        INFO(command);
        CHECK(r.out.contains(QString::fromLatin1(command)));
        CliRun help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.code == caseloop::cli::Success);
        CHECK(help.out.contains(QStringLiteral("--help")));
    }
    CHECK(runCli({QStringLiteral("stats"), QStringLiteral("--help")}).out.contains(QStringLiteral("--by")));
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--help")}).out.contains(QStringLiteral("--seed")));
}

TEST_CASE("the caseloop-cli program itself exits with the documented codes", "[cli][process]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("p.db"));
    QProcess p;
    p.start(QStringLiteral(CASELOOP_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo"),
             QStringLiteral("--complaints"), QStringLiteral("150")});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 0);
    p.start(QStringLiteral(CASELOOP_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("--user"), kTestLogin, QStringLiteral("stats"),
             QStringLiteral("--by"), QStringLiteral("type"), QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    CHECK(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("total")).toInteger()
          == 150);
    p.start(QStringLiteral(CASELOOP_CLI_PATH), {QStringLiteral("nonsense")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 2);
    // Only init and demo make a database; a mistyped path is reported, not created.
    p.start(QStringLiteral(CASELOOP_CLI_PATH),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
             tmp.file(QStringLiteral("typo.db")), QStringLiteral("check")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("typo.db"))));
    QFile text(tmp.file(QStringLiteral("ledger.csv")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database\n");
    text.close();
    p.start(QStringLiteral(CASELOOP_CLI_PATH),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), text.fileName(),
             QStringLiteral("check")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not a CaseLoop database")));
}

TEST_CASE("the programs create every file private to the user, whatever the umask", "[cli][process][safety]")
{
    TestDb tmp;
    tmp.close();
    const mode_t previous = ::umask(022); // the usual umask, which would make files readable by everyone
    const QString db = tmp.file(QStringLiteral("office.db"));
    auto run = [&](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(CASELOOP_CLI_PATH),
                QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), kTestLogin} + args);
        REQUIRE(p.waitForFinished(120000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        CHECK(p.exitCode() == 0);
    };
    run({QStringLiteral("demo"), QStringLiteral("--complaints"), QStringLiteral("40")});
    run({QStringLiteral("backup"), QStringLiteral("--out"), tmp.file(QStringLiteral("copy.db"))});
    run({QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--format"), QStringLiteral("xlsx"),
         QStringLiteral("--out"), tmp.file(QStringLiteral("ledger.xlsx"))});
    run({QStringLiteral("export"), QStringLiteral("tracking"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), tmp.file(QStringLiteral("tracking.csv"))});
    ::umask(previous);
    for (const QString& name : {QStringLiteral("office.db"), QStringLiteral("copy.db"), QStringLiteral("ledger.xlsx"),
                                QStringLiteral("tracking.csv")}) {
        struct stat st
        {
        };
        REQUIRE(::stat(tmp.file(name).toLocal8Bit().constData(), &st) == 0);
        INFO(name.toStdString());
        CHECK((st.st_mode & 0777) == 0600);
    }
}

TEST_CASE("a write waits for another writer longer than SQLite's 5 s, and says it is waiting",
          "[cli][process][safety][sqlite]")
{
    TestDb db;
    db.close();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(db.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another desk in the middle of a long write
        QProcess p;
        p.start(QStringLiteral(CASELOOP_CLI_PATH),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db.path(),
                 QStringLiteral("--user"), kTestLogin, QStringLiteral("account"), QStringLiteral("list")});
        CHECK_FALSE(p.waitForFinished(6500)); // still waiting after SQLite's own timeout would have failed it
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        CHECK(p.exitCode() == 0);
        CHECK(err.contains(QStringLiteral("waiting")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    // The sign-in's audit row is a write: it waited for the other writer, then landed.
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login'")).toInt() == 1);
}
