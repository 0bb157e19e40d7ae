// A damaged database is remembered outside the file, so that nothing writes many rows into it, every start warns,
// and the daily backup keeps the good copies, until `check` (or a restore) finds it whole again.
#include "CliRun.h"
#include "TestSupport.h"
#include "store/Backups.h"

#include <QFile>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QString ledger(TestDb& db)
{
    return db.writeFile(QStringLiteral("ledger.csv"),
                        QStringLiteral("受理时间,业主,项目,房号,投诉内容\n"
                                       "2026-11-02 09:30,周海燕,西溪锦园,3-1-602,"
                                       "楼道灯不亮已经一周\n")
                            .toUtf8());
}
} // namespace

TEST_CASE("a read that meets damage is remembered beside the file; imports are refused until it is whole again",
          "[damage][cli][safety][sqlite]")
{
    TestDb db;
    db.fillDemo(800, 3);
    const QString good = db.file(QStringLiteral("good.db"));
    require(Backups::write(db.store(), good));
    db.close();
    damageFile(db.path());
    const QString marker = db.path() + QStringLiteral(".damaged");
    REQUIRE_FALSE(QFile::exists(marker));

    // An export reads every complaint and meets the damaged pages.
    CliRun exported = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("complaints"),
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                              db.file(QStringLiteral("all.csv")), QStringLiteral("--status"),
                              QStringLiteral("new,in_progress,awaiting_follow_up,closed,reopened,invalid,withdrawn")});
    CHECK(exported.code == cli::BadInput);
    CHECK(QFile::exists(marker));

    // The next import is refused before it writes anything, and says why and what to do.
    const QByteArray before = fileHash(db.path());
    CliRun imported = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), ledger(db)});
    INFO(imported.err.toStdString());
    CHECK(imported.code != cli::Success);
    CHECK(imported.err.contains(QStringLiteral("known to be damaged")));
    CHECK(imported.err.contains(QStringLiteral("an import")));
    CHECK(imported.err.contains(QStringLiteral("backups")));
    CHECK(imported.err.contains(QStringLiteral("Warning:"))); // every command on the file warns first
    CHECK(fileHash(db.path()) == before);

    // check finds the damage again and keeps the marker.
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")}).code == cli::BadInput);
    CHECK(QFile::exists(marker));

    // A restore from the good copy lifts it; imports work again.
    require(Backups::restore(good, db.path(), at(11, 23, 16)));
    CHECK_FALSE(QFile::exists(marker));
    CliRun again = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), ledger(db)});
    INFO(again.err.toStdString());
    CHECK(again.code == cli::Success);
    CHECK_FALSE(again.err.contains(QStringLiteral("Warning:")));
}

TEST_CASE("check lifts the damage marker once SQLite's integrity check finds the file whole",
          "[damage][cli][safety][sqlite]")
{
    TestDb db;
    db.org();
    db.close();
    // Found damaged earlier (a failing disk read), then repaired by the administrator.
    QFile marker(db.path() + QStringLiteral(".damaged"));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.write("2026-11-20 08:00\ndatabase disk image is malformed\n");
    marker.close();
    CliRun refused = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), ledger(db)});
    CHECK(refused.code != cli::Success);
    CHECK(refused.err.contains(QStringLiteral("2026-11-20 08:00")));
    CHECK(refused.err.contains(QStringLiteral("malformed")));

    CliRun checked = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    INFO(checked.err.toStdString());
    CHECK(checked.code == cli::Success);
    CHECK_FALSE(QFile::exists(marker.fileName()));
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), ledger(db)}).code == cli::Success);
}

TEST_CASE("the daily backup of a damaged file says so and keeps the good copies", "[damage][backup][safety][sqlite]")
{
    TestDb db;
    db.fillDemo(800, 4);
    const QString folder = db.file(QStringLiteral("backups"));
    const QString first = require(Backups::daily(db.store(), folder, QDate(2026, 11, 20), 1));
    db.close();
    damageFile(db.path());
    db.reopen();

    const auto damaged = Backups::daily(db.store(), folder, QDate(2026, 11, 21), 1);
    REQUIRE_FALSE(damaged.ok());
    INFO(damaged.error().toStdString());
    CHECK(damaged.error().contains(QStringLiteral("damaged")));
    REQUIRE(db.store().knownDamage());
    // The next day it is not even tried: a copy of a damaged file would push the last good one out (keep = 1).
    const auto later = Backups::daily(db.store(), folder, QDate(2026, 11, 22), 1);
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().contains(QStringLiteral("not made")));
    CHECK(Backups::dailyCopies(folder) == QStringList{first});
    CHECK(Backups::check(first).ok());
}

TEST_CASE("an older file known to be damaged is not migrated", "[damage][database][safety][sqlite]")
{
    TestDb db;
    db.close();
    QFile::remove(db.path());
    {
        OpenOptions v1;
        v1.migrateTo = 1;
        REQUIRE(Store::open(db.path(), db.clock(), v1).ok());
    }
    QFile marker(db.path() + QStringLiteral(".damaged"));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.write("2026-11-20 08:00\ndatabase disk image is malformed\n");
    marker.close();
    const QByteArray before = fileHash(db.path());
    auto opened = Store::open(db.path(), db.clock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("known to be damaged")));
    CHECK(fileHash(db.path()) == before);
    CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA user_version")).toInt() == 1);
}
