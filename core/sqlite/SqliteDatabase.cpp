#include "sqlite/SqliteDatabase.h"

#include "sqlite/DamageMarks.h"

#include "base/Clock.h"
#include "base/OutputTarget.h"
#include "base/PrivateFiles.h"
#include "sql/Migrations.h"
#include "sql/SqlQuery.h"
#include "sql/Transaction.h"
#include "sqlite/GramTokenizer.h"
#include "sqlite/SqliteChangeWatch.h"
#include "sqlite/SqliteDialect.h"
#include "store/Backups.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace caseloop {

namespace {

struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// The size the database header gives (page size × page count, big-endian at offsets 16 and 28), or 0.
qint64 headerSize(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray h = f.read(100);
    if (h.size() < 100)
        return 0;
    const auto byte = [&](int i) { return qint64(quint8(h.at(i))); };
    qint64 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    return pageSize * pages;
}

// SQLite compiles each statement on complaints with the programs of all its triggers (the search indexes, the daily
// counts, the KPI sums) and frees them after it. With glibc's default trim threshold, which follows the sizes a
// process has freed, a process that had just created a file went on giving that memory back to the system and
// taking it again at every statement (47,000 brk calls while writing the demo office: 20 s instead of 9 s). A fixed
// threshold keeps up to 64 MB of freed memory for the next statement.
void keepFreedMemory()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); });
#endif
}

