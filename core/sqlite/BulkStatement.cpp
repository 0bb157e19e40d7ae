#include "sqlite/BulkStatement.h"

#include "sql/SqlQuery.h"
#include "sqlite/RowFeedModule.h"
#include "sqlite/SqliteDatabase.h"
#include "sqlite/SqliteDialect.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace caseloop {

namespace {
Error sqliteError(void* db, const QString& sql, const QString& file)
{
    auto* handle = static_cast<sqlite3*>(db);
    return Error{
        describeSqliteError(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)), sql, file)};
}
} // namespace

BulkStatement::BulkStatement(SqliteDatabase& db, const QString& sql)
    : m_db(db.nativeHandle())
    , m_sql(sql)
    , m_file(db.path())
{
    if (!m_db) {
        m_prepared = Error{QStringLiteral("The SQLite driver gave no handle for bulk writing.")};
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(static_cast<sqlite3*>(m_db), utf8.constData(), int(utf8.size()), &m_stmt, nullptr)
        != SQLITE_OK)
        m_prepared = sqliteError(m_db, sql, m_file);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

BulkStatement& BulkStatement::bind(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, m_next++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement& BulkStatement::bind(qint64 value)
{
    sqlite3_bind_int64(m_stmt, m_next++, value);
    return *this;
}

BulkStatement& BulkStatement::bindNull()
{
    sqlite3_bind_null(m_stmt, m_next++);
    return *this;
}

BulkStatement& BulkStatement::bindFeed(RowFeed* feed)
{
    sqlite3_bind_pointer(m_stmt, m_next++, feed, kRowFeedPointerType, nullptr);
    return *this;
}

Result<qint64> BulkStatement::run()
{
    m_next = 1;
    if (!m_prepared)
        return Error{m_prepared.error()};
    if (sqlite3_step(m_stmt) != SQLITE_DONE) {
        Error error = sqliteError(m_db, m_sql, m_file);
        sqlite3_reset(m_stmt);
        return error;
    }
    sqlite3_reset(m_stmt);
    return qint64(sqlite3_last_insert_rowid(static_cast<sqlite3*>(m_db)));
}

} // namespace caseloop
