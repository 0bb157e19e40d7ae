// Database::readRows on a file: a SELECT stepped through the sqlite3 C library. Qt's driver asks SQLite for every
// text as UTF-16 (a conversion and a copy inside SQLite) and wraps each value in a QVariant; for the 230,000 values
// of a 10,000-item tracking sheet that was most of its load. Here a text is made once, from SQLite's UTF-8.
#include "sql/SqlQuery.h"
#include "sqlite/SqliteDatabase.h"
#include "sqlite/SqliteDialect.h"

#include <sqlite3.h>

#include <memory>

namespace caseloop {

namespace {
class StatementRow : public RowView
{
public:
    explicit StatementRow(sqlite3_stmt* stmt)
        : m_stmt(stmt)
    {
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const override
    {
        const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3_stmt* m_stmt;
};

int bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (value.isNull() && value.metaType() != QMetaType::fromType<QString>())
        return sqlite3_bind_null(stmt, index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    default: {
        // As SqlQuery::bind: a null QString is stored and compared as ''.
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}
} // namespace

Status SqliteDatabase::readRows(const QString& sql, const QVariantList& binds,
                                const std::function<void(const RowView& row)>& row)
{
    auto* db = static_cast<sqlite3*>(nativeHandle());
    if (!db)
        return Database::readRows(sql, binds, row);
    SqlQuery::record(sql, binds);
    const auto failed = [&] {
        return Error{
            describeSqliteError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), sql, path())};
    };
    sqlite3_stmt* raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
        return failed();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i) {
        if (bind(raw, i + 1, binds[i]) != SQLITE_OK)
            return failed();
    }
    const StatementRow view(raw);
    for (;;) {
        const int step = sqlite3_step(raw);
        if (step == SQLITE_DONE)
            return {};
        if (step != SQLITE_ROW)
            return failed();
        row(view);
    }
}

} // namespace caseloop