// Reads the header fields through a read-only connection, so a file we refuse is never written.
Result<FileFacts> inspect(const QString& path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("caseloop-inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<FileFacts> result = Error{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a WAL to read, the file is looked at as immutable: SQLite then makes no -wal or -shm beside a
        // file that may yet be refused. (With a WAL, its pages must be read, and SQLite needs the -shm for that.)
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (!wal.exists() || wal.size() == 0) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            result = Error{Database::tr("Cannot open %1: %2").arg(path, db.lastError().text())};
        } else {
            FileFacts facts;
            auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
            auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
            auto objects = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
            // Shorter than its own header says, with no WAL that could hold the rest: cut off (a copy that did not
            // finish, a full disk).
            const bool truncated = (!wal.exists() || wal.size() == 0) && headerSize(path) > QFileInfo(path).size();
            if (truncated) {
                result = Error{Database::tr("%1 is cut off (%2 bytes, shorter than its own header says); it was "
                                            "left untouched. Restore it from a backup: the daily copies are in %3.")
                                   .arg(path)
                                   .arg(QFileInfo(path).size())
                                   .arg(Backups::defaultFolder(path))};
            } else if (!appId || !version || !objects) {
                // Damaged, busy or unreadable: SqlQuery says which, in plain words.
                result = Error{!appId ? appId.error() : !version ? version.error() : objects.error()};
            } else {
                facts.applicationId = appId->toInt();
                facts.userVersion = version->toInt();
                facts.objectCount = objects->toInt();
                result = facts;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

void* sqliteHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(handle.data());
}

SqliteDatabase::SqliteDatabase(QString path, QString connectionName, const Clock& clock)
    : Database(std::move(path), std::move(connectionName), clock)
{
}

const Dialect& SqliteDatabase::dialect() const
{
    return sqliteDialect();
}

QString SqliteDatabase::shortName() const
{
    return QFileInfo(m_path).fileName();
}

std::optional<QString> SqliteDatabase::knownDamage() const
{
    return DamageMarks::recalled(m_path);
}

Status SqliteDatabase::refuseIfDamaged(const QString& what) const
{
    if (auto damage = DamageMarks::recalled(m_path))
        return Error{DamageMarks::refusal(m_path, what, *damage)};
    return {};
}

void SqliteDatabase::interrupt()
{
    if (void* handle = m_handle.load())
        sqlite3_interrupt(static_cast<sqlite3*>(handle));
}

void SqliteDatabase::installBusyHandler()
{
    auto* handle = static_cast<sqlite3*>(m_handle.load());
    if (!handle)
        return;
    // SQLite asks again and again while another connection holds the lock; `count` starts at 0 for each wait. The
    // handler may not touch the connection, so it only sleeps: telling the user is beginWrite()'s, between attempts.
    sqlite3_busy_handler(
        handle,
        [](void* self, int count) -> int {
            auto* db = static_cast<SqliteDatabase*>(self);
            if (count == 0)
                db->m_busyStarted.start();
            const qint64 limit = db->m_busySliceMs >= 0 ? db->m_busySliceMs : qint64(db->m_lockWaitSeconds) * 1000;
            if (db->m_busyStarted.elapsed() >= limit)
                return 0; // give up: the statement fails with SQLITE_BUSY, said in plain words (SqlQuery)
            sqlite3_sleep(10);
            return 1;
        },
        this);
}

Status SqliteDatabase::beginWrite()
{
    // A write started from the event loop that a wait runs (a timer, a queued call) may not wait in turn: it
    // fails at once with "busy", and the first write's wait goes on.
    if (tellingWait()) {
        m_busySliceMs = 0;
        const Status result = execute(connection(), QStringLiteral("BEGIN IMMEDIATE"));
        m_busySliceMs = 20;
        return result;
    }
    QElapsedTimer waited;
    waited.start();
    // The first attempt waits a second inside SQLite, so that a short write elsewhere is never shown to the user.
    m_busySliceMs = m_lockWaiting ? 1000 : -1;
    bool told = false;
    Status result;
    for (;;) {
        result = execute(connection(), QStringLiteral("BEGIN IMMEDIATE"));
        auto* handle = static_cast<sqlite3*>(m_handle.load());
        const bool busy = !result && handle && (sqlite3_extended_errcode(handle) & 0xff) == SQLITE_BUSY;
        if (result || !busy || !m_lockWaiting || waited.elapsed() >= qint64(m_lockWaitSeconds) * 1000)
            break;
        told = true;
        if (!tellWait(waited.elapsed()))
            break;
        m_busySliceMs = 20;
    }
    m_busySliceMs = -1;
    if (told && m_lockWaitOver)
        m_lockWaitOver();
    return result;
}

void SqliteDatabase::setStopCheck(std::function<bool()> stop)
{
    auto* handle = static_cast<sqlite3*>(m_handle.load());
    if (!handle)
        return;
    m_stop = std::move(stop);
    if (!m_stop) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        handle, 4000, [](void* self) { return static_cast<SqliteDatabase*>(self)->m_stop() ? 1 : 0; }, this);
}

Result<std::unique_ptr<Database>> SqliteDatabase::open(const QString& path, const Clock& clock,
                                                       const OpenOptions& options)
{
    keepFreedMemory();
    const QFileInfo info(path);
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew && !options.createIfMissing)
        return Error{info.exists() ? tr("%1 is an empty file (0 bytes), not a CaseLoop database yet; "
                                        "`caseloop-cli --db FILE init` makes it one.")
                                         .arg(path)
                                   : tr("%1 does not exist.").arg(path)};
        // SQLite keeps its working files (-wal, -shm) beside the database: the folder must be writable too. (Unix only:
        // on Windows a folder's read-only attribute marks customised folders and says nothing about writing in them.)
#ifdef Q_OS_UNIX
    if (!options.readOnly && !QFileInfo(info.absolutePath()).isWritable())
        return Error{tr("The folder %1 is read-only: CaseLoop keeps working files beside the database and cannot "
                        "open %2 there. Copy the database to a folder you may write to. Nothing was changed.")
                         .arg(info.absolutePath(), path)};
#endif
    if (isNew && options.readOnly)
        return Error{tr("%1 does not exist or is empty.").arg(path)};
    if (!isNew) {
        if (!info.isFile())
            return Error{tr("%1 is not a file.").arg(path)};
        if (!options.readOnly && !info.isWritable())
            return Error{tr("%1 is read-only: CaseLoop must write every change to it. Copy it to a folder you may "
                            "write to, or ask for write permission. The file was left untouched.")
                             .arg(path)};
        if (!isSqliteFile(path))
            return Error{tr("%1 is not a CaseLoop database (not an SQLite file); it was left untouched.").arg(path)};
        auto facts = inspect(path);
        if (!facts)
            return Error{facts.error()};
        const bool emptySqlite = facts->applicationId == 0 && facts->objectCount == 0 && facts->userVersion == 0;
        if (facts->applicationId != kApplicationId && !emptySqlite)
            return Error{tr("%1 is an SQLite database of another program, not a CaseLoop database; "
                            "it was left untouched.")
                             .arg(path)};
        if (facts->userVersion > latestSchemaVersion())
            return Error{tr("%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads "
                            "versions up to %3. Please update CaseLoop. The file was left untouched.")
                             .arg(path)
                             .arg(facts->userVersion)
                             .arg(latestSchemaVersion())};
    }

    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(path, nextConnectionName(), clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(options.readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(path, db.lastError().text())};
    if (Status s = database->configure(options.readOnly); !s)
        return Error{s.error()};
    if (options.readOnly)
        return std::unique_ptr<Database>(std::move(database));
    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    if (Status s = database->migrate(target, options.freeSpace); !s)
        return Error{s.error()};
    return std::unique_ptr<Database>(std::move(database));
}

Status SqliteDatabase::configure(bool readOnly)
{
    const QSqlDatabase db = connection();
    // Kept for interrupt(), the stop check, the bulk writer and the tokenizer.
    m_handle.store(sqliteHandleOf(db));
    installBusyHandler();
    // The short-text search index tokenizes through our code on every write to complaints (GramTokenizer.h).
    if (Status s = registerGramTokenizer(static_cast<sqlite3*>(m_handle.load())); !s)
        return Error{tr("Cannot prepare %1: %2").arg(m_path, s.error())};
    // A new file gets 16 KB pages (SQLite's default is 4 KB): a complaint's 23 indexes and the search indexes
    // are then a quarter as many pages, which makes bulk writes about 10% faster (a ledger import of 100,000
    // rows: 4.8 → 4.2 s, measured with caseloop-bench --import) and halves the WAL frames a commit writes. The
    // size is fixed when the first table is written; files made by earlier versions keep theirs.
    if (!readOnly) {
        auto pages = scalar(db, QStringLiteral("PRAGMA page_count"));
        if (!pages)
            return Error{tr("Cannot prepare %1: %2").arg(m_path, pages.error())};
        if (pages->toInt() == 0)
            if (Status s = execute(db, QStringLiteral("PRAGMA page_size = 16384")); !s)
                return Error{tr("Cannot prepare %1: %2").arg(m_path, s.error())};
    }
    // A 32 MB page cache (the default is 2 MB) keeps large transactions from spilling pages to the WAL mid-way.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -32000"}) {
        if (readOnly && qstrcmp(pragma, "PRAGMA foreign_keys = ON") != 0
            && qstrcmp(pragma, "PRAGMA cache_size = -32000") != 0)
            continue;
        if (Status s = execute(db, QString::fromLatin1(pragma)); !s)
            return Error{tr("Cannot prepare %1: %2").arg(m_path, s.error())};
    }
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{version.error()};
    m_version = version->toInt();
    return {};
}

