// The PostgreSQL side of the bulk writes (PostgresDatabase): an import's complaints, their tickets and their audit
// rows, and each table of an office copied in (migrate, the bench), go in through one COPY … FROM STDIN each, on
// the connection's own PGconn*, which Qt's driver cannot send. An import's rows come from the same LedgerFeed as
// SQLite's INSERT…SELECT, written as COPY's text format.
#include "postgres/PostgresDatabase.h"

#include "sql/LedgerFeed.h"
#include "sql/OfficeCopy.h"
#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"
#include "sqlite/SqliteDatabase.h"
#include "store/Actor.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QFile>
#include <QSqlRecord>

namespace caseloop {

namespace {
// One row of COPY's text format: values separated by tabs, \N for NULL, backslash escapes in text.
class CopyCell final : public Cell
{
public:
    explicit CopyCell(QByteArray& out)
        : m_out(out)
    {
    }
    void startRow() { m_first = true; }
    void null() override
    {
        separate();
        m_out += "\\N";
        m_wasNull = true;
    }
    void integer(qint64 value) override
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void text(const QString& value) override
    {
        separate();
        for (const char c : value.toUtf8()) {
            switch (c) {
            case '\\':
                m_out += "\\\\";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            default:
                m_out += c;
            }
        }
    }
    void ascii(const char* value, int size) override
    {
        separate();
        m_out.append(value, size);
    }
    void error(const QString& message) override
    {
        separate();
        if (m_failure.isEmpty())
            m_failure = message;
    }
    // Writes a literal value (already in COPY's form).
    void raw(const QByteArray& value)
    {
        separate();
        m_out += value;
    }
    // A value read from another database: an integer, a real or a text (the types of CaseLoop's columns).
    void value(const QVariant& v)
    {
        switch (v.isNull() ? QMetaType::UnknownType : v.metaType().id()) {
        case QMetaType::UnknownType:
            null();
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            integer(v.toLongLong());
            break;
        case QMetaType::Double:
            separate();
            m_out += QByteArray::number(v.toDouble(), 'g', 17);
            break;
        default:
            text(v.toString());
        }
    }
    bool lastWasNull() const { return m_wasNull; }
    const QString& failure() const { return m_failure; }

private:
    void separate()
    {
        if (!m_first)
            m_out += '\t';
        m_first = false;
        m_wasNull = false;
    }
    QByteArray& m_out;
    bool m_first = true;
    bool m_wasNull = false;
    QString m_failure;
};

QString lastError(PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

enum class Line { Row, Skip, End };

enum class Frozen { No, Yes };

// COPY `table` (`columns`) FROM STDIN, one line per row that `next` makes (Skip: leave that row out). Frozen::Yes
// writes the rows frozen and their pages all-visible (COPY … FREEZE), for a table emptied by TRUNCATE in the same
// transaction and no savepoint since (PostgresDatabase::emptyTables).
Status copyIn(PGconn* conn, const QString& table, const QString& columns, const std::function<Line(CopyCell&)>& next,
              Frozen frozen = Frozen::No)
{
    const QByteArray sql
        = QStringLiteral("COPY %1 (%2) FROM STDIN%3")
              .arg(table, columns, frozen == Frozen::Yes ? QStringLiteral(" WITH (FREEZE)") : QString())
              .toUtf8();
    PGresult* started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return Error{genericDatabaseError(lastError(conn), QString::fromUtf8(sql))};
    QByteArray buffer;
    CopyCell cell(buffer);
    QString failure;
    for (bool more = true; more && failure.isEmpty();) {
        const qsizetype mark = buffer.size();
        cell.startRow();
        const Line made = next(cell);
        more = made != Line::End;
        if (made == Line::Row)
            buffer += '\n';
        else
            buffer.truncate(mark);
        failure = cell.failure();
        if (buffer.size() > (1 << 20) || (!more && !buffer.isEmpty())) {
            if (PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
                failure = lastError(conn);
            buffer.clear();
        }
    }
    if (PQputCopyEnd(conn, failure.isEmpty() ? nullptr : failure.toUtf8().constData()) != 1 && failure.isEmpty())
        failure = lastError(conn);
    Status result;
    while (PGresult* r = PQgetResult(conn)) {
        const bool stillCopying = PQresultStatus(r) == PGRES_COPY_IN; // the end could not be sent: give up here
        if (PQresultStatus(r) != PGRES_COMMAND_OK && result)
            result = Error{failure.isEmpty() ? genericDatabaseError(
                               QString::fromUtf8(PQresultErrorMessage(r)).trimmed(), QString::fromUtf8(sql))
                                             : failure};
        PQclear(r);
        if (stillCopying)
            break;
    }
    return result;
}

// The same for `rows` rows made by `line(row, cell)` (false: leave the row out).
Status copyIn(PGconn* conn, const QString& table, const QString& columns, qsizetype rows,
              const std::function<bool(qsizetype, CopyCell&)>& line)
{
    qsizetype row = 0;
    return copyIn(conn, table, columns, [&](CopyCell& cell) {
        if (row == rows)
            return Line::End;
        return line(row++, cell) ? Line::Row : Line::Skip;
    });
}
} // namespace

Status PostgresDatabase::lockForImport()
{
    // No desk takes a code or inserts a complaint until this transaction ends (they wait for the lock; reading goes
    // on): the day's codes read next stay this import's, and so do the ids reserveComplaintIds() takes from the
    // sequence. The counters first, in the order a registration takes them (its code, then its row), so that the
    // two never wait for each other in a circle.
    return execute(connection(), QStringLiteral("LOCK TABLE code_counters, complaints IN SHARE ROW EXCLUSIVE MODE"));
}

Result<Id> PostgresDatabase::reserveComplaintIds(qsizetype count)
{
    const QSqlDatabase db = connection();
    // The ids from the sequence's next one on are this import's alone (lockForImport); the sequence is then moved
    // past them.
    auto first = scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('complaints', 'id'))"));
    if (!first)
        return Error{first.error()};
    if (count > 1)
        if (Status s = execute(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('complaints', 'id'), ?)"),
                               {first->toLongLong() + count - 1});
            !s)
            return Error{s.error()};
    return first->toLongLong();
}

Status PostgresDatabase::writeImportedRows(LedgerFeed& feed, const Actor& actor, const QDateTime& now)
{
    auto* conn = static_cast<PGconn*>(m_handle);
    const QStringList columns = LedgerFeed::columns();
    const int complaintColumns = int(LedgerFeed::complaintColumns().count(QLatin1Char(',')) + 1);
    const auto index = [&](const char* name) { return int(columns.indexOf(QLatin1String(name))); };
    if (Status s = copyIn(conn, QStringLiteral("complaints"), LedgerFeed::complaintColumns(), feed.rowCount(),
                          [&](qsizetype row, CopyCell& cell) {
                              for (int c = 0; c < complaintColumns; ++c)
                                  feed.column(row, c, cell);
                              return true;
                          });
        !s)
        return s;
    const LedgerProgress progress = feed.progress();
    feed.setProgress({});
    const int ticketColumns[] = {index("id"),
                                 index("department_id"),
                                 index("received_at"),
                                 index("ticket_result"),
                                 index("ticket_done_at"),
                                 index("ticket_status")};
    QByteArray probe;
    CopyCell department(probe);
    if (Status s = copyIn(conn, QStringLiteral("tickets"),
                          QStringLiteral("complaint_id, department_id, dispatched_at, result, completed_at, status"),
                          feed.rowCount(),
                          [&](qsizetype row, CopyCell& cell) {
                              department.startRow();
                              feed.column(row, index("department_id"), department);
                              if (department.lastWasNull())
                                  return false;
                              for (int c : ticketColumns)
                                  feed.column(row, c, cell);
                              return true;
                          });
        !s)
        return s;
    const QByteArray at = toDb(now).toString().toUtf8();
    const QByteArray actorId = actor.id ? QByteArray::number(actor.id) : QByteArray("\\N");
    QByteArray actorName;
    {
        CopyCell name(actorName);
        name.text(actor.name);
    }
    Status audited
        = copyIn(conn, QStringLiteral("audit_log"),
                 QStringLiteral("at, actor_id, actor_name, entity, entity_id, action, field, old_value, new_value"),
                 feed.rowCount(), [&](qsizetype row, CopyCell& cell) {
                     cell.raw(at);
                     cell.raw(actorId);
                     cell.raw(actorName);
                     cell.raw("complaint");
                     feed.column(row, index("id"), cell);
                     cell.raw("import");
                     cell.raw({});
                     cell.raw("\\N");
                     feed.column(row, index("audit_text"), cell);
                     return true;
                 });
    feed.setProgress(progress);
    return audited;
}

Status PostgresDatabase::emptyTables(const QStringList& tables)
{
    // TRUNCATE instead of DELETE: a table truncated in this transaction takes its rows by COPY … FREEZE (writeRows),
    // already frozen and their pages marked all-visible. A desk's first analyses after the move then read the
    // indexes alone (index-only scans need the visibility map: before autovacuum had set it, a quarter's figures at
    // ten million complaints took 1.8 s instead of 0.19), and no vacuum rewrites the whole office later to freeze
    // it. A table that refuses TRUNCATE (the audit log, 013_accounts.sql) or that this login may not truncate is
    // emptied by DELETE, children first, and copied as before.
    const QSqlDatabase db = connection();
    auto refusing = selectRows<QString>(
        db,
        QStringLiteral("SELECT t FROM unnest(string_to_array(?, ',')) t WHERE NOT has_table_privilege(t, 'TRUNCATE') "
                       "OR EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = to_regclass(t) "
                       "AND g.tgtype & 34 = 34)"), // BEFORE (2) TRUNCATE (32)
        {tables.join(QLatin1Char(','))}, [](SqlQuery& q) { return q.value(0).toString(); });
    if (!refusing)
        return Error{refusing.error()};
    QStringList truncated, deleted;
    for (const QString& table : tables)
        (refusing->contains(table) ? deleted : truncated) << table;
    if (!truncated.isEmpty())
        if (Status s = execute(db, QStringLiteral("TRUNCATE %1").arg(truncated.join(QStringLiteral(", ")))); !s)
            return s;
    m_truncated = {truncated, transactionDepth()};
    return Database::emptyTables(deleted);
}

Result<qint64> PostgresDatabase::writeRows(const QString& table, const QStringList& columns,
                                           const std::function<bool(QVariantList& row)>& next)
{
    // The office is new and locked (copyOffice): the table's plain indexes and its foreign keys go before its rows
    // and come back after them. An index is then built by sorting, several times quicker than adding every row's
    // some hundred search words to a GIN index one row at a time; a foreign key is checked for all rows by one join
    // instead of one lookup per row and key (a million complaints: about 60 s of COPY's 105 s). The primary key and
    // the unique indexes stay, to refuse a duplicate as it comes.
    const QSqlDatabase db = connection();
    const auto namesAndDefinitions = [&](const QString& sql) {
        return selectRows<QPair<QString, QString>>(
            db, sql, {table}, [](SqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    };
    auto keys = namesAndDefinitions(
        QStringLiteral("SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                       "WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname"));
    if (!keys)
        return Error{keys.error()};
    for (const auto& [name, definition] : keys.value())
        if (Status s = execute(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name)); !s)
            return Error{s.error()};
    auto indexes = namesAndDefinitions(
        QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                       "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass(?) "
                       "AND NOT i.indisprimary AND NOT i.indisunique "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                       "ORDER BY c.relname"));
    if (!indexes)
        return Error{indexes.error()};
    for (const auto& [name, definition] : indexes.value())
        if (Status s = execute(db, QStringLiteral("DROP INDEX %1").arg(name)); !s)
            return Error{s.error()};
    const Frozen frozen
        = m_truncated.depth == transactionDepth() && m_truncated.tables.contains(table) ? Frozen::Yes : Frozen::No;
    QVariantList row;
    qint64 written = 0;
    Status copied = copyIn(
        static_cast<PGconn*>(m_handle), table, columns.join(QStringLiteral(", ")),
        [&](CopyCell& cell) {
            if (!next(row))
                return Line::End;
            for (const QVariant& v : std::as_const(row))
                cell.value(v);
            ++written;
            return Line::Row;
        },
        frozen);
    if (!copied)
        return Error{copied.error()};
    if (!indexes->isEmpty())
        // Sorting in memory is the quick way to build an index: at least 256 MB for it (the server's default is
        // 64 MB), for this transaction only; a server given more keeps its own.
        if (Status s = execute(db,
                               QStringLiteral("SELECT set_config('maintenance_work_mem', '256MB', true) WHERE "
                                              "pg_size_bytes(current_setting('maintenance_work_mem')) < 268435456"));
            !s)
            return Error{s.error()};
    for (const auto& [name, definition] : indexes.value())
        if (Status s = execute(db, definition); !s)
            return Error{s.error()};
    for (const auto& [name, definition] : keys.value())
        if (Status s = execute(db, QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, definition));
            !s)
            return Error{s.error()};
    // The desks' first queries after the move get plans for the rows now there, not for an empty table.
    if (written > 10000)
        if (Status s = execute(db, QStringLiteral("ANALYZE %1").arg(table)); !s)
            return Error{s.error()};
    return written;
}

Status PostgresDatabase::copyTo(const QString& file)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto target = SqliteDatabase::open(file, m_clock, options);
    if (!target)
        return Error{target.error()};
    auto copied = copyOffice(*this, *target.value());
    target.value().reset();
    if (!copied) {
        QFile::remove(file);
        return Error{copied.error()};
    }
    return {};
}

Status PostgresDatabase::beginSnapshot()
{
    return execute(connection(), QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

Status PostgresDatabase::lockWriters(const QStringList& tables)
{
    return execute(connection(),
                   QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(tables.join(QStringLiteral(", "))));
}

Status PostgresDatabase::lockTables(const QStringList& tables)
{
    return execute(connection(),
                   QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(tables.join(QStringLiteral(", "))));
}

Status PostgresDatabase::canCommit()
{
    if (PQtransactionStatus(static_cast<PGconn*>(m_handle)) == PQTRANS_INERROR)
        return Error{QCoreApplication::translate("caseloop::SqlQuery",
                                                 "A step of this change failed on the server; nothing was saved.")};
    return {};
}

Status PostgresDatabase::resumeIds(const QString& table)
{
    const QSqlDatabase db = connection();
    if (!db.record(table).contains(QStringLiteral("id")))
        return {};
    return execute(db,
                   QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                  "false) FROM %1")
                       .arg(table));
}

} // namespace caseloop
