#include "RawSqlite.h"

#include "sqlite/GramTokenizer.h"

namespace caseloop::bench {

RawDb::RawDb(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // The short-text index's triggers tokenize through CaseLoop's tokenizer on every write to complaints.
    if (!registerGramTokenizer(m_db)) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawDb::~RawDb()
{
    sqlite3_close(m_db);
}

QString RawDb::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("cannot open the database");
}

bool RawDb::exec(const QString& sql)
{
    return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

RawStatement::RawStatement(RawDb& db, const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db.handle(), text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK)
        m_stmt = nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

RawStatement& RawStatement::bind(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    if (value.typeId() == QMetaType::QString)
        return bindText(index, value.toString().toUtf8());
    return bindInt(index, value.toLongLong());
}

RawStatement& RawStatement::bindText(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement& RawStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

RawStatement& RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool RawStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

qint64 RawStatement::drain()
{
    qint64 rows = 0;
    while (sqlite3_step(m_stmt) == SQLITE_ROW)
        ++rows;
    sqlite3_reset(m_stmt);
    return rows;
}

} // namespace caseloop::bench
