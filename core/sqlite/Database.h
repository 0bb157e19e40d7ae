#pragma once

#include "base/Result.h"
#include "store/OpenOptions.h"
#include "store/UnitOfWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace caseloop {

class Clock;

// The sqlite3* under a Qt Sql connection of the QSQLITE driver (Qt hands it out as "sqlite3*"), or null.
void* sqliteHandleOf(const QSqlDatabase& db);

// One open CaseLoop database file: checks what the file is before touching it,
// migrates it (after writing a copy beside it), and holds the connection.
class Database : public UnitOfWork
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // 'CSLP' in SQLite's application_id header field marks a CaseLoop file.
    static constexpr int kApplicationId = 0x43534C50;

    // `clock` names the copy written before a migration; it must outlive the Database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock,
                                                  const OpenOptions& options = {});
    // caseloop.db in the application's data folder (made if missing), shared by the desktop program and the CLI.
    static QString defaultPath();
    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // The copy written before the last migration of this file, empty when none was needed.
    const QString& backupPath() const { return m_backupPath; }

    // Stops the statement running on this connection as soon as possible (it fails with "interrupted").
    // The one call that is safe from another thread: the list cancels a slow search with it.
    void interrupt();
    // Makes statements on this connection fail with "interrupted" while `stop` returns true. SQLite asks it every
    // few thousand steps on the connection's own thread, so unlike interrupt() it also stops a statement that
    // starts after the request (a queued search whose filter is already gone). An empty function removes it.
    void setStopCheck(std::function<bool()> stop);
    // Waits up to `seconds` for a lock another connection holds (instead of the 5 s set at open). Once a write's
    // wait has lasted a second, `waiting` is called about every 100 ms, outside SQLite, so that it may tell the user
    // and run the event loop (the window stays alive); it returns false to stop waiting (the write then fails with
    // nothing changed). `over` is called when such a wait ends either way.
    void setLockWait(int seconds, std::function<bool(qint64 waitedMs)> waiting, std::function<void()> over = {});
    // BEGIN IMMEDIATE: takes the write lock, waiting for it as setLockWait() says (Transaction).
    Status beginWrite();
    // The sqlite3* under Qt's driver, for the bulk writer (BulkStatement); null if the driver did not hand it out.
    void* nativeHandle() const { return m_handle.load(); }

    // A Transaction on this connection.
    std::unique_ptr<Scope> begin() override;
    // Nesting depth of open Transactions on this connection (see Transaction).
    int& transactionDepth() { return m_depth; }

private:
    Database(QString path, QString connectionName, const Clock& clock);
    Status configure(bool readOnly);
    Status migrate(int target);

    QString m_path;
    const Clock& m_clock;
    QString m_connectionName;
    QString m_backupPath;
    int m_version = 0;
    int m_depth = 0;
    std::atomic<void*> m_handle{nullptr}; // the sqlite3*, read once on the connection's own thread
    std::function<bool()> m_stop;
    void installBusyHandler();

    int m_lockWaitSeconds = 5;
    std::function<bool(qint64)> m_lockWaiting;
    std::function<void()> m_lockWaitOver;
    int m_busySliceMs = -1; // how long one attempt waits inside SQLite; -1: the whole lock wait
    bool m_waiting = false; // inside the `waiting` callback (which may run the event loop)
    QElapsedTimer m_busyStarted;
};

} // namespace caseloop
