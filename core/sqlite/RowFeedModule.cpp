#include "sqlite/RowFeedModule.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace caseloop {

namespace {
// A value handed straight to SQLite as the current column's result.
class SqliteCell final : public Cell
{
public:
    explicit SqliteCell(sqlite3_context* context)
        : m_context(context)
    {
    }
    void null() override { sqlite3_result_null(m_context); }
    void integer(qint64 value) override { sqlite3_result_int64(m_context, value); }
    void text(const QString& value) override
    {
        // UTF-16 as Qt holds it; SQLite converts it to the file's UTF-8 once, when it builds the record.
        static const ushort empty = 0; // a null QString is '', never NULL
        sqlite3_result_text16(m_context, value.isNull() ? &empty : value.utf16(), int(value.size() * 2),
                              SQLITE_TRANSIENT);
    }
    void ascii(const char* value, int size) override { sqlite3_result_text(m_context, value, size, SQLITE_TRANSIENT); }
    void error(const QString& message) override { sqlite3_result_error(m_context, message.toUtf8().constData(), -1); }

private:
    sqlite3_context* m_context;
};
} // namespace

namespace {
// The module: its columns, then one hidden column that takes the feed (the function's argument).
struct Module
{
    QStringList columns;
    QByteArray schema;
};

struct Table
{
    sqlite3_vtab base{};
    const Module* module = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    RowFeed* feed = nullptr;
    qsizetype row = 0;
};

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**)
{
    const auto* module = static_cast<const Module*>(aux);
    if (int rc = sqlite3_declare_vtab(db, module->schema.constData()); rc != SQLITE_OK)
        return rc;
    auto* table = new Table;
    table->module = module;
    *out = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    delete reinterpret_cast<Table*>(table);
    return SQLITE_OK;
}

// Only a plan that gives the feed can read rows: without it the table is empty and costs the planner nothing
// it would choose.
int bestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info)
{
    const int feedColumn = int(reinterpret_cast<Table*>(vtab)->module->columns.size());
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn == feedColumn && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1000;
            info->estimatedRows = 1000;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0;
    info->estimatedCost = 2147483647.0;
    info->estimatedRows = 2147483647;
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto* cursor = new Cursor;
    *out = &cursor->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* base, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<Cursor*>(base);
    cursor->row = 0;
    cursor->feed = idxNum == 1 && argc == 1 ? static_cast<RowFeed*>(sqlite3_value_pointer(argv[0], kRowFeedPointerType))
                                            : nullptr;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base)
{
    ++reinterpret_cast<Cursor*>(base)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base)
{
    const auto* cursor = reinterpret_cast<Cursor*>(base);
    return !cursor->feed || cursor->row >= cursor->feed->rowCount();
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int index)
{
    auto* cursor = reinterpret_cast<Cursor*>(base);
    const auto* module = reinterpret_cast<Table*>(base->pVtab)->module;
    SqliteCell cell(context);
    if (index >= int(module->columns.size()))
        cell.null(); // the hidden feed column
    else
        cursor->feed->column(cursor->row, index, cell);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out)
{
    *out = reinterpret_cast<Cursor*>(base)->row + 1;
    return SQLITE_OK;
}

// An eponymous-only module (no xCreate): used as name(?) in a statement; no file can hold a table of it, so a
// database stays readable by programs that do not have it. Read-only (no xUpdate).
const sqlite3_module kModule = {
    0,     nullptr, connect, bestIndex, disconnect, nullptr, open,    close,   filter,  next,    eof,     column,
    rowid, nullptr, nullptr, nullptr,   nullptr,    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};
} // namespace

Status registerRowFeed(sqlite3* db, const char* name, const QStringList& columns)
{
    if (!db)
        return Error{QStringLiteral("The SQLite driver gave no handle for bulk writing.")};
    auto* module = new Module{columns, {}};
    module->schema
        = QStringLiteral("CREATE TABLE x (%1, feed HIDDEN)").arg(columns.join(QStringLiteral(", "))).toUtf8();
    const int rc
        = sqlite3_create_module_v2(db, name, &kModule, module, [](void* aux) { delete static_cast<Module*>(aux); });
    if (rc != SQLITE_OK)
        return Error{QCoreApplication::translate("caseloop::SqlQuery", "Database error (%1) in: %2")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(name))};
    return {};
}

} // namespace caseloop
