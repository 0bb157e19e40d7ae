// The office on both engines: moved from a file to a PostgreSQL server and back, its figures identical at every
// step (runs where a test server is given, TestSupport.h onPostgres).
#include "CliRun.h"
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "sql/Migrations.h"

#include <QFile>
#include <QRegularExpression>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QString statsJson(const QString& db, const QString& by)
{
    const CliRun r = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"), by, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}

// The demo office of `complaints` complaints up to 2026-11-20, as the file `path`.
void demoFile(const QString& path, int complaints)
{
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--complaints"),
                    QString::number(complaints), QStringLiteral("--end"), QStringLiteral("2026-11-20")})
                .code
            == 0);
}

// caseloop-cli migrate from `from` to `to`, which must succeed.
CliRun migrated(const QString& from, const QString& to)
{
    const CliRun r = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}
} // namespace

TEST_CASE("an office moves from a file to a server and back with identical figures, and checks clean on both",
          "[engines][cli][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.db"));
    const QString back = dir.filePath(QStringLiteral("back.db"));
    demoFile(file, 600);
    const QString server = createServerDatabase();
    CHECK(migrated(file, server).out.contains(QStringLiteral("complaints")));
    // Copied frozen into tables truncated in the copy's own transaction: every page is all-visible at once, so the
    // first analyses read indexes alone instead of waiting for autovacuum. The audit log refuses TRUNCATE and is
    // copied as rows like any desk's.
    rawExec(server, QStringLiteral("ANALYZE complaints, tickets, follow_ups, audit_log"));
    for (const char* table : {"complaints", "tickets", "follow_ups"}) {
        INFO(table);
        const auto column = [&](const char* name) {
            return rawScalar(server,
                             QStringLiteral("SELECT %1 FROM pg_class WHERE oid = '%2'::regclass")
                                 .arg(QLatin1String(name), QLatin1String(table)))
                .toInt();
        };
        const int pages = column("relpages");
        CHECK(pages > 0);
        CHECK(column("relallvisible") == pages);
    }
    CHECK(rawScalar(server, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 0);
    // Once there, the server office is not a target any more: a second move is refused, nothing merged.
    CHECK(runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server}).code
          != 0);
    migrated(server, back);
    for (const char* by : {"type", "region", "estate", "status", "satisfaction", "service-line", "channel"}) {
        INFO(by);
        const QString onFile = statsJson(file, QLatin1String(by));
        CHECK(statsJson(server, QLatin1String(by)) == onFile);
        CHECK(statsJson(back, QLatin1String(by)) == onFile);
    }
    for (const QString& db : {file, server, back}) {
        const CliRun check = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        INFO(check.out.toStdString() + check.err.toStdString());
        CHECK(check.code == 0);
    }
    // The same hotspots, and the same tracking sheet as CSV, on the server as in the file.
    for (const QString& db : {server, back}) {
        const QStringList hotspots{QStringLiteral("hotspots"), QStringLiteral("--to"), QStringLiteral("2026-11-20"),
                                   QStringLiteral("--json")};
        CHECK(runCli(QStringList{QStringLiteral("--db"), db} + hotspots).out
              == runCli(QStringList{QStringLiteral("--db"), file} + hotspots).out);
    }
    const auto csv = [&](const QString& db, const QString& name) {
        const QString out = dir.filePath(name);
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tracking"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--status"),
                        QStringLiteral("all"), QStringLiteral("--out"), out})
                    .code
                == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    CHECK(csv(server, QStringLiteral("server.csv")) == csv(file, QStringLiteral("file.csv")));

    // The complaint ledger as XLSX: the same cells (the workbook's own creation time and the sheet's aside).
    const auto xlsx = [&](const QString& db, const QString& name) {
        const QString out = dir.filePath(name);
        const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("complaints"),
                                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--status"),
                                 QStringLiteral("all"), QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        // The sheet says when it was made, to the minute: two exports a second apart may name two minutes.
        static const QRegularExpression made(QStringLiteral("Made: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        QString sheet = runProgram(QStringLiteral("unzip"),
                                   {QStringLiteral("-p"), out, QStringLiteral("xl/worksheets/sheet1.xml")});
        CHECK(sheet.contains(made));
        return sheet.replace(made, QStringLiteral("Made: (time)"));
    };
    CHECK(xlsx(server, QStringLiteral("server.xlsx")) == xlsx(file, QStringLiteral("file.xlsx")));

    // The KPI tables, the promise rates and the weekly figures of a quarter, read through the stores.
    FixedClock clock(wallTime(QDate(2026, 11, 20), QTime(18, 0)));
    auto onFile = require(Store::open(file, clock));
    auto onServer = require(Store::open(server, clock));
    const AnalysisScope quarter{QDate(2026, 9, 1), QDate(2026, 11, 20)};
    const QDateTime asOf = clock.now();
    const auto rate = [](const Rate& r) { return QStringLiteral("%1/%2").arg(r.hits).arg(r.of); };
    const auto table = [&](Store& store, KpiGroup group) {
        QStringList lines;
        for (const KpiRow& r : require(store.statistics().kpis(group, quarter, asOf)))
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                         .arg(r.name)
                         .arg(r.complaints)
                         .arg(rate(r.firstResponse), rate(r.closure), rate(r.satisfaction), rate(r.reopen))
                         .arg(r.averageHandlingHours, 0, 'f', 6)
                         .arg(r.repeatComplainants)
                         .arg(r.id);
        return lines;
    };
    for (KpiGroup group : {KpiGroup::Steward, KpiGroup::Department}) {
        const QStringList expected = table(*onFile, group);
        CHECK_FALSE(expected.isEmpty());
        CHECK(table(*onServer, group) == expected);
    }
    const SlaCompliance a = require(onFile->statistics().sla(quarter, asOf));
    const SlaCompliance b = require(onServer->statistics().sla(quarter, asOf));
    CHECK(rate(a.firstContact) + rate(a.feedback) + rate(a.followUp)
          == rate(b.firstContact) + rate(b.feedback) + rate(b.followUp));
    const PeriodFigures f = require(onFile->statistics().figures(QDate(2026, 11, 9), QDate(2026, 11, 15), asOf));
    const PeriodFigures g = require(onServer->statistics().figures(QDate(2026, 11, 9), QDate(2026, 11, 15), asOf));
    CHECK(f.received > 0);
    CHECK((QList<qint64>{f.received, f.closed, f.openAtEnd, f.overdueAtEnd}
           == QList<qint64>{g.received, g.closed, g.openAtEnd, g.overdueAtEnd}));
    onServer.reset();
    dropServerDatabase(server);
}

