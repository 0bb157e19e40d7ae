#include "TestSupport.h"
#include "sql/Migrations.h"
#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"
#include "sqlite/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("a new file is created at the latest schema version and marked as CaseLoop's", "[database][sqlite]")
{
    TestDb db;
    CHECK(db.store().database().schemaVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 2);
    CHECK(db.store().database().backupPath().isEmpty());
    db.close();
    CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA application_id")).toInt() == SqliteDatabase::kApplicationId);
    CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA user_version")).toInt() == latestSchemaVersion());
}

TEST_CASE("the connection runs in WAL mode with foreign keys enforced", "[database][sqlite]")
{
    TestDb db;
    const auto conn = db.store().database().connection();
    CHECK(require(scalar(conn, QStringLiteral("PRAGMA journal_mode"))).toString() == QStringLiteral("wal"));
    CHECK(require(scalar(conn, QStringLiteral("PRAGMA foreign_keys"))).toInt() == 1);
    // A ticket for a complaint that does not exist is refused by the foreign key.
    Ticket t;
    t.complaintId = 999;
    t.departmentId = db.org().engineering;
    t.dispatchedAt = db.clock().now();
    CHECK_FALSE(db.store().tickets().insert(t).ok());
}

TEST_CASE("a new file gets 16 KB pages; an older file keeps its page size", "[database][sqlite]")
{
    TestDb db;
    db.close();
    CHECK(rawScalar(db.path(), QStringLiteral("PRAGMA page_size")).toInt() == 16384);

    // A file written by an earlier CaseLoop (4 KB pages) is opened, migrated and still reads as before.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.db"));
    {
        OpenOptions v1;
        v1.migrateTo = 1;
        rawExec(old, QStringLiteral("PRAGMA page_size = 4096"));
        rawExec(old, QStringLiteral("VACUUM")); // an empty file takes the size only when written
        REQUIRE(rawScalar(old, QStringLiteral("PRAGMA page_size")).toInt() == 4096);
        REQUIRE(Store::open(old, db.clock(), v1).ok());
    }
    REQUIRE(rawScalar(old, QStringLiteral("PRAGMA page_size")).toInt() == 4096);
    rawExec(old, QStringLiteral("INSERT INTO regions (name) VALUES ('华东区域')"));
    {
        auto opened = Store::open(old, db.clock());
        REQUIRE(opened.ok());
        CHECK(opened.value()->database().schemaVersion() == latestSchemaVersion());
    }
    CHECK(rawScalar(old, QStringLiteral("PRAGMA page_size")).toInt() == 4096);
    CHECK(rawScalar(old, QStringLiteral("SELECT name FROM regions")).toString() == QStringLiteral("华东区域"));
}

TEST_CASE("a version-1 file is copied beside itself, then migrated with its data kept", "[database][sqlite]")
{
    TestDb db;
    db.close();
    QFile::remove(db.path());
    QString code;
    // Build a version-1 database with a complaint in it, written with version 1's columns (today's store writes
    // columns that version 1 does not have yet).
    {
        OpenOptions v1;
        v1.migrateTo = 1;
        auto opened = Store::open(db.path(), db.clock(), v1);
        REQUIRE(opened.ok());
        CHECK(opened.value()->database().schemaVersion() == 1);
    }
    code = QStringLiteral("TS-20261123-0001");
    rawExec(db.path(), QStringLiteral("INSERT INTO regions (name) VALUES ('华南区域')"));
    rawExec(db.path(), QStringLiteral("INSERT INTO estates (region_id, name) VALUES (1, '珠江御景湾')"));
    rawExec(
        db.path(),
        QStringLiteral("INSERT INTO complaints (code, received_at, channel_id, kind_id, customer_type_id, region_id, "
                       "estate_id, type_id, service_line_id, priority, description, status, created_at, updated_at) "
                       "SELECT '%1', '2026-11-23 10:00:00', "
                       "(SELECT id FROM catalogue_entries WHERE catalogue = 'channel' AND code = 'phone'), "
                       "(SELECT id FROM catalogue_entries WHERE catalogue = 'kind' AND code = 'complaint'), "
                       "(SELECT id FROM catalogue_entries WHERE catalogue = 'customer_type' AND code = 'owner'), 1, 1, "
                       "(SELECT id FROM catalogue_entries WHERE catalogue = 'type' AND code = 'noise'), "
                       "(SELECT id FROM catalogue_entries WHERE catalogue = 'service_line' AND code = 'security'), "
                       "'normal', '楼上深夜噪音', 'new', '2026-11-23 10:00:00', '2026-11-23 10:00:00'")
            .arg(code));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'rectification_items'"))
              .toInt()
          == 0);

    db.reopen();
    CHECK(db.store().database().schemaVersion() == latestSchemaVersion());
    const QString backup = db.store().database().backupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo::exists(backup));
    CHECK(rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(rawScalar(backup, QStringLiteral("SELECT code FROM complaints")).toString() == code);
    CHECK(require(db.store().complaints().byCode(code)).description == QStringLiteral("楼上深夜噪音"));
    CHECK(require(db.store().rectifications().list({})).isEmpty());
    // The search indexes added since were filled from the complaints already there.
    for (const QString& text : {QStringLiteral("深夜噪音"), QStringLiteral("噪音"), QStringLiteral("噪")}) {
        ComplaintFilter f;
        f.text = text;
        CHECK(require(db.store().complaints().count(f)) == 1);
    }
}

