#pragma once

#include "base/Id.h"
#include "base/Result.h"
#include "store/ChangeWatch.h"
#include "store/OpenOptions.h"
#include "store/UnitOfWork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace caseloop {

class Clock;
class Dialect;
class LedgerFeed;
struct Actor;

// What the engine found checking its own storage (Database::checkStorage).
struct StorageCheck
{
    QStringList problems;
    bool damaged = false; // the file cannot be trusted at all: CaseLoop's own checks are not run
};

// One row of Database::readRows: a column as text ('' when NULL; a date as YYYY-MM-DD), as a number, or NULL.
class RowView
{
public:
    virtual ~RowView() = default;
    virtual bool isNull(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

// One open CaseLoop database and its connection: an SQLite file (sqlite/SqliteDatabase) or a database on a
// PostgreSQL server (postgres/PostgresDatabase). What differs between the two engines is behind this class and
// Dialect; the stores (sql/Sql*Store) are written once over both.
class Database : public UnitOfWork
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // A file path, or a server's address postgresql://USER@HOST:PORT/DBNAME (PostgresAddress.h).
    static Result<std::unique_ptr<Database>> open(const QString& location, const Clock& clock,
                                                  const OpenOptions& options = {});
    // Whether `location` names a database on a server rather than a file.
    static bool isServerLocation(const QString& location);
    // `location` without any password in it (PostgresAddress::display), for messages.
    static QString displayLocation(const QString& location);
    // caseloop.db in the application's data folder (made if missing), shared by the desktop program and the CLI.
    static QString defaultPath();
    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // Where the database is, as shown to the user and handed to open() again: the file's path, or the server's
    // address without any password.
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // Whether this open made the database (its tables were created just now).
    bool created() const { return m_created; }
    // The copy written before the last migration of this database, empty when none was needed.
    const QString& backupPath() const { return m_backupPath; }
    virtual const Dialect& dialect() const = 0;
    // A short name for a window's title: the file's name, or "DATABASE @ SERVER".
    virtual QString shortName() const = 0;
    // "SQLite" or "PostgreSQL", for messages.
    virtual QString engineName() const = 0;
    // Whether CaseLoop keeps the daily copies itself (a file), or the server's administrator does (pg_dump).
    virtual bool keepsDailyCopies() const = 0;
    // When the database was found damaged and not yet found whole again (files only; sqlite/DamageMarks.h).
    virtual std::optional<QString> knownDamage() const { return std::nullopt; }
    // Fails, saying why and how to get out, when the database is known to be damaged: `what` ("an import") is not
    // done to it.
    virtual Status refuseIfDamaged(const QString& what) const
    {
        Q_UNUSED(what);
        return {};
    }

    // Accounts the server itself enforces (PostgreSQL from version 14; docs/ARCHITECTURE.md, "Accounts on a
    // server"). On a file, and on the connection of the database's owner, CaseLoop checks passwords itself.
    // The CaseLoop login the server signed this connection in as; empty when it is no account's.
    virtual QString serverLogin() const { return {}; }
    // Whether `complaints` is the whole table to this connection: not for a department lead on a server, who reads
    // views of their department's complaints (the daily counts count the whole office, and are not theirs to read).
    virtual bool seesEveryComplaint() const { return true; }
    // Whether every account with a password is also a login role on the server.
    virtual bool serverAccounts() const { return false; }
    // Whether `password` is the one the server knows for this connection's account (a second connection tries it).
    virtual Result<bool> checkServerPassword(const QString& password)
    {
        Q_UNUSED(password);
        return false;
    }
    // In the open transaction: `login`'s password on the server (a SCRAM-SHA-256 verifier made here, so that the
    // clear password never travels) and its PBKDF2 `hash` in staff, creating its login role when it has none yet.
    virtual Status setServerPassword(const QString& login, const QString& password, const QString& hash)
    {
        Q_UNUSED(login);
        Q_UNUSED(password);
        Q_UNUSED(hash);
        return {};
    }
    // Whether `login` has its login role on the server yet.
    virtual Result<bool> hasServerLogin(const QString& login)
    {
        Q_UNUSED(login);
        return false;
    }

    // Stops the statement running on this connection as soon as possible (it fails with "interrupted").
    // The one call that is safe from another thread: the list cancels a slow search with it.
    virtual void interrupt() = 0;
    // Makes statements on this connection fail with "interrupted" while `stop` returns true; an empty function
    // removes it. SQLite asks it while a statement runs; a server cannot, and there interrupt() alone stops one.
    virtual void setStopCheck(std::function<bool()> stop) = 0;
    // Waits up to `seconds` for a lock another connection holds (instead of the 5 s set at open). Where the engine
    // waits between attempts (SQLite's write lock), `waiting` is called about every 100 ms once a wait has lasted
    // a second, outside the engine, so that it may tell the user and run the event loop; it returns false to stop
    // waiting (the write then fails with nothing changed). `over` is called when such a wait ends either way.
    virtual void setLockWait(int seconds, std::function<bool(qint64 waitedMs)> waiting,
                             std::function<void()> over = {});
    // Starts the outermost write transaction (Transaction): SQLite's BEGIN IMMEDIATE, PostgreSQL's BEGIN (after
    // connecting again when the server had gone away).
    virtual Status beginWrite() = 0;
    // Ends it (Transaction::commit). On a server whose connection dropped while the COMMIT was on its way, the
    // change's receipt tells whether it landed: found, this succeeds; else it fails saying the change was not saved,
    // or, when the server cannot be reached yet, that it will be told after reconnecting (takeSettledWrites).
    virtual Status commitWrite();
    // Within its scope, a write that touches only tables no import or recount locks (an audit row of its own: an
    // export, the screen's lock) starts without waiting for one (PostgresDatabase::waitForLongWriters).
    class AuditOnly
    {
    public:
        explicit AuditOnly(Database& db)
            : m_db(db)
            , m_was(std::exchange(db.m_auditOnly, true))
        {
        }
        ~AuditOnly() { m_db.m_auditOnly = m_was; }
        AuditOnly(const AuditOnly&) = delete;
        AuditOnly& operator=(const AuditOnly&) = delete;

    private:
        Database& m_db;
        bool m_was;
    };

    // What other connections change, told to `handlers` on `context`'s thread (store/ChangeWatch.h). `context`
    // must outlive the watch.
    virtual std::unique_ptr<ChangeWatch> watchChanges(QObject* context, ChangeWatch::Handlers handlers) const = 0;
    // Whether the connection to the server dropped (a file's never does).
    virtual bool connectionLost() const { return false; }
    // Connects to the server again after connectionLost(); succeeds at once when the connection is whole.
    virtual Status reconnect() { return {}; }
    // After reconnect(): one sentence for each write whose COMMIT was sent before the connection dropped, saying
    // whether it was saved, found by its receipt. Each is told once.
    virtual QStringList takeSettledWrites() { return {}; }

    // A Transaction on this connection.
    std::unique_ptr<Scope> begin() override;
    // Nesting depth of open Transactions on this connection (see Transaction).
    int& transactionDepth() { return m_depth; }

    // The bulk write of an import (sql/LedgerWriter.cpp), inside its open Transaction: the id of the first of
    // `count` new complaints (the ids after it are free too, and stay so until the transaction ends), then the
    // complaints, their tickets and their audit rows from `feed`, whose ids start there.
    virtual Result<Id> reserveComplaintIds(qsizetype count) = 0;
    // Called first in the import's transaction: no other import or registration writes complaints (or takes a code
    // of the day) until it ends. SQLite's write transaction already holds the whole file.
    virtual Status lockForImport() { return {}; }
    // On a server, makes every other writer of `tables` wait until this transaction ends (readers go on); a file's
    // write transaction holds the whole file already.
    virtual Status lockWriters(const QStringList& tables)
    {
        Q_UNUSED(tables);
        return {};
    }
    virtual Status writeImportedRows(LedgerFeed& feed, const Actor& actor, const QDateTime& now) = 0;
    // A consistent copy of the whole database as a new CaseLoop SQLite file at `file` (which must not exist):
    // a backup of a file, or the export of a server's office to one file. Other connections may go on working.
    virtual Status copyTo(const QString& file) = 0;
    // The engine's check of its storage, for `check`: SQLite reads every page and reference of the file (and
    // remembers or forgets its damage, DamageMarks); a server keeps both whole itself.
    virtual Result<StorageCheck> checkStorage() { return StorageCheck{}; }
    // Reading a whole office (sql/OfficeCopy.h) from one consistent snapshot, while others go on writing.
    virtual Status beginSnapshot();
    void endSnapshot();
    // Keeps every other connection away from `tables` until the transaction ends (a server; a file's write
    // transaction already holds the whole file).
    virtual Status lockTables(const QStringList& tables)
    {
        Q_UNUSED(tables);
        return {};
    }
    // Fails when the transaction cannot commit any more (on a server, after a statement in it failed, COMMIT would
    // only roll it back).
    virtual Status canCommit() { return {}; }
    // Empties `tables` (given parents first) of a new office's defaults before copyOffice fills them, inside its
    // transaction after lockTables: here DELETE, children first; a server TRUNCATEs them, so that writeRows may
    // write their rows frozen.
    virtual Status emptyTables(const QStringList& tables);
    // Fills `table` of a new office (copyOffice, inside its transaction, every other connection kept away by
    // lockTables) with the rows `next` gives, the engine's quickest way, and returns how many: `next` fills `row`
    // with the next row's values in `columns`' order, false after the last. Here a few hundred values a statement;
    // a server takes them as one COPY, so that its statement triggers (the daily counts) run once a table and not
    // once a statement, and builds the table's plain indexes and checks its foreign keys after the rows
    // (postgres/PostgresBulk.cpp).
    virtual Result<qint64> writeRows(const QString& table, const QStringList& columns,
                                     const std::function<bool(QVariantList& row)>& next);
    // Runs a SELECT and hands `row` each row in turn, for reads of thousands of rows (the tracking sheet). Here
    // through Qt Sql; a file reads through the sqlite3 C library (sqlite/SqliteRead.cpp), without a QVariant per
    // value or SQLite's UTF-16 copy of every text.
    virtual Status readRows(const QString& sql, const QVariantList& binds,
                            const std::function<void(const RowView& row)>& row);
    // After rows were written with their ids (a copy): new rows of `table` get ids after them.
    virtual Status resumeIds(const QString& table)
    {
        Q_UNUSED(table);
        return {};
    }

protected:
    Database(QString path, QString connectionName, const Clock& clock);
    static QString nextConnectionName();

    QString m_path;
    const Clock& m_clock;
    QString m_connectionName;
    QString m_backupPath;
    int m_version = 0;
    bool m_created = false;
    int m_lockWaitSeconds = 5;
    std::function<bool(qint64)> m_lockWaiting;
    std::function<void()> m_lockWaitOver;
    bool m_auditOnly = false; // inside an AuditOnly scope

    // Tells the user that a write waits for another writer, through setLockWait()'s `waiting` (which may run the
    // event loop), and returns whether to go on waiting. While it runs, tellingWait() is true: a write started from
    // that event loop does not wait in turn (the engines' beginWrite).
    bool tellWait(qint64 waitedMs);
    bool tellingWait() const { return m_tellingWait; }

private:
    bool m_tellingWait = false;
    int m_depth = 0;
    mutable QElapsedTimer m_lastRevival; // connection()'s last attempt at reconnect()
};

} // namespace caseloop
