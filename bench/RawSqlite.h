#pragma once

#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace caseloop::bench {

// The sqlite3 C library with no layer of ours: for generating a million rows quickly and for timing the same
// SQL as core runs, so that the cost of Qt Sql and our stores shows as a ratio. Bench only.
class RawDb
{
public:
    explicit RawDb(const QString& path);
    ~RawDb();
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    bool ok() const { return m_db != nullptr; }
    QString error() const;
    bool exec(const QString& sql);
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

class RawStatement
{
public:
    RawStatement(RawDb& db, const QString& sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    bool ok() const { return m_stmt != nullptr; }
    // Binds 1-based parameters; a null QVariant binds NULL.
    RawStatement& bind(int index, const QVariant& value);
    RawStatement& bindText(int index, const QByteArray& utf8);
    RawStatement& bindInt(int index, qint64 value);
    RawStatement& bindNull(int index);
    // Runs to completion (an INSERT) and resets for the next row; false on an error.
    bool run();
    // Steps through every result row and returns how many there were (for timing a query as it is).
    qint64 drain();
    // One result row at a time: next() is false after the last; reset() to run it again.
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString columnText(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)));
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace caseloop::bench