TEST_CASE("a server database is refused untouched when it is newer, another program's or of the wrong encoding",
          "[engines][safety][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it
    FixedClock clock(TestDb::defaultNow());
    OpenOptions existing;
    existing.createIfMissing = false;

    const QString empty = createServerDatabase();
    auto notYet = Store::open(empty, clock, existing);
    REQUIRE_FALSE(notYet.ok());
    CHECK(notYet.error().contains(QStringLiteral("init")));
    CHECK(rawScalar(empty, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 0);

    {
        TestDb db; // an office on the server, then marked as written by a newer CaseLoop
        db.close();
        rawExec(db.path(), QStringLiteral("UPDATE caseloop_schema SET version = 99"));
        auto newer = Store::open(db.path(), clock);
        REQUIRE_FALSE(newer.ok());
        CHECK(newer.error().contains(QStringLiteral("99")));
        CHECK(newer.error().contains(QString::number(latestSchemaVersion(QStringLiteral("postgresql")))));
        CHECK(rawScalar(db.path(), QStringLiteral("SELECT version FROM caseloop_schema")).toInt() == 99);
    }

    rawExec(empty, QStringLiteral("CREATE TABLE invoices (id integer)"));
    auto foreign = Store::open(empty, clock);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().contains(QStringLiteral("another program")));
    CHECK(rawScalar(empty, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 1);
    dropServerDatabase(empty);
}

TEST_CASE("backup on a server writes the whole office into one CaseLoop file", "[engines][backup][cli][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it
    TestDb db;
    db.fillDemo(300, 5);
    db.close();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("office.db"));
    const CliRun backup
        = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == 0);
    CHECK(statsJson(copy, QStringLiteral("estate")) == statsJson(db.path(), QStringLiteral("estate")));
    CHECK(rawScalar(copy, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong()
          == rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong());
    // A restore into a server is the administrator's (pg_restore), or a migrate into a new database.
    const CliRun restore
        = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), QStringLiteral("--from"), copy});
    CHECK(restore.code != 0);
    CHECK(restore.err.contains(QStringLiteral("migrate")));
}

