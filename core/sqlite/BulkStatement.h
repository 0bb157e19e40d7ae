#pragma once

#include "base/Result.h"

#include <QString>

struct sqlite3_stmt;

namespace caseloop {

class SqliteDatabase;
class RowFeed;

// One INSERT run many times inside an open Transaction, or one INSERT…SELECT that reads a RowFeed, straight
// through the sqlite3 C library. Written by hand for bulk writes: through Qt Sql each run costs about 40 µs of
// QVariant binding and result set-up (4 s for 100,000 rows, more than SQLite's own work), and Qt cannot bind a
// pointer. Texts are bound as UTF-8 copies; an empty QString binds '' (the columns are NOT NULL DEFAULT ''),
// bindNull() binds NULL.
class BulkStatement
{
public:
    BulkStatement(SqliteDatabase& db, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    const Status& prepared() const { return m_prepared; }
    BulkStatement& bind(const QString& text);
    BulkStatement& bind(qint64 value);
    BulkStatement& bindNull();
    // Binds the rows the statement reads through a RowFeed table-valued function (RowFeed.h).
    BulkStatement& bindFeed(RowFeed* feed);
    BulkStatement& bindIdOrNull(qint64 id) { return id ? bind(id) : bindNull(); }
    BulkStatement& bindOrNull(const QString& text) { return text.isEmpty() ? bindNull() : bind(text); }
    // Runs it, resets it for the next row, and returns the new rowid.
    Result<qint64> run();

private:
    void* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QString m_file;
    Status m_prepared;
    int m_next = 1;
};

} // namespace caseloop
