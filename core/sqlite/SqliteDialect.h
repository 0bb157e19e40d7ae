#pragma once

#include "sql/Dialect.h"

namespace caseloop {

// SQLite's SQL: FTS5 search indexes, INDEXED BY hints, julianday().
const Dialect& sqliteDialect();

// What an SQLite error means, for the user: a damaged file (remembered, see DamageMarks), a full disk, a lock held
// past the wait, an I/O error or a read-only file in plain words naming `file`; anything else as the error and the
// start of the statement. `resultCode` is SQLite's (extended) result code, -1 when unknown.
QString describeSqliteError(int resultCode, const QString& databaseText, const QString& sql, const QString& file);

} // namespace caseloop