TEST_CASE("a server that wants a password gets it asked for, never shown, and reused by the same program",
          "[engines][safety][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it
    const QString server = createServerDatabase();
    const QString name = serverDatabaseName(server);
    const QString role = name + QStringLiteral("_desk");
    const QString secret = QStringLiteral("Xi-Xi-2026-secret");
    rawExec(server,
            QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2' IN ROLE caseloop_password_test")
                .arg(role, secret));
    rawExec(server, QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, role));
    rawExec(server, QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(role));
    QString address = server;
    address.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://%1@").arg(role));
    FixedClock clock(TestDb::defaultNow());

    auto without = Store::open(address, clock); // no password anywhere, nobody to ask
    REQUIRE_FALSE(without.ok());
    CHECK(without.error().contains(QStringLiteral("PGPASSWORD")));

    OpenOptions wrong;
    int asked = 0;
    wrong.askPassword = [&](const QString& where) {
        CHECK_FALSE(where.contains(secret));
        ++asked;
        return QStringLiteral("not-the-password");
    };
    auto refused = Store::open(address, clock, wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(asked == 3); // a mistyped password may be typed again, three times in all

    {
        OpenOptions right;
        right.askPassword = [&](const QString&) { return secret; };
        auto opened = Store::open(address, clock, right);
        const std::string why = opened.ok() ? std::string() : opened.error().toStdString();
        INFO(why);
        REQUIRE(opened.ok());
        CHECK_FALSE(opened.value()->location().contains(secret));
        // The window's other connections (the list's worker) reuse it without asking.
        auto worker = Store::openExisting(opened.value()->location(), clock);
        CHECK(worker.ok());
    }
    {
        // Written into the address, it is used but never shown, not even when the address is refused.
        QString withSecret = address;
        withSecret.replace(QStringLiteral("%1@").arg(role), QStringLiteral("%1:%2@").arg(role, secret));
        auto given = Store::open(withSecret, clock);
        REQUIRE(given.ok());
        CHECK_FALSE(given.value()->location().contains(secret));
        CHECK_FALSE(Store::displayLocation(withSecret).contains(secret));
    }
    auto bad = Store::open(QStringLiteral("postgresql://%1:%2@/?password=%2").arg(role, secret), clock);
    REQUIRE_FALSE(bad.ok());
    CHECK_FALSE(bad.error().contains(secret));
    dropServerDatabase(server);
    rawExec(server.section(QLatin1Char('/'), 0, 2) + QStringLiteral("/postgres?") + server.section(QLatin1Char('?'), 1),
            QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("every character of an office's texts reaches the server and comes back, and an empty text stays no NULL",
          "[engines][cli][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.db"));
    const QString back = dir.filePath(QStringLiteral("back.db"));
    demoFile(file, 30);
    // What a server's COPY reads as a separator, an end of line, an escape, a NULL or the end of the data.
    rawExec(file,
            QStringLiteral("UPDATE complaints SET description = '一' || char(9) || '二' || char(10) || '三' "
                           "|| char(13) || char(10) || 'C:\\temp\\N \\. \\\\ ''引号'' \"双\" ' || char(11), "
                           "request = '', unit = '\\N', satisfaction = NULL WHERE id = 3"));
    const QString server = createServerDatabase();
    migrated(file, server);
    migrated(server, back);
    const QString row = QStringLiteral("SELECT description || '|' || request || '|' || unit || '|' || "
                                       "CASE WHEN satisfaction IS NULL THEN 'null' ELSE satisfaction END "
                                       "FROM complaints WHERE id = 3");
    const QString expected = QStringLiteral("一\t二\n三\r\nC:\\temp\\N \\. \\\\ '引号' \"双\" \x0b||\\N|null");
    CHECK(rawScalar(file, row).toString() == expected);
    CHECK(rawScalar(server, row).toString() == expected);
    CHECK(rawScalar(back, row).toString() == expected);
    // Every table came across whole, and the server's daily counts equal its complaints. (Each migrate signs in on
    // its source, which adds a row of the entity "account" to the source's audit log.)
    for (const char* table : {"complaints", "tickets", "follow_ups", "audit_log", "staff"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)
            + (QLatin1String(table) == QLatin1String("audit_log") ? QStringLiteral(" WHERE entity <> 'account'")
                                                                  : QString());
        CHECK(rawScalar(server, count).toLongLong() == rawScalar(file, count).toLongLong());
    }
    const CliRun check = runCli({QStringLiteral("--db"), server, QStringLiteral("check")});
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.code == 0);
    // The indexes set aside during the copy are all back, as a new office has them.
    const QString fresh = createServerDatabase();
    {
        FixedClock clock(TestDb::defaultNow());
        require(Store::open(fresh, clock));
    }
    const QString indexes
        = QStringLiteral("SELECT count(*) || ': ' || string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes "
                         "WHERE schemaname = 'public'");
    CHECK(rawScalar(server, indexes).toString() == rawScalar(fresh, indexes).toString());
    CHECK(rawScalar(server, indexes).toString().contains(QStringLiteral("complaints_search_grams")));
    // And so are the foreign keys set aside with them.
    const QString keys = QStringLiteral(
        "SELECT count(*) || ': ' || string_agg(conrelid::regclass || ' ' || conname || ' ' || "
        "pg_get_constraintdef(oid), '; ' ORDER BY conrelid::regclass::text, conname) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace");
    CHECK(rawScalar(server, keys).toString() == rawScalar(fresh, keys).toString());
    CHECK(rawScalar(server, keys).toString().contains(QStringLiteral("REFERENCES staff(id)")));
    dropServerDatabase(fresh);
    dropServerDatabase(server);

    // A reference to nobody (a file's keys are checked by CaseLoop's connection only) is refused when the keys come
    // back: nothing of the office lands.
    rawExec(file, QStringLiteral("UPDATE complaints SET steward_id = 999999 WHERE id = 5"));
    REQUIRE(rawScalar(file, QStringLiteral("SELECT steward_id FROM complaints WHERE id = 5")).toInt() == 999999);
    const QString refused = createServerDatabase();
    const CliRun dangling
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), refused});
    INFO(dangling.err.toStdString());
    CHECK(dangling.code != 0);
    CHECK(dangling.err.contains(QStringLiteral("steward")));
    CHECK(rawScalar(refused, QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 0);
    CHECK(rawScalar(refused, QStringLiteral("SELECT count(*) FROM regions")).toInt() == 0);
    dropServerDatabase(refused);
}