TEST_CASE("a database from a newer CaseLoop is refused, naming both versions, and left untouched", "[database][sqlite]")
{
    TestDb db;
    db.close();
    rawExec(db.path(), QStringLiteral("PRAGMA user_version = 99"));
    rawExec(db.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileHash(db.path());
    auto store = Store::open(db.path(), db.clock());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("99")));
    CHECK(store.error().contains(QString::number(latestSchemaVersion())));
    CHECK(store.error().contains(QStringLiteral("newer")));
    CHECK(fileHash(db.path()) == before);
}

TEST_CASE("an older file is not updated when its copy would not fit on the disk, and is left untouched",
          "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.db"));
    FixedClock clock(wallTime(QDate(2026, 11, 23), QTime(9, 0)));
    {
        OpenOptions v1;
        v1.migrateTo = 1;
        REQUIRE(Store::open(path, clock, v1).ok());
    }
    rawExec(path, QStringLiteral("INSERT INTO regions (name) VALUES ('华东区域')"));
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 pages = rawScalar(path, QStringLiteral("PRAGMA page_count")).toLongLong()
        * rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    const QByteArray before = fileHash(path);

    // The copy's size and the update's room beside it: 64 MB for a small file.
    QStringList asked;
    OpenOptions tight;
    tight.freeSpace = [&](const QString& folder) {
        asked << folder;
        return pages + 1024 * 1024;
    };
    auto refused = Store::open(path, clock, tight);
    REQUIRE_FALSE(refused.ok());
    CHECK(asked == QStringList{QFileInfo(path).absolutePath()});
    CHECK(refused.error().contains(path));
    CHECK(refused.error().contains(QStringLiteral("older CaseLoop")));
    CHECK(refused.error().contains(QStringLiteral("0.07 GB"))); // the copy and 64 MB
    CHECK(refused.error().contains(QStringLiteral("left untouched")));
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
    CHECK(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt() == 1);

    // With room, the same file is copied and updated.
    OpenOptions roomy;
    roomy.freeSpace = [&](const QString&) { return pages + 65 * 1024 * 1024; };
    auto opened = Store::open(path, clock, roomy);
    REQUIRE(opened.ok());
    CHECK(opened.value()->database().schemaVersion() == latestSchemaVersion());
    CHECK(QFileInfo::exists(opened.value()->database().backupPath()));
    CHECK(rawScalar(opened.value()->database().backupPath(), QStringLiteral("SELECT name FROM regions")).toString()
          == QStringLiteral("华东区域"));
}

TEST_CASE("an SQLite file of another program is refused and left untouched", "[database][sqlite]")
{
    TestDb db;
    const QString foreign = db.file(QStringLiteral("other.sqlite"));
    rawExec(foreign, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    const QByteArray before = fileHash(foreign);
    auto store = Store::open(foreign, db.clock());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("not a CaseLoop database")));
    CHECK(fileHash(foreign) == before);
    CHECK(rawScalar(foreign, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt() == 1);
}

TEST_CASE("a file that is not SQLite at all is refused and left untouched", "[database][sqlite]")
{
    TestDb db;
    const QString text = db.file(QStringLiteral("ledger.csv"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("受理时间,投诉人,内容\n2026-03-05,王先生,电梯坏了\n");
    f.close();
    const QByteArray before = fileHash(text);
    auto store = Store::open(text, db.clock());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("not an SQLite file")));
    CHECK(fileHash(text) == before);
}

TEST_CASE("migration files split into statements, keeping trigger bodies whole", "[database][sqlite]")
{
    const QString sql
        = QStringLiteral("-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                         "  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\nINSERT INTO a VALUES (1);\n");
    const QStringList statements = splitSqlStatements(sql);
    REQUIRE(statements.size() == 3);
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[1].endsWith(QStringLiteral("END;")));
    CHECK(statements[2] == QStringLiteral("INSERT INTO a VALUES (1);"));
}