Status SqliteDatabase::migrate(int target, const FreeSpace& freeSpace)
{
    if (m_version >= target)
        return {};
    const QSqlDatabase db = connection();
    if (auto damage = DamageMarks::recalled(m_path); damage && m_version > 0)
        return Error{tr("%1 is known to be damaged (%2) and was made by an older CaseLoop; this version does not "
                        "update a damaged file. Restore it from a backup (the daily copies are in %3, "
                        "caseloop-cli restore --from COPY). If it was repaired by other means, delete %4 and start "
                        "again.")
                         .arg(m_path, *damage, Backups::defaultFolder(m_path), DamageMarks::markerOf(m_path))};
    if (m_version > 0) {
        // A consistent copy beside the file before anything changes. It must fit, with room for the update's own
        // writes (its WAL) beside it: at ten million complaints the copy is about 20 GB, and a disk filled by it would
        // stop every other program on the machine as well.
        const QString folder = QFileInfo(m_path).absolutePath();
        const qint64 copy = sqliteCopyBytes(db);
        const qint64 need = copy + std::max<qint64>(copy / 10, 64LL * 1024 * 1024);
        const qint64 room = freeSpace ? freeSpace(folder) : QStorageInfo(folder).bytesAvailable();
        if (room >= 0 && room < need)
            return Error{tr("%1 was made by an older CaseLoop and must be updated. The update first writes a copy of "
                            "it beside it and needs about %2 GB free in %3, which has %4 GB free. Free some space "
                            "there (or move the file to a larger disk) and open it again. The file was left untouched.")
                             .arg(m_path, Backups::gigabytes(need), folder, Backups::gigabytes(room))};
        m_backupPath = QStringLiteral("%1.v%2-%3.bak")
                           .arg(m_path)
                           .arg(m_version)
                           .arg(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        // A copy cut short (a full disk) is removed: a part of the file is no copy and only takes the space.
        if (Status s = copyTo(m_backupPath); !s)
            return Error{
                tr("Could not write the copy %1 before updating the database: %2").arg(m_backupPath, s.error())};
    }
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    m_created = m_version == 0;
    for (const Migration& m : allMigrations(QStringLiteral("sqlite"))) {
        if (m.version <= m_version || m.version > target)
            continue;
        for (const QString& statement : splitSqlStatements(m.sql)) {
            if (Status s = execute(db, statement); !s)
                return Error{
                    tr("Updating the database to version %1 (%2) failed: %3").arg(m.version).arg(m.name, s.error())};
        }
    }
    // PRAGMAs take no placeholders; both values are integers we control.
    for (const QString& pragma : {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                                  QStringLiteral("PRAGMA user_version = %1").arg(target)})
        if (Status s = execute(db, pragma); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_version = target;
    return {};
}

std::unique_ptr<ChangeWatch> SqliteDatabase::watchChanges(QObject* context, ChangeWatch::Handlers handlers) const
{
    return std::make_unique<SqliteChangeWatch>(m_path, context, std::move(handlers));
}

} // namespace caseloop
