// Backups: the CLI's copy, the daily copies and their pruning, checks of what a backup file is, and restore.
#include "CliRun.h"
#include "TestSupport.h"
#include "store/Backups.h"

#include <QDir>
#include <QFile>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("cli backup writes a consistent, checked copy of a database in use", "[backup][cli]")
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

TEST_CASE("a daily copy is made once a day and only the newest copies are kept", "[backup]")
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

TEST_CASE("a backup is checked before it is trusted, and a restore keeps the file it replaces", "[backup]")
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
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        f.seek(size / 2);
        f.write(QByteArray(int(size / 4), '\xA5')); // pages of the tables and indexes overwritten
    }
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
