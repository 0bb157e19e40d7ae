#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace caseloop {

// Where a RowFeed puts one value of the current row: an SQLite statement's result (sqlite/RowFeedModule.cpp) or a
// line of PostgreSQL's COPY (postgres/CopyIn.cpp).
class Cell
{
public:
    virtual ~Cell() = default;
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    void idOrNull(qint64 id) { id ? integer(id) : null(); }
    virtual void text(const QString& value) = 0; // an empty QString is '' (not NULL)
    void textOrNull(const QString& value) { value.isEmpty() ? null() : text(value); }
    virtual void ascii(const char* value, int size) = 0; // a text known to be ASCII (a stored time), copied as is
    virtual void error(const QString& message) = 0; // fails the statement reading the feed with this message
};

// Rows held in C++ that a bulk write reads: on SQLite a table-valued function, `INSERT INTO t (…) SELECT … FROM
// name(?)` with the feed bound to the ? by BulkStatement::bindFeed (sqlite/RowFeedModule.h); on PostgreSQL the lines
// of a COPY (postgres/CopyIn.h). Written by hand because SQLite's carray extension is not part of
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

} // namespace caseloop
