#pragma once

#include "base/Id.h"
#include "base/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace caseloop {

class Dialect;

// A prepared statement with positional placeholders. Every SQL statement of CaseLoop
// goes through this class, so every failure comes back as an Error naming the statement.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QVariant& value);
    Status exec();
    // The next row; false at the end, or when reading failed: then finished() says why.
    bool next();
    // After next() returned false: success at the end of the rows, the error when reading failed.
    Status finished() const { return m_failure; }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // For tests: every statement executed (its SQL and bound values) is handed to `recorder` first; the
    // query-plan test replays them with EXPLAIN QUERY PLAN. Empty = off.
    using Recorder = std::function<void(const QString& sql, const QVariantList& binds)>;
    static void setRecorder(Recorder recorder);
    // Hands a statement run outside SqlQuery (Database::readRows on a file) to the recorder.
    static void record(const QString& sql, const QVariantList& binds);

private:
    QSqlQuery m_query;
    QString m_sql;
    const Dialect* m_dialect;
    QString m_file;
    QVariantList m_binds;
    Status m_failure;
    bool m_prepared = false;
};

// An engine's error no plainer words were found for: "Database error (its text) in: the start of the statement".
QString genericDatabaseError(const QString& databaseText, const QString& sql);

// Runs a statement that returns one value (a count, a version).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// Runs a statement that returns no rows.
Status execute(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

// A real NULL is bound as an invalid QVariant(); a null QString is stored as ''.
// Storage formats: times are 'YYYY-MM-DD HH:MM:SS' (office-local), dates 'YYYY-MM-DD';
// both sort as text and are understood by SQLite's date functions.
QVariant toDb(const QDateTime& time);
// The storage text of a valid time of a four-digit year, written into `text` (19 ASCII characters, no
// terminator) without building a QString; false for any other time (toDb then falls back to QDateTime).
bool dbTimeText(const QDateTime& time, char (&text)[19]);
// A date as 'YYYY-MM-DD' (written by hand for a four-digit year), '' for an invalid one.
QString dateText(const QDate& date);
QVariant toDb(const QDate& date);
QVariant idToDb(Id id); // 0 means "none" and is stored as NULL
QDateTime timeFromDb(const QVariant& value);
QDate dateFromDb(const QVariant& value);
// The same from a value read as text (Database::readRows): "YYYY-MM-DD…" at the start, or invalid.
QDateTime timeFromText(QStringView text);
QDate dateFromText(QStringView text);

} // namespace caseloop
