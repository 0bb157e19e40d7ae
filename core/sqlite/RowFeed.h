#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_context;

namespace caseloop {

// Where a RowFeed puts one value of the current row.
class Cell
{
public:
    explicit Cell(sqlite3_context* context)
        : m_context(context)
    {
    }
    void null();
    void integer(qint64 value);
    void idOrNull(qint64 id) { id ? integer(id) : null(); }
    void text(const QString& value); // an empty QString is '' (not NULL)
    void textOrNull(const QString& value) { value.isEmpty() ? null() : text(value); }
    void ascii(const char* value, int size); // a text known to be ASCII (a stored time), copied as is
    void error(const QString& message); // fails the statement reading the feed with this message

private:
    sqlite3_context* m_context;
};

// Rows held in C++ that an SQL statement reads as a table: `INSERT INTO t (…) SELECT … FROM name(?)`, with the
// feed bound to the ? by BulkStatement::bindFeed. Written by hand because SQLite's carray extension is not part of
// Debian's libsqlite3 and takes one column only; it lets a bulk write run as one INSERT…SELECT straight from
// memory, without staging every row in a temporary table first (a ledger import of 100,000 rows: ~0.6 s less).
class RowFeed
{
public:
    virtual ~RowFeed() = default;
    virtual qsizetype rowCount() const = 0;
    // The value of `column` (an index into the columns it was registered with) in `row`. Called in row order, on
    // the thread running the statement; a value may be asked for more than once.
    virtual void column(qsizetype row, int column, Cell& out) = 0;
};

// Registers (or registers again) the table-valued function `name` with these columns on the connection.
Status registerRowFeed(sqlite3* db, const char* name, const QStringList& columns);

// The pointer type under which feeds are bound (sqlite3_bind_pointer).
inline constexpr char kRowFeedPointerType[] = "caseloop_row_feed";

} // namespace caseloop
