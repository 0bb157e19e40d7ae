#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

namespace caseloop {

// The complaints holding a search text: a statement yielding their ids, and what it binds.
struct TextSearchSql
{
    QString ids;
    QVariantList binds;
    // The same match as a test of one complaints row, where reading the newest rows and testing each finds a page
    // sooner than collecting every match first (a server; empty where `ids` is always the way).
    QString rowTest;
    QVariantList rowBinds;
};

// What differs between the engines' SQL, in one place (sqlite/SqliteDialect, postgres/PostgresDialect): the stores
// (sql/Sql*Store) write portable SQL and ask here for the rest. Dialects keep no state.
class Dialect
{
public:
    virtual ~Dialect() = default;
    // The dialect of a connection, by its Qt driver.
    static const Dialect& of(const QSqlDatabase& db);

    // How the user is told where the database is in a message: the file's path, or the database on its server.
    virtual QString where(const QSqlDatabase& db) const = 0;
    // An error of the engine in plain words where a person can act on it (a damaged file, a full disk, a lock
    // held too long, a lost connection), else the engine's words and the start of the statement.
    virtual QString describeError(const QSqlError& error, const QString& sql, const QString& where) const = 0;
    // The column named by a unique-constraint error, or empty when `error` is another error.
    virtual QString duplicateColumn(const QString& errorText) const = 0;

    // `table` read through the index `index` where the engine takes such hints (SQLite's INDEXED BY; the
    // query plans of docs/ARCHITECTURE.md), else just `table`.
    virtual QString tableThrough(const QString& table, const QString& index) const = 0;
    // Whether tableThrough() hints at all: the stores then also probe how many rows a search matches first.
    virtual bool hintsIndexes() const = 0;
    // Whether the parts of a UNION ALL are read side by side (a server's parallel workers), so that counting their rows
    // together is quickest; else (SQLite) every row passes through the union one by one, and each part is better
    // counted where it is read and the counts added.
    virtual bool readsUnionsInParallel() const = 0;
    // The whole seconds from one stored time (text) to another.
    virtual QString secondsBetween(const QString& from, const QString& to) const = 0;
    // The ids of a group as one text, "3,17,42" (order unspecified).
    virtual QString joinedIds(const QString& column) const = 0;
    // A condition true when `column` is not a complaint code TS-YYYYMMDD-NNNN (NNNN: four digits or more).
    virtual QString notAComplaintCode(const QString& column) const = 0;
    // Appended to a SELECT that reads a row to change it: the row stays as read until the transaction ends.
    virtual QString lockRead() const = 0;
    // The complaints whose name, phone (when `inPhone`), description or request hold `term` (a search text as
    // stored: a phone number already normalised); `term` has 1–2 characters or more (usesFullTextSearch).
    virtual TextSearchSql textSearch(const QString& term, bool inPhone) const = 0;
    // The condition "the code is the bound text, or the complaint is one of `matchingIds`" (the code bound first).
    // `fewMatches`: the search matches only a few complaints (counted first), which some planners read better as
    // one set of ids than as a filter tested along the received_at index.
    virtual QString codeOrMatch(const QString& matchingIds, bool fewMatches) const = 0;
};

} // namespace caseloop