TEST_CASE("a stop check ends a statement that starts after the request, and only while it asks", "[database][sqlite]")
{
    TestDb db;
    Database& database = db.store().database();
    bool stop = true;
    database.setStopCheck([&] { return stop; });
    const QString slow = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                        "2000000) SELECT count(*) FROM n");
    auto stopped = scalar(database.connection(), slow);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().contains(QStringLiteral("interrupt")));
    stop = false;
    CHECK(require(scalar(database.connection(), slow)).toInt() == 2000000);
    stop = true;
    database.setStopCheck({});
    CHECK(require(scalar(database.connection(), slow)).toInt() == 2000000);
}

TEST_CASE("the open statuses the queries name are word for word those of the open promises' partial index",
          "[database][sqlite]")
{
    for (const char* file : {":/migrations/sqlite/004_analysis.sql", ":/migrations/postgresql/007_office.sql"}) {
        QFile migration{QString::fromLatin1(file)};
        REQUIRE(migration.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(migration.readAll());
        CHECK(sql.contains(QStringLiteral("WHERE ") + openStatusCondition() + QLatin1Char(';')));
    }
    for (ComplaintStatus s : allValues<ComplaintStatus>())
        CHECK(openStatusCondition().contains(QLatin1Char('\'') + toStorage(s) + QLatin1Char('\'')) == isOpen(s));
}

TEST_CASE("an empty or cut-off file is named for what it is, and opening it leaves no new files",
          "[database][safety][sqlite]")
{
    TestDb db;
    db.fillDemo(200, 5);
    db.close();
    rawExec(db.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile::remove(db.path() + QStringLiteral("-wal"));
    QFile::remove(db.path() + QStringLiteral("-shm"));
    OpenOptions existing;
    existing.createIfMissing = false;

    const QString empty = db.writeFile(QStringLiteral("empty.db"), QByteArray());
    const auto openedEmpty = Store::open(empty, db.clock(), existing);
    REQUIRE_FALSE(openedEmpty.ok());
    CHECK(openedEmpty.error().contains(QStringLiteral("empty file")));

    // The first half of a real database: a copy that stopped half way.
    QFile whole(db.path());
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QString cut = db.writeFile(QStringLiteral("cut.db"), whole.read(whole.size() / 2));
    const auto openedCut = Store::open(cut, db.clock(), existing);
    REQUIRE_FALSE(openedCut.ok());
    INFO(openedCut.error().toStdString());
    CHECK(openedCut.error().contains(QStringLiteral("cut off")));
    CHECK(openedCut.error().contains(QStringLiteral("backups")));
    CHECK_FALSE(QFile::exists(cut + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(cut + QStringLiteral("-shm")));
}

#ifdef Q_OS_UNIX
TEST_CASE("a database in a read-only folder or a read-only file is named for what it is, and left untouched",
          "[database][process][safety][sqlite]")
{
    TestDb db;
    db.org();
    db.close();
    const QString folder = QFileInfo(db.path()).absolutePath();
    const QByteArray before = fileHash(db.path());
    // Permissions do not bind root: the program then runs as "nobody" (setpriv, util-linux), on files it owns.
    QStringList prefix;
    if (geteuid() == 0) {
        prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                  QStringLiteral(CASELOOP_CLI_PATH)};
        REQUIRE(chown(folder.toLocal8Bit().constData(), 65534, 65534) == 0);
        REQUIRE(chown(db.path().toLocal8Bit().constData(), 65534, 65534) == 0);
    }
    const auto run = [&](const QStringList& args) {
        QProcess cli;
        cli.start(
            prefix.isEmpty() ? QStringLiteral(CASELOOP_CLI_PATH) : QStringLiteral("setpriv"),
            prefix + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--user"), kTestLogin}
                + args);
        REQUIRE(cli.waitForFinished(30000));
        return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()));
    };
    const auto [versionCode, versionErr] = run({QStringLiteral("--version")});
    if (versionCode != 0) {
        WARN("caseloop-cli cannot run as another user here (" << versionErr.toStdString() << "); not tried");
        return;
    }
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto [code, err] = run({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    INFO(err.toStdString());
    CHECK(code == 1);
    CHECK(err.contains(QStringLiteral("The folder %1 is read-only").arg(folder)));
    CHECK_FALSE(err.contains(QStringLiteral("not a CaseLoop database")));

    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    REQUIRE(QFile::setPermissions(db.path(), QFile::ReadOwner));
    const auto [fileCode, fileErr] = run({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    INFO(fileErr.toStdString());
    CHECK(fileCode == 1);
    CHECK(fileErr.contains(QStringLiteral("is read-only")));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("test.db")}); // no -wal, -shm left
    REQUIRE(QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner));
    CHECK(fileHash(db.path()) == before);
}
#endif
