// Backups: the CLI's copy, the daily copies and their pruning, checks of what a backup file is, and restore.
#include "CliRun.h"
#include "TestSupport.h"
#include "sql/SqlTable.h"
#include "store/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("cli backup writes a consistent, checked copy of a database in use", "[backup][cli][sqlite]")
{
    TestDb db;
    db.registered();
    db.registered();
    const QString copy = db.file(QStringLiteral("copy.db"));
    // The store stays open (another window working) while the CLI copies.
    CliRun r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), copy});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 complaint")));
    const BackupFacts facts = require(Backups::check(copy));
    CHECK(facts.complaints == 2);
    CHECK(rawDump(copy, QStringLiteral("complaints")) == rawDump(db.path(), QStringLiteral("complaints")));
    CHECK(!QFile::exists(copy + QStringLiteral(".part")));
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup")}).code == 2); // no --out
    CliRun nowhere = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"),
                             db.file(QStringLiteral("no/such/folder/x.db"))});
    CHECK(nowhere.code == 1);
    CHECK(nowhere.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a daily copy is made once a day and only the newest copies are kept", "[backup][sqlite]")
{
    TestDb db;
    db.registered();
    const QString folder = Backups::defaultFolder(db.path());
    for (int day = 1; day <= 9; ++day) {
        const QString made = require(Backups::daily(db.store(), folder, QDate(2026, 11, day), 7));
        CHECK(made.endsWith(QStringLiteral("caseloop-2026-11-%1.db").arg(day, 2, 10, QLatin1Char('0'))));
    }
    CHECK(require(Backups::daily(db.store(), folder, QDate(2026, 11, 9), 7)).isEmpty()); // done today
    const QStringList copies = Backups::dailyCopies(folder);
    REQUIRE(copies.size() == 7);
    CHECK(copies.first().endsWith(QStringLiteral("caseloop-2026-11-09.db")));
    CHECK(copies.last().endsWith(QStringLiteral("caseloop-2026-11-03.db")));
}

TEST_CASE("the daily copy checks the free space first, keeps fewer copies when they do not fit, and says so",
          "[backup][sqlite]")
{
    TestDb db;
    db.registered();
    const QString folder = Backups::defaultFolder(db.path());
    for (int day = 1; day <= 4; ++day)
        require(Backups::daily(db.store(), folder, QDate(2026, 11, day), 7));
    REQUIRE(Backups::dailyCopies(folder).size() == 4);
    const qint64 copySize = QFileInfo(Backups::dailyCopies(folder).first()).size();
    const QSqlDatabase c = db.store().database().connection();
    const qint64 need = (require(scalar(c, QStringLiteral("PRAGMA page_count"))).toLongLong()
                         - require(scalar(c, QStringLiteral("PRAGMA freelist_count"))).toLongLong())
            * require(scalar(c, QStringLiteral("PRAGMA page_size"))).toLongLong()
        + 64LL * 1024 * 1024;

    // Room for today's copy only once the two oldest are gone: they go, today's is made, and the note says so.
    const auto freeBytes = [&](qint64 freeNow) { return [=](const QString&) { return freeNow; }; };
    QString note;
    const QString made
        = require(Backups::daily(db.store(), folder, QDate(2026, 11, 5), 7, &note, freeBytes(need - copySize - 1)));
    CHECK(made.endsWith(QStringLiteral("caseloop-2026-11-05.db")));
    QStringList copies = Backups::dailyCopies(folder);
    REQUIRE(copies.size() == 3);
    CHECK(copies.last().endsWith(QStringLiteral("caseloop-2026-11-03.db")));
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("holds only 3 backup copies")));
    CHECK(note.contains(QStringLiteral("the oldest 2 were removed")));

    // No room even with only the newest copy kept: nothing is copied and nothing removed, and the error says why.
    const auto refused = Backups::daily(db.store(), folder, QDate(2026, 11, 6), 7, &note, freeBytes(1000));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Today's backup copy was not made")));
    CHECK(refused.error().contains(QStringLiteral("GB free")));
    CHECK(Backups::dailyCopies(folder) == copies);
    CHECK(QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());

    // Stopped (the window closing while the copy is written): no copy, nothing half-written left beside it.
    const auto stopped
        = Backups::daily(db.store(), folder, QDate(2026, 11, 6), 7, &note, freeBytes(need * 100), [] { return true; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().contains(QStringLiteral("was stopped before it was complete")));
    CHECK(Backups::dailyCopies(folder) == copies);
    CHECK(QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    CHECK(require(db.store().complaints().count({})) == 1); // the database itself goes on as before

    // Room enough: nothing is said, and the usual seven are kept.
    note.clear();
    require(Backups::daily(db.store(), folder, QDate(2026, 11, 6), 7, &note, freeBytes(need * 100)));
    CHECK(note.isEmpty());
    CHECK(Backups::dailyCopies(folder).size() == 4);
}

TEST_CASE("a backup is checked before it is trusted, and a restore keeps the file it replaces", "[backup][sqlite]")
{
    TestDb db;
    const Complaint first = db.registered();
    const QString copy = db.file(QStringLiteral("monday.db"));
    CHECK(require(Backups::write(db.store(), copy)).complaints == 1);
    db.registered(); // work done after the backup
    db.close();
    const QByteArray current = fileHash(db.path());

    // Files that are no good backup are refused, and the database is not touched.
    const auto refused = [&](const QString& path, const QString& why) {
        auto r = Backups::restore(path, db.path(), at(11, 23));
        INFO(r.error().toStdString());
        CHECK(r.error().contains(why));
        CHECK(fileHash(db.path()) == current);
    };
    refused(db.writeFile(QStringLiteral("notes.db"), "这不是数据库"), QStringLiteral("not an SQLite file"));
    refused(db.file(QStringLiteral("missing.db")), QStringLiteral("does not exist"));
    const QString newer = db.file(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(copy, newer));
    rawExec(newer, QStringLiteral("PRAGMA user_version = 999"));
    refused(newer, QStringLiteral("newer CaseLoop"));
    const QString damaged = db.file(QStringLiteral("damaged.db"));
    REQUIRE(QFile::copy(copy, damaged));
    damageFile(damaged);
    auto damagedCheck = Backups::check(damaged);
    CHECK(!damagedCheck);
    refused(damaged, QString());

    const QString kept = require(Backups::restore(copy, db.path(), at(11, 23, 15)));
    CHECK(kept.endsWith(QStringLiteral("test.before-restore-20261123-150000.db")));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 1);
    CHECK(rawScalar(kept, QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 2);
    db.reopen();
    CHECK(require(db.store().complaints().get(first.id)).code == first.code);
}

namespace {
// caseloop-cli run as its own process, killed (SIGKILL, as by a power cut) when it reaches `crashAt`.
QProcess::ExitStatus runKilledAt(const QString& crashAt, const QStringList& args)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASELOOP_CRASH_AT"), crashAt);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CASELOOP_CLI_PATH), QStringList{QStringLiteral("--user"), kTestLogin} + args);
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    return cli.exitStatus();
}

qint64 complaintsIn(const QString& path)
{
    return rawScalar(path, QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
}
} // namespace

TEST_CASE("a backup or a restore killed between any two of its steps leaves a whole database, old or new",
          "[backup][process][safety][sqlite]")
{
    TestDb db;
    for (int i = 0; i < 3; ++i)
        db.registered();
    const QString old = db.file(QStringLiteral("old.db"));
    require(Backups::write(db.store(), old)); // 3 complaints
    db.registered();
    db.registered(); // the live file: 5
    db.close();

    SECTION("backup over an earlier copy")
    {
        const QString copy = db.file(QStringLiteral("copy.db"));
        REQUIRE(QFile::copy(old, copy));
        CHECK(runKilledAt(QStringLiteral("backup:copied"),
                          {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), copy})
              == QProcess::CrashExit);
        CHECK(rawScalar(copy, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(complaintsIn(copy) == 3); // the earlier copy, whole, until the new one is renamed over it
        CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), copy}).code
              == 0);
        CHECK(complaintsIn(copy) == 5);
        CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    }
    SECTION("restore")
    {
        const char* steps[] = {"restore:kept", "restore:copied", "restore:cleared", "restore:renamed"};
        for (const char* step : steps) {
            INFO(step);
            const QString live = db.file(QStringLiteral("live-%1.db").arg(QString::fromLatin1(step).mid(8)));
            REQUIRE(QFile::copy(db.path(), live));
            CHECK(runKilledAt(QString::fromLatin1(step),
                              {QStringLiteral("--db"), live, QStringLiteral("restore"), QStringLiteral("--from"), old})
                  == QProcess::CrashExit);
            // Between any two steps there is a whole database at the live path: the old one until the restored
            // one is renamed over it, never a file that meets the old one's WAL.
            REQUIRE(QFile::exists(live));
            CHECK(rawScalar(live, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
            CHECK(complaintsIn(live) == (qstrcmp(step, "restore:renamed") == 0 ? 3 : 5));
            // Run again to the end, it restores.
            CliRun again
                = runCli({QStringLiteral("--db"), live, QStringLiteral("restore"), QStringLiteral("--from"), old});
            INFO(again.err.toStdString());
            CHECK(again.code == 0);
            CHECK(complaintsIn(live) == 3);
            CHECK(runCli({QStringLiteral("--db"), live, QStringLiteral("check")}).code == 0);
            CHECK_FALSE(QFile::exists(live + QStringLiteral(".part")));
        }
    }
}
