#pragma once

#include "sql/Database.h"

#include <QElapsedTimer>

#include <atomic>

namespace caseloop {

// The sqlite3* under a Qt Sql connection of the QSQLITE driver (Qt hands it out as "sqlite3*"), or null.
void* sqliteHandleOf(const QSqlDatabase& db);
// What a copy of the database on `db` (VACUUM INTO) takes on disk: the pages in use (free pages are left out; pages
// still in the WAL count once).
qint64 sqliteCopyBytes(const QSqlDatabase& db);

// One CaseLoop database file: checks what the file is before touching it, migrates it (after writing a copy
// beside it), and holds the connection.
class SqliteDatabase final : public Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // 'CSLP' in SQLite's application_id header field marks a CaseLoop file.
    static constexpr int kApplicationId = 0x43534C50;

    // `clock` names the copy written before a migration; it must outlive the Database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock,
                                                  const OpenOptions& options = {});

    const Dialect& dialect() const override;
    QString engineName() const override { return QStringLiteral("SQLite"); }
    QString shortName() const override;
    bool keepsDailyCopies() const override { return true; }
    std::optional<QString> knownDamage() const override;
    Status refuseIfDamaged(const QString& what) const override;
    void interrupt() override;
    // SQLite asks `stop` every few thousand steps on the connection's own thread, so unlike interrupt() it also
    // stops a statement that starts after the request (a queued search whose filter is already gone).
    void setStopCheck(std::function<bool()> stop) override;
    // BEGIN IMMEDIATE: takes the write lock, waiting for it as setLockWait() says.
    Status beginWrite() override;
    Result<Id> reserveComplaintIds(qsizetype count) override;
    Status writeImportedRows(LedgerFeed& feed, const Actor& actor, const QDateTime& now) override;
    Status copyTo(const QString& file) override;
    Result<StorageCheck> checkStorage() override;
    Status readRows(const QString& sql, const QVariantList& binds,
                    const std::function<void(const RowView& row)>& row) override;
    std::unique_ptr<ChangeWatch> watchChanges(QObject* context, ChangeWatch::Handlers handlers) const override;
    // The sqlite3* under Qt's driver, for the bulk writer (BulkStatement); null if the driver did not hand it out.
    void* nativeHandle() const { return m_handle.load(); }

private:
    SqliteDatabase(QString path, QString connectionName, const Clock& clock);
    Status configure(bool readOnly);
    Status migrate(int target, const FreeSpace& freeSpace);
    void installBusyHandler();

    std::atomic<void*> m_handle{nullptr}; // the sqlite3*, read once on the connection's own thread
    std::function<bool()> m_stop;
    int m_busySliceMs = -1; // how long one attempt waits inside SQLite; -1: the whole lock wait
    QElapsedTimer m_busyStarted;
};

} // namespace caseloop
